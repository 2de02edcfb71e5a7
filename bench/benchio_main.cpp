// relata-bench-io: how long loading, saving and `relata-cli info` take on synthetic
// schemas of 100, 1,000 and 10,000 tables, and how much memory they need. Prints a
// Markdown section for BENCHMARKS.md (scripts/bench). Never a pass/fail test of speed.

#include "benchargs.h"
#include "benchutil.h"
#include "generatorcheck.h"
#include "iomeasure.h"
#include "schemagenerator.h"

#include "io/relatafile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

constexpr int kTargetTables = 10000;
constexpr double kTargetLoadSaveMs = 1000;

struct BenchOptions
{
    QList<int> sizes = {100, 1000, 10000};
    int runs = 5;
    quint64 seed = 1;
    QString cli; ///< relata-cli; empty or missing = not timed
};

struct SizeResult
{
    int tables = 0;
    qint64 fileBytes = 0;
    IoMeasurement io; ///< counts, the highest peak RSS, or the error
    QList<double> loads;
    QList<double> saves;
    QList<double> infos; ///< empty when relata-cli was not timed
    QString infoError;
};

void progress(const QString &message)
{
    std::fprintf(stderr, "relata-bench-io: %s\n", qPrintable(message));
}

/// One load and one save in a fresh child process (this program with --measure): the
/// load a person waits for when opening the file, not a repeated load that reuses a heap
/// already grown by the one before (repeated loads are markedly faster). The child's
/// peak RSS is that file's alone.
IoMeasurement measureInChild(const QString &file)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--measure"_s, file, u"--runs"_s, u"1"_s});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit) {
        IoMeasurement failed;
        failed.error = u"the measuring process crashed"_s;
        return failed;
    }
    return IoMeasurement::fromLine(QString::fromUtf8(child.readAllStandardOutput()).trimmed());
}

/// `runs` fresh processes: each one's load and save time, the highest peak RSS.
void measureFreshProcesses(const QString &file, int runs, SizeResult *r)
{
    for (int i = 0; i < runs; ++i) {
        const IoMeasurement m = measureInChild(file);
        if (!m.error.isEmpty()) {
            r->io = m;
            return;
        }
        r->loads.append(m.loadMs);
        r->saves.append(m.saveMs);
        const qint64 peak = std::max(r->io.peakKib, m.peakKib);
        r->io = m;
        r->io.peakKib = peak;
    }
}

SizeResult benchmarkSize(int tables, const BenchOptions &options, const QTemporaryDir &dir)
{
    SizeResult r;
    r.tables = tables;
    const QString file = dir.filePath(u"synthetic-%1.relata"_s.arg(tables));
    progress(u"%1 tables: generating"_s.arg(tables));
    QString error;
    if (!saveRelataFile(generateSchema({tables, options.seed, Dialect::MySql}), file, &error)) {
        r.io.error = error.isEmpty() ? u"cannot write %1"_s.arg(file) : error;
        return r;
    }
    r.fileBytes = QFileInfo(file).size();
    progress(u"%1 tables: load and save, %2 runs"_s.arg(tables).arg(options.runs));
    measureFreshProcesses(file, options.runs, &r);
    if (options.cli.isEmpty() || !QFileInfo(options.cli).isExecutable()) {
        r.infoError = u"relata-cli not found"_s;
    } else if (r.io.error.isEmpty()) {
        progress(u"%1 tables: relata-cli info, %2 runs"_s.arg(tables).arg(options.runs));
        r.infos = timeCliInfo(options.cli, file, options.runs, &r.infoError);
    }
    return r;
}

QString tableRow(const SizeResult &r)
{
    if (!r.io.error.isEmpty())
        return u"| %1 | failed: %2 |||||||| "_s.arg(groupedNumber(r.tables), r.io.error);
    const QString info = r.infos.isEmpty() ? u"n/a"_s : formatSamples(r.infos);
    const QString rss = r.io.peakKib < 0 ? u"n/a"_s : formatBytes(r.io.peakKib * 1024);
    return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |"_s.arg(
            groupedNumber(r.io.tables), groupedNumber(r.io.columns), groupedNumber(r.io.indexes),
            groupedNumber(r.io.relations), formatBytes(r.fileBytes), formatSamples(r.loads),
            formatSamples(r.saves), info, rss);
}

QString targetLines(const QList<SizeResult> &results)
{
    QString lines;
    for (const SizeResult &r : results) {
        if (r.tables != kTargetTables)
            continue;
        if (!r.io.error.isEmpty()) {
            lines += u"load + save of %1 tables: not measured (%2) (target < %3 ms): NOT met\n"_s
                             .arg(groupedNumber(r.tables), r.io.error,
                                  groupedNumber(qint64(kTargetLoadSaveMs)));
            continue;
        }
        const double total = median(r.loads) + median(r.saves);
        lines += u"load + save of %1 tables: %2 ms (target < %3 ms): %4\n"_s.arg(
                groupedNumber(r.tables), groupedNumber(qRound64(total)),
                groupedNumber(qint64(kTargetLoadSaveMs)),
                total < kTargetLoadSaveMs ? u"met"_s : u"NOT met"_s);
    }
    return lines;
}

QString markdown(const QList<SizeResult> &results, const BenchOptions &options)
{
    QString md = u"## File I/O\n\n"_s;
    const QString timing = options.runs == 1
                                   ? u"Each time is from a single run."_s
                                   : u"Each time is the median of %1 runs, with the fastest "
                                     "and slowest in parentheses."_s.arg(options.runs);
    md += u"Input: `relata-genschema --tables N --seed %1` (MySQL dialect). %2\n\n"_s.arg(
            QString::number(options.seed), timing);
    md += u"| tables | columns | indexes | relations | file size | load | save "
          "| `relata-cli info` | peak RSS |\n"_s;
    md += u"|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const SizeResult &r : results)
        md += tableRow(r) + u'\n';
    md += u"\n"
          "- load: `loadRelataFile` in a fresh process: read the file, parse the JSON and "
          "every column type, build the model.\n"
          "- save: then `saveRelataFile` of that schema to a temporary file: serialize, "
          "write atomically.\n"
          "- `relata-cli info`: the real command as a separate process, end to end "
          "(start-up, load, count, print).\n"
          "- peak RSS: VmHWM of the process that loaded and saved the schema once.\n\n"_s;
    for (const SizeResult &r : results) {
        if (!r.infoError.isEmpty() && r.io.error.isEmpty())
            md += u"`relata-cli info` on %1 tables: %2\n\n"_s.arg(groupedNumber(r.tables),
                                                                  r.infoError);
    }
    return md + targetLines(results);
}

/// Runs every size and prints the Markdown. With `smoke`, first checks the generator,
/// then runs every step once on a small schema (the figures then mean nothing).
int runBenchmarks(BenchOptions options, bool smoke)
{
    bool smokeOk = true;
    if (smoke) {
        const QStringList problems = checkGenerator();
        for (const QString &problem : problems)
            progress(u"generator: "_s + problem);
        smokeOk = problems.isEmpty();
        options.sizes = {60};
        options.runs = 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        progress(u"cannot create a temporary directory"_s);
        return 1;
    }
    QList<SizeResult> results;
    for (int n : std::as_const(options.sizes))
        results.append(benchmarkSize(n, options, dir));
    std::printf("%s", markdown(results, options).toUtf8().constData());
    const bool failed = std::any_of(results.cbegin(), results.cend(),
                                    [](const SizeResult &r) { return !r.io.error.isEmpty(); });
    return failed || !smokeOk ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-io"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times loading, saving and `relata-cli info` on "
                                     "synthetic schemas; prints Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Table counts (default 100,1000,10000)."_s,
                                         u"N,N,..."_s, u"100,1000,10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (default 5)."_s, u"R"_s,
                                        u"5"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"The relata-cli to time."_s, u"PATH"_s,
                                       QStringLiteral(RELATA_CLI_PATH));
    const QCommandLineOption measureOption(u"measure"_s, u"(internal) Measure one file."_s,
                                           u"FILE"_s);
    const QCommandLineOption smokeOption(u"smoke"_s,
                                         u"Check the generator and the benchmark, briefly."_s);
    parser.addOptions({sizesOption, runsOption, seedOption, cliOption, measureOption, smokeOption});
    parser.process(app);

    BenchOptions options;
    bool runsOk = false;
    bool seedOk = false;
    options.runs = parser.value(runsOption).toInt(&runsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.cli = parser.value(cliOption);
    if (!runsOk || options.runs < 1 || !seedOk
        || !parseBenchSizes(parser.value(sizesOption), &options.sizes)) {
        progress(u"bad arguments; see --help"_s);
        return 2;
    }
    if (parser.isSet(measureOption)) {
        const IoMeasurement m = measureLoadSave(parser.value(measureOption), options.runs);
        std::printf("%s\n", qPrintable(m.toLine()));
        return m.error.isEmpty() ? 0 : 1;
    }
    return runBenchmarks(options, parser.isSet(smokeOption));
}
