#include "canvasreport.h"

#include "benchutil.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr int kTargetTables = 2000;
constexpr double kTargetOpenMs = 2000;
constexpr double kTargetFrameMs = 16;

QString zoomPercent(double zoom)
{
    return u"%1 %"_s.arg(zoom * 100, 0, 'f', zoom < 0.1 ? 1 : 0);
}

QString timingsRow(const SizeReport &r)
{
    const CanvasMeasurement &c = r.canvas;
    if (!c.error.isEmpty())
        return u"| %1 | failed: %2 |||||||"_s.arg(groupedNumber(r.tables), c.error);
    return u"| %1 | %2 | %3 | %4 (%5) | %6 | %7 | %8 | %9 |"_s.arg(
            groupedNumber(c.tables), groupedNumber(c.relations), formatSamples(c.opens),
            formatMs(median(c.fittedFrames)), zoomPercent(c.fittedZoom),
            formatMs(median(c.zoomedFrames)), formatMs(median(c.fittedZoomFrames)),
            formatMs(median(c.zoomedZoomFrames)), formatMs(median(c.moves)));
}

QString memoryRow(const SizeReport &r)
{
    const CanvasMemory &m = r.memory;
    if (!m.error.isEmpty())
        return u"| %1 | failed: %2 |||||"_s.arg(groupedNumber(r.tables), m.error);
    const qint64 scene = (m.sceneKib - m.loadedKib) * 1024;
    const qint64 painted = (m.paintedKib - m.sceneKib) * 1024;
    return u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(
            groupedNumber(r.tables), formatBytes(m.loadedKib * 1024), formatBytes(scene),
            formatBytes(r.tables > 0 ? scene / r.tables : 0), formatBytes(painted),
            formatBytes(m.paintedKib * 1024));
}

QString indexRows(const SizeReport &r)
{
    QString rows;
    for (const IndexMeasurement &m : r.indexes) {
        rows += u"| %1 | %2 | %3 | %4 µs | %5 | %6 |\n"_s.arg(
                groupedNumber(r.tables), u'`' + m.method + u'`', formatMs(median(m.zoomedFrames)),
                QString::number(median(m.hitTests) * 1000, 'f', 1), formatMs(median(m.moves)),
                formatMs(median(m.movesAndHit)));
    }
    return rows;
}

QString targetLine(const QString &what, double ms, double target)
{
    return u"- %1: %2 (target < %3): %4\n"_s.arg(what, formatMs(ms), formatMs(target),
                                                 ms < target ? u"met"_s : u"NOT met"_s);
}

QString targetLines(const QList<SizeReport> &reports)
{
    QString lines;
    for (const SizeReport &r : reports) {
        if (r.tables != kTargetTables)
            continue;
        const CanvasMeasurement &c = r.canvas;
        const QString n = groupedNumber(r.tables);
        if (!c.error.isEmpty()) {
            lines += u"- %1 tables: not measured (%2): targets NOT met\n"_s.arg(n, c.error);
            continue;
        }
        lines += targetLine(u"open and first paint, %1 tables"_s.arg(n), median(c.opens),
                            kTargetOpenMs);
        lines += targetLine(u"frame, whole diagram fitted"_s, median(c.fittedFrames),
                            kTargetFrameMs);
        lines += targetLine(u"frame, 100 % on the centre"_s, median(c.zoomedFrames),
                            kTargetFrameMs);
        lines += targetLine(u"zoom step, whole diagram fitted"_s, median(c.fittedZoomFrames),
                            kTargetFrameMs);
        lines += targetLine(u"zoom step, 100 % on the centre"_s, median(c.zoomedZoomFrames),
                            kTargetFrameMs);
    }
    return lines;
}

QString introduction(const CanvasOptions &options, quint64 seed)
{
    return u"Input: `relata-genschema --tables N --seed %1` (MySQL dialect), written to a "
           ".relata file. Drawn offscreen (`QT_QPA_PLATFORM=offscreen`) by the application's "
           "scene, items and view at 1280×800, each frame rendered through the view's paint "
           "path into an image. Open: the median of %2 runs, fastest and slowest in "
           "parentheses; frames: the median of %3; moves: the median of %4. The findings of "
           "`validate()` are marked on the items for the frames and moves.\n\n"_s.arg(
                   QString::number(seed), QString::number(options.runs),
                   QString::number(options.frames), QString::number(options.moves));
}

const QString kLegend = u"\n"
                        "- open: load the file, `SchemaDocument::setSchema`, build the "
                        "`SchemaScene` and the view, fit to view, paint the first frame.\n"
                        "- frame: repaint of the whole viewport at an unchanged zoom (panning, "
                        "selecting); tables come from their item caches.\n"
                        "- zoom step: a frame right after the zoom changed by 3 %, as while "
                        "zooming with the wheel: every visible item is drawn anew.\n"
                        "- move: `SchemaDocument::moveTables` of the table nearest the centre "
                        "and the scene's sync (the item and its relations re-routed).\n"_s;

} // namespace

QString canvasMarkdown(const QList<SizeReport> &reports, const CanvasOptions &options, quint64 seed)
{
    QString md = u"## Canvas\n\n"_s + introduction(options, seed);
    md += u"| tables | relations | open + first paint | frame, fitted (zoom) | frame, 100 % "
          "| zoom step, fitted | zoom step, 100 % | move one table |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const SizeReport &r : reports)
        md += timingsRow(r) + u'\n';
    md += kLegend;
    md += u"\nMemory: resident set (`/proc/self/statm`) of a fresh process that opens the "
          "file.\n\n"
          "| tables | schema loaded | + scene | per table | + view and first frame | total |\n"
          "|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const SizeReport &r : reports)
        md += memoryRow(r) + u'\n';
    md += u"\nScene index: the same scene with each `QGraphicsScene::ItemIndexMethod` (the "
          "scene uses `NoIndex`). Hit test: `SchemaScene::tableItemAt` at points spread over "
          "the diagram; move + hit test: a move, then a hit test, which brings the index up "
          "to date.\n\n"
          "| tables | index | frame, 100 % | hit test | move | move + hit test |\n"
          "|---:|---|---:|---:|---:|---:|\n"_s;
    for (const SizeReport &r : reports)
        md += indexRows(r);
    md += u"\nTargets at %1 tables:\n\n"_s.arg(groupedNumber(kTargetTables));
    return md + targetLines(reports);
}

} // namespace relata
