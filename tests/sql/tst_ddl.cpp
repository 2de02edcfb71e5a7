// Constraint-free DDL: golden files per example, dialect and options; the SQLite ones run in
// an in-memory database; ordering, markers, indexes and quoting on schemas built here.
//
// The golden files live in tests/data/ddl/<example>.<dialect>[.<variant>].sql. After a
// deliberate change of the output, regenerate them with
//     RELATA_UPDATE_GOLDEN=1 ./tst_ddl goldens
// and review the diff by eye before committing it.
#include "io/relatafile.h"
#include "sql/ddl.h"
#include "sql/ddldefault.h"
#include "sql/relationmarker.h"
#include "sql/sqldialect.h"
#include "validate/validator.h"

#include "sqliterun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace sqliterun;

namespace {

QString dataDir()
{
    return QStringLiteral(RELATA_TEST_DATA) + u"/ddl"_s;
}

QString examplePath(const QString &example)
{
    if (example == u"hostile")
        return dataDir() + u"/hostile.relata"_s;
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + example + u".relata"_s;
}

/// The option sets the golden files cover, by file-name suffix.
DdlOptions variantOptions(const QString &variant, Dialect dialect)
{
    DdlOptions options;
    options.dialect = dialect;
    if (variant == u"constraints") {
        options.withConstraints = true;
    } else if (variant == u"bare") {
        options.relationComments = false;
        options.missingIndexes = false;
        options.ifNotExists = true;
        options.dropFirst = true;
    }
    return options;
}

/// A table from "name type" pairs; the first column is the primary key.
TableId addTable(Schema &schema, const QString &name, const QStringList &columns)
{
    Table table;
    table.name = name;
    for (const QString &spec : columns) {
        Column column;
        column.name = spec.section(u' ', 0, 0);
        column.type = SqlType::parse(spec.section(u' ', 1), schema.dialect);
        table.columns.append(column);
    }
    const TableId id = schema.addTable(table);
    Table *added = schema.tableForEdit(id);
    added->primaryKey = {added->columns.constFirst().id};
    return id;
}

RelationId addRelation(Schema &schema, TableId child, const QString &column, TableId parent)
{
    Relation r;
    r.childTable = child;
    r.childColumns = {schema.table(child)->columnByName(column)->id};
    r.parentTable = parent;
    r.parentColumns = {schema.table(parent)->primaryKey.constFirst()};
    return schema.addRelation(r);
}

QString ddl(const Schema &schema, Dialect dialect, DdlOptions options = {})
{
    options.dialect = dialect;
    const Result<QString> text = generateDdl(schema, options);
    return text ? text.value() : u"error: "_s + text.errorString();
}

/// The tables in CREATE TABLE order.
QStringList createdTables(const QString &sql)
{
    static const QRegularExpression create(u"^CREATE TABLE (?:IF NOT EXISTS )?\"([^\"]*)\""_s,
                                           QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = create.globalMatch(sql); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

class TstDdl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void sqliteGoldensRun();
    void parentsFirst();
    void cycleBrokenDeterministically();
    void markersReadBack();
    void unconfirmedAndIgnoredLeftOut();
    void relationIndexNamedLikeR007();
    void hostileNamesRunInSqlite();
    void nameCollisions();
    void legalIdentifier_data();
    void legalIdentifier();
    void quoteString_data();
    void quoteString();
    void defaults_data();
    void defaults();
    void unsafeDefaultsRefused();
};

void TstDdl::goldens_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("variant");
    for (const QString &example : {u"linkinbio"_s, u"recipes"_s, u"marketplace"_s, u"hostile"_s}) {
        for (Dialect dialect : {Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite}) {
            for (const QString &variant : {QString(), u"constraints"_s, u"bare"_s}) {
                if (variant == u"bare" && example != u"recipes" && example != u"hostile")
                    continue;
                const QString file = example + u'.' + dialectName(dialect)
                                     + (variant.isEmpty() ? QString() : u'.' + variant);
                QTest::newRow(qPrintable(file)) << example << dialect << variant;
            }
        }
    }
}

void TstDdl::goldens()
{
    QFETCH(QString, example);
    QFETCH(Dialect, dialect);
    QFETCH(QString, variant);
    const Result<Schema> schema = loadRelataFile(examplePath(example));
    QVERIFY2(schema, qPrintable(schema.errorString()));
    const Result<QString> text = generateDdl(schema.value(), variantOptions(variant, dialect));
    QVERIFY2(text, qPrintable(text.errorString()));
    // The same schema and options give the same bytes.
    QCOMPARE(generateDdl(schema.value(), variantOptions(variant, dialect)).value(), text.value());

    const QString path
            = dataDir() + u'/' + QString::fromLatin1(QTest::currentDataTag()) + u".sql"_s;
    QFile file(path);
    if (qEnvironmentVariableIntValue("RELATA_UPDATE_GOLDEN") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.value().toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u" (RELATA_UPDATE_GOLDEN=1)"_s));
    QCOMPARE(text.value(), QString::fromUtf8(file.readAll()));
}

void TstDdl::sqliteGoldensRun()
{
    const QStringList files = QDir(dataDir()).entryList({u"*.sqlite*.sql"_s}, QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &name : files) {
        QFile file(dataDir() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(file.readAll());
        int tables = -1;
        QString kept;
        const QString error = runInSqlite(sql, &tables, &kept);
        QVERIFY2(error.isEmpty(), qPrintable(name + u": "_s + error));
        QCOMPARE(tables, int(createdTables(sql).size()));
        QVERIFY(tables > 0);
        // SQLite keeps the comments inside CREATE TABLE: the markers survive.
        QCOMPARE(kept.count(u"-- relata: "_s), sql.count(u"-- relata: "_s));
    }
}

void TstDdl::parentsFirst()
{
    Schema schema;
    schema.dialect = Dialect::Sqlite;
    const TableId items = addTable(schema, u"items"_s, {u"id integer"_s, u"order_id integer"_s});
    const TableId orders = addTable(schema, u"orders"_s, {u"id integer"_s, u"user_id integer"_s});
    const TableId users = addTable(schema, u"users"_s, {u"id integer"_s});
    const TableId notes = addTable(schema, u"notes"_s, {u"id integer"_s});
    addRelation(schema, items, u"order_id"_s, orders);
    addRelation(schema, orders, u"user_id"_s, users);
    const QString sql = ddl(schema, Dialect::Sqlite);
    QCOMPARE(createdTables(sql), (QStringList{u"users"_s, u"orders"_s, u"items"_s, u"notes"_s}));
    Q_UNUSED(notes);
    QVERIFY(!sql.contains(u"Loop broken"_s));
    DdlOptions drop;
    drop.dropFirst = true;
    const QString dropped = ddl(schema, Dialect::Sqlite, drop);
    QVERIFY(dropped.indexOf(u"DROP TABLE IF EXISTS \"notes\""_s)
            < dropped.indexOf(u"DROP TABLE IF EXISTS \"users\""_s));
    QVERIFY(dropped.indexOf(u"DROP TABLE IF EXISTS \"items\""_s)
            < dropped.indexOf(u"DROP TABLE IF EXISTS \"orders\""_s));
}

void TstDdl::cycleBrokenDeterministically()
{
    Schema schema;
    schema.dialect = Dialect::PostgreSql;
    const TableId a = addTable(schema, u"a"_s, {u"id integer"_s, u"c_id integer"_s});
    const TableId b = addTable(schema, u"b"_s, {u"id integer"_s, u"a_id integer"_s});
    const TableId c = addTable(schema, u"c"_s, {u"id integer"_s, u"b_id integer"_s});
    const TableId top = addTable(schema, u"top"_s, {u"id integer"_s, u"a_id integer"_s});
    addRelation(schema, top, u"a_id"_s, a);
    addRelation(schema, a, u"c_id"_s, c);
    addRelation(schema, b, u"a_id"_s, a);
    addRelation(schema, c, u"b_id"_s, b);
    DdlOptions options;
    options.withConstraints = true;
    const QString sql = ddl(schema, Dialect::PostgreSql, options);
    // a comes first in model order and waits for c: it is created early, its FK deferred.
    QCOMPARE(createdTables(sql), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"top"_s}));
    QVERIFY(sql.contains(u"-- Loop broken here: a.c_id → c.id refers to \"c\", which is "
                         u"created later.\n"_s));
    QVERIFY(sql.contains(u"ALTER TABLE \"a\" ADD CONSTRAINT \"fk_a_c_id\" FOREIGN KEY "_s));
    QCOMPARE(sql.count(u" REFERENCES "_s), 4);
    QCOMPARE(ddl(schema, Dialect::PostgreSql, options), sql);
    // SQLite checks nothing at CREATE time: the FK stays inline.
    const QString sqlite = ddl(schema, Dialect::Sqlite, options);
    QVERIFY(!sqlite.contains(u"ALTER TABLE"_s));
    QVERIFY2(runInSqlite(sqlite).isEmpty(), qPrintable(runInSqlite(sqlite)));
}

void TstDdl::markersReadBack()
{
    const Result<Schema> schema = loadRelataFile(examplePath(u"hostile"_s));
    QVERIFY(schema);
    // Every written relation appears once, as a marker that parses, on its first child column.
    const QString sql = ddl(schema.value(), Dialect::MySql);
    static const QRegularExpression comment(u"COMMENT '((?:[^'\\\\]|''|\\\\.)*)'"_s);
    int markers = 0;
    for (auto it = comment.globalMatch(sql); it.hasNext();) {
        QString text = it.next().captured(1);
        text.replace(u"''"_s, u"'"_s).replace(u"\\n"_s, u"\n"_s).replace(u"\\\\"_s, u"\\"_s);
        markers += int(parseRelationMarkers(text).size());
    }
    QCOMPARE(markers, 9); // 11 relations, one inferred, one ignored
    QVERIFY(sql.contains(u"COMMENT 'person''s note: keep\\nrelata: not a marker'"_s));
    // An old marker in a column comment is replaced, not repeated.
    Schema edited = schema.value();
    Table *users = edited.tableForEdit(edited.tableByName(u"users"_s)->id);
    users->columns[1].comment = u"mine\nrelata: references users(id) on delete cascade"_s;
    const QString again = ddl(edited, Dialect::MySql);
    QVERIFY(again.contains(u"`users_id` int COMMENT 'mine\\nrelata: references users(id) on "
                           u"delete set null name \"parent\"/\"children\"'"_s));
    DdlOptions none;
    none.relationComments = false;
    QVERIFY(!ddl(schema.value(), Dialect::MySql, none).contains(u"relata: references"_s));
}

void TstDdl::unconfirmedAndIgnoredLeftOut()
{
    Schema schema;
    schema.dialect = Dialect::Sqlite;
    const TableId users = addTable(schema, u"users"_s, {u"id integer"_s});
    const TableId posts = addTable(
            schema, u"posts"_s,
            {u"id integer"_s, u"user_id integer"_s, u"editor_id integer"_s, u"owner_id integer"_s});
    Relation *inferred = schema.relationForEdit(addRelation(schema, posts, u"user_id"_s, users));
    inferred->origin = RelationOrigin::Inferred;
    Relation *ignored = schema.relationForEdit(addRelation(schema, posts, u"editor_id"_s, users));
    ignored->origin = RelationOrigin::Inferred;
    ignored->decision = RelationDecision::Ignored;
    Relation *accepted = schema.relationForEdit(addRelation(schema, posts, u"owner_id"_s, users));
    accepted->origin = RelationOrigin::Inferred;
    accepted->decision = RelationDecision::Accepted;
    DdlOptions options;
    options.withConstraints = true;
    const QString sql = ddl(schema, Dialect::Sqlite, options);
    QCOMPARE(sql.count(u"relata: references"_s), 1);
    QCOMPARE(sql.count(u" REFERENCES "_s), 1);
    QVERIFY(sql.contains(u"\"idx_posts_owner_id\""_s));
    QVERIFY(!sql.contains(u"idx_posts_user_id"_s));
    QVERIFY(!sql.contains(u"idx_posts_editor_id"_s));
}

void TstDdl::relationIndexNamedLikeR007()
{
    for (const QString &example : {u"linkinbio"_s, u"hostile"_s, u"marketplace"_s}) {
        const Result<Schema> schema = loadRelataFile(examplePath(example));
        QVERIFY(schema);
        const QString sql = ddl(schema.value(), schema->dialect);
        const SqlDialect &dialect = SqlDialect::get(schema->dialect);
        for (const Finding &f : validate(schema.value())) {
            if (f.code != u"R007" || f.fix.contains(u"guess_id"_s))
                continue; // select.guess_id is inferred: no index for it
            static const QRegularExpression name(u"^CREATE INDEX (\\S+|`[^`]*(``[^`]*)*`) ON"_s);
            const QString suggested = name.match(f.fix).captured(1);
            QVERIFY2(!suggested.isEmpty(), qPrintable(f.fix));
            const QString unquoted
                    = suggested.startsWith(u'`')
                              ? suggested.mid(1, suggested.size() - 2).replace(u"``"_s, u"`"_s)
                              : suggested;
            QVERIFY2(sql.contains(dialect.quoteIdentifier(unquoted)), qPrintable(f.fix));
        }
        // No second index for a relation the model's index already serves.
        DdlOptions none;
        none.missingIndexes = false;
        QVERIFY(ddl(schema.value(), schema->dialect, none).count(u"idx_"_s)
                <= sql.count(u"idx_"_s));
    }
}

void TstDdl::hostileNamesRunInSqlite()
{
    const Result<Schema> schema = loadRelataFile(examplePath(u"hostile"_s));
    QVERIFY(schema);
    for (const bool constraints : {false, true}) {
        DdlOptions options;
        options.withConstraints = constraints;
        int tables = 0;
        const QString error = runInSqlite(ddl(schema.value(), Dialect::Sqlite, options), &tables);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tables, int(schema->tables().size()));
    }
}

void TstDdl::nameCollisions()
{
    Schema schema;
    schema.dialect = Dialect::Sqlite;
    addTable(schema, u"Users"_s, {u"id integer"_s, u"ID integer"_s, u"name text"_s});
    addTable(schema, u"users"_s, {u"id integer"_s});
    // SQLite ignores case in table and column names; PostgreSQL does not.
    const QString sqlite = ddl(schema, Dialect::Sqlite);
    QCOMPARE(createdTables(sqlite), (QStringList{u"Users"_s, u"users_2"_s}));
    QVERIFY(sqlite.contains(u"\"ID_2\" integer"_s));
    QVERIFY(sqlite.contains(u"-- The name \"users\" is written \"users_2\": SQLite would not "
                            u"accept it as it is.\n"_s));
    QVERIFY2(runInSqlite(sqlite).isEmpty(), qPrintable(runInSqlite(sqlite)));
    const QString pg = ddl(schema, Dialect::PostgreSql);
    QCOMPARE(createdTables(pg), (QStringList{u"Users"_s, u"users"_s}));
    QVERIFY(pg.contains(u"  \"ID\" "_s));
}

void TstDdl::legalIdentifier_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("legal");
    QTest::newRow("plain") << Dialect::MySql << u"users"_s << u"users"_s;
    QTest::newRow("quotes stay") << Dialect::MySql << u"a`b\"c"_s << u"a`b\"c"_s;
    QTest::newRow("emoji in mysql") << Dialect::MySql << u"emoji 🎉"_s << u"emoji __6c68de8e"_s;
    QTest::newRow("emoji in pg") << Dialect::PostgreSql << u"emoji 🎉"_s << u"emoji 🎉"_s;
    QTest::newRow("trailing space in mysql")
            << Dialect::MySql << u"trailing "_s << u"trailing_9c1e414e"_s;
    QTest::newRow("trailing space in sqlite")
            << Dialect::Sqlite << u"trailing "_s << u"trailing "_s;
    QTest::newRow("64 characters in mysql")
            << Dialect::MySql << QString(64, u'x') << QString(64, u'x');
}

void TstDdl::legalIdentifier()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    QFETCH(QString, legal);
    const SqlDialect &d = SqlDialect::get(dialect);
    QCOMPARE(d.legalIdentifier(name), legal);
    QCOMPARE(d.legalIdentifier(legal), legal); // already legal names stay
    QVERIFY(d.maxIdentifierLength() == 0 || d.identifierLength(legal) <= d.maxIdentifierLength());
}

void TstDdl::quoteString_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    const QString hostile = u"it's \\ a\nb"_s;
    QTest::newRow("mysql") << Dialect::MySql << hostile << u"'it''s \\\\ a\\nb'"_s;
    QTest::newRow("postgresql escapes")
            << Dialect::PostgreSql << hostile << u"E'it''s \\\\ a\\nb'"_s;
    QTest::newRow("postgresql plain") << Dialect::PostgreSql << u"it's \\"_s << u"'it''s \\'"_s;
    QTest::newRow("sqlite") << Dialect::Sqlite << hostile << u"'it''s \\ a\nb'"_s;
    QTest::newRow("nul dropped") << Dialect::Sqlite << u"a\0b"_s << u"'ab'"_s;
    QTest::newRow("mysql ctrl-z") << Dialect::MySql << u"\x1a"_s << u"'\\Z'"_s;
}

void TstDdl::quoteString()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QCOMPARE(SqlDialect::get(dialect).quoteString(text), literal);
    // The MySQL and PostgreSQL readers of string literals give the text back.
    if (dialect != Dialect::Sqlite || !text.contains(QChar(0)))
        QCOMPARE(unquoteStringLiteral(literal, dialect).value_or(u"?"_s),
                 QString(text).remove(QChar(0)));
}

void TstDdl::defaults_data()
{
    QTest::addColumn<Dialect>("from");
    QTest::addColumn<Dialect>("to");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const auto my = Dialect::MySql;
    const auto pg = Dialect::PostgreSql;
    const auto lite = Dialect::Sqlite;
    QTest::newRow("mysql string to pg")
            << my << pg << u"varchar(9)"_s << u"'a\\'b\\\\'"_s << u"'a''b\\'"_s;
    QTest::newRow("pg string to mysql")
            << pg << my << u"text"_s << u"'a\\b'::text"_s << u"('a\\\\b')"_s;
    QTest::newRow("pg cast kept") << pg << pg << u"text"_s << u"'x'::text"_s << u"'x'::text"_s;
    QTest::newRow("now to mysql") << pg << my << u"timestamptz"_s << u"now()"_s
                                  << u"CURRENT_TIMESTAMP(6)"_s; // datetime(6): same precision
    QTest::newRow("now(0) to mysql")
            << pg << my << u"timestamptz(0)"_s << u"now()"_s << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("now kept in pg") << pg << pg << u"timestamptz"_s << u"now()"_s << u"now()"_s;
    QTest::newRow("now to sqlite")
            << pg << lite << u"timestamptz"_s << u"now()"_s << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("bool to pg") << my << pg << u"boolean"_s << u"1"_s << u"true"_s;
    QTest::newRow("number") << my << lite << u"int"_s << u"-1.5"_s << u"-1.5"_s;
    QTest::newRow("expression to sqlite")
            << lite << lite << u"text"_s << u"lower('A')"_s << u"(lower('A'))"_s;
    QTest::newRow("expression to mysql")
            << pg << my << u"uuid"_s << u"gen_random_uuid()"_s << u"(gen_random_uuid())"_s;
    QTest::newRow("json literal to mysql") << pg << my << u"jsonb"_s << u"'{}'"_s << u"('{}')"_s;
}

void TstDdl::defaults()
{
    QFETCH(Dialect, from);
    QFETCH(Dialect, to);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Column column;
    column.type = SqlType::parse(type, from);
    column.defaultValue = value;
    QCOMPARE(defaultExpression(column, from, SqlDialect::get(to)), expected);
    QVERIFY(isOneExpression(value, from));
}

void TstDdl::unsafeDefaultsRefused()
{
    const QStringList bad{u"1; DROP TABLE users"_s,
                          u"0 -- ,"_s,
                          u"0 /* x */"_s,
                          u"0 \\! rm -rf x"_s,
                          u"'open"_s,
                          u"(1"_s,
                          u"1)"_s,
                          u"0 # x"_s};
    for (const QString &value : bad) {
        Schema schema;
        const TableId t = addTable(schema, u"t"_s, {u"id int"_s, u"x int"_s});
        schema.tableForEdit(t)->columns[1].defaultValue = value;
        const Result<QString> sql = generateDdl(schema);
        QVERIFY2(!sql, qPrintable(value));
        QVERIFY2(sql.errorString().startsWith(u"t.x: the default "_s),
                 qPrintable(sql.errorString()));
    }
    // Inside strings and quoted names they are harmless.
    QVERIFY(isOneExpression(u"'a; -- /* \\ #'"_s, Dialect::PostgreSql));
    QVERIFY(isOneExpression(u"'it\\'s; x'"_s, Dialect::MySql));
    QVERIFY(isOneExpression(u"E'a\\'b;'"_s, Dialect::PostgreSql));
    QVERIFY(isOneExpression(u"concat(\"a;b\", `c--d`)"_s, Dialect::MySql));
}

QTEST_GUILESS_MAIN(TstDdl)
#include "tst_ddl.moc"
