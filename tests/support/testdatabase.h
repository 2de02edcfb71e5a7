#pragma once

#include "catalog.h"
#include "core/dialect.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QTemporaryDir;

namespace relatatest {

/// How to reach a database server, from the environment scripts/test exports:
/// RELATA_TEST_MYSQL_HOST, _PORT, _USER, _PASSWORD and RELATA_TEST_PG_HOST, _PORT, _USER,
/// _PASSWORD.
struct ServerSettings
{
    QString host;
    int port = 0; ///< 0 = the driver's default
    QString user;
    QString password;
};

/// The settings for `kind`; nothing when its HOST variable is unset, and always nothing for
/// SQLite, which needs no server.
std::optional<ServerSettings> serverSettings(ServerKind kind);

/// The dialect Relata writes for `kind`.
relata::Dialect dialectOf(ServerKind kind);

/// The --driver of relata-cli import (createSchemaImporter()) for `kind`.
QString importDriverOf(ServerKind kind);

/// Every kind with the name data rows use: mariadb, postgresql, sqlite.
QList<std::pair<const char *, ServerKind>> allServerKinds();

/// True when a test can use `kind`: SQLite whenever Qt's driver is there, a server when its
/// settings are in the environment and Qt's driver is there. Otherwise the current test
/// (or data row) is skipped with the reason and false returned, so the caller returns; but
/// when the CI variable is set the test fails instead, since scripts/test starts the servers
/// and their absence in CI is a broken set-up, never a pass.
bool requireServer(ServerKind kind, const char *file = __builtin_FILE(),
                   int line = __builtin_LINE());

/// A fresh, uniquely named database for one test: on the server for MariaDB and
/// PostgreSQL, a file in a temporary directory for SQLite. Dropped by the destructor.
class TestDatabase
{
public:
    explicit TestDatabase(ServerKind kind);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    /// Creates the database and connects to it. On failure `error` says why, with the
    /// driver's message.
    bool create(QString *error);
    /// Closes the connection and drops the database; true when it is gone (or was never
    /// created). Safe to call twice.
    bool drop(QString *error);

    ServerKind kind() const { return m_kind; }
    relata::Dialect dialect() const { return dialectOf(m_kind); }
    /// The database's name (for SQLite, the file's path).
    QString name() const { return m_name; }
    /// The open connection; invalid before create() and after drop().
    QSqlDatabase connection() const;

    /// Runs an SQL script one statement at a time (see splitSqlStatements()). Stops at the
    /// first statement the database refuses; `error` then holds its message, the
    /// statement's number and the statement itself.
    bool execute(const QString &script, QString *error);
    /// Reads the database's catalog back.
    relata::Result<Catalog> readCatalog() const;

    /// Whether a database called `name` exists on the server of `kind` (for SQLite, the
    /// file); fails with the driver's message when the server cannot be asked.
    static relata::Result<bool> exists(ServerKind kind, const QString &name);

private:
    ServerKind m_kind;
    QString m_name;
    QString m_connectionName;
    std::unique_ptr<QTemporaryDir> m_sqliteDir;
    bool m_created = false;
};

} // namespace relatatest
