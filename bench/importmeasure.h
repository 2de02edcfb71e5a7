#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace relata {

/// The live servers the import benchmark reads from.
enum class BenchServer { MariaDb, Postgres };

/// "MariaDB", "PostgreSQL"
QString serverLabel(BenchServer server);

/// How to reach a server, from the variables scripts/bench exports (RELATA_TEST_MYSQL_HOST,
/// _PORT, _USER, _PASSWORD and RELATA_TEST_PG_*).
struct ServerAccess
{
    BenchServer server = BenchServer::MariaDb;
    QString host;
    int port = 0;
    QString user;
    QString password;
};

/// The settings for `server`; nothing when its HOST variable is unset.
std::optional<ServerAccess> serverAccess(BenchServer server);

/// Why `server` cannot be restarted before cold runs, or empty when it can: scripts/bench
/// exports RELATA_BENCH_RESTART (a program taking SERVER RUN_DIR) and
/// RELATA_BENCH_TESTDB_RUN when it started servers itself, each in RUN_DIR/mariadb or
/// RUN_DIR/postgres.
QString coldRunsUnavailable(BenchServer server);

/// Restarts the server on its port and data directory and waits until it accepts
/// connections; false with the reason in `error`.
bool restartServer(BenchServer server, QString *error);

/// Creates `database` afresh (dropping an older one) and runs `ddl` in it with the
/// server's command-line client, as one batch (PostgreSQL: one transaction).
bool loadDatabase(const ServerAccess &access, const QString &database, const QString &ddl,
                  QString *error);
/// Drops `database`; false with the client's message.
bool dropDatabase(const ServerAccess &access, const QString &database, QString *error);

/// The figures of one database on one server.
struct ImportMeasurement
{
    QString error; ///< empty when every run succeeded
    int tables = 0;
    int relations = 0;         ///< every relation of the imported model
    int inferred = 0;          ///< of which inferred from names
    QList<double> catalogWarm; ///< infer = false, after one warm-up run
    QList<double> warm;        ///< the full import, after one warm-up run
    QList<double> cold;        ///< the full import right after a server restart
    QString coldSkipped;       ///< why there are no cold runs
    QString phases;            ///< the phases of the last warm run: "columns 120 ms, ..."
};

/// Times relata::runImport() of `database`: `runs` warm runs with and without inference,
/// and, unless `coldSkipped` is given, `runs` runs each right after a restart.
ImportMeasurement measureImport(const ServerAccess &access, const QString &database, int runs,
                                const QString &coldSkipped);

} // namespace relata
