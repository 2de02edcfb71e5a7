// relata-bench-deletes: deleting one parent row with 10,000 descendants across five levels
// on MariaDB, PostgreSQL and SQLite, by Relata's set-wise delete script and by the
// row-by-row emulation an ORM-side cascade performs, in the same run: statements issued
// and time. Also runs the plan on a tree of 100 descendants to show that its statement
// count does not depend on the rows. Prints a Markdown section for BENCHMARKS.md
// (scripts/bench, which starts the servers). Never a pass/fail test of speed; a delete
// that leaves the wrong rows is a failure (exit status 1).

#include "benchargs.h"
#include "benchutil.h"
#include "deletefixture.h"
#include "deleterun.h"

#include "sql/deleteplan.h"
#include "sql/deletesql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

const QString kIds = u"[%1]"_s.arg(kDeletedRoot);

/// The figures of one server.
struct ServerFigures
{
    DeleteServer server = DeleteServer::Sqlite;
    QString error; ///< empty when every run succeeded and left the right rows
    int planStatements = 0;
    QList<double> planMs;
    int rowStatements = 0;
    QList<double> rowMs;
    int smallPlanStatements = 0;
    int smallRowStatements = 0;
};

/// One delete of the tree `shape` by the plan (or row by row) on freshly loaded rows,
/// checked afterwards; false with `error` set.
bool deleteOnce(DeleteDatabase &database, const Schema &schema, const DeleteScript &script,
                const TreeShape &shape, bool rowByRow, DeleteRunResult *run, QString *error)
{
    if (!database.load(shape, keptTree(), error))
        return false;
    QSqlDatabase db = database.db();
    const TableId root = schema.tableByName(u"level0"_s)->id;
    *run = rowByRow ? runRowByRow(db, schema, root, kDeletedRoot) : runPlanScript(db, script, kIds);
    const QString method = rowByRow ? u"row by row"_s : u"the plan"_s;
    if (!run->deleted) {
        *error = u"deleting %1 failed: %2"_s.arg(method, run->error);
        return false;
    }
    if (!database.verifyDeleted(shape, keptTree(), error)) {
        *error = u"%1 left the wrong rows: %2"_s.arg(method, *error);
        return false;
    }
    return true;
}

/// Records a run's statement count, or says that it changed between runs.
bool sameCount(int *count, const DeleteRunResult &run, QString *error)
{
    if (*count != 0 && *count != run.statements) {
        *error = u"the statement count changed between runs: %1, then %2"_s.arg(*count).arg(
                run.statements);
        return false;
    }
    *count = run.statements;
    return true;
}

ServerFigures measureServer(DeleteServer server, const Schema &schema, const DeleteScript &script,
                            int runs)
{
    ServerFigures f;
    f.server = server;
    const QString label = deleteServerLabel(server);
    benchProgress(u"%1: creating the database"_s.arg(label));
    DeleteDatabase database(server);
    if (!database.create(schema, &f.error))
        return f;
    for (int i = 1; i <= runs; ++i) {
        benchProgress(u"%1: run %2 of %3"_s.arg(label).arg(i).arg(runs));
        DeleteRunResult run;
        if (!deleteOnce(database, schema, script, largeTree(), false, &run, &f.error)
            || !sameCount(&f.planStatements, run, &f.error))
            return f;
        f.planMs.append(run.ms);
        if (!deleteOnce(database, schema, script, largeTree(), true, &run, &f.error)
            || !sameCount(&f.rowStatements, run, &f.error))
            return f;
        f.rowMs.append(run.ms);
    }
    benchProgress(u"%1: the tree of %2 descendants"_s.arg(label).arg(smallTree().descendants()));
    DeleteRunResult run;
    if (!deleteOnce(database, schema, script, smallTree(), false, &run, &f.error))
        return f;
    f.smallPlanStatements = run.statements;
    if (!deleteOnce(database, schema, script, smallTree(), true, &run, &f.error))
        return f;
    f.smallRowStatements = run.statements;
    return f;
}

QString cell(QString text)
{
    return text.replace(u'|', u'/').replace(u'\n', u' ');
}

QString tableRow(const ServerFigures &f)
{
    const QString label = deleteServerLabel(f.server);
    if (!f.error.isEmpty())
        return u"| %1 | failed: %2 | | | | | |\n"_s.arg(label, cell(f.error));
    const double plan = median(f.planMs);
    const double rows = median(f.rowMs);
    const QString ratio
            = plan > 0 ? u"%1×"_s.arg(QString::number(rows / plan, 'f', rows / plan < 10 ? 1 : 0))
                       : u"–"_s;
    return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(
            label, groupedNumber(largeTree().descendants() + 1), groupedNumber(f.planStatements),
            formatSamples(f.planMs), groupedNumber(f.rowStatements), formatSamples(f.rowMs), ratio);
}

/// "7 prepare, 1 seed, ..." for the statements of `script`, in the order of their roles.
QString rolesOf(const DeleteScript &script)
{
    QMap<int, int> counts;
    for (const DeleteStatement &statement : script.statements)
        ++counts[int(statement.role)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.value())
                         .arg(deleteStatementRoleName(DeleteStatement::Role(it.key())));
    return parts.join(u", "_s);
}

/// The line saying whether the plan issued as many statements for 100 descendants as for
/// 10,000, on every server that ran.
QString independenceLine(const QList<ServerFigures> &figures)
{
    QStringList same;
    QStringList differ;
    QStringList rowByRow;
    for (const ServerFigures &f : figures) {
        if (!f.error.isEmpty())
            continue;
        const QString label = deleteServerLabel(f.server);
        if (f.smallPlanStatements == f.planStatements)
            same << u"%1 %2"_s.arg(label).arg(f.planStatements);
        else
            differ << u"%1: %2 for %3 descendants, %4 for %5"_s.arg(label)
                              .arg(f.smallPlanStatements)
                              .arg(smallTree().descendants())
                              .arg(f.planStatements)
                              .arg(groupedNumber(largeTree().descendants()));
        rowByRow << u"%1 %2"_s.arg(label, groupedNumber(f.smallRowStatements));
    }
    if (same.isEmpty() && differ.isEmpty())
        return {};
    QString md;
    if (!same.isEmpty())
        md += u"- The plan's statement count does not depend on the rows: deleting a parent "
              "with %1 descendants (same tables, same relations) issued as many statements "
              "as with %2 (%3). Row by row, the %1-descendant tree took %4 statements.\n"_s
                      .arg(smallTree().descendants())
                      .arg(groupedNumber(largeTree().descendants()), same.join(u", "_s),
                           rowByRow.join(u", "_s));
    if (!differ.isEmpty())
        md += u"- NOT independent of the rows: "_s + differ.join(u"; "_s) + u'\n';
    return md;
}

QString markdown(const QList<ServerFigures> &figures,
                 const QList<std::pair<QString, QString>> &roles, int runs,
                 const QStringList &missing)
{
    const TreeShape t = largeTree();
    QString md = u"## Delete plans\n\n"_s;
    md += u"Input: a schema built in code with no FOREIGN KEY, every child column indexed: "
          "`level0` ← `level1` ← `level2` ← `level3` ← `level4`, each a cascade relation "
          "to the level above, plus `tags` (cascade to `level1`), `notes` (set null to "
          "`level2`) and `audits` (restrict to `level0`). Deleted: one `level0` row with "
          "%1 descendants (%2 rows on `level1`, %3 on `level2`, %4 on `level3`, %5 on "
          "`level4`, %6 tags); %7 notes refer to it and are set null. A second `level0` row "
          "with a tree of %8 rows and the audits stays, and is checked to stay. "
          "Rows inserted afresh before every delete (multi-row INSERTs in one "
          "transaction, then ANALYZE); each delete in one transaction on one connection, "
          "timed from BEGIN to COMMIT, and checked afterwards. *Relata*: the script of "
          "`inlineDeleteScript(planDelete(level0))`, run as deletesql.h tells a runner to. "
          "*Row by row*: what an ORM-side cascade does: per row, one SELECT of its children "
          "per relation, depth-first, one UPDATE per set-null child and one DELETE per row "
          "(prepared statements). Times: the median of %9 runs, the fastest and slowest in "
          "parentheses; *ratio*: row-by-row time over Relata time. SQLite in a file.\n\n"_s
                  .arg(groupedNumber(t.descendants()))
                  .arg(t.level1)
                  .arg(t.level2)
                  .arg(groupedNumber(t.level3), groupedNumber(t.level4))
                  .arg(t.tags)
                  .arg(groupedNumber(t.notes))
                  .arg(keptTree().descendants() + keptTree().notes + 1)
                  .arg(runs);
    md += u"| server | rows deleted | Relata statements | Relata time | row-by-row statements "
          "| row-by-row time | ratio |\n|---|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const ServerFigures &f : figures)
        md += tableRow(f);
    md += u'\n';
    md += independenceLine(figures);
    md += u"- SQLite runs inside the process, so a statement costs no round trip and row by row "
          "loses less there; MariaDB and PostgreSQL run on this machine, so every one of the "
          "row-by-row statements pays a local round trip, and a network would add its "
          "latency to each.\n"_s;
    for (const auto &[server, text] : roles)
        md += u"- The %1 script: %2.\n"_s.arg(server, text);
    for (const QString &server : missing)
        md += u"\nNo %1 figures: no server given (RELATA_TEST_*_HOST unset).\n"_s.arg(server);
    return md;
}

struct Options
{
    int runs = 3;
    bool smoke = false;
    bool printScripts = false;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Deletes one parent row with 10,000 descendants by Relata's delete plan and row "
            "by row, on MariaDB, PostgreSQL (RELATA_TEST_MYSQL_*, RELATA_TEST_PG_*) and "
            "SQLite; prints Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Runs per figure (default 3)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"One run; missing servers are no failure."_s);
    const QCommandLineOption scripts(u"print-scripts"_s,
                                     u"Print the delete script of each dialect and exit."_s);
    parser.addOptions({runs, smoke, scripts});
    parser.process(app);
    Options options;
    bool ok = false;
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 1) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    options.smoke = parser.isSet(smoke);
    options.printScripts = parser.isSet(scripts);
    if (options.smoke)
        options.runs = 1;
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-deletes"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    const Schema schema = deleteBenchSchema();
    const DeletePlan plan = planDelete(schema, schema.tableByName(u"level0"_s)->id);
    QList<ServerFigures> figures;
    QList<std::pair<QString, QString>> roles;
    QStringList missing;
    bool failed = false;
    for (DeleteServer server :
         {DeleteServer::MariaDb, DeleteServer::Postgres, DeleteServer::Sqlite}) {
        if (!deleteServerGiven(server)) {
            missing << deleteServerLabel(server);
            continue;
        }
        const Dialect dialect = deleteServerDialect(server);
        const Result<DeleteScript> script = inlineDeleteScript(schema, plan, dialect);
        if (!script) {
            benchProgress(u"no delete script: "_s + script.errorString());
            return 1;
        }
        if (options->printScripts) {
            std::printf("-- %s\n", qPrintable(deleteServerLabel(server)));
            for (const DeleteStatement &statement : script.value().statements)
                std::printf("-- %s (%s)\n%s;\n",
                            qPrintable(deleteStatementRoleName(statement.role)),
                            qPrintable(statement.note), qPrintable(statement.sql));
            continue;
        }
        roles.append({deleteServerLabel(server), rolesOf(script.value())});
        figures.append(measureServer(server, schema, script.value(), options->runs));
        if (!figures.constLast().error.isEmpty()) {
            benchProgress(u"%1: %2"_s.arg(deleteServerLabel(server), figures.constLast().error));
            failed = true;
        }
    }
    if (options->printScripts)
        return 0;
    std::printf("%s", markdown(figures, roles, options->runs, missing).toUtf8().constData());
    return failed || (!missing.isEmpty() && !options->smoke) ? 1 : 0;
}
