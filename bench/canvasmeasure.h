#pragma once

#include <QList>
#include <QString>

namespace relata {

struct CanvasOptions
{
    int runs = 5;    ///< opens per file
    int frames = 30; ///< frames per figure
    int moves = 50;  ///< table moves per figure
};

/// The figures of one schema file, in milliseconds per sample.
struct CanvasMeasurement
{
    int tables = 0;
    int relations = 0;
    double fittedZoom = 0;
    /// Load the file, build the scene and a 1280×800 view, fit, paint the first frame.
    QList<double> opens;
    /// The whole diagram fitted; every frame at the same zoom (the items' caches warm),
    /// as when panning or selecting.
    QList<double> fittedFrames;
    /// 100 % on the diagram's centre.
    QList<double> zoomedFrames;
    /// As above, but each frame at a slightly different zoom (every visible item drawn
    /// anew), as while zooming with the wheel.
    QList<double> fittedZoomFrames;
    QList<double> zoomedZoomFrames;
    /// `SchemaDocument::moveTables` of one table and the scene's sync.
    QList<double> moves;
    QString error;
};

/// Moves, hit tests and zoomed-in frames on one scene with each item index method.
struct IndexMeasurement
{
    QString method;
    QList<double> zoomedFrames;
    QList<double> hitTests;    ///< `SchemaScene::tableItemAt`, per call
    QList<double> moves;       ///< move and scene sync
    QList<double> movesAndHit; ///< a move, then a hit test, which brings the index up to date
};

/// Resident set sizes (KiB) of a fresh process opening one file.
struct CanvasMemory
{
    qint64 loadedKib = -1;  ///< the schema loaded, no scene yet
    qint64 sceneKib = -1;   ///< the scene built
    qint64 paintedKib = -1; ///< the view built and the first frame painted
    QString error;

    /// One line of `key=value` pairs, the child's answer to the benchmark driver.
    QString toLine() const;
    static CanvasMemory fromLine(const QString &line);
};

CanvasMeasurement measureCanvas(const QString &file, const CanvasOptions &options);
QList<IndexMeasurement> measureIndexes(const QString &file, const CanvasOptions &options);
/// Run in a fresh process, so that the heap holds this file's objects alone.
CanvasMemory measureCanvasMemory(const QString &file);
/// The resident set size of this process now (/proc/self/statm), in KiB; -1 when unknown.
qint64 residentKib();

} // namespace relata
