// relata-bench-ddl: how long generateDdl() takes on synthetic schemas of 1,000, 10,000 and
// 50,000 tables, per target dialect, and whether the output is the same on every run.
// Prints a Markdown section for BENCHMARKS.md (scripts/bench). Never a pass/fail test of
// speed.

#include "benchargs.h"
#include "benchutil.h"
#include "schemagenerator.h"

#include "sql/ddl.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

constexpr int kTargetTables = 10000;
constexpr double kTargetMs = 300;

/// One column of the figures: a target dialect and options.
struct Variant
{
    QString label;
    DdlOptions options;
};

QList<Variant> variants()
{
    QList<Variant> list;
    for (Dialect d : {Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite}) {
        DdlOptions options;
        options.dialect = d;
        list.append({u"`%1`"_s.arg(dialectName(d)), options});
    }
    DdlOptions constraints;
    constraints.dialect = Dialect::MySql;
    constraints.withConstraints = true;
    list.append({u"`mysql --with-constraints`"_s, constraints});
    return list;
}

struct Measurement
{
    QList<double> times; ///< ms per run; fewer than asked when a run's output differed
    qint64 bytes = 0;    ///< UTF-8 size of the output
    bool failed = false;
};

struct SizeResult
{
    int tables = 0;
    qint64 relations = 0;
    QList<Measurement> byVariant;
};

/// One untimed run for the reference output, then `runs` timed ones that must equal it.
Measurement measure(const Schema &schema, const DdlOptions &options, int runs)
{
    Measurement m;
    const Result<QString> first = generateDdl(schema, options);
    if (!first) {
        m.failed = true;
        return m;
    }
    m.bytes = first.value().toUtf8().size();
    m.times = timeRuns(runs, [&] {
        const Result<QString> again = generateDdl(schema, options);
        return again && again.value() == first.value();
    });
    m.failed = m.times.size() < runs;
    return m;
}

QString figuresTable(const QList<SizeResult> &results)
{
    const QList<Variant> all = variants();
    QString md = u"| tables | relations"_s;
    QString line = u"|---:|---:"_s;
    for (const Variant &v : all) {
        md += u" | "_s + v.label;
        line += u"|---:"_s;
    }
    md += u" | output (mysql) |\n"_s + line + u"|---:|\n"_s;
    for (const SizeResult &r : results) {
        md += u"| %1 | %2"_s.arg(groupedNumber(r.tables), groupedNumber(r.relations));
        for (const Measurement &m : r.byVariant)
            md += u" | "_s
                  + (m.failed ? u"failed: output differs between runs"_s : formatSamples(m.times));
        md += u" | "_s + formatBytes(r.byVariant.constFirst().bytes) + u" |\n"_s;
    }
    return md;
}

QString targetLine(const QList<SizeResult> &results)
{
    for (const SizeResult &r : results) {
        if (r.tables != kTargetTables)
            continue;
        const Measurement &m = r.byVariant.constFirst();
        const double ms = median(m.times);
        return u"`generateDdl()` of %1 tables (MySQL): %2 (target < %3 ms): %4\n"_s.arg(
                groupedNumber(r.tables), formatMs(ms), groupedNumber(qint64(kTargetMs)),
                !m.failed && ms < kTargetMs ? u"met"_s : u"NOT met"_s);
    }
    return QString();
}

QString markdown(const QList<SizeResult> &results, const BenchArgs &options)
{
    QString md = u"## DDL\n\n"_s;
    const QString timing = options.runs == 1
                                   ? u"Each time is from a single run"_s
                                   : u"Each time is the median of %1 runs, with the fastest "
                                     "and slowest in parentheses"_s.arg(options.runs);
    md += u"Input: the schema of `relata-genschema --tables N --seed %1` (MySQL dialect), "
          "generated in memory. `generateDdl(schema, options)` writes the whole script (every "
          "table in dependency order, types mapped, every index including the ones relations "
          "need, relation comments) into one string, for each target dialect; the last "
          "column writes real FOREIGN KEYs instead. %2, after one untimed run whose output "
          "every timed run must equal.\n\n"_s.arg(QString::number(options.seed), timing);
    return md + figuresTable(results) + u'\n' + targetLine(results);
}

int runBenchmarks(const BenchArgs &options)
{
    QList<SizeResult> results;
    bool failed = false;
    for (int n : options.sizes) {
        benchProgress(u"%1 tables: generating"_s.arg(n));
        const Schema schema = generateSchema({n, options.seed, Dialect::MySql});
        SizeResult r;
        r.tables = n;
        r.relations = schema.relations().size();
        for (const Variant &v : variants()) {
            benchProgress(u"%1 tables: %2, %3 runs"_s.arg(n).arg(v.label).arg(options.runs));
            r.byVariant.append(measure(schema, v.options, options.runs));
            failed = failed || r.byVariant.last().failed;
        }
        results.append(r);
    }
    std::printf("%s", markdown(results, options).toUtf8().constData());
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-ddl"_s);
    const std::optional<BenchArgs> options = parseBenchArgs(
            app, u"Times DDL generation on synthetic schemas built in memory; prints Markdown."_s);
    if (!options)
        return 2;
    return runBenchmarks(*options);
}
