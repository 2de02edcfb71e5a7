#pragma once

#include "canvasmeasure.h"

#include <QList>
#include <QString>

namespace relata {

/// Everything measured on one size of schema.
struct SizeReport
{
    int tables = 0;
    CanvasMeasurement canvas;
    CanvasMemory memory;
    QList<IndexMeasurement> indexes;
};

/// The "Canvas" section of BENCHMARKS.md: the figures, the index comparison, the memory
/// and, for the largest target size, whether the targets are met.
QString canvasMarkdown(const QList<SizeReport> &reports, const CanvasOptions &options,
                       quint64 seed);

} // namespace relata
