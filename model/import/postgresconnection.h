#pragma once

#include "schemaimporter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace relata {

/// One QPSQL connection for one import: uniquely named, so that imports may run side by
/// side, and closed and removed from Qt's registry when it goes out of scope. Every failure
/// comes back as a sentence a person can act on, with the server's own words after it.
class PostgresConnection
{
public:
    explicit PostgresConnection(const ConnectionSettings &settings);
    ~PostgresConnection();
    Q_DISABLE_COPY_MOVE(PostgresConnection)

    /// Connects and opens a read-only, repeatable-read transaction, so that all queries
    /// see one consistent catalog. False with `*error` set on failure.
    bool open(QString *error);

    /// Runs `sql` with its one bound parameter (if not null) and leaves the rows in
    /// `*query`, forward only. False with `*error` set on failure.
    bool select(const QString &sql, const QString &parameter, QSqlQuery *query, QString *error);

    /// A query bound to this connection; destroy it before the connection.
    QSqlQuery newQuery() const;

    /// "host:port" as a person would write it, with libpq's defaults filled in.
    QString address() const;

private:
    QString describeConnectError(const QString &driverText) const;
    QString describeQueryError(const QSqlQuery &query) const;

    ConnectionSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace relata
