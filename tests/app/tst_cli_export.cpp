// relata-cli export ddl, plans, cleanup and cpp end to end: output equals the library's,
// options reach it, errors.
#include "clitest.h"
#include "codegen/cppheader.h"
#include "core/schema.h"
#include "io/relatafile.h"
#include "sql/ddl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

using namespace clitest;

namespace {

/// What `relata-cli export ddl` must print for `path` with `options`.
QString expectedDdl(const QString &path, const DdlOptions &options = {})
{
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded)
        return QString();
    const Result<QString> ddl = generateDdl(loaded.value(), options);
    return ddl ? ddl.value() : QString();
}

} // namespace

class TstCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void exportExamples();
    void exportOptions();
    void exportToFile();
    void exportBadFiles();
    void exportPlans();
    void exportCpp();

private:
    QTemporaryDir m_dir;
};

void TstCliExport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
}

void TstCliExport::usage_data()
{
    addUsageColumns();
    const QString file = example(u"linkinbio.relata"_s);
    const QString exportWord = u"export"_s;
    const auto row = [&](const char *tag, const QStringList &args, const QString &message) {
        QTest::newRow(tag) << (QStringList{exportWord} + args) << 2 << QStringList()
                           << QStringList{message, u"relata-cli export --help"_s};
    };
    row("export nothing", {}, u"missing argument WHAT"_s);
    row("export no file", {u"ddl"_s}, u"missing argument FILE"_s);
    row("export unknown what", {u"java"_s, file},
        u"unknown export 'java' (expected ddl, dot, mermaid, plans, cleanup, cpp, svg, png or "
        "pdf)"_s);
    row("export bad dialect", {u"ddl"_s, u"--dialect"_s, u"oracle"_s, file},
        u"unknown dialect 'oracle'"_s);
    row("export cpp bad dialect", {u"cpp"_s, u"--dialect"_s, u"mysql,oracle"_s, file},
        u"unknown dialect 'oracle' (expected mysql, postgresql, sqlite, a comma-separated list "
        "of them, or all)"_s);
    row("export cpp bad namespace", {u"cpp"_s, u"--namespace"_s, u"my db"_s, file},
        u"'my db' is not a C++ namespace name"_s);
    row("export cpp adapter to stdout", {u"cpp"_s, u"--qt-sql"_s, u"-"_s, file},
        u"--qt-sql needs a file of its own"_s);
    row("export cpp adapter over the header",
        {u"cpp"_s, u"-o"_s, u"x.hpp"_s, u"--qt-sql"_s, u"./x.hpp"_s, file},
        u"--qt-sql needs a file of its own"_s);
    row("export namespace for ddl", {u"ddl"_s, u"--namespace"_s, u"x"_s, file},
        u"--namespace does not apply to 'ddl' (only to cpp)"_s);
    row("export unknown option", {u"ddl"_s, u"--with-fks"_s, file},
        u"unknown option '--with-fks'"_s);
    row("export two files", {u"ddl"_s, file, file}, u"unexpected argument"_s);
    row("plans of an unknown table", {u"plans"_s, u"--table"_s, u"nope"_s, file},
        u"no table 'nope'"_s);
    row("--table for ddl", {u"ddl"_s, u"--table"_s, u"users"_s, file},
        u"--table does not apply to 'ddl' (only to plans)"_s);
    row("unknown strategy", {u"plans"_s, u"--strategy"_s, u"later"_s, file},
        u"unknown strategy 'later' (expected inline, scheduled or queue)"_s);
    row("bad batch", {u"cleanup"_s, u"--batch"_s, u"0"_s, file}, u"bad batch '0'"_s);
    row("batch for inline", {u"plans"_s, u"--batch"_s, u"10"_s, file},
        u"--batch applies to --strategy scheduled only"_s);
    QTest::newRow("export --help") << QStringList{exportWord, u"--help"_s} << 0
                                   << QStringList{u"Usage: relata-cli export [OPTIONS] WHAT FILE"_s,
                                                  u"--with-constraints"_s,
                                                  u"--no-relation-comments"_s,
                                                  u"--no-missing-indexes"_s,
                                                  u"--if-not-exists"_s,
                                                  u"--drop-first"_s,
                                                  u"-d, --dialect DIALECT"_s}
                                   << QStringList();
    QTest::newRow("help export") << QStringList{u"help"_s, exportWord} << 0
                                 << QStringList{u"relata-cli export [OPTIONS] WHAT FILE"_s}
                                 << QStringList();
    QTest::newRow("listed in --help")
            << QStringList{u"--help"_s} << 0
            << QStringList{u"export"_s, u"Export a schema as SQL DDL"_s} << QStringList();
}

void TstCliExport::usage()
{
    checkUsageRow();
}

void TstCliExport::exportExamples()
{
    for (const QString &path : allExamples()) {
        const CliRun run = runCli({u"export"_s, u"ddl"_s, path});
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(quoted(run)));
        QCOMPARE(run.out, expectedDdl(path));
        QVERIFY(run.out.contains(u"CREATE TABLE"_s));
        QVERIFY(!run.out.contains(u"FOREIGN KEY ("_s));
    }
    // The schema's own dialect by default.
    const CliRun pg = runCli({u"export"_s, u"ddl"_s, example(u"marketplace.relata"_s)});
    QVERIFY(pg.out.startsWith(u"-- PostgreSQL DDL"_s));
    QVERIFY(pg.out.contains(u"COMMENT ON COLUMN \"addresses\".\"user_id\" IS 'relata: "
                            u"references users(id) on delete cascade';"_s));
}

void TstCliExport::exportOptions()
{
    const QString path = example(u"recipes.relata"_s);
    const QList<std::pair<QStringList, DdlOptions>> runs = [] {
        QList<std::pair<QStringList, DdlOptions>> list;
        DdlOptions sqlite;
        sqlite.dialect = Dialect::Sqlite;
        list.append({{u"--dialect"_s, u"sqlite"_s}, sqlite});
        DdlOptions pg;
        pg.dialect = Dialect::PostgreSql;
        pg.withConstraints = true;
        pg.dropFirst = true;
        list.append({{u"-d"_s, u"postgres"_s, u"--with-constraints"_s, u"--drop-first"_s}, pg});
        DdlOptions bare;
        bare.relationComments = false;
        bare.missingIndexes = false;
        bare.ifNotExists = true;
        list.append({{u"--no-relation-comments"_s, u"--no-missing-indexes"_s, u"--if-not-exists"_s},
                     bare});
        return list;
    }();
    for (const auto &[args, options] : runs) {
        const CliRun run = runCli(QStringList{u"export"_s, u"ddl"_s} + args + QStringList{path});
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + quoted(run)));
        QCOMPARE(run.out, expectedDdl(path, options));
    }
    const CliRun fks = runCli({u"export"_s, u"ddl"_s, u"--with-constraints"_s, path});
    QVERIFY(fks.out.contains(u"FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`) ON DELETE "
                             u"CASCADE"_s));
    const CliRun drop = runCli({u"export"_s, u"ddl"_s, u"--drop-first"_s, path});
    QVERIFY(drop.out.indexOf(u"DROP TABLE IF EXISTS `steps`;"_s)
            < drop.out.indexOf(u"DROP TABLE IF EXISTS `recipes`;"_s));
}

void TstCliExport::exportToFile()
{
    const QString path = example(u"linkinbio.relata"_s);
    const QString target = m_dir.filePath(u"linkinbio.sql"_s);
    const CliRun run = runCli({u"export"_s, u"ddl"_s, path, u"-o"_s, target});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(), qPrintable(quoted(run)));
    QCOMPARE(QString::fromUtf8(readAll(target)), expectedDdl(path));
    const CliRun unwritable = runCli(
            {u"export"_s, u"ddl"_s, path, u"-o"_s, m_dir.filePath(u"missing/dir/x.sql"_s)});
    QVERIFY2(unwritable.exitCode == 2 && !unwritable.err.isEmpty(), qPrintable(quoted(unwritable)));
}

void TstCliExport::exportBadFiles()
{
    const CliRun missing
            = runCli({u"export"_s, u"ddl"_s, m_dir.filePath(u"does-not-exist.relata"_s)});
    QVERIFY2(missing.exitCode == 2 && missing.out.isEmpty() && !missing.err.isEmpty(),
             qPrintable(quoted(missing)));
    const QString malformed
            = QStringLiteral(RELATA_TEST_DATA) + u"/malformed/syntax-truncated.relata"_s;
    const CliRun bad = runCli({u"export"_s, u"ddl"_s, malformed});
    QVERIFY2(bad.exitCode == 2 && bad.out.isEmpty() && bad.err.contains(u"syntax-truncated"_s),
             qPrintable(quoted(bad)));
    // A default that would end the statement: nothing is written, the column is named.
    const QString unsafe = m_dir.filePath(u"unsafe.relata"_s);
    QVERIFY(writeFile(unsafe, R"({"format": "relata", "version": 1, "name": "x",
        "dialect": "mysql", "tables": [{"name": "t", "columns": [{"name": "c",
        "type": "int", "default": "0; DROP TABLE t"}]}]})"));
    const CliRun refused = runCli({u"export"_s, u"ddl"_s, unsafe});
    QVERIFY2(refused.exitCode == 1 && refused.out.isEmpty()
                     && refused.err.contains(u"t.c: the default 0; DROP TABLE t is not one SQL"_s),
             qPrintable(quoted(refused)));
}

/// Every example's plans in every dialect; --table keeps one; the recipes plan reads as
/// the plan in words says.
void TstCliExport::exportPlans()
{
    for (const QString &path : allExamples()) {
        for (const QString &dialect : {u"mysql"_s, u"postgresql"_s, u"sqlite"_s}) {
            const CliRun run = runCli({u"export"_s, u"plans"_s, u"--dialect"_s, dialect, path});
            QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(quoted(run)));
            QVERIFY(run.out.contains(u"-- Deleting from "_s));
            QVERIFY(run.out.contains(u"\nDELETE "_s));
            QVERIFY(!run.out.contains(u"No script:"_s));
        }
    }
    const CliRun one = runCli(
            {u"export"_s, u"plans"_s, u"--table"_s, u"recipes"_s, example(u"recipes.relata"_s)});
    QVERIFY2(one.exitCode == 0, qPrintable(quoted(one)));
    QCOMPARE(one.out.count(u"-- Deleting from "_s), 1);
    QVERIFY(one.out.contains(u"-- Deleting from recipes: deleting a recipe deletes its "
                             u"ingredients and steps (1 level, 2 tables)."_s));
    QCOMPARE(one.out.count(u"\nDELETE "_s), 3);
    // The scheduled job finds flagged rows, a batch at a time; the queue names its message.
    const CliRun scheduled
            = runCli({u"export"_s, u"plans"_s, u"--strategy"_s, u"scheduled"_s, u"--batch"_s,
                      u"25"_s, u"--table"_s, u"recipes"_s, example(u"recipes.relata"_s)});
    QVERIFY2(scheduled.exitCode == 0, qPrintable(quoted(scheduled)));
    QVERIFY(scheduled.out.contains(u"WHERE r.`is_deleted` <> 0 ORDER BY r.`id` LIMIT 25"_s));
    const CliRun queue = runCli({u"export"_s, u"plans"_s, u"--strategy"_s, u"queue"_s, u"--table"_s,
                                 u"recipes"_s, example(u"recipes.relata"_s)});
    QVERIFY(queue.out.contains(
            u"{\"table\": \"recipes\", \"id\": <key>, \"action\": \"deleted\"}"_s));
    // The cleanup: a statement per relation, with the batch.
    const CliRun cleanup = runCli(
            {u"export"_s, u"cleanup"_s, u"--batch"_s, u"7"_s, example(u"recipes.relata"_s)});
    QVERIFY2(cleanup.exitCode == 0, qPrintable(quoted(cleanup)));
    QCOMPARE(cleanup.out.count(u"LIMIT 7;"_s), 2);
}

void TstCliExport::exportCpp()
{
    // Standard output: exactly the library's header, the schema's dialect, its name as the
    // namespace.
    const QString path = example(u"linkinbio.relata"_s);
    const CliRun run = runCli({u"export"_s, u"cpp"_s, path});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(quoted(run)));
    const Result<Schema> schema = loadRelataFile(path);
    QVERIFY(schema.ok());
    const Result<QByteArray> header
            = generateCppHeader(schema.value(), {{}, {}, u"linkinbio.relata"_s});
    QVERIFY(header.ok());
    QCOMPARE(run.out, QString::fromUtf8(header.value()));
    // Files, a namespace, dialects, and the Qt SQL adapter beside it.
    const QString out = m_dir.filePath(u"shop.hpp"_s);
    const QString adapter = m_dir.filePath(u"shop_qtsql.hpp"_s);
    const CliRun files
            = runCli({u"export"_s, u"cpp"_s, path, u"-o"_s, out, u"--namespace"_s, u"app::db"_s,
                      u"--dialect"_s, u"sqlite,postgresql"_s, u"--qt-sql"_s, adapter});
    QVERIFY2(files.exitCode == 0 && files.out.isEmpty(), qPrintable(quoted(files)));
    const QByteArray written = readAll(out);
    QVERIFY(written.contains("\nnamespace app::db {\n"));
    QVERIFY(written.contains("{::relata_gen::dialect::sqlite, sqlite, \"\"},\n        "
                             "{::relata_gen::dialect::postgresql, postgresql, \"\"},"));
    QVERIFY(!written.contains("> mysql{{"));
    QCOMPARE(readAll(adapter), generateQtSqlAdapterHeader());
    const CliRun all = runCli({u"export"_s, u"cpp"_s, u"--dialect"_s, u"all"_s, path});
    QVERIFY(all.out.contains(u"> mysql{{"_s) && all.out.contains(u"> postgresql{{"_s)
            && all.out.contains(u"> sqlite{{"_s));
    // Every example exports.
    for (const QString &file : allExamples()) {
        const CliRun each = runCli({u"export"_s, u"cpp"_s, file});
        QVERIFY2(each.exitCode == 0 && each.out.contains(u"struct "_s), qPrintable(quoted(each)));
    }
}

QTEST_GUILESS_MAIN(TstCliExport)
#include "tst_cli_export.moc"
