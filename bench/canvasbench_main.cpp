// relata-bench-canvas: how fast the diagram opens, paints, zooms and moves a table on
// synthetic schemas of 500 and 2,000 tables, how much memory its items take, and how the
// scene index methods compare. Drawn offscreen into images. Prints a Markdown section
// for BENCHMARKS.md (scripts/bench). Never a pass/fail test of speed.

#include "benchargs.h"
#include "benchutil.h"
#include "canvasfixture.h"
#include "canvasmeasure.h"
#include "canvasreport.h"
#include "schemagenerator.h"

#include "io/relatafile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

struct Arguments
{
    QList<int> sizes = {500, 2000};
    CanvasOptions options;
    quint64 seed = 1;
    bool smoke = false;
    QString memoryFile; ///< internal: measure this file's memory and answer on stdout
    QString snapshotDir;
    QStringList snapshotFiles;
};

std::optional<Arguments> parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Times opening, painting, zooming and moving on the diagram of synthetic "
            "schemas, offscreen; prints Markdown. With --snapshots, writes pictures instead."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"sizes"_s, u"Table counts (default 500,2000)."_s, u"N,N,..."_s,
                                   u"500,2000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Opens per size (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption frames(u"frames"_s, u"Frames per figure (default 30)."_s, u"F"_s,
                                    u"30"_s);
    const QCommandLineOption seed(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"One brief run on a small schema."_s);
    const QCommandLineOption memory(u"measure-memory"_s, u"(internal) Measure one file."_s,
                                    u"FILE"_s);
    const QCommandLineOption snapshots(u"snapshots"_s,
                                       u"Write PNGs of each size and FILE at several zooms "
                                       "into DIR, with the findings marked; no timing."_s,
                                       u"DIR"_s);
    parser.addOptions({sizes, runs, frames, seed, smoke, memory, snapshots});
    parser.addPositionalArgument(u"FILE"_s, u".relata files to take snapshots of."_s);
    parser.process(app);

    Arguments args;
    bool runsOk = false;
    bool framesOk = false;
    bool seedOk = false;
    args.options.runs = parser.value(runs).toInt(&runsOk);
    args.options.frames = parser.value(frames).toInt(&framesOk);
    args.seed = parser.value(seed).toULongLong(&seedOk);
    if (!runsOk || args.options.runs < 1 || !framesOk || args.options.frames < 1 || !seedOk
        || !parseBenchSizes(parser.value(sizes), &args.sizes)) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    args.smoke = parser.isSet(smoke);
    if (args.smoke) {
        args.sizes = {60};
        args.options = {1, 2, 2};
    }
    args.memoryFile = parser.value(memory);
    args.snapshotDir = parser.value(snapshots);
    args.snapshotFiles = parser.positionalArguments();
    return args;
}

/// The memory figures of a fresh child process (this program with --measure-memory): a
/// process that has opened other files before would reuse their freed heap.
CanvasMemory measureMemoryInChild(const QString &file)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--measure-memory"_s, file});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit) {
        CanvasMemory failed;
        failed.error = u"the measuring process crashed"_s;
        return failed;
    }
    return CanvasMemory::fromLine(QString::fromUtf8(child.readAllStandardOutput()).trimmed());
}

/// Writes the generated schema of `tables` tables; empty with `error` set on failure.
QString writeSchema(int tables, quint64 seed, const QTemporaryDir &dir, QString *error)
{
    const QString file = dir.filePath(u"synthetic-%1.relata"_s.arg(tables));
    if (!saveRelataFile(generateSchema({tables, seed, Dialect::MySql}), file, error))
        return {};
    return file;
}

SizeReport benchmarkSize(int tables, const Arguments &args, const QTemporaryDir &dir)
{
    SizeReport r;
    r.tables = tables;
    benchProgress(u"%1 tables: generating"_s.arg(tables));
    const QString file = writeSchema(tables, args.seed, dir, &r.canvas.error);
    if (file.isEmpty())
        return r;
    benchProgress(u"%1 tables: memory"_s.arg(tables));
    r.memory = measureMemoryInChild(file);
    benchProgress(
            u"%1 tables: open, %2 runs; frames and moves"_s.arg(tables).arg(args.options.runs));
    r.canvas = measureCanvas(file, args.options);
    if (r.canvas.error.isEmpty()) {
        benchProgress(u"%1 tables: scene index methods"_s.arg(tables));
        r.indexes = measureIndexes(file, args.options);
    }
    return r;
}

/// Renders the file at each zoom into `dir`, the central table selected: for looking at.
bool writeSnapshots(const QString &file, const QString &dir)
{
    static const QList<qreal> zooms = {1.0, 0.5, 0.25, 0.1};
    CanvasFixture fixture;
    QString error;
    if (!fixture.load(file, &error)) {
        benchProgress(error);
        return false;
    }
    fixture.buildScene();
    fixture.buildView();
    fixture.showFindings();
    fixture.selectSample();
    const QString base = QFileInfo(file).completeBaseName();
    for (qreal zoom : zooms) {
        fixture.zoomOnCentre(zoom);
        fixture.renderFrame();
        const QString png = QDir(dir).filePath(u"%1-%2.png"_s.arg(base).arg(qRound(zoom * 100)));
        if (!fixture.frame().save(png)) {
            benchProgress(u"cannot write "_s + png);
            return false;
        }
        benchProgress(u"wrote "_s + png);
    }
    return true;
}

int runSnapshots(const Arguments &args)
{
    QTemporaryDir dir;
    if (!QDir().mkpath(args.snapshotDir) || !dir.isValid())
        return 1;
    QStringList files = args.snapshotFiles;
    for (int tables : args.sizes) {
        QString error;
        const QString file = writeSchema(tables, args.seed, dir, &error);
        if (file.isEmpty()) {
            benchProgress(error);
            return 1;
        }
        files.append(file);
    }
    bool ok = true;
    for (const QString &file : std::as_const(files))
        ok = writeSnapshots(file, args.snapshotDir) && ok;
    return ok ? 0 : 1;
}

int runBenchmarks(const Arguments &args)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        benchProgress(u"cannot create a temporary directory"_s);
        return 1;
    }
    QList<SizeReport> reports;
    for (int n : args.sizes)
        reports.append(benchmarkSize(n, args, dir));
    std::printf("%s", canvasMarkdown(reports, args.options, args.seed).toUtf8().constData());
    const bool failed = std::any_of(reports.cbegin(), reports.cend(), [](const SizeReport &r) {
        return !r.canvas.error.isEmpty() || !r.memory.error.isEmpty();
    });
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Measured offscreen, the same on a desktop, a server and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-canvas"_s);
    const std::optional<Arguments> args = parseArguments(app);
    if (!args)
        return 2;
    if (!args->memoryFile.isEmpty()) {
        const CanvasMemory m = measureCanvasMemory(args->memoryFile);
        std::printf("%s\n", qPrintable(m.toLine()));
        return m.error.isEmpty() ? 0 : 1;
    }
    if (!args->snapshotDir.isEmpty())
        return runSnapshots(*args);
    return runBenchmarks(*args);
}
