#pragma once

#include "schemaimporter.h"

#include <QLatin1StringView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

class QSqlError;

namespace relata {

/// One connection to a MariaDB/MySQL server under a name no other connection uses, closed
/// and removed from Qt's registry when it goes out of scope, whatever way the import ends.
class MySqlConnection
{
public:
    MySqlConnection();
    ~MySqlConnection();
    Q_DISABLE_COPY_MOVE(MySqlConnection)

    /// Connects; on failure `error` says what went wrong in words (wrong password, refused
    /// connection with host and port, unknown database, no rights on it).
    bool open(const ConnectionSettings &settings, QString *error);

    /// Runs one catalog query with the database name bound to each `?`; a forward-only
    /// query positioned before its first row, or nothing with `error` set (`what` names
    /// the step: "reading columns").
    std::optional<QSqlQuery> select(QLatin1StringView sql, const QString &what, QString *error);

    /// The Qt driver for `driver` ("mariadb" or "mysql"); QMARIADB falls back to QMYSQL,
    /// which is the same plugin under another name, when this Qt build lacks the former.
    static QString qtDriverName(const QString &driver);

private:
    QString describeOpenError(const QSqlError &error) const;
    QString describeQueryError(const QSqlError &error, const QString &what) const;
    QString server() const;

    QString m_name;
    ConnectionSettings m_settings;
};

} // namespace relata
