#include "mysqlconnection.h"

#include "mysqlcatalog.h"

#include <QAtomicInt>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Client and server error numbers that deserve words of their own.
enum MySqlError {
    DatabaseAccessDenied = 1044, // ER_DBACCESS_DENIED_ERROR
    AccessDenied = 1045,         // ER_ACCESS_DENIED_ERROR
    UnknownDatabase = 1049,      // ER_BAD_DB_ERROR
    TableAccessDenied = 1142,    // ER_TABLEACCESS_DENIED_ERROR
    ColumnAccessDenied = 1143,   // ER_COLUMNACCESS_DENIED_ERROR
    SpecificAccessDenied = 1227, // ER_SPECIFIC_ACCESS_DENIED_ERROR
    ConnectionError = 2002,      // CR_CONNECTION_ERROR (socket)
    ConnectHostError = 2003,     // CR_CONN_HOST_ERROR (TCP)
    UnknownHost = 2005,          // CR_UNKNOWN_HOST
    ServerGone = 2006,           // CR_SERVER_GONE_ERROR
    ServerLost = 2013,           // CR_SERVER_LOST
    ConnectionKilled = 1927,     // ER_CONNECTION_KILLED (MariaDB)
    QueryInterrupted = 1317,     // ER_QUERY_INTERRUPTED
    ServerShutdown = 1053,       // ER_SERVER_SHUTDOWN
};

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"relata-mysql-import-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

int errorNumber(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

/// The driver's own text: the server's message, without Qt's prefix when there is one.
QString driverText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace

MySqlConnection::MySqlConnection()
    : m_name(uniqueConnectionName())
{}

MySqlConnection::~MySqlConnection()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString MySqlConnection::qtDriverName(const QString &driver)
{
    if (driver == u"mariadb"_s && QSqlDatabase::isDriverAvailable(u"QMARIADB"_s))
        return u"QMARIADB"_s;
    return u"QMYSQL"_s;
}

QString MySqlConnection::server() const
{
    const QString host = m_settings.host.isEmpty() ? u"localhost"_s : m_settings.host;
    return u"%1:%2"_s.arg(host, m_settings.port > 0 ? QString::number(m_settings.port) : u"3306"_s);
}

bool MySqlConnection::open(const ConnectionSettings &settings, QString *error)
{
    m_settings = settings;
    const QString driver = qtDriverName(settings.driver);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = u"Qt's %1 driver is not installed (on Debian: libqt6sql6-mysql)"_s.arg(driver);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    db.setHostName(settings.host);
    if (settings.port > 0)
        db.setPort(settings.port);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setDatabaseName(settings.database);
    // A host that drops packets would otherwise hang the import for minutes; a server
    // that stops answering mid-read is reported instead of waited for forever.
    db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=10;MYSQL_OPT_READ_TIMEOUT=300"_s);
    if (db.open())
        return true;
    *error = describeOpenError(db.lastError());
    return false;
}

QString MySqlConnection::describeOpenError(const QSqlError &error) const
{
    const QString text = driverText(error);
    switch (errorNumber(error)) {
    case AccessDenied:
        return u"access denied for user \"%1\" on %2: wrong user name or password (%3)"_s.arg(
                m_settings.user, server(), text);
    case UnknownDatabase:
        return u"unknown database \"%1\" on %2 (%3)"_s.arg(m_settings.database, server(), text);
    case DatabaseAccessDenied:
        return u"user \"%1\" has no rights on database \"%2\" on %3 (%4)"_s.arg(
                m_settings.user, m_settings.database, server(), text);
    case ConnectionError:
    case ConnectHostError:
        return u"could not connect to %1: connection refused or timed out; is the server "
               "running and listening there? (%2)"_s.arg(server(), text);
    case UnknownHost:
        return u"unknown host \"%1\" (%2)"_s.arg(m_settings.host, text);
    default:
        break;
    }
    return u"could not connect to %1 as \"%2\": %3"_s.arg(server(), m_settings.user, text);
}

QString MySqlConnection::describeQueryError(const QSqlError &error, const QString &what) const
{
    const QString text = driverText(error);
    switch (errorNumber(error)) {
    case ServerGone:
    case ServerLost:
    case ConnectionKilled:
    case QueryInterrupted:
    case ServerShutdown:
        return u"the connection to %1 was lost while %2: the server stopped or closed the "
               "connection; nothing was imported (%3)"_s.arg(server(), what, text);
    case TableAccessDenied:
    case ColumnAccessDenied:
    case SpecificAccessDenied:
    case DatabaseAccessDenied:
        return u"user \"%1\" has no rights to read the catalog of \"%2\" (while %3): %4"_s.arg(
                m_settings.user, m_settings.database, what, text);
    default:
        break;
    }
    return u"%1 failed on %2: %3"_s.arg(what, server(), text);
}

std::optional<QSqlQuery> MySqlConnection::select(QLatin1StringView sql, const QString &what,
                                                 QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    if (!query.prepare(QString(sql))) {
        *error = describeQueryError(query.lastError(), what);
        return std::nullopt;
    }
    for (int i = 0; i < mysqlcatalog::bindCount(sql); ++i)
        query.addBindValue(m_settings.database);
    if (!query.exec()) {
        *error = describeQueryError(query.lastError(), what);
        return std::nullopt;
    }
    return query;
}

} // namespace relata
