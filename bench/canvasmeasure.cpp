#include "canvasmeasure.h"

#include "benchutil.h"
#include "canvasfixture.h"
#include "splitmix64.h"

#include "diagramview.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Zoom steps alternate between the zoom and this much more: every visible item is
/// drawn anew, yet the same items stay in view.
constexpr qreal kZoomStep = 1.03;
/// How far a move takes the table and back: a drag's step.
const QPointF kMoveStep(24, 16);
constexpr int kHitTestsPerSample = 100;

/// Frames at the view's current transform, after one untimed frame that fills the caches.
QList<double> steadyFrames(CanvasFixture &fixture, int frames)
{
    fixture.renderFrame();
    return timeRuns(frames, [&fixture] {
        fixture.renderFrame();
        return true;
    });
}

/// Frames that each come at a slightly different zoom around `zoom`.
QList<double> zoomStepFrames(CanvasFixture &fixture, qreal zoom, int frames)
{
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        fixture.zoomOnCentre(i % 2 == 0 ? zoom * kZoomStep : zoom);
        times += timeRuns(1, [&fixture] {
            fixture.renderFrame();
            return true;
        });
    }
    fixture.zoomOnCentre(zoom);
    return times;
}

/// Moves the central table there and back `count` times; `after` runs inside the timing.
template<typename After>
QList<double> timeMoves(CanvasFixture &fixture, int count, After after)
{
    const TableId id = fixture.centralTable();
    const QPointF home = fixture.document().schema().table(id)->position;
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        const QPointF to = i % 2 == 0 ? home + kMoveStep : home;
        times += timeRuns(1, [&fixture, id, to, &after] {
            const bool moved = fixture.document().moveTables({{id, to}});
            after(to);
            return moved;
        });
    }
    return times;
}

/// Points spread over the diagram, the same on every run.
QList<QPointF> hitPoints(const QRectF &area, int count)
{
    SplitMix64 random(7);
    QList<QPointF> points;
    for (int i = 0; i < count; ++i) {
        const qreal x = area.left() + area.width() * random.below(10000) / 10000.0;
        const qreal y = area.top() + area.height() * random.below(10000) / 10000.0;
        points.append(QPointF(x, y));
    }
    return points;
}

QList<double> timeHitTests(const CanvasFixture &fixture, int samples)
{
    const QList<QPointF> points
            = hitPoints(fixture.scene()->diagramRect(), samples * kHitTestsPerSample);
    QList<double> times;
    qsizetype next = 0;
    for (int s = 0; s < samples; ++s) {
        const QList<double> batch = timeRuns(1, [&] {
            for (int i = 0; i < kHitTestsPerSample; ++i)
                fixture.scene()->tableItemAt(points.at(next++));
            return true;
        });
        times.append(batch.value(0) / kHitTestsPerSample);
    }
    return times;
}

} // namespace

CanvasMeasurement measureCanvas(const QString &file, const CanvasOptions &options)
{
    CanvasMeasurement m;
    for (int run = 0; run < options.runs && m.error.isEmpty(); ++run) {
        CanvasFixture fixture;
        m.opens += timeRuns(1, [&] {
            if (!fixture.load(file, &m.error))
                return false;
            fixture.buildScene();
            fixture.buildView();
            fixture.renderFrame();
            return true;
        });
    }
    CanvasFixture fixture;
    if (!m.error.isEmpty() || !fixture.load(file, &m.error))
        return m;
    fixture.buildScene();
    fixture.buildView();
    fixture.showFindings();
    m.tables = int(fixture.scene()->tableItemCount());
    m.relations = int(fixture.scene()->relationItemCount());
    m.fittedZoom = fixture.view()->zoom();
    m.fittedFrames = steadyFrames(fixture, options.frames);
    m.fittedZoomFrames = zoomStepFrames(fixture, m.fittedZoom, options.frames);
    fixture.zoomOnCentre(1);
    m.zoomedFrames = steadyFrames(fixture, options.frames);
    m.zoomedZoomFrames = zoomStepFrames(fixture, 1, options.frames);
    m.moves = timeMoves(fixture, options.moves, [](QPointF) {});
    return m;
}

QList<IndexMeasurement> measureIndexes(const QString &file, const CanvasOptions &options)
{
    CanvasFixture fixture;
    QString error;
    if (!fixture.load(file, &error))
        return {};
    fixture.buildScene();
    fixture.buildView();
    fixture.showFindings();
    fixture.zoomOnCentre(1);
    const QList<std::pair<QString, QGraphicsScene::ItemIndexMethod>> methods
            = {{u"NoIndex"_s, QGraphicsScene::NoIndex},
               {u"BspTreeIndex"_s, QGraphicsScene::BspTreeIndex}};
    QList<IndexMeasurement> results;
    for (const auto &[name, method] : methods) {
        SchemaScene *scene = fixture.scene();
        scene->setItemIndexMethod(method);
        scene->tableItemAt(QPointF()); // builds the index
        IndexMeasurement m;
        m.method = name;
        m.zoomedFrames = steadyFrames(fixture, options.frames);
        m.hitTests = timeHitTests(fixture, options.frames);
        m.moves = timeMoves(fixture, options.moves, [](QPointF) {});
        m.movesAndHit = timeMoves(fixture, options.moves, [scene](QPointF to) {
            scene->tableItemAt(to + QPointF(10, 10));
        });
        results.append(m);
    }
    return results;
}

qint64 residentKib()
{
    // "size resident shared text lib data dt", in pages.
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? pages * qint64(sysconf(_SC_PAGESIZE)) / 1024 : -1;
}

CanvasMemory measureCanvasMemory(const QString &file)
{
    CanvasMemory m;
    CanvasFixture fixture;
    if (!fixture.load(file, &m.error))
        return m;
    m.loadedKib = residentKib();
    fixture.buildScene();
    m.sceneKib = residentKib();
    fixture.buildView();
    fixture.renderFrame();
    m.paintedKib = residentKib();
    return m;
}

QString CanvasMemory::toLine() const
{
    if (!error.isEmpty())
        return u"error="_s + error;
    return u"loaded=%1 scene=%2 painted=%3"_s.arg(loadedKib).arg(sceneKib).arg(paintedKib);
}

CanvasMemory CanvasMemory::fromLine(const QString &line)
{
    CanvasMemory m;
    if (line.startsWith(u"error="_s)) {
        m.error = line.mid(6);
        return m;
    }
    QHash<QString, qint64> values;
    for (const QString &pair : line.split(u' ', Qt::SkipEmptyParts))
        values.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toLongLong());
    m.loadedKib = values.value(u"loaded"_s, -1);
    m.sceneKib = values.value(u"scene"_s, -1);
    m.paintedKib = values.value(u"painted"_s, -1);
    if (m.loadedKib < 0 || m.sceneKib < 0 || m.paintedKib < 0)
        m.error = u"no answer from the measuring process"_s;
    return m;
}

} // namespace relata
