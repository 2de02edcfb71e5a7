// relata-bench-layout: how long the automatic layout takes on synthetic schemas of 100,
// 500, 2,000 and 5,000 tables, how readable it is (overlapping boxes, crossing edges),
// and the same figures for the Graphviz `dot` command-line tool on the same graph.
// Prints a Markdown section for BENCHMARKS.md (scripts/bench). Never a pass/fail test of
// speed.

#include "benchargs.h"
#include "benchutil.h"
#include "layoutmeasure.h"
#include "schemagenerator.h"

#include "layout/estimatedinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

struct LayoutBenchOptions
{
    QList<int> sizes = {100, 500, 2000, 5000};
    int runs = 5;
    quint64 seed = 1;
    int dotTimeoutMs = 60000; ///< negative: wait for `dot` however long it takes
};

struct Target
{
    int tables;
    double ms;
};
constexpr Target kTargets[] = {{2000, 5000}, {5000, 15000}};
/// At this size Relata's time should stay within kDotFactor of `dot` alone.
constexpr int kDotComparisonTables = 500;
constexpr double kDotFactor = 1.5;

struct SizeResult
{
    int tables = 0;
    qsizetype relations = 0;
    EngineMeasurement relata;
    DotMeasurement dot;
};

SizeResult benchmarkSize(int n, const LayoutBenchOptions &options)
{
    SizeResult r;
    r.tables = n;
    benchProgress(u"%1 tables: generating"_s.arg(n));
    const LayoutInput input
            = estimatedLayoutInput(generateSchema({n, options.seed, Dialect::MySql}));
    r.relations = input.edges.size();
    benchProgress(u"%1 tables: Relata, %2 runs"_s.arg(n).arg(options.runs));
    r.relata = measureEngine(input, options.runs);
    benchProgress(u"%1 tables: dot"_s.arg(n));
    r.dot = measureDotTool(input, options.dotTimeoutMs);
    return r;
}

QString count(qsizetype value)
{
    return value < 0 ? u"–"_s : groupedNumber(value);
}

QString relataCells(const SizeResult &r)
{
    const EngineMeasurement &m = r.relata;
    if (!m.error.isEmpty())
        return u"failed: %1 | | | | "_s.arg(m.error);
    QString time = formatSamples(m.times);
    if (!m.deterministic)
        time += u" (positions differ between runs!)"_s;
    return u"%1 | %2 | %3 × %4 | %5 | %6"_s.arg(
            time, m.strategy, groupedNumber(qRound64(m.bounds.width())),
            groupedNumber(qRound64(m.bounds.height())),
            u"%1 (%2)"_s.arg(count(m.overlaps), count(m.tooClose)), count(m.crossings));
}

QString dotCells(const SizeResult &r, const LayoutBenchOptions &options)
{
    const DotMeasurement &d = r.dot;
    if (!d.error.isEmpty())
        return d.error + u" | | "_s;
    if (d.timedOut)
        return u"> %1 (stopped) | – | –"_s.arg(formatMs(options.dotTimeoutMs));
    return u"%1 | %2 | %3"_s.arg(formatMs(d.ms), count(d.overlaps), count(d.crossings));
}

QString targetLines(const QList<SizeResult> &results)
{
    QString md;
    for (const SizeResult &r : results) {
        const double ms = median(r.relata.times);
        const bool ok = r.relata.error.isEmpty() && r.relata.overlaps == 0;
        for (const Target &t : kTargets) {
            if (t.tables == r.tables)
                md += u"- %1 tables in %2 (target < %3): %4\n"_s.arg(
                        groupedNumber(r.tables), formatMs(ms), formatMs(t.ms),
                        ok && ms < t.ms ? u"met"_s : u"NOT met"_s);
        }
        if (r.tables == kDotComparisonTables && r.dot.error.isEmpty() && !r.dot.timedOut)
            md += u"- %1 tables: %2 against `dot` alone %3, %4× (target ≤ %5×): %6\n"_s.arg(
                    groupedNumber(r.tables), formatMs(ms), formatMs(r.dot.ms),
                    QString::number(ms / r.dot.ms, 'f', 2), QString::number(kDotFactor),
                    ok && ms <= kDotFactor * r.dot.ms ? u"met"_s : u"NOT met"_s);
    }
    return md;
}

QString markdown(const QList<SizeResult> &results, const LayoutBenchOptions &options)
{
    QString md = u"## Layout\n\n"_s;
    md += u"Input: the schema of `relata-genschema --tables N --seed %1`, every box the "
          "estimated size of its table card (220 wide, a 30-unit header and 22 units per "
          "column), each relation from its column row to the parent's key row. Relata: "
          "`createGraphvizLayoutEngine()->layout()` in process, the median of %2 runs with "
          "the fastest and slowest in parentheses, every run checked to give the same "
          "positions. The strategy says how each connected component was laid out; the "
          "picture is the bounding box of all boxes. `dot`: the command-line "
          "tool on the same graph (the same boxes, ports and spacing, all components in one "
          "graph, full crossing minimisation, no edge routing), `dot -Tplain`, timed as a "
          "process and stopped after %3. Overlaps are pairs of boxes that overlap; crossings "
          "are pairs of edges that cross when drawn straight from row to row.\n\n"_s.arg(
                  QString::number(options.seed), QString::number(options.runs),
                  options.dotTimeoutMs < 0 ? u"never"_s : formatMs(options.dotTimeoutMs));
    md += u"| tables | relations | Relata | strategy | picture | overlaps (closer than 10) | "
          u"crossings | `dot` | "
          "`dot` overlaps | `dot` crossings |\n|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const SizeResult &r : results)
        md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(groupedNumber(r.tables), groupedNumber(r.relations),
                                               relataCells(r), dotCells(r, options));
    return md + u'\n' + targetLines(results);
}

std::optional<LayoutBenchOptions> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the automatic layout on synthetic schemas, next "
                                     "to the `dot` tool; prints Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"sizes"_s, u"Table counts (default 100,500,2000,5000)."_s,
                                   u"N,N,..."_s, u"100,500,2000,5000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per figure (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption seed(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption timeout(
            u"dot-timeout"_s, u"Stop `dot` after S seconds (default 60)."_s, u"S"_s, u"60"_s);
    const QCommandLineOption full(u"full-dot"_s, u"Wait for `dot` however long it takes."_s);
    const QCommandLineOption smoke(u"smoke"_s, u"One brief run on small schemas."_s);
    parser.addOptions({sizes, runs, seed, timeout, full, smoke});
    parser.process(app);

    LayoutBenchOptions o;
    bool runsOk = false, seedOk = false, timeoutOk = false;
    o.runs = parser.value(runs).toInt(&runsOk);
    o.seed = parser.value(seed).toULongLong(&seedOk);
    const int seconds = parser.value(timeout).toInt(&timeoutOk);
    if (!runsOk || o.runs < 1 || !seedOk || !timeoutOk || seconds < 1
        || !parseBenchSizes(parser.value(sizes), &o.sizes)) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    o.dotTimeoutMs = parser.isSet(full) ? -1 : seconds * 1000;
    if (parser.isSet(smoke)) {
        o.sizes = {60, 120};
        o.runs = 2;
    }
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-layout"_s);
    const std::optional<LayoutBenchOptions> options = parseOptions(app);
    if (!options)
        return 2;
    QList<SizeResult> results;
    for (int n : options->sizes)
        results.append(benchmarkSize(n, *options));
    std::printf("%s", markdown(results, *options).toUtf8().constData());
    for (const SizeResult &r : results) {
        if (!r.relata.error.isEmpty() || r.relata.overlaps != 0 || r.relata.tooClose != 0
            || !r.relata.deterministic)
            return 1;
    }
    return 0;
}
