#include "postgresconnection.h"

#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Seconds libpq waits for a server that does not answer (a firewall dropping packets).
constexpr int kConnectTimeoutSeconds = 10;

QString uniqueConnectionName()
{
    static std::atomic_int counter{0};
    return u"relata-import-postgresql-%1"_s.arg(++counter);
}

QString driverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text.simplified();
}

/// Words that libpq and the server use when the connection itself is gone.
bool connectionLost(const QString &text, const QString &sqlState)
{
    static const QStringList phrases{u"server closed the connection"_s,
                                     u"terminating connection"_s,
                                     u"no connection to the server"_s,
                                     u"could not receive data"_s,
                                     u"could not send data"_s,
                                     u"connection to server was lost"_s,
                                     u"SSL SYSCALL error"_s,
                                     u"connection not open"_s,
                                     u"connection is bad"_s};
    if (sqlState.startsWith(u"08"_s) || sqlState.startsWith(u"57P"_s))
        return true;
    for (const QString &phrase : phrases) {
        if (text.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PostgresConnection::PostgresConnection(const ConnectionSettings &settings)
    : m_settings(settings)
    , m_name(uniqueConnectionName())
{}

PostgresConnection::~PostgresConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QString PostgresConnection::address() const
{
    const QString host = m_settings.host.isEmpty() ? u"localhost"_s : m_settings.host;
    return u"%1:%2"_s.arg(host).arg(m_settings.port > 0 ? m_settings.port : 5432);
}

bool PostgresConnection::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver (QPSQL) is not installed"_s;
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_db.setHostName(m_settings.host);
    if (m_settings.port > 0)
        m_db.setPort(m_settings.port);
    m_db.setUserName(m_settings.user);
    m_db.setPassword(m_settings.password);
    m_db.setDatabaseName(m_settings.database);
    m_db.setConnectOptions(
            u"connect_timeout=%1;application_name=relata-import"_s.arg(kConnectTimeoutSeconds));
    if (!m_db.open()) {
        *error = describeConnectError(driverText(m_db.lastError()));
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s)) {
        *error = describeQueryError(query);
        return false;
    }
    return true;
}

QSqlQuery PostgresConnection::newQuery() const
{
    return QSqlQuery(m_db);
}

bool PostgresConnection::select(const QString &sql, const QString &parameter, QSqlQuery *query,
                                QString *error)
{
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = describeQueryError(*query);
        return false;
    }
    if (!parameter.isNull())
        query->addBindValue(parameter);
    if (!query->exec()) {
        *error = describeQueryError(*query);
        return false;
    }
    return true;
}

QString PostgresConnection::describeConnectError(const QString &text) const
{
    const QString &user = m_settings.user;
    const QString &database = m_settings.database;
    QString words;
    if (text.contains(u"password authentication failed"_s, Qt::CaseInsensitive))
        words = u"PostgreSQL at %1 refused the password for user \"%2\""_s.arg(address(), user);
    else if (text.contains(u"no password supplied"_s, Qt::CaseInsensitive))
        words = u"PostgreSQL at %1 asks for a password for user \"%2\", and none was given"_s.arg(
                address(), user);
    else if (text.contains(u"role \""_s) && text.contains(u"does not exist"_s))
        words = u"PostgreSQL at %1 has no user \"%2\""_s.arg(address(), user);
    else if (text.contains(u"database \""_s) && text.contains(u"does not exist"_s))
        words = u"PostgreSQL at %1 has no database \"%2\""_s.arg(address(), database);
    else if (text.contains(u"permission denied for database"_s)
             || text.contains(u"not permitted to log in"_s))
        words = u"user \"%1\" may not connect to database \"%2\" at %3"_s.arg(user, database,
                                                                              address());
    else if (text.contains(u"pg_hba.conf"_s))
        words = u"PostgreSQL at %1 does not let user \"%2\" connect from here (pg_hba.conf)"_s.arg(
                address(), user);
    else if (text.contains(u"Connection refused"_s, Qt::CaseInsensitive))
        words = u"could not connect to PostgreSQL at %1: the connection was refused (is the "
                "server running and listening on that host and port?)"_s.arg(address());
    else if (text.contains(u"timeout expired"_s, Qt::CaseInsensitive))
        words = u"could not connect to PostgreSQL at %1: no answer within %2 s"_s.arg(
                address(), QString::number(kConnectTimeoutSeconds));
    else if (text.contains(u"could not translate host name"_s))
        words = u"could not connect to PostgreSQL at %1: unknown host"_s.arg(address());
    else
        words = u"could not connect to PostgreSQL at %1"_s.arg(address());
    return words + u" (server said: "_s + text + u')';
}

QString PostgresConnection::describeQueryError(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString text = driverText(error);
    const QString sqlState = error.nativeErrorCode();
    QString words;
    if (connectionLost(text, sqlState) || !m_db.isOpen())
        words = u"the connection to PostgreSQL at %1 was lost during the import"_s.arg(address());
    else if (sqlState == u"42501"_s || text.contains(u"permission denied"_s))
        words = u"user \"%1\" lacks the rights to read the catalog of database \"%2\""_s.arg(
                m_settings.user, m_settings.database);
    else
        words = u"PostgreSQL at %1 refused to read the catalog"_s.arg(address());
    return words + u" (server said: "_s + text + u')';
}

} // namespace relata
