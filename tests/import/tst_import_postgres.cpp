// PostgreSQL import against a real server (RELATA_TEST_PG_*): the corpus compared with
// expected.tsv and the server's own FOREIGN KEYs, details, faults, cancel, markers.
#include "expectedcounts.h"
#include "importsettings.h"
#include "testdatabase.h"

#include "import/postgresimporter.h"
#include "io/relatafile.h"
#include "sql/ddl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relatatest;

class TstImportPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void details();
    void faults_data();
    void faults();
    void noRights();
    void interrupted();
    void markerRoundTrip_data();
    void markerRoundTrip();

private:
    QString m_corpusDir;
    QHash<QString, ExpectedCounts> m_expected;
};

/// The import failed, saying so with `words`.
#define VERIFY_FAILS_WITH(result, words)                                                           \
    QVERIFY2(!(result).ok() && (result).errorString().contains(words),                             \
             qPrintable((result).ok() ? u"no failure"_s : (result).errorString()))

namespace {

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("RELATA_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(RELATA_CORPUS_DIR) : fromEnv;
}

relata::ConnectionSettings settingsFor(const TestDatabase &db)
{
    return importSettingsFor(db);
}

/// Runs a corpus file with psql, as load.sh does: the files use psql's own commands.
bool loadWithPsql(const TestDatabase &db, const QString &file, QString *error)
{
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (psql.isEmpty()) {
        *error = u"psql is not installed"_s;
        return false;
    }
    const relata::ConnectionSettings s = settingsFor(db);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, s.password);
    env.insert(u"PGOPTIONS"_s, u"-c client_min_messages=warning"_s);
    process.setProcessEnvironment(env);
    process.start(psql, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, s.host, u"-p"_s,
                         QString::number(s.port > 0 ? s.port : 5432), u"-U"_s, s.user, u"-d"_s,
                         s.database, u"-f"_s, file});
    if (!process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"psql failed on %1: %2"_s.arg(
                file, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

/// confdeltype/confupdtype as referentialActionName() spells them; set default is kept as
/// no action.
QString actionCode(const QString &code)
{
    static const QHash<QString, QString> names{
            {u"r"_s, u"restrict"_s}, {u"c"_s, u"cascade"_s}, {u"n"_s, u"set null"_s}};
    return names.value(code, u"no action"_s);
}

/// The server's own FOREIGN KEYs (partitions left out, as expected.tsv counts them), as
/// "child(a,b) -> parent(x,y) delete/update", tables named as the importer names them.
QStringList serverForeignKeys(const QSqlDatabase &db, bool qualified, QString *error)
{
    QSqlQuery query(db);
    const QString sql = uR"(
SELECT cn.nspname, c.relname,
       (SELECT string_agg(a.attname, ',' ORDER BY u.ord) FROM unnest(k.conkey)
          WITH ORDINALITY u(n, ord) JOIN pg_attribute a ON a.attrelid = k.conrelid
          AND a.attnum = u.n),
       pn.nspname, p.relname,
       (SELECT string_agg(a.attname, ',' ORDER BY u.ord) FROM unnest(k.confkey)
          WITH ORDINALITY u(n, ord) JOIN pg_attribute a ON a.attrelid = k.confrelid
          AND a.attnum = u.n),
       k.confdeltype::text, k.confupdtype::text
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE k.contype = 'f' AND NOT c.relispartition
  AND cn.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))"_s;
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return {};
    }
    QStringList fks;
    while (query.next()) {
        const auto name = [&](int schema, int table) {
            return qualified ? query.value(schema).toString() + u'.' + query.value(table).toString()
                             : query.value(table).toString();
        };
        fks.append(u"%1(%2) -> %3(%4) %5/%6"_s.arg(
                name(0, 1), query.value(2).toString(), name(3, 4), query.value(5).toString(),
                actionCode(query.value(6).toString()), actionCode(query.value(7).toString())));
    }
    fks.sort();
    return fks;
}

QString describe(const relata::Schema &schema, const relata::Relation &relation)
{
    const relata::Table *child = schema.table(relation.childTable);
    const relata::Table *parent = schema.table(relation.parentTable);
    return u"%1(%2) -> %3(%4) %5/%6"_s.arg(
            child->name, child->columnNames(relation.childColumns).join(u','), parent->name,
            parent->columnNames(relation.parentColumns).join(u','),
            relata::referentialActionName(relation.onDelete),
            relata::referentialActionName(relation.onUpdate));
}

QStringList importedRelations(const relata::Schema &schema, relata::RelationOrigin origin)
{
    QStringList relations;
    for (const relata::Relation &relation : schema.relations()) {
        if (relation.origin == origin)
            relations.append(describe(schema, relation));
    }
    relations.sort();
    return relations;
}

/// Lines present on one side only, for a readable failure.
QString difference(const QStringList &expected, const QStringList &actual)
{
    QStringList lines;
    for (const QString &line : expected) {
        if (!actual.contains(line))
            lines.append(u"missing: "_s + line);
    }
    for (const QString &line : actual) {
        if (!expected.contains(line))
            lines.append(u"unexpected: "_s + line);
    }
    return lines.mid(0, 30).join(u'\n');
}

relata::Result<relata::ImportResult> importAll(const TestDatabase &db,
                                               const QStringList &schemas = {u"*"_s})
{
    relata::ConnectionSettings settings = settingsFor(db);
    settings.schemas = schemas;
    return relata::PostgresImporter().import(settings);
}

} // namespace

void TstImportPostgres::initTestCase()
{
    m_corpusDir = corpusDir();
    QString error;
    m_expected = readExpectedCounts(m_corpusDir + u"/expected.tsv"_s, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

void TstImportPostgres::corpus_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(m_corpusDir);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + u"/schema.pg.sql"_s)))
            QTest::newRow(qPrintable(name)) << name;
    }
}

/// Counts as in expected.tsv (indexes: every index, the primary key's and those the model
/// cannot hold included), and every FOREIGN KEY as a relation with its columns in order
/// and its actions.
void TstImportPostgres::corpus()
{
    QFETCH(QString, name);
    if (!requireServer(ServerKind::PostgreSql))
        return;
    const auto expected = m_expected.constFind(name + u"/pg"_s);
    QVERIFY2(expected != m_expected.cend(), qPrintable(name + u" is not in expected.tsv"_s));
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(loadWithPsql(db, m_corpusDir + u'/' + name + u"/schema.pg.sql"_s, &error),
             qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    const auto result = importAll(db);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    qInfo("%s: %d tables imported in %lld ms", qPrintable(name), result->summary.tables, elapsed);
    QVERIFY2(elapsed < 5000, "the import is far slower than a few bulk queries should be");

    const relata::ImportSummary &summary = result->summary;
    const relata::Schema &schema = result->schema;
    QCOMPARE(summary.tables, expected->tables);
    QCOMPARE(schema.tables().size(), expected->tables);
    int columns = 0;
    int modelledIndexes = 0;
    for (const relata::Table &table : schema.tables()) {
        columns += int(table.columns.size());
        modelledIndexes += int(table.indexes.size()) + (table.primaryKey.isEmpty() ? 0 : 1);
    }
    QCOMPARE(summary.columns, expected->columns);
    QCOMPARE(columns, expected->columns);
    QCOMPARE(summary.indexes, expected->indexes);
    QVERIFY(modelledIndexes <= expected->indexes);
    QCOMPARE(summary.views, expected->views);
    QCOMPARE(summary.constraintRelations, expected->fks);

    // Corpus table names have no dots: a dot means the import read several schemas.
    const bool qualified
            = !schema.tables().isEmpty() && schema.tables().constFirst().name.contains(u'.');
    const QStringList fks = serverForeignKeys(db.connection(), qualified, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fks.size(), expected->fks);
    const QStringList relations = importedRelations(schema, relata::RelationOrigin::Constraint);
    QVERIFY2(relations == fks, qPrintable(difference(fks, relations)));
}

const QString kDetailsScript = uR"(
CREATE SCHEMA other; CREATE SCHEMA hidden;
CREATE TABLE hidden.h (id integer PRIMARY KEY);
CREATE TABLE users (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(200) NOT NULL, name text DEFAULT 'x', total numeric(10,2),
  label text GENERATED ALWAYS AS (email || name) STORED);
COMMENT ON TABLE users IS 'people'; COMMENT ON COLUMN users.email IS 'login';
CREATE UNIQUE INDEX users_lower_email ON users (lower(email));
CREATE INDEX users_partial ON users (name) WHERE name IS NOT NULL;
CREATE INDEX users_total_name ON users (total, name);
CREATE TABLE other.orders (id bigserial PRIMARY KEY, user_id integer DEFAULT 0, buyer integer,
  line integer, h_id integer REFERENCES hidden.h (id), UNIQUE (id, line),
  CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id)
    ON DELETE SET DEFAULT ON UPDATE CASCADE);
COMMENT ON COLUMN other.orders.buyer IS E'who pays\nrelata: references "public.users"(id) on delete cascade name "buyer"/"purchases"';
CREATE TABLE other.events (id integer, at date) PARTITION BY RANGE (at);
CREATE TABLE other.events_2020 PARTITION OF other.events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE VIEW other.v AS SELECT 1 AS one;
)"_s;

/// What one small schema over three namespaces shows: names qualified, identity and serial
/// columns, generated columns, expression and partial indexes, partitions, a FOREIGN KEY
/// into a schema not imported, ON DELETE SET DEFAULT, a marker next to a person's comment.
void TstImportPostgres::details()
{
    if (!requireServer(ServerKind::PostgreSql))
        return;
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(kDetailsScript, &error), qPrintable(error));
    const auto result = importAll(db, {u"public"_s, u"other"_s});
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const relata::Schema &schema = result->schema;
    const relata::ImportSummary &summary = result->summary;
    QStringList names;
    for (const relata::Table &table : schema.tables())
        names.append(table.name);
    QCOMPARE(names, (QStringList{u"other.events"_s, u"other.orders"_s, u"public.users"_s}));
    const relata::Table *users = schema.tableByName(u"public.users"_s);
    QCOMPARE(users->comment, u"people"_s);
    QCOMPARE(users->columnNames(users->primaryKey), QStringList{u"id"_s});
    QVERIFY(users->columns.at(0).autoIncrement && !users->columns.at(0).defaultValue);
    QCOMPARE(users->columns.at(1).type.text, u"character varying(200)"_s);
    QVERIFY(!users->columns.at(1).nullable);
    QCOMPARE(users->columns.at(1).comment, u"login"_s);
    QCOMPARE(users->columns.at(2).defaultValue.value_or(QString()), u"'x'::text"_s);
    QVERIFY(!users->columns.at(4).defaultValue);
    QCOMPARE(users->indexes.size(), 1);
    QCOMPARE(users->columnNames(users->indexes.at(0).columns),
             (QStringList{u"total"_s, u"name"_s}));
    const relata::Table *orders = schema.tableByName(u"other.orders"_s);
    QVERIFY(orders->columns.at(0).autoIncrement && !orders->columns.at(0).defaultValue);
    QCOMPARE(orders->columns.at(0).type.text, u"bigint"_s);
    QCOMPARE(orders->columns.at(2).comment, u"who pays"_s);
    QCOMPARE(summary.indexes, 6);
    QCOMPARE(summary.views, 1);
    QVERIFY(summary.otherObjects >= 3); // a partition and two sequences
    const QString notModelled = summary.notModelled.join(u'\n');
    for (const QString &part :
         {u"expression index users_lower_email"_s, u"partial index users_partial"_s,
          u"generated column"_s, u"references hidden.h"_s, u"set default of foreign key fk_user"_s,
          u"1 partitions"_s}) {
        QVERIFY2(notModelled.contains(part), qPrintable(part + u" not in:\n"_s + notModelled));
    }
    QCOMPARE(importedRelations(schema, relata::RelationOrigin::Constraint),
             QStringList{u"other.orders(user_id) -> public.users(id) no action/cascade"_s});
    QCOMPARE(importedRelations(schema, relata::RelationOrigin::Comment),
             QStringList{u"other.orders(buyer) -> public.users(id) cascade/no action"_s});
    QCOMPARE(schema.relations().constLast().nameOnChild, u"buyer"_s);
}

void TstImportPostgres::faults_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown database") << u"database"_s << u"has no database"_s;
    QTest::newRow("unknown user") << u"user"_s << u"has no user"_s;
    QTest::newRow("refused port") << u"port"_s << u"connection was refused"_s;
    QTest::newRow("unknown schema") << u"schema"_s << u"has no schema \"no_such_schema\""_s;
}

/// A failure in words, never a partial schema.
void TstImportPostgres::faults()
{
    QFETCH(QString, what);
    QFETCH(QString, words);
    if (!requireServer(ServerKind::PostgreSql))
        return;
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    relata::ConnectionSettings settings = settingsFor(db);
    if (what == u"database"_s) {
        settings.database = u"relata_no_such_database"_s;
    } else if (what == u"user"_s) {
        settings.user = u"relata_no_such_user"_s;
    } else if (what == u"port"_s) {
        settings.host = u"127.0.0.1"_s;
        settings.port = 1; // tcpmux: a privileged port nothing listens on
        words += u"|127.0.0.1:%1"_s.arg(settings.port);
    } else {
        settings.schemas = {u"public"_s, u"no_such_schema"_s};
    }
    const auto result = relata::PostgresImporter().import(settings);
    QVERIFY(!result.ok());
    for (const QString &part : words.split(u'|'))
        QVERIFY2(result.errorString().contains(part), qPrintable(result.errorString()));
}

/// No right to connect, no right to use the schema, a wrong password: each said in words.
void TstImportPostgres::noRights()
{
    if (!requireServer(ServerKind::PostgreSql))
        return;
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    const QString role = u"relata_norights_%1"_s.arg(QCoreApplication::applicationPid());
    const auto dropRole = qScopeGuard([&] { // roles belong to the server, not the database
        QSqlQuery query(db.connection());
        query.exec(u"REVOKE ALL ON DATABASE \"%1\" FROM %2"_s.arg(db.name(), role));
        query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(role));
    });
    QVERIFY2(db.execute(u"CREATE ROLE %1 LOGIN PASSWORD 'right';"
                        "CREATE SCHEMA secret; CREATE TABLE secret.t (id integer);"
                        "REVOKE CONNECT ON DATABASE \"%2\" FROM PUBLIC;"_s.arg(role, db.name()),
                        &error),
             qPrintable(error));
    relata::ConnectionSettings settings = settingsFor(db);
    settings.user = role;
    settings.password = u"right"_s;
    auto result = relata::PostgresImporter().import(settings);
    VERIFY_FAILS_WITH(result, u"may not connect to database"_s);

    QVERIFY2(db.execute(u"GRANT CONNECT ON DATABASE \"%1\" TO %2;"_s.arg(db.name(), role), &error),
             qPrintable(error));
    settings.schemas = {u"secret"_s};
    result = relata::PostgresImporter().import(settings);
    VERIFY_FAILS_WITH(result, u"no right to use schema \"secret\""_s);

    settings.schemas = {};
    settings.password = u"wrong"_s;
    result = relata::PostgresImporter().import(settings);
    if (result.ok()) {
        qInfo("the server trusts local connections: a wrong password cannot be tested here");
        return;
    }
    QVERIFY2(result.errorString().contains(u"refused the password"_s),
             qPrintable(result.errorString()));
}

/// Cancelled from the progress callback, or the server ends the import's connection
/// between two queries: a failure in words, never a partial schema; the phases in order.
void TstImportPostgres::interrupted()
{
    if (!requireServer(ServerKind::PostgreSql))
        return;
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(u"CREATE TABLE t (id integer PRIMARY KEY);"_s, &error), qPrintable(error));
    std::atomic_bool cancelled = false;
    bool terminated = false;
    QStringList phases;
    const auto progress = [&](const QString &phase, double fraction) {
        QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        phases.append(phase);
        cancelled = cancelled || phase == u"columns"_s;
        if (phase != u"indexes"_s)
            return;
        QSqlQuery query(db.connection());
        terminated
                = query.exec(
                          u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE"
                          " datname = current_database() AND application_name = 'relata-import'"_s)
                  && query.next() && query.value(0).toBool();
    };
    auto result = relata::PostgresImporter().import(settingsFor(db), progress, &cancelled);
    QCOMPARE(result.ok() ? QString() : result.errorString(), u"import cancelled"_s);
    QCOMPARE(phases, (QStringList{u"connecting"_s, u"schemas"_s, u"tables"_s, u"columns"_s}));

    result = relata::PostgresImporter().import(settingsFor(db), progress);
    QVERIFY(terminated);
    VERIFY_FAILS_WITH(result, u"was lost during the import"_s);

    result = relata::PostgresImporter().import(settingsFor(db));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
}

void TstImportPostgres::markerRoundTrip_data()
{
    QTest::addColumn<bool>("withConstraints");
    QTest::newRow("markers only") << false;
    QTest::newRow("markers and constraints") << true;
}

/// generateDdl writes each relation as a marker; the import reads it back with its
/// columns, actions and names (and merges it into the FOREIGN KEY when there is one).
void TstImportPostgres::markerRoundTrip()
{
    QFETCH(bool, withConstraints);
    if (!requireServer(ServerKind::PostgreSql))
        return;
    const auto original = relata::loadRelataFile(
            QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/marketplace.relata"));
    QVERIFY2(original.ok(), qPrintable(original.errorString()));
    relata::DdlOptions options;
    options.dialect = relata::Dialect::PostgreSql;
    options.withConstraints = withConstraints;
    const auto ddl = relata::generateDdl(original.value(), options);
    QVERIFY2(ddl.ok(), qPrintable(ddl.errorString()));
    TestDatabase db(ServerKind::PostgreSql);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(ddl.value(), &error), qPrintable(error));
    const auto result = importAll(db, {});
    QVERIFY2(result.ok(), qPrintable(result.errorString()));

    const auto withNames = [](const relata::Schema &schema, const relata::Relation &relation) {
        return describe(schema, relation)
               + u" \"%1\"/\"%2\""_s.arg(relation.nameOnChild, relation.nameOnParent);
    };
    QStringList expected;
    for (const relata::Relation &relation : original->relations()) {
        if (!relation.isUnconfirmed() && relation.decision != relata::RelationDecision::Ignored)
            expected.append(withNames(original.value(), relation));
    }
    QStringList actual;
    const auto origin = withConstraints ? relata::RelationOrigin::Constraint
                                        : relata::RelationOrigin::Comment;
    for (const relata::Relation &relation : result->schema.relations()) {
        QCOMPARE(relata::relationOriginName(relation.origin), relata::relationOriginName(origin));
        actual.append(withNames(result->schema, relation));
    }
    expected.sort();
    actual.sort();
    QVERIFY(!expected.isEmpty());
    QVERIFY2(actual == expected, qPrintable(difference(expected, actual)));
    QCOMPARE(result->summary.tables, original->tables().size());
}

QTEST_GUILESS_MAIN(TstImportPostgres)
#include "tst_import_postgres.moc"
