#pragma once

#include "layoutgraph.h"
#include "layoutstrategy.h"

#include <QByteArray>

namespace relata {

/// Graphviz works in points (72 per inch) and Relata's scene in units of one point.
inline constexpr double kPointsPerInch = 72.0;
/// The least space between two boxes in a layout, in scene units.
inline constexpr double kBoxGap = 40.0;
/// The space between the columns of a left-to-right layout, in scene units.
inline constexpr double kRankGap = 80.0;

/// The name of node `index` (into LayoutInput::nodes) in the DOT text: "n12".
QByteArray dotNodeName(int index);

/// The DOT text of one component for `algorithm`: every node a fixed-size box of the
/// table's size; for `dot`, one port per column row (an HTML-like table whose cells have
/// the rows' heights), edges from the parent row's right side to the child row's left
/// side, so that parents come before children, left to right. No edge routing is asked
/// for: only the positions are used. The engine and the benchmark use the same text.
QByteArray writeDot(const LayoutInput &input, const LayoutComponent &component,
                    LayoutAlgorithm algorithm);

} // namespace relata
