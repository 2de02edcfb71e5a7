#pragma once

#include "layout/layoutengine.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace relata {

/// Relata's engine on one input: times, and the quality of the first run's result.
struct EngineMeasurement
{
    QList<double> times; ///< ms per run
    QString strategy;
    QRectF bounds;            ///< of all boxes
    qsizetype overlaps = -1;  ///< pairs of boxes that overlap
    qsizetype tooClose = -1;  ///< pairs less than 10 units apart
    qsizetype crossings = -1; ///< pairs of crossing edges (straight, row to row)
    bool deterministic = true;
    QString error;
};

/// The `dot` command-line tool on the same graph, unsplit, in one process.
struct DotMeasurement
{
    double ms = 0;
    bool timedOut = false;
    qsizetype overlaps = -1;
    qsizetype crossings = -1;
    QString error;
};

EngineMeasurement measureEngine(const LayoutInput &input, int runs);

/// Writes the graph as Relata hands it to `dot` (same box sizes, ports and spacing, all
/// components together) to a temporary file, runs `dot -Tplain` on it and reads back the
/// node positions. Stops `dot` after `timeoutMs` (negative: waits for it).
DotMeasurement measureDotTool(const LayoutInput &input, int timeoutMs);

} // namespace relata
