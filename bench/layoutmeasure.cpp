#include "layoutmeasure.h"

#include "benchutil.h"

#include "layout/dotwriter.h"
#include "layout/layoutgraph.h"
#include "layout/layoutquality.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr double kReadableGap = 10.0;

/// Top-left positions from `dot -Tplain` ("node n12 x y w h ..."; inches, centres, y up).
QHash<TableId, QPointF> plainPositions(const LayoutInput &input, const QByteArray &plain)
{
    QHash<TableId, QPointF> positions;
    for (const QByteArray &line : plain.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 6 || f.at(0) != "node" || !f.at(1).startsWith('n'))
            continue;
        bool ok = false;
        const int index = f.at(1).mid(1).toInt(&ok);
        if (!ok || index < 0 || index >= input.nodes.size())
            continue;
        const LayoutNode &node = input.nodes.at(index);
        const double x = f.at(2).toDouble() * kPointsPerInch;
        const double y = -f.at(3).toDouble() * kPointsPerInch;
        positions.insert(node.table,
                         QPointF(x - node.size.width() / 2, y - node.size.height() / 2));
    }
    return positions;
}

} // namespace

EngineMeasurement measureEngine(const LayoutInput &input, int runs)
{
    EngineMeasurement m;
    const std::unique_ptr<LayoutEngine> engine = createGraphvizLayoutEngine();
    QHash<TableId, QPointF> first;
    m.times = timeRuns(runs, [&] {
        const Result<LayoutResult> result = engine->layout(input);
        if (!result) {
            m.error = result.errorString();
            return false;
        }
        if (m.strategy.isEmpty()) {
            m.strategy = result->strategy;
            first = result->positions;
        }
        m.deterministic = m.deterministic && result->positions == first;
        return true;
    });
    if (!m.error.isEmpty())
        return m;
    const QList<QRectF> boxes = placedBoxes(input, first);
    for (const QRectF &box : boxes)
        m.bounds = m.bounds.isNull() ? box : m.bounds.united(box);
    m.overlaps = countBoxOverlaps(boxes, 0);
    m.tooClose = countBoxOverlaps(boxes, kReadableGap);
    m.crossings = countEdgeCrossings(input, boxes);
    return m;
}

DotMeasurement measureDotTool(const LayoutInput &input, int timeoutMs)
{
    DotMeasurement m;
    QTemporaryFile file;
    if (!file.open()) {
        m.error = u"cannot write a temporary file"_s;
        return m;
    }
    file.write(writeDot(input, wholeGraph(input), LayoutAlgorithm::Dot));
    file.close();
    QProcess dot;
    QElapsedTimer timer;
    timer.start();
    dot.start(u"dot"_s, {u"-Tplain"_s, file.fileName()});
    if (!dot.waitForStarted()) {
        m.error = u"`dot` is not installed"_s;
        return m;
    }
    if (!dot.waitForFinished(timeoutMs)) {
        m.ms = double(timer.elapsed());
        m.timedOut = true;
        dot.kill();
        dot.waitForFinished();
        return m;
    }
    m.ms = double(timer.nsecsElapsed()) / 1e6;
    if (dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0) {
        m.error = u"`dot` failed: "_s + QString::fromUtf8(dot.readAllStandardError()).simplified();
        return m;
    }
    const QList<QRectF> boxes
            = placedBoxes(input, plainPositions(input, dot.readAllStandardOutput()));
    m.overlaps = countBoxOverlaps(boxes, 0);
    m.crossings = countEdgeCrossings(input, boxes);
    return m;
}

} // namespace relata
