// MySqlImporter against a real MariaDB (the server scripts/test starts): every corpus
// schema with a MySQL file, compared with the corpus's expected counts and with the
// server's own catalog; faults; and relation markers written by the DDL export.
#include "expectedcounts.h"
#include "mysqlclient.h"
#include "testdatabase.h"

#include "import/mysqlimporter.h"
#include "import/mysqlschemabuilder.h"
#include "io/relatafile.h"
#include "sql/ddl.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relatatest;

class TstImportMySql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void defaultsAndComments();
    void defaultForms_data();
    void defaultForms();
    void markerRoundTrip();
    void wrongPassword();
    void refusedConnection();
    void unknownDatabase();
    void userWithoutRights();
    void cancelled();
    void serverGoneMidImport();

private:
    QHash<QString, ExpectedCounts> m_expected;
};

namespace {

const QString kCorpus = QStringLiteral(RELATA_CORPUS_DIR);

relata::ConnectionSettings settingsFor(const QString &database)
{
    const ServerSettings server = serverSettings(ServerKind::MariaDb).value_or(ServerSettings());
    relata::ConnectionSettings settings;
    settings.driver = u"mariadb"_s;
    settings.host = server.host;
    settings.port = server.port;
    settings.user = server.user;
    settings.password = server.password;
    settings.database = database;
    return settings;
}

relata::Result<relata::ImportResult> importDatabase(const QString &database,
                                                    const relata::ImportProgress &progress = {},
                                                    const std::atomic_bool *cancel = nullptr)
{
    return relata::MySqlImporter().import(settingsFor(database), progress, cancel);
}

/// "child(a,b) -> parent(c,d) on delete cascade on update no action".
QString edge(const QString &child, const QString &childColumns, const QString &parent,
             const QString &parentColumns, const QString &onDelete, const QString &onUpdate)
{
    return u"%1(%2) -> %3(%4) on delete %5 on update %6"_s.arg(
            child, childColumns, parent, parentColumns, onDelete.toLower(), onUpdate.toLower());
}

QStringList relationEdges(const relata::Schema &schema, relata::RelationOrigin origin)
{
    QStringList edges;
    for (const relata::Relation &relation : schema.relations()) {
        if (relation.origin != origin)
            continue;
        const relata::Table *child = schema.table(relation.childTable);
        const relata::Table *parent = schema.table(relation.parentTable);
        edges.append(edge(child->name, child->columnNames(relation.childColumns).join(u','),
                          parent->name, parent->columnNames(relation.parentColumns).join(u','),
                          relata::referentialActionName(relation.onDelete),
                          relata::referentialActionName(relation.onUpdate)));
    }
    edges.sort();
    return edges;
}

/// The FOREIGN KEYs as the server lists them, with their actions, read with SQL of the
/// test's own rather than the importer's.
QStringList serverEdges(const TestDatabase &db, QString *error)
{
    QSqlQuery query(db.connection());
    const bool ok
            = query.exec(u"SELECT k.TABLE_NAME,"
                         " GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION),"
                         " k.REFERENCED_TABLE_NAME,"
                         " GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION),"
                         " r.DELETE_RULE, r.UPDATE_RULE"
                         " FROM information_schema.KEY_COLUMN_USAGE k"
                         " JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                         " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                         " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                         " AND r.TABLE_NAME = k.TABLE_NAME"
                         " WHERE k.TABLE_SCHEMA = DATABASE()"
                         " GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME,"
                         " k.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE"_s);
    if (!ok) {
        *error = query.lastError().text();
        return {};
    }
    QStringList edges;
    while (query.next()) {
        edges.append(edge(query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString()));
    }
    edges.sort();
    return edges;
}

/// Indexes the model holds (the primary key counted as one) plus those it reports as not
/// modelled: together, every index the server has.
int indexCount(const relata::ImportResult &result)
{
    int count = 0;
    for (const relata::Table &table : result.schema.tables())
        count += int(table.indexes.size()) + (table.primaryKey.isEmpty() ? 0 : 1);
    for (const QString &note : result.summary.notModelled) {
        if (note.startsWith(u"FULLTEXT "_s) || note.startsWith(u"SPATIAL "_s)
            || note.startsWith(u"expression "_s)) {
            ++count;
        }
    }
    return count;
}

/// Tables, columns, types and nullability against the test support's catalog reader.
void compareWithCatalog(const relata::Schema &schema, const Catalog &catalog)
{
    QStringList names;
    for (const relata::Table &table : schema.tables())
        names.append(table.name);
    QStringList catalogNames = catalog.tableNames();
    catalogNames.sort(Qt::CaseInsensitive);
    QCOMPARE(names, catalogNames);
    for (const CatalogTable &expected : catalog.tables) {
        const relata::Table *table = schema.tableByName(expected.name);
        QVERIFY(table);
        QCOMPARE(table->columns.size(), expected.columns.size());
        for (qsizetype i = 0; i < expected.columns.size(); ++i) {
            const relata::Column &column = table->columns.at(i);
            QCOMPARE(column.name, expected.columns.at(i).name);
            QCOMPARE(column.type.text, expected.columns.at(i).type);
            QCOMPARE(column.nullable, expected.columns.at(i).nullable);
        }
    }
}

} // namespace

void TstImportMySql::initTestCase()
{
    QString error;
    m_expected = readExpectedCounts(kCorpus + u"/expected.tsv"_s, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

void TstImportMySql::corpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names
            = QDir(kCorpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (QFile::exists(kCorpus + u'/' + name + u"/schema.mysql.sql"_s))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TstImportMySql::corpus()
{
    QFETCH(QString, name);
    if (!requireServer(ServerKind::MariaDb))
        return;
    const auto expected = m_expected.constFind(name + u"/mysql"_s);
    QVERIFY2(expected != m_expected.cend(), "no row in expected.tsv");
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    const QString file = kCorpus + u'/' + name + u"/schema.mysql.sql"_s;
    QVERIFY2(runMySqlClient(db.name(), file, &error), qPrintable(error));

    const auto result = importDatabase(db.name());
    QVERIFY2(result, qPrintable(result.errorString()));
    const relata::ImportSummary &summary = result->summary;
    QCOMPARE(result->schema.name, db.name());
    QCOMPARE(result->schema.dialect, relata::Dialect::MySql);
    QCOMPARE(summary.tables, expected->tables);
    QCOMPARE(int(result->schema.tables().size()), expected->tables);
    QCOMPARE(summary.columns, expected->columns);
    QCOMPARE(summary.constraintRelations, expected->fks);
    QCOMPARE(indexCount(result.value()), expected->indexes);
    QCOMPARE(summary.views, expected->views);

    const QStringList server = serverEdges(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(relationEdges(result->schema, relata::RelationOrigin::Constraint), server);
    const relata::Result<Catalog> catalog = db.readCatalog();
    QVERIFY2(catalog, qPrintable(catalog.errorString()));
    QCOMPARE(int(catalog->foreignKeys.size()), expected->fks);
    compareWithCatalog(result->schema, catalog.value());
}

void TstImportMySql::defaultsAndComments()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(uR"sql(
CREATE TABLE accounts (
  id INT(11) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'the key',
  status ENUM('active','closed') NOT NULL DEFAULT 'active',
  name VARCHAR(40) DEFAULT 'it''s',
  nickname VARCHAR(40) NULL,
  score INT NOT NULL DEFAULT 0,
  created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  email VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_status_name (status, name),
  KEY ix_email (email(20))
) COMMENT 'people who pay';
)sql"_s,
                        &error),
             qPrintable(error));
    const auto result = importDatabase(db.name());
    QVERIFY2(result, qPrintable(result.errorString()));
    const relata::Table *table = result->schema.tableByName(u"accounts"_s);
    QVERIFY(table);
    QCOMPARE(table->comment, u"people who pay"_s);
    const auto column = [&](const QString &name) {
        return table->columnByName(name);
    };
    QCOMPARE(column(u"id"_s)->type.text, u"int(11) unsigned"_s);
    QVERIFY(column(u"id"_s)->type.isUnsigned);
    QVERIFY(column(u"id"_s)->autoIncrement);
    QCOMPARE(column(u"id"_s)->comment, u"the key"_s);
    QCOMPARE(column(u"status"_s)->type.enumValues, QStringList({u"active"_s, u"closed"_s}));
    QCOMPARE(column(u"status"_s)->defaultValue, std::optional<QString>(u"'active'"_s));
    QVERIFY(column(u"name"_s)->defaultValue.has_value());
    QVERIFY(!column(u"nickname"_s)->defaultValue.has_value());
    QVERIFY(column(u"nickname"_s)->nullable);
    QCOMPARE(column(u"score"_s)->defaultValue, std::optional<QString>(u"0"_s));
    QVERIFY(!column(u"score"_s)->nullable);
    QVERIFY(column(u"created"_s)
                    ->defaultValue->startsWith(u"current_timestamp"_s, Qt::CaseInsensitive));
    QCOMPARE(table->columnNames(table->primaryKey), QStringList({u"id"_s}));
    QCOMPARE(table->indexes.size(), 2);
    QCOMPARE(table->indexes.at(0).name, u"ix_email"_s);
    QCOMPARE(table->indexes.at(1).name, u"uq_status_name"_s);
    QVERIFY(table->indexes.at(1).unique);
    QCOMPARE(table->columnNames(table->indexes.at(1).columns),
             QStringList({u"status"_s, u"name"_s}));
    QVERIFY2(result->summary.notModelled.join(u'\n').contains(u"email(20)"_s),
             qPrintable(result->summary.notModelled.join(u'\n')));
}

void TstImportMySql::defaultForms_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QVariant>("reported"); ///< COLUMN_DEFAULT; invalid = SQL NULL
    QTest::addColumn<bool>("quotedLiterals");
    QTest::addColumn<QVariant>("expected"); ///< invalid = no default
    const QVariant none;
    QTest::newRow("mariadb string") << u"varchar(9)"_s << QString() << QVariant(u"'a''b'"_s) << true
                                    << QVariant(u"'a''b'"_s);
    QTest::newRow("mariadb null word")
            << u"int(11)"_s << QString() << QVariant(u"NULL"_s) << true << none;
    QTest::newRow("mariadb no default") << u"int(11)"_s << QString() << none << true << none;
    QTest::newRow("mariadb now") << u"datetime"_s << QString() << QVariant(u"current_timestamp()"_s)
                                 << true << QVariant(u"current_timestamp()"_s);
    QTest::newRow("mysql string") << u"varchar(9)"_s << QString() << QVariant(u"it's"_s) << false
                                  << QVariant(u"'it''s'"_s);
    QTest::newRow("mysql number") << u"int"_s << QString() << QVariant(u"0"_s) << false
                                  << QVariant(u"0"_s);
    QTest::newRow("mysql enum") << u"enum('a','b')"_s << QString() << QVariant(u"a"_s) << false
                                << QVariant(u"'a'"_s);
    QTest::newRow("mysql null") << u"int"_s << QString() << none << false << none;
    QTest::newRow("mysql now") << u"timestamp"_s << u"DEFAULT_GENERATED"_s
                               << QVariant(u"CURRENT_TIMESTAMP"_s) << false
                               << QVariant(u"CURRENT_TIMESTAMP"_s);
    QTest::newRow("mysql expression") << u"char(36)"_s << u"DEFAULT_GENERATED"_s
                                      << QVariant(u"uuid()"_s) << false << QVariant(u"(uuid())"_s);
}

void TstImportMySql::defaultForms()
{
    QFETCH(QString, type);
    QFETCH(QString, extra);
    QFETCH(QVariant, reported);
    QFETCH(bool, quotedLiterals);
    QFETCH(QVariant, expected);
    relata::mysqlcatalog::ColumnRow row;
    row.type = type;
    row.extra = extra;
    if (reported.isValid())
        row.defaultValue = reported.toString();
    const std::optional<QString> value = relata::mysqlimport::normalizedDefault(
            row, relata::SqlType::parse(type, relata::Dialect::MySql), quotedLiterals);
    QCOMPARE(value.has_value(), expected.isValid());
    if (value)
        QCOMPARE(*value, expected.toString());
}

void TstImportMySql::markerRoundTrip()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    const auto original = relata::loadRelataFile(
            QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/linkinbio.relata"));
    QVERIFY2(original, qPrintable(original.errorString()));
    relata::DdlOptions options;
    options.dialect = relata::Dialect::MySql;
    options.relationComments = true;
    const auto ddl = relata::generateDdl(original.value(), options);
    QVERIFY2(ddl, qPrintable(ddl.errorString()));
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(ddl.value(), &error), qPrintable(error));

    const auto result = importDatabase(db.name());
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result->summary.constraintRelations, 0);
    QStringList expected;
    for (const relata::Relation &relation : original->relations()) {
        if (!relation.isUnconfirmed() && relation.decision != relata::RelationDecision::Ignored)
            expected.append(original->describe(relation));
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result->summary.commentRelations, expected.size());
    for (const relata::Relation &imported : result->schema.relations()) {
        QCOMPARE(imported.origin, relata::RelationOrigin::Comment);
        const QString described = result->schema.describe(imported);
        QVERIFY2(expected.contains(described), qPrintable(described));
        const auto same
                = std::find_if(original->relations().cbegin(), original->relations().cend(),
                               [&](const auto &r) { return original->describe(r) == described; });
        QCOMPARE(imported.onDelete, same->onDelete);
        QCOMPARE(imported.onUpdate, same->onUpdate);
        QCOMPARE(imported.nameOnChild, same->nameOnChild);
        QCOMPARE(imported.nameOnParent, same->nameOnParent);
    }
    // The markers become relations, not comment text.
    for (const relata::Table &table : result->schema.tables()) {
        for (const relata::Column &column : table.columns)
            QVERIFY2(!column.comment.contains(u"relata:"_s), qPrintable(column.comment));
    }
}

void TstImportMySql::wrongPassword()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    relata::ConnectionSettings settings = settingsFor(u"mysql"_s);
    settings.password += u"-wrong"_s;
    const auto result = relata::MySqlImporter().import(settings);
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(u"wrong user name or password"_s),
             qPrintable(result.errorString()));
}

void TstImportMySql::refusedConnection()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    relata::ConnectionSettings settings = settingsFor(u"mysql"_s);
    settings.host = u"127.0.0.1"_s;
    settings.port = 1; // nothing listens on tcpmux
    const auto result = relata::MySqlImporter().import(settings);
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(u"127.0.0.1:1"_s), qPrintable(result.errorString()));
    QVERIFY2(result.errorString().contains(u"refused"_s), qPrintable(result.errorString()));
}

void TstImportMySql::unknownDatabase()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    const auto result = importDatabase(u"relata_no_such_database_here"_s);
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(u"unknown database"_s),
             qPrintable(result.errorString()));
    QVERIFY2(result.errorString().contains(u"relata_no_such_database_here"_s),
             qPrintable(result.errorString()));
}

void TstImportMySql::userWithoutRights()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(u"CREATE TABLE t (id INT PRIMARY KEY)"_s, &error), qPrintable(error));
    const QString user = db.name().left(20) + u"_u"_s;
    QVERIFY2(db.execute(u"CREATE USER '%1'@'%' IDENTIFIED BY 'pw'"_s.arg(user), &error),
             qPrintable(error));
    relata::ConnectionSettings settings = settingsFor(db.name());
    settings.user = user;
    settings.password = u"pw"_s;
    const auto result = relata::MySqlImporter().import(settings);
    QVERIFY2(db.execute(u"DROP USER '%1'@'%'"_s.arg(user), &error), qPrintable(error));
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(u"no rights"_s), qPrintable(result.errorString()));
}

void TstImportMySql::cancelled()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    std::atomic_bool cancel = false;
    QStringList phases;
    const auto result = importDatabase(
            db.name(),
            [&](const QString &phase, double) {
                phases.append(phase);
                if (phase == u"columns"_s)
                    cancel = true;
            },
            &cancel);
    QVERIFY(!result);
    QCOMPARE(result.errorString(), u"import cancelled"_s);
    QCOMPARE(phases.last(), u"columns"_s);
}

void TstImportMySql::serverGoneMidImport()
{
    if (!requireServer(ServerKind::MariaDb))
        return;
    TestDatabase db(ServerKind::MariaDb);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(u"CREATE TABLE t (id INT PRIMARY KEY)"_s, &error), qPrintable(error));
    // Between two queries, the importer's connection is killed from another one, as a
    // server restart or a DBA's KILL would do.
    int killed = 0;
    const auto kill = [&](const QString &phase, double) {
        if (phase != u"indexes"_s)
            return;
        QSqlQuery list(db.connection());
        QVERIFY(list.exec(u"SELECT ID FROM information_schema.PROCESSLIST"
                          " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"_s));
        while (list.next()) {
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"KILL CONNECTION %1"_s.arg(list.value(0).toLongLong())));
            ++killed;
        }
    };
    const auto result = importDatabase(db.name(), kill);
    QCOMPARE(killed, 1);
    QVERIFY(!result);
    QVERIFY2(result.errorString().contains(u"lost"_s), qPrintable(result.errorString()));
}

QTEST_GUILESS_MAIN(TstImportMySql)
#include "tst_import_mysql.moc"
