// DDL loaded into real databases: MariaDB and PostgreSQL servers that scripts/test starts on
// loopback, and SQLite files. Every check reads the database's own catalog back.
//
// Schemas: every example in resources/examples, tests/data/hostile-names.relata and a
// 500-table synthetic schema (bench/schemagenerator.h), each exported for each database,
// without and with FOREIGN KEY constraints.
#include "catalogcheck.h"
#include "examples.h"
#include "sqlscript.h"
#include "testdatabase.h"

#include "io/relatafile.h"
#include "schemagenerator.h"
#include "sql/ddl.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relatatest;

class TstDdlLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitStatements_data();
    void splitStatements();
    void createAndDrop_data();
    void createAndDrop();
    void loadDdl_data();
    void loadDdl();
    void hostileNames_data();
    void hostileNames();
    void checkSeesDifferences_data();
    void checkSeesDifferences();

private:
    QMap<QString, relata::Schema> m_schemas;
};

namespace {

const QString kHostile = u"hostile-names"_s;
const QString kSynthetic = u"synthetic-500"_s;

void addServerColumn()
{
    QTest::addColumn<ServerKind>("kind");
}

void addServerRows()
{
    addServerColumn();
    QTest::newRow("mariadb") << ServerKind::MariaDb;
    QTest::newRow("postgresql") << ServerKind::PostgreSql;
    QTest::newRow("sqlite") << ServerKind::Sqlite;
}

/// At most `limit` lines, then how many more there are: a readable failure message.
QString firstLines(const QStringList &lines, qsizetype limit = 40)
{
    QString text = lines.mid(0, limit).join(u'\n');
    if (lines.size() > limit)
        text += u"\n... and %1 more"_s.arg(lines.size() - limit);
    return text;
}

/// Generates the DDL, loads it into a fresh database and reads the catalog back.
relata::Result<Catalog> loadIntoFreshDatabase(TestDatabase &db, const relata::Schema &schema,
                                              const relata::DdlOptions &options)
{
    using R = relata::Result<Catalog>;
    const relata::Result<QString> ddl = relata::generateDdl(schema, options);
    if (!ddl)
        return R::failure(u"generateDdl failed: "_s + ddl.errorString());
    QString error;
    if (!db.create(&error))
        return R::failure(error);
    if (!db.execute(ddl.value(), &error))
        return R::failure(error);
    return db.readCatalog();
}

} // namespace

void TstDdlLive::initTestCase()
{
    QString error;
    m_schemas = relatatest::loadExamples(&error);
    QVERIFY2(!m_schemas.isEmpty(), qPrintable(error));
    relata::Result<relata::Schema> hostile
            = relata::loadRelataFile(QStringLiteral(RELATA_TEST_DATA "/hostile-names.relata"));
    QVERIFY2(hostile.ok(), qPrintable(hostile.errorString()));
    m_schemas.insert(kHostile, std::move(hostile).value());
    m_schemas.insert(kSynthetic, relata::generateSchema({500, 1, relata::Dialect::MySql}));
}

void TstDdlLive::splitStatements_data()
{
    QTest::addColumn<relata::Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    const auto mysql = relata::Dialect::MySql;
    const auto pg = relata::Dialect::PostgreSql;
    QTest::newRow("plain") << pg << u"A;\nB;\n"_s << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("no final ;") << pg << u"A;\nB\n"_s << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("quoted ;") << pg << u"CREATE \"a;\n\"\"b\";\nC;"_s
                              << QStringList{u"CREATE \"a;\n\"\"b\""_s, u"C"_s};
    QTest::newRow("string ;") << pg << u"X 'it''s;';Y"_s << QStringList{u"X 'it''s;'"_s, u"Y"_s};
    QTest::newRow("comments") << pg << u"-- a; b\nX /* c; */;\n-- end;\n"_s
                              << QStringList{u"-- a; b\nX /* c; */"_s};
    QTest::newRow("backticks") << mysql << u"CREATE `a;``b`;C"_s
                               << QStringList{u"CREATE `a;``b`"_s, u"C"_s};
    QTest::newRow("mysql backslash")
            << mysql << u"X 'a\\';b';Y"_s << QStringList{u"X 'a\\';b'"_s, u"Y"_s};
    QTest::newRow("pg backslash") << pg << u"X 'a\\';b';Y"_s
                                  << QStringList{u"X 'a\\'"_s, u"b';Y"_s};
    QTest::newRow("mysql hash comment") << mysql << u"# a;\nX;"_s << QStringList{u"# a;\nX"_s};
}

void TstDdlLive::splitStatements()
{
    QFETCH(relata::Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlStatements(script, dialect), statements);
}

void TstDdlLive::createAndDrop_data()
{
    addServerRows();
}

/// The plumbing: a fresh database, a script with a `;` inside a quoted name, the catalog
/// read back, and nothing left once it is dropped.
void TstDdlLive::createAndDrop()
{
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    TestDatabase db(kind);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    const bool mysql = kind == ServerKind::MariaDb;
    const QString script = mysql ? u"CREATE TABLE `a;b` (`id` int NOT NULL PRIMARY KEY);\n"
                                   "CREATE INDEX `ix; 1` ON `a;b` (`id`);\n"_s
                                 : u"CREATE TABLE \"a;b\" (\"id\" integer NOT NULL PRIMARY KEY);\n"
                                   "CREATE INDEX \"ix; 1\" ON \"a;b\" (\"id\");\n"_s;
    QVERIFY2(db.execute(script, &error), qPrintable(error));
    const auto catalog = db.readCatalog();
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    QCOMPARE(catalog->tableNames(), QStringList{u"a;b"_s});
    const CatalogTable &table = catalog->tables.constFirst();
    QCOMPARE(table.columns.size(), 1);
    QCOMPARE(table.columns.constFirst().name, u"id"_s);
    QVERIFY(!table.columns.constFirst().nullable);
    QVERIFY(table.primaryKey());
    QCOMPARE(table.primaryKey()->columns, QStringList{u"id"_s});
    QCOMPARE(table.indexes.size(), 2);
    QCOMPARE(table.indexes.at(1).name, u"ix; 1"_s);
    QVERIFY(catalog->foreignKeys.isEmpty());

    const QString name = db.name();
    auto exists = TestDatabase::exists(kind, name);
    QVERIFY2(exists.ok() && exists.value(), qPrintable(exists.errorString()));
    QVERIFY2(db.drop(&error), qPrintable(error));
    exists = TestDatabase::exists(kind, name);
    QVERIFY2(exists.ok(), qPrintable(exists.errorString()));
    QVERIFY2(!exists.value(), qPrintable(name + u" is still there after the drop"_s));
}

void TstDdlLive::loadDdl_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<bool>("withConstraints");
    const QList<std::pair<const char *, ServerKind>> servers = allServerKinds();
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        for (const auto &[server, kind] : servers) {
            for (const bool constraints : {false, true}) {
                QTest::addRow("%s %s%s", qPrintable(it.key()), server,
                              constraints ? " with constraints" : "")
                        << it.key() << kind << constraints;
            }
        }
    }
}

/// The DDL loads, and the catalog holds exactly what it promised (compareCatalog()):
/// tables, columns, types, keys, every index including the relations' (R007), no FOREIGN
/// KEY or exactly one per relation, and the relation markers read back.
void TstDdlLive::loadDdl()
{
    QFETCH(QString, schema);
    QFETCH(ServerKind, kind);
    QFETCH(bool, withConstraints);
    if (!requireServer(kind))
        return;
    relata::DdlOptions options;
    options.dialect = dialectOf(kind);
    options.withConstraints = withConstraints;
    TestDatabase db(kind);
    QElapsedTimer timer;
    timer.start();
    const relata::Result<Catalog> catalog = loadIntoFreshDatabase(db, m_schemas[schema], options);
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    const QStringList problems
            = compareCatalog(m_schemas[schema], dialectOf(kind), options, catalog.value());
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
    qDebug("%s: %lld tables, %lld foreign keys, loaded and checked in %lld ms",
           qPrintable(serverKindName(kind)), qlonglong(catalog->tables.size()),
           qlonglong(catalog->foreignKeys.size()), qlonglong(timer.elapsed()));
}

namespace {

// Names of tests/data/hostile-names.relata, as "table" or "table|column".
const QString kQuoted = u"it's a \"quoted\" `table`"_s;
const QString kBracket = u"[bracket] name; -- not /* a */ comment"_s;
const QString kUnicode = u"Ünïcödé 日本語 таблица"_s;
const QString kEmoji = u"emoji 😀 table"_s;
const QString kLong64 = u"a_table_name_of_exactly_sixty_four_characters_for_mysql_limit_xy"_s;
const QString kLong63 = u"a_table_name_of_sixty_three_characters_for_postgresql_limit_xyz"_s;
const QString kCyrillic = kUnicode + u"|столбец_с_очень_длинным_именем_на_кириллице"_s;
const QString kColumn64
        = kLong64 + u"|a_column_name_of_exactly_sixty_four_characters_for_mysql_limit_x"_s;

/// The hostile names every database keeps as they are.
QStringList keptEverywhere()
{
    return {u"order"_s,
            u"order|select"_s,
            u"order|from"_s,
            u"order|user id"_s,
            u"order|Key"_s,
            kQuoted,
            kQuoted + u"|id'quote"_s,
            kQuoted + u"|\"double\""_s,
            kQuoted + u"|back\\slash"_s,
            kQuoted + u"|`tick`"_s,
            kBracket,
            kBracket + u"|[id]"_s,
            kBracket + u"|semi;colon"_s,
            kBracket + u"|dash--dash"_s,
            kBracket + u"|/* star */"_s,
            kBracket + u"|?"_s,
            kBracket + u"|:param"_s,
            kBracket + u"|$1"_s,
            kBracket + u"|%s"_s,
            kUnicode,
            kUnicode + u"|ключ"_s,
            kUnicode + u"|名前"_s,
            kUnicode + u"|résumé"_s,
            kLong63,
            kLong63 + u"|ref Value"_s,
            u"select"_s,
            u"select|parent id"_s,
            u"select|group"_s,
            u"CaseTwin"_s,
            u"CaseTwin|Value"_s};
}

/// Emoji and a trailing space, which MySQL refuses in names.
QStringList notForMySql()
{
    return {kEmoji, kEmoji + u"|😀"_s, kEmoji + u"|naïve 🚀"_s, kBracket + u"|trailing space "_s};
}

} // namespace

void TstDdlLive::hostileNames_data()
{
    // Each database keeps every hostile name as it is (quotes of every kind, spaces, `;`,
    // `--`, `/*`, `?`, `:name`, `$1`, `%s`, reserved words, non-ASCII) except what it
    // cannot keep, which the DDL renames (and says so in a comment):
    // - MariaDB refuses emoji and trailing spaces in names, and compares column names
    //   ignoring case and accents ("value" after "Value", "resume" after "résumé");
    // - PostgreSQL keeps at most 63 bytes (the 64-character and the long Cyrillic names);
    // - SQLite compares table and column names ignoring case ("casetwin", "value").
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("renamed");
    QTest::newRow("mariadb") << ServerKind::MariaDb
                             << keptEverywhere()
                                        + QStringList{u"casetwin"_s, kLong64, kColumn64, kCyrillic}
                             << notForMySql()
                                        + QStringList{u"CaseTwin|value"_s, kUnicode + u"|resume"_s};
    QTest::newRow("postgresql") << ServerKind::PostgreSql
                                << keptEverywhere() + notForMySql()
                                           + QStringList{u"casetwin"_s, u"CaseTwin|value"_s,
                                                         kUnicode + u"|resume"_s}
                                << QStringList{kLong64, kCyrillic};
    QTest::newRow("sqlite") << ServerKind::Sqlite
                            << keptEverywhere() + notForMySql()
                                       + QStringList{kLong64, kColumn64, kCyrillic,
                                                     kUnicode + u"|resume"_s}
                            << QStringList{u"casetwin"_s, u"CaseTwin|value"_s};
}

/// The hostile names arrive in each catalog exactly as written, where the database can
/// keep them at all, and are renamed (never mangled) where it cannot.
void TstDdlLive::hostileNames()
{
    QFETCH(ServerKind, kind);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, renamed);
    if (!requireServer(kind))
        return;
    relata::DdlOptions options;
    options.dialect = dialectOf(kind);
    TestDatabase db(kind);
    const relata::Result<Catalog> catalog = loadIntoFreshDatabase(db, m_schemas[kHostile], options);
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    const auto has = [&](const QString &name) {
        const QStringList parts = name.split(u'|');
        const CatalogTable *table = catalog->table(parts.constFirst());
        return table && (parts.size() == 1 || table->column(parts.at(1)));
    };
    for (const QString &name : std::as_const(kept))
        QVERIFY2(has(name), qPrintable(u"\"%1\" is not in the catalog"_s.arg(name)));
    for (const QString &name : std::as_const(renamed))
        QVERIFY2(!has(name), qPrintable(u"\"%1\" should have been renamed"_s.arg(name)));
}

void TstDdlLive::checkSeesDifferences_data()
{
    // The check is only worth something if it fails: each row changes one thing after the
    // DDL of linkinbio is loaded and expects compareCatalog() to say so.
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    const QString r007 = u"no index starts with (\"user_id\") (R007)"_s;
    const QString extra = u"index \"extra\" (\"username\") was not expected"_s;
    const QString columns = u"table \"blocks\": columns"_s;
    const QString type = u"column \"users\".\"username\": the server reports type"_s;
    const QString nullable = u"column \"blocks\".\"url\": NOT NULL where NULL was expected"_s;
    const QString marker = u"column \"blocks\".\"user_id\": relation markers []"_s;
    const QString foreignKey = u"FOREIGN KEY \"fk\" on \"blocks\""_s;
    const QString table = u"table \"users\" is missing"_s;
    const auto row = [](const char *name, ServerKind kind, const QString &change,
                        const QString &expected) {
        QTest::newRow(name) << kind << change << expected;
    };
    const auto pg = ServerKind::PostgreSql;
    const auto sqlite = ServerKind::Sqlite;
    const auto mariadb = ServerKind::MariaDb;
    row("sqlite index dropped", sqlite, u"DROP INDEX \"idx_blocks_user_id\""_s, r007);
    row("sqlite extra index", sqlite, u"CREATE INDEX \"extra\" ON \"users\" (\"username\")"_s,
        extra);
    row("sqlite column renamed", sqlite,
        u"ALTER TABLE \"blocks\" RENAME COLUMN \"label\" TO \"label2\""_s, columns);
    row("sqlite table renamed", sqlite, u"ALTER TABLE \"users\" RENAME TO \"users2\""_s, table);
    row("pg index dropped", pg, u"DROP INDEX \"idx_blocks_user_id\""_s, r007);
    row("pg extra index", pg, u"CREATE INDEX \"extra\" ON \"users\" (\"username\")"_s, extra);
    row("pg type", pg, u"ALTER TABLE \"users\" ALTER COLUMN \"username\" TYPE text"_s, type);
    row("pg length", pg, u"ALTER TABLE \"users\" ALTER COLUMN \"username\" TYPE varchar(121)"_s,
        type);
    row("pg not null", pg, u"ALTER TABLE \"blocks\" ALTER COLUMN \"url\" SET NOT NULL"_s, nullable);
    row("pg marker", pg, u"COMMENT ON COLUMN \"blocks\".\"user_id\" IS 'hand-written'"_s, marker);
    row("pg foreign key", pg,
        u"ALTER TABLE \"blocks\" ADD CONSTRAINT \"fk\" FOREIGN KEY (\"user_id\")"
        " REFERENCES \"users\" (\"id\")"_s,
        foreignKey);
    row("mariadb index dropped", mariadb, u"DROP INDEX `idx_blocks_user_id` ON `blocks`"_s, r007);
    row("mariadb extra index", mariadb, u"CREATE INDEX `extra` ON `users` (`username`)"_s, extra);
    row("mariadb column renamed", mariadb,
        u"ALTER TABLE `blocks` RENAME COLUMN `label` TO `label2`"_s, columns);
    row("mariadb type", mariadb, u"ALTER TABLE `users` MODIFY `username` varchar(121)"_s, type);
    row("mariadb signedness", mariadb,
        u"ALTER TABLE `users` MODIFY `id` bigint NOT NULL AUTO_INCREMENT"_s,
        u"column \"users\".\"id\": the server reports type"_s);
    row("mariadb marker", mariadb, u"ALTER TABLE `blocks` MODIFY `user_id` int COMMENT 'mine'"_s,
        marker);
    row("mariadb foreign key", mariadb,
        u"ALTER TABLE `blocks` ADD CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `users` (`id`)"_s,
        foreignKey);
}

void TstDdlLive::checkSeesDifferences()
{
    QFETCH(ServerKind, kind);
    QFETCH(QString, change);
    QFETCH(QString, expected);
    if (!requireServer(kind))
        return;
    const relata::Schema &schema = m_schemas[u"linkinbio"_s];
    relata::DdlOptions options;
    options.dialect = dialectOf(kind);
    TestDatabase db(kind);
    relata::Result<Catalog> catalog = loadIntoFreshDatabase(db, schema, options);
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    QStringList problems = compareCatalog(schema, dialectOf(kind), options, catalog.value());
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
    QString error;
    QVERIFY2(db.execute(change, &error), qPrintable(error));
    catalog = db.readCatalog();
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    problems = compareCatalog(schema, dialectOf(kind), options, catalog.value());
    const bool found = std::any_of(problems.cbegin(), problems.cend(),
                                   [&](const QString &p) { return p.contains(expected); });
    QVERIFY2(found,
             qPrintable(u"expected \"%1\" among:\n%2"_s.arg(expected, firstLines(problems))));
}

QTEST_GUILESS_MAIN(TstDdlLive)
#include "tst_ddl_live.moc"
