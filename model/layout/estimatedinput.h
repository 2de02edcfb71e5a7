#pragma once

#include "layoutengine.h"

namespace relata {

class Schema;

/// Box sizes as estimated without the views layer: a 30-unit header, 22 units per
/// column row, 220 wide.
struct EstimatedBoxMetrics
{
    double width = 220;
    double header = 30;
    double row = 22;
};

/// The layout input of a whole schema with estimated box sizes: pinned tables fixed at
/// their position, each relation from its first child column's row to its first parent
/// column's row. For benchmarks, tests and headless use; the application measures the
/// boxes it draws instead.
LayoutInput estimatedLayoutInput(const Schema &schema, const EstimatedBoxMetrics &metrics = {});

} // namespace relata
