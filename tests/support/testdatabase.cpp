#include "testdatabase.h"

#include "requirement.h"

#include "sqlscript.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

QString environmentPrefix(ServerKind kind)
{
    return kind == ServerKind::MariaDb ? u"RELATA_TEST_MYSQL_"_s : u"RELATA_TEST_PG_"_s;
}

/// Qt's driver for `kind`; MariaDB's own name when this Qt build knows it.
QString driverName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return QSqlDatabase::isDriverAvailable(u"QMARIADB"_s) ? u"QMARIADB"_s : u"QMYSQL"_s;
    case ServerKind::PostgreSql:
        return u"QPSQL"_s;
    case ServerKind::Sqlite:
        break;
    }
    return u"QSQLITE"_s;
}

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"relata-testdb-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

/// A database name no other test (of this run or another) uses at the same time.
QString uniqueDatabaseName()
{
    static QAtomicInt counter;
    return u"relata_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1) + 1)
            .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QChar(u'0'));
}

QString quoted(ServerKind kind, const QString &name)
{
    return kind == ServerKind::MariaDb ? u'`' + name + u'`' : u'"' + name + u'"';
}

/// Session settings for tests: PostgreSQL without NOTICEs ("does not exist, skipping"),
/// which would clutter the log; SQLite without waiting for the disk after each statement
/// (a throw-away file needs no durability, and DDL runs many times faster).
bool configureSession(ServerKind kind, const QSqlDatabase &db, QString *error)
{
    QStringList statements;
    if (kind == ServerKind::PostgreSql)
        statements = {u"SET client_min_messages = warning"_s};
    else if (kind == ServerKind::Sqlite)
        statements = {u"PRAGMA synchronous = OFF"_s, u"PRAGMA journal_mode = MEMORY"_s};
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = u"%1 refused \"%2\": %3"_s.arg(serverKindName(kind), statement,
                                                    query.lastError().text());
            return false;
        }
    }
    return true;
}

/// Opens the connection `connectionName` to `database` on the server of `kind` (for
/// MariaDB an empty name means no default database).
bool openConnection(ServerKind kind, const QString &connectionName, const QString &database,
                    QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(kind), connectionName);
    if (!db.isValid()) {
        *error = u"Qt's %1 driver is not available: %2"_s.arg(driverName(kind),
                                                              db.lastError().text());
        return false;
    }
    db.setDatabaseName(database);
    const ServerSettings settings = serverSettings(kind).value_or(ServerSettings());
    if (kind != ServerKind::Sqlite) {
        db.setHostName(settings.host);
        if (settings.port > 0)
            db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(kind == ServerKind::MariaDb ? u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s
                                                         : u"connect_timeout=10"_s);
    }
    if (!db.open()) {
        *error = u"could not connect to %1 (%2:%3, user %4, database %5): %6"_s.arg(
                serverKindName(kind), settings.host, QString::number(settings.port), settings.user,
                database, db.lastError().text());
        return false;
    }
    return configureSession(kind, db, error);
}

/// Closes and removes a connection once no QSqlDatabase copy is left.
void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

/// A short-lived connection to the server itself (PostgreSQL's maintenance database
/// `postgres`), to create and drop databases.
class AdminConnection
{
public:
    explicit AdminConnection(ServerKind kind)
        : m_kind(kind)
        , m_name(uniqueConnectionName())
    {
        const QString database = kind == ServerKind::PostgreSql ? u"postgres"_s : QString();
        m_ok = openConnection(kind, m_name, database, &m_error);
    }
    ~AdminConnection() { closeConnection(m_name); }
    Q_DISABLE_COPY_MOVE(AdminConnection)

    bool ok(QString *error) const
    {
        if (!m_ok)
            *error = m_error;
        return m_ok;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        *error = u"%1 refused \"%2\": %3"_s.arg(serverKindName(m_kind), sql,
                                                query.lastError().text());
        return false;
    }

private:
    ServerKind m_kind;
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

} // namespace

std::optional<ServerSettings> serverSettings(ServerKind kind)
{
    if (kind == ServerKind::Sqlite)
        return std::nullopt;
    const QString prefix = environmentPrefix(kind);
    auto variable = [&](const char *name) {
        return qEnvironmentVariable((prefix + QLatin1StringView(name)).toLatin1().constData());
    };
    ServerSettings settings{variable("HOST"), variable("PORT").toInt(), variable("USER"),
                            variable("PASSWORD")};
    if (settings.host.isEmpty())
        return std::nullopt;
    return settings;
}

QString importDriverOf(ServerKind kind)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return QStringLiteral("mariadb");
    case ServerKind::PostgreSql:
        return QStringLiteral("postgresql");
    case ServerKind::Sqlite:
        break;
    }
    return QStringLiteral("sqlite");
}

QList<std::pair<const char *, ServerKind>> allServerKinds()
{
    return {{"mariadb", ServerKind::MariaDb},
            {"postgresql", ServerKind::PostgreSql},
            {"sqlite", ServerKind::Sqlite}};
}

relata::Dialect dialectOf(ServerKind kind)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return relata::Dialect::MySql;
    case ServerKind::PostgreSql:
        return relata::Dialect::PostgreSql;
    case ServerKind::Sqlite:
        break;
    }
    return relata::Dialect::Sqlite;
}

bool requireServer(ServerKind kind, const char *file, int line)
{
    QString reason;
    if (!QSqlDatabase::isDriverAvailable(driverName(kind))) {
        reason = u"Qt's %1 driver is not installed"_s.arg(driverName(kind));
    } else if (kind != ServerKind::Sqlite && !serverSettings(kind)) {
        reason = u"no %1 server: %2HOST is not set (scripts/test starts one and sets it)"_s.arg(
                serverKindName(kind), environmentPrefix(kind));
    }
    if (reason.isEmpty())
        return true;
    return missingRequirement(reason, file, line);
}

TestDatabase::TestDatabase(ServerKind kind)
    : m_kind(kind)
    , m_connectionName(uniqueConnectionName())
{}

TestDatabase::~TestDatabase()
{
    QString error;
    if (!drop(&error))
        qWarning("%s", qPrintable(u"could not drop a test database: "_s + error));
}

bool TestDatabase::create(QString *error)
{
    if (m_created) {
        *error = u"the test database %1 exists already"_s.arg(m_name);
        return false;
    }
    if (m_kind == ServerKind::Sqlite) {
        m_sqliteDir = std::make_unique<QTemporaryDir>();
        if (!m_sqliteDir->isValid()) {
            *error = u"could not create a temporary directory: "_s + m_sqliteDir->errorString();
            return false;
        }
        m_name = m_sqliteDir->filePath(u"test.sqlite3"_s);
    } else {
        m_name = uniqueDatabaseName();
        const AdminConnection admin(m_kind);
        const QString create
                = m_kind == ServerKind::MariaDb
                          ? u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"_s
                          : u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s;
        if (!admin.ok(error) || !admin.exec(create.arg(quoted(m_kind, m_name)), error))
            return false;
    }
    m_created = true;
    return openConnection(m_kind, m_connectionName, m_name, error);
}

bool TestDatabase::drop(QString *error)
{
    if (!m_created)
        return true;
    closeConnection(m_connectionName);
    m_created = false;
    if (m_kind == ServerKind::Sqlite) {
        m_sqliteDir.reset();
        return true;
    }
    const AdminConnection admin(m_kind);
    // WITH (FORCE) ends sessions that are still connected (PostgreSQL 13 and later).
    const QString drop = m_kind == ServerKind::MariaDb
                                 ? u"DROP DATABASE IF EXISTS %1"_s
                                 : u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s;
    return admin.ok(error) && admin.exec(drop.arg(quoted(m_kind, m_name)), error);
}

QSqlDatabase TestDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

/// MariaDB explains some refusals only in warnings (errno 150: which column of which
/// FOREIGN KEY does not match); their messages, one per line, or nothing.
QString serverWarnings(const QSqlDatabase &db)
{
    QSqlQuery warnings(db);
    if (!warnings.exec(u"SHOW WARNINGS"_s))
        return u"\n(SHOW WARNINGS failed: %1)"_s.arg(warnings.lastError().text());
    QString text;
    while (warnings.next())
        text += u"\n%1: %2"_s.arg(warnings.value(0).toString(), warnings.value(2).toString());
    return text;
}

} // namespace

bool TestDatabase::execute(const QString &script, QString *error)
{
    const QStringList statements = splitSqlStatements(script, dialect());
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i))) {
            const QString details = m_kind == ServerKind::MariaDb ? serverWarnings(db) : QString();
            *error = u"%1 refused statement %2 of %3: %4%5\n%6"_s.arg(
                    serverKindName(m_kind), QString::number(i + 1),
                    QString::number(statements.size()), query.lastError().text(), details,
                    statements.at(i));
            return false;
        }
    }
    return true;
}

relata::Result<Catalog> TestDatabase::readCatalog() const
{
    return relatatest::readCatalog(m_kind, connection(), m_name);
}

relata::Result<bool> TestDatabase::exists(ServerKind kind, const QString &name)
{
    if (kind == ServerKind::Sqlite)
        return QFileInfo::exists(name);
    const AdminConnection admin(kind);
    QString error;
    if (!admin.ok(&error))
        return relata::Result<bool>::failure(error);
    QSqlQuery query(admin.db());
    const QString sql
            = kind == ServerKind::MariaDb
                      ? u"SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"_s
                      : u"SELECT COUNT(*) FROM pg_catalog.pg_database WHERE datname = ?"_s;
    if (!query.prepare(sql)) {
        return relata::Result<bool>::failure(
                u"could not prepare \"%1\": %2"_s.arg(sql, query.lastError().text()));
    }
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return relata::Result<bool>::failure(
                u"\"%1\" failed: %2"_s.arg(sql, query.lastError().text()));
    }
    return query.value(0).toInt() > 0;
}

} // namespace relatatest
