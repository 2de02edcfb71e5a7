// relata-bench-import: how long the import from a live MariaDB and PostgreSQL takes for
// synthetic databases of 100, 500, 2,000 and 5,000 tables, relations inferred from names,
// from a warm server and right after a restart. Prints a Markdown section for
// BENCHMARKS.md (scripts/bench, which starts the servers). Never a pass/fail test of speed.

#include "benchargs.h"
#include "benchutil.h"
#include "importmeasure.h"
#include "schemagenerator.h"

#include "sql/ddl.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

struct Target
{
    int tables;
    double warmMs;
    double coldMs;
};
constexpr Target kTargets[] = {{2000, 1500, 3000}, {5000, 10000, 10000}};

struct Row
{
    int tables = 0;
    BenchServer server = BenchServer::MariaDb;
    int generatedRelations = 0;
    ImportMeasurement m;
};

const Target *targetFor(int tables)
{
    for (const Target &t : kTargets) {
        if (t.tables == tables)
            return &t;
    }
    return nullptr;
}

Row benchmarkOne(int n, BenchServer server, const ServerAccess &access, const BenchArgs &args,
                 const QString &coldSkipped)
{
    Row row;
    row.tables = n;
    row.server = server;
    const Dialect dialect = server == BenchServer::MariaDb ? Dialect::MySql : Dialect::PostgreSql;
    const QString label = serverLabel(server);
    benchProgress(u"%1 tables, %2: generating and loading"_s.arg(n).arg(label));
    const Schema schema = generateSchema({n, args.seed, dialect});
    row.generatedRelations = int(schema.relations().size());
    DdlOptions ddlOptions;
    ddlOptions.dialect = dialect;
    ddlOptions.relationComments = false;
    const Result<QString> ddl = generateDdl(schema, ddlOptions);
    if (!ddl.ok()) {
        row.m.error = u"DDL: "_s + ddl.errorString();
        return row;
    }
    const QString database = u"relata_bench_import_%1"_s.arg(n);
    QString error;
    if (!loadDatabase(access, database, ddl.value(), &error)) {
        row.m.error = u"loading: "_s + error;
        return row;
    }
    row.m = measureImport(access, database, args.runs, coldSkipped);
    if (!dropDatabase(access, database, &error) && row.m.error.isEmpty())
        row.m.error = u"dropping: "_s + error;
    return row;
}

QString targetCell(const Row &r)
{
    const Target *t = targetFor(r.tables);
    if (!t)
        return u"–"_s;
    return t->warmMs == t->coldMs
                   ? u"< %1"_s.arg(formatMs(t->warmMs))
                   : u"warm < %1, cold < %2"_s.arg(formatMs(t->warmMs), formatMs(t->coldMs));
}

/// "met", "NOT met" or "–" (no target, or no figures to compare).
QString metCell(const Row &r)
{
    const Target *t = targetFor(r.tables);
    if (!t || !r.m.error.isEmpty() || r.m.warm.isEmpty())
        return u"–"_s;
    bool met = median(r.m.warm) < t->warmMs;
    if (!r.m.cold.isEmpty())
        met = met && median(r.m.cold) < t->coldMs;
    return met ? u"met"_s : u"NOT met"_s;
}

QString tableRow(const Row &r)
{
    const QString size = groupedNumber(r.tables);
    const QString server = serverLabel(r.server);
    if (!r.m.error.isEmpty())
        return u"| %1 | %2 | failed: %3 | | | | | | |\n"_s.arg(
                size, server, QString(r.m.error).replace(u'|', u'/').replace(u'\n', u' '));
    const QString relations = u"%1 (%2 inferred; %3 generated)"_s.arg(
            groupedNumber(r.m.relations), groupedNumber(r.m.inferred),
            groupedNumber(r.generatedRelations));
    const QString cold = r.m.cold.isEmpty() ? u"–"_s : formatSamples(r.m.cold);
    return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n"_s.arg(
            size, server, groupedNumber(r.m.tables), relations, formatSamples(r.m.catalogWarm),
            formatSamples(r.m.warm), cold, targetCell(r), metCell(r));
}

QString missedTargets(const QList<Row> &rows)
{
    QString md;
    for (const Row &r : rows) {
        if (metCell(r) == u"NOT met")
            md += u"- %1 tables from %2: warm %3, cold %4, against %5: NOT met\n"_s.arg(
                    groupedNumber(r.tables), serverLabel(r.server), formatMs(median(r.m.warm)),
                    r.m.cold.isEmpty() ? u"–"_s : formatMs(median(r.m.cold)), targetCell(r));
    }
    return md.isEmpty() ? u"- every target with figures was met\n"_s : md;
}

QString markdown(const QList<Row> &rows, const BenchArgs &args, const QStringList &missingServers)
{
    QString md = u"## Import\n\n"_s;
    md += u"Input: the schema of `relata-genschema --tables N --seed %1` for each dialect, "
          "loaded as the DDL `relata-cli export ddl` writes without relation comments, so "
          "that every relation must be inferred from its column's name (`customer_id` → "
          "`customers.id`). Timed: `runImport()` as `relata-cli import` runs it, in "
          "process: the catalog in bulk queries, the model, the relations inferred from "
          "names. *Catalog only*: the same without inference. *Warm*: the median of %2 "
          "runs after one warm-up run, the fastest and slowest in parentheses. *Cold*: the "
          "median of %2 runs, each right after the server was restarted, MariaDB without "
          "reloading its buffer pool (both servers keep their data files in memory, so no "
          "disk cache is involved).\n\n"_s.arg(QString::number(args.seed),
                                               QString::number(args.runs));
    md += u"| tables | server | tables imported | relations imported | catalog only | warm "
          "| cold | target | |\n|---:|---|---:|---:|---:|---:|---:|---|---|\n"_s;
    for (const Row &r : rows)
        md += tableRow(r);
    md += u'\n';
    QStringList coldSkipped;
    for (const Row &r : rows) {
        if (!r.m.coldSkipped.isEmpty() && !coldSkipped.contains(r.m.coldSkipped))
            coldSkipped << r.m.coldSkipped;
    }
    for (const QString &why : std::as_const(coldSkipped))
        md += u"No cold runs: %1.\n\n"_s.arg(why);
    for (const QString &server : missingServers)
        md += u"No %1 figures: no server given (RELATA_TEST_*_HOST unset).\n\n"_s.arg(server);
    md += missedTargets(rows);
    for (const Row &r : rows) {
        if (r.tables == 2000 && !r.m.phases.isEmpty())
            md += u"- phases of a warm 2,000-table import from %1: %2\n"_s.arg(
                    serverLabel(r.server), r.m.phases);
    }
    md += u"\nFor reference, measured earlier on this machine: a bulk read of the whole "
          "catalog takes about 0.4 s for 2,000 tables on either server; pgModeler's "
          "command-line import from PostgreSQL took about 31 s for 100 tables and about "
          "530 s for 500. A freshly started MariaDB took 2 s for its cold "
          "`information_schema.STATISTICS` alone.\n"_s;
    return md;
}

std::optional<BenchArgs> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the import of synthetic databases from live "
                                     "MariaDB and PostgreSQL servers; prints Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"sizes"_s, u"Table counts (default 100,500,2000,5000)."_s,
                                   u"N,N,..."_s, u"100,500,2000,5000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per figure (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption seed(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"One brief run on small schemas."_s);
    parser.addOptions({sizes, runs, seed, smoke});
    parser.process(app);

    BenchArgs args;
    bool runsOk = false, seedOk = false;
    args.runs = parser.value(runs).toInt(&runsOk);
    args.seed = parser.value(seed).toULongLong(&seedOk);
    if (!runsOk || args.runs < 1 || !seedOk || !parseBenchSizes(parser.value(sizes), &args.sizes)) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    if (parser.isSet(smoke)) {
        args.sizes = {60};
        args.runs = 1;
    }
    return args;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-import"_s);
    const std::optional<BenchArgs> args = parseOptions(app);
    if (!args)
        return 2;
    QList<Row> rows;
    QStringList missingServers;
    for (BenchServer server : {BenchServer::MariaDb, BenchServer::Postgres}) {
        if (!serverAccess(server))
            missingServers << serverLabel(server);
    }
    for (int n : std::as_const(args->sizes)) {
        for (BenchServer server : {BenchServer::MariaDb, BenchServer::Postgres}) {
            if (const std::optional<ServerAccess> access = serverAccess(server))
                rows.append(benchmarkOne(n, server, *access, *args, coldRunsUnavailable(server)));
        }
    }
    std::printf("%s", markdown(rows, *args, missingServers).toUtf8().constData());
    if (missingServers.size() == 2)
        return 1;
    for (const Row &r : rows) {
        if (!r.m.error.isEmpty())
            return 1;
    }
    return 0;
}
