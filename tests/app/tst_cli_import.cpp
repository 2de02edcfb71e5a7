// relata-cli import end to end: the real binary against SQLite files; usage errors and
// failures exit 2 and never write or overwrite the output file.
#include "clitest.h"
#include "core/schema.h"
#include "io/relatafile.h"
#include "sqlitefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

using namespace clitest;

namespace {

/// A small shop: three tables, two FOREIGN KEYs (one with actions), a view and a trigger.
bool createShop(const QString &path)
{
    const QStringList statements{
            u"CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email VARCHAR(200) NOT NULL UNIQUE)"_s,
            u"CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, total DECIMAL(10,2) DEFAULT 0)"_s,
            u"CREATE TABLE order_lines (order_id INTEGER, line INTEGER, PRIMARY KEY (order_id, line), FOREIGN KEY (order_id) REFERENCES orders)"_s,
            u"CREATE INDEX ix_orders_user ON orders (user_id)"_s,
            u"CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100"_s,
            u"CREATE TRIGGER t AFTER DELETE ON users BEGIN DELETE FROM orders WHERE user_id = old.id; END"_s,
    };
    return createSqliteFile(path, statements);
}

} // namespace

class TstCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void importToFile();
    void importToStdout();
    void failuresWriteNothing_data();
    void failuresWriteNothing();
    void passwordFromEnvironment();
    void helpListsEveryOption();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_shop;
};

void TstCliImport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
    m_shop = path(u"shop.db"_s);
    QVERIFY(createShop(m_shop));
}

void TstCliImport::usage_data()
{
    addUsageColumns();
    const QString hint = u"relata-cli import --help"_s;
    const auto row = [&](const char *tag, const QStringList &args, const QString &message) {
        QTest::newRow(tag) << (QStringList{u"import"_s} + args) << 2 << QStringList()
                           << QStringList{message, hint};
    };
    const QStringList sqlite{u"--driver"_s, u"sqlite"_s, u"--database"_s, m_shop};
    row("no driver", {u"--database"_s, m_shop}, u"missing --driver"_s);
    row("unknown driver", {u"--driver"_s, u"oracle"_s, u"--database"_s, u"x"_s},
        u"unknown driver 'oracle'"_s);
    row("no database", {u"--driver"_s, u"sqlite"_s}, u"missing --database"_s);
    row("password env unset",
        {u"--driver"_s, u"postgresql"_s, u"--database"_s, u"shop"_s, u"--password-env"_s,
         u"RELATA_TEST_SURELY_UNSET_VARIABLE"_s},
        u"RELATA_TEST_SURELY_UNSET_VARIABLE"_s);
    row("bad port", {u"--driver"_s, u"mysql"_s, u"--database"_s, u"shop"_s, u"--port"_s, u"0"_s},
        u"bad port '0'"_s);
    row("confidence too big", sqlite + QStringList{u"--min-confidence"_s, u"1.5"_s},
        u"bad confidence '1.5'"_s);
    row("confidence not a number", sqlite + QStringList{u"--min-confidence"_s, u"high"_s},
        u"bad confidence 'high'"_s);
    row("host with sqlite", sqlite + QStringList{u"--host"_s, u"localhost"_s},
        u"--host does not apply to sqlite"_s);
    row("schema with mysql",
        {u"--driver"_s, u"mysql"_s, u"--database"_s, u"shop"_s, u"--schema"_s, u"public"_s},
        u"--schema applies to postgresql only"_s);
    row("argument", sqlite + QStringList{u"extra"_s}, u"unexpected argument 'extra'"_s);
    row("unknown option", sqlite + QStringList{u"--pasword"_s}, u"unknown option '--pasword'"_s);
}

void TstCliImport::usage()
{
    checkUsageRow();
}

void TstCliImport::importToFile()
{
    const QString out = path(u"shop.relata"_s);
    const CliRun run = runCli({u"import"_s, u"--driver"_s, u"sqlite"_s, u"--database"_s, m_shop,
                               u"--no-infer"_s, u"--min-confidence"_s, u"0.5"_s, u"-o"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(quoted(run)));
    // stderr is no terminal here: the summary only, no progress.
    QVERIFY2(!run.err.contains(u"reading"_s), qPrintable(quoted(run)));
    for (const QString &text :
         {u"imported shop (sqlite): 3 tables, 7 columns, 3 indexes"_s,
          u"relations: 2 from constraints, 0 from comment markers, none inferred (--no-infer)"_s,
          u"skipped: 1 view, 1 other object"_s, u"not modelled: nothing"_s})
        QVERIFY2(run.err.contains(text), qPrintable(text + u'\n' + quoted(run)));

    const Result<Schema> schema = loadRelataFile(out);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QCOMPARE(schema->name, u"shop"_s);
    QCOMPARE(schema->dialect, Dialect::Sqlite);
    QCOMPARE(schema->tables().size(), 3);
    QCOMPARE(schema->relations().size(), 2);
    const Table *users = schema->tableByName(u"users"_s);
    QVERIFY(users);
    QVERIFY(users->columns.at(0).autoIncrement);
    QCOMPARE(users->columns.at(1).type.text, u"VARCHAR(200)"_s);
    QCOMPARE(users->indexes.size(), 1);
    QVERIFY(users->indexes.at(0).unique);
    const Table *orders = schema->tableByName(u"orders"_s);
    QVERIFY(orders && !orders->columns.at(0).autoIncrement);
    QCOMPARE(orders->columns.at(2).defaultValue, std::optional<QString>(u"0"_s));
}

void TstCliImport::importToStdout()
{
    const CliRun run = runCli(
            {u"import"_s, u"--driver"_s, u"sqlite"_s, u"--database"_s, m_shop, u"--progress"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    const Result<Schema> schema = parseRelata(run.out.toUtf8());
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QCOMPARE(schema->tables().size(), 3);
    QVERIFY2(run.err.contains(u"relata-cli import: reading columns"_s), qPrintable(quoted(run)));
}

void TstCliImport::failuresWriteNothing_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << u"missing.db"_s << u"does not exist"_s;
    QTest::newRow("not a database") << u"garbage.db"_s << u"not a database"_s;
}

void TstCliImport::failuresWriteNothing()
{
    QFETCH(QString, database);
    QFETCH(QString, message);
    QVERIFY(writeFile(path(u"garbage.db"_s), QByteArray(4096, 'x')));
    // An existing model (its decisions would be kept) and one to be replaced.
    const QString existing = path(u"existing.relata"_s);
    Schema model;
    Table kept;
    kept.name = u"keep_me"_s;
    model.addTable(kept);
    const QByteArray modelBytes = serializeRelata(model);
    QVERIFY(writeFile(existing, modelBytes));
    const QString fresh = path(u"fresh.relata"_s);
    for (const QStringList &output :
         {QStringList{u"-o"_s, existing}, QStringList{u"--replace"_s, u"-o"_s, existing},
          QStringList{u"-o"_s, fresh}}) {
        const CliRun run = runCli(QStringList{u"import"_s, u"--driver"_s, u"sqlite"_s,
                                              u"--database"_s, path(database)}
                                  + output);
        QVERIFY2(run.exitCode == 2, qPrintable(quoted(run)));
        QVERIFY2(run.err.startsWith(u"relata-cli import: "_s) && run.err.contains(message),
                 qPrintable(quoted(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(quoted(run)));
    }
    QCOMPARE(readAll(existing), modelBytes);
    QVERIFY(!QFile::exists(fresh));
    QVERIFY(!QFile::exists(path(u"missing.db"_s)));
}

void TstCliImport::passwordFromEnvironment()
{
    // A set variable is accepted (its value is the password); an empty one too.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"RELATA_TEST_PASSWORD"_s, QString());
    const CliRun run = runCli({u"import"_s, u"--driver"_s, u"mysql"_s, u"--host"_s, u"127.0.0.1"_s,
                               u"--port"_s, u"1"_s, u"--password-env"_s, u"RELATA_TEST_PASSWORD"_s,
                               u"--database"_s, u"shop"_s},
                              environment);
    // Nothing listens on port 1: the importer's failure, never a usage error about it.
    QVERIFY2(run.exitCode == 2, qPrintable(quoted(run)));
    QVERIFY2(!run.err.contains(u"--password-env"_s), qPrintable(quoted(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(quoted(run)));
}

void TstCliImport::helpListsEveryOption()
{
    const CliRun run = runCli({u"import"_s, u"--help"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    for (const QString &option :
         {u"--driver"_s, u"--host"_s, u"--port"_s, u"--user"_s, u"--password-env"_s,
          u"--database"_s, u"--schema"_s, u"--no-infer"_s, u"--min-confidence"_s, u"--pattern"_s,
          u"--table-prefix"_s, u"--replace"_s, u"--output"_s, u"--progress"_s, u"--help"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option + u'\n' + quoted(run)));
    const CliRun list = runCli({u"--help"_s});
    QVERIFY2(list.out.contains(u"import"_s), qPrintable(quoted(list)));
}

QTEST_GUILESS_MAIN(TstCliImport)
#include "tst_cli_import.moc"
