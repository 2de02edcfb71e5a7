#pragma once

#include "layoutengine.h"
#include "layoutstrategy.h"

namespace relata {

/// The Graphviz engine with other limits for the choice of algorithm than the measured
/// defaults; for tests that want a particular algorithm on a small graph.
std::unique_ptr<LayoutEngine> createGraphvizLayoutEngine(const LayoutThresholds &limits);

} // namespace relata
