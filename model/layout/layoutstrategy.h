#pragma once

#include "layoutgraph.h"

#include <QString>

namespace relata {

/// How one connected component is placed.
enum class LayoutAlgorithm {
    Single,     ///< one box, nothing to arrange: no Graphviz call
    Dot,        ///< layered, left to right, full crossing minimisation
    DotBounded, ///< layered with bounded crossing minimisation and positioning
    Sfdp,       ///< force-directed multilevel, with Graphviz's overlap removal
};

/// The limits of the choice, in layered nodes (estimateLayeredSize). Measured with the
/// synthetic schemas: full `dot` stays under a second up to about 6,000 layered nodes and
/// its positioning grows quadratically beyond; bounded `dot` spends about two seconds at
/// 50,000 and half a minute at 200,000, where `sfdp` needs a few seconds.
struct LayoutThresholds
{
    qsizetype fullDot = 8000;
    qsizetype boundedDot = 90000;
};

LayoutAlgorithm chooseAlgorithm(const LayoutComponent &component,
                                const LayoutThresholds &limits = {});

/// "dot", "bounded dot", "sfdp", "single"
QString algorithmName(LayoutAlgorithm algorithm);

/// The Graphviz layout engine that runs `algorithm` ("dot", "sfdp"); empty for Single.
QByteArray graphvizEngine(LayoutAlgorithm algorithm);

} // namespace relata
