#pragma once

#include "layoutengine.h"
#include "layoutstrategy.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>

#include <functional>

namespace relata {

/// Runs Graphviz `engine` ("dot", "sfdp") on DOT text and returns the centre of each node
/// by its index (the number in its name "n12"), in Graphviz's points, y up.
using GraphvizRun = std::function<Result<QHash<int, QPointF>>(const QByteArray &engine,
                                                              const QByteArray &dot)>;

/// The whole layout around the Graphviz calls, which `run` makes: split the free nodes
/// into connected components, choose an algorithm for each by its size, convert the
/// coordinates (Graphviz: y up, centres; Relata: y down, top-left corners), pack the
/// components to the right of the fixed nodes, and make sure no two boxes end
/// up closer than a small gap. Graphviz-free, so that it can be read and tested alone.
Result<LayoutResult> runLayoutPipeline(const LayoutInput &input, const GraphvizRun &run,
                                       const LayoutThresholds &limits = {});

} // namespace relata
