#include "importmeasure.h"

#include "benchargs.h"
#include "benchutil.h"

#include "import/importrun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr int kClientTimeoutMs = 600'000;
constexpr int kRestartTimeoutMs = 180'000;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

/// Runs `program` with `arguments` (standard input from `inputFile` when given); false
/// with its error output when it fails or takes longer than `timeoutMs`.
bool runProgram(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment, const QString &inputFile, int timeoutMs,
                QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = u"%1 took longer than %2 s"_s.arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(
                program, QString::fromUtf8(process.readAllStandardError()).trimmed().left(2000));
        return false;
    }
    return true;
}

/// Runs SQL with the server's client: `sql` as a command (PostgreSQL: one command per
/// element, each in its own transaction) or, when `file` is given, the file in `database`.
bool runClient(const ServerAccess &access, const QString &database, const QStringList &sql,
               const QString &file, QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList arguments;
    if (access.server == BenchServer::MariaDb) {
        program = QStandardPaths::findExecutable(u"mariadb"_s);
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(u"mysql"_s);
        environment.insert(u"MYSQL_PWD"_s, access.password);
        arguments = {u"--no-defaults"_s, u"--batch"_s, u"--host="_s + access.host,
                     u"--port="_s + QString::number(access.port), u"--user="_s + access.user};
        if (!database.isEmpty())
            arguments << u"--database="_s + database;
        if (!sql.isEmpty())
            arguments << u"--execute="_s + sql.join(u"; "_s);
    } else {
        program = QStandardPaths::findExecutable(u"psql"_s);
        if (!access.password.isEmpty())
            environment.insert(u"PGPASSWORD"_s, access.password);
        arguments = {u"--no-psqlrc"_s,
                     u"--quiet"_s,
                     u"--set=ON_ERROR_STOP=1"_s,
                     u"--host="_s + access.host,
                     u"--port="_s + QString::number(access.port),
                     u"--username="_s + access.user,
                     u"--dbname="_s + (database.isEmpty() ? u"postgres"_s : database)};
        for (const QString &command : sql)
            arguments << u"--command="_s + command;
        if (!file.isEmpty())
            arguments << u"--single-transaction"_s << u"--file="_s + file;
    }
    if (program.isEmpty()) {
        *error = access.server == BenchServer::MariaDb ? u"no mariadb or mysql client installed"_s
                                                       : u"no psql client installed"_s;
        return false;
    }
    return runProgram(program, arguments, environment,
                      access.server == BenchServer::MariaDb ? file : QString(), kClientTimeoutMs,
                      error);
}

QString quotedName(const ServerAccess &access, const QString &database)
{
    return access.server == BenchServer::MariaDb ? u'`' + database + u'`' : u'"' + database + u'"';
}

ConnectionSettings connectionFor(const ServerAccess &access, const QString &database)
{
    ConnectionSettings settings;
    settings.driver = access.server == BenchServer::MariaDb ? u"mariadb"_s : u"postgresql"_s;
    settings.host = access.host;
    settings.port = access.port;
    settings.user = access.user;
    settings.password = access.password;
    settings.database = database;
    return settings;
}

/// Phase durations from the progress callback's time stamps.
struct PhaseClock
{
    QElapsedTimer timer;
    QList<std::pair<QString, qint64>> starts; ///< phase, ns since the start

    void record(const QString &phase)
    {
        if (starts.isEmpty() || starts.constLast().first != phase)
            starts.append({phase, timer.nsecsElapsed()});
    }
    QString summary(qint64 endNs) const
    {
        QStringList parts;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const qint64 end = i + 1 < starts.size() ? starts.at(i + 1).second : endNs;
            if (starts.at(i).first != u"done")
                parts << u"%1 %2"_s.arg(starts.at(i).first,
                                        formatMs(double(end - starts.at(i).second) / 1e6));
        }
        return parts.join(u", "_s);
    }
};

/// One import; its time in ms appended to `times`, or false with `m->error` set.
bool timedImport(const ServerAccess &access, const QString &database, bool infer,
                 QList<double> *times, ImportMeasurement *m)
{
    ImportOptions options;
    options.infer = infer;
    PhaseClock clock;
    clock.timer.start();
    const Result<ImportRun> run
            = runImport(connectionFor(access, database), options,
                        [&clock](const QString &phase, double) { clock.record(phase); });
    const qint64 ns = clock.timer.nsecsElapsed();
    if (!run.ok()) {
        m->error = run.errorString();
        return false;
    }
    if (times)
        times->append(double(ns) / 1e6);
    if (infer) {
        const Schema &schema = run.value().result.schema;
        m->tables = int(schema.tables().size());
        m->relations = int(schema.relations().size());
        m->inferred = run.value().result.summary.inferredRelations;
        m->phases = clock.summary(ns);
    }
    return true;
}

} // namespace

QString serverLabel(BenchServer server)
{
    return server == BenchServer::MariaDb ? u"MariaDB"_s : u"PostgreSQL"_s;
}

std::optional<ServerAccess> serverAccess(BenchServer server)
{
    const bool maria = server == BenchServer::MariaDb;
    ServerAccess access;
    access.server = server;
    access.host = env(maria ? "RELATA_TEST_MYSQL_HOST" : "RELATA_TEST_PG_HOST");
    if (access.host.isEmpty())
        return std::nullopt;
    access.port = env(maria ? "RELATA_TEST_MYSQL_PORT" : "RELATA_TEST_PG_PORT").toInt();
    if (access.port == 0)
        access.port = maria ? 3306 : 5432;
    access.user = env(maria ? "RELATA_TEST_MYSQL_USER" : "RELATA_TEST_PG_USER");
    access.password = env(maria ? "RELATA_TEST_MYSQL_PASSWORD" : "RELATA_TEST_PG_PASSWORD");
    return access;
}

QString coldRunsUnavailable(BenchServer server)
{
    const QString run = env("RELATA_BENCH_TESTDB_RUN");
    const QString dir = server == BenchServer::MariaDb ? u"/mariadb"_s : u"/postgres"_s;
    if (env("RELATA_BENCH_RESTART").isEmpty() || run.isEmpty() || !QFileInfo(run + dir).isDir())
        return u"%1 was not started by scripts/bench (RELATA_TEST_*_HOST given), so it is "
               "not restarted"_s.arg(serverLabel(server));
    return {};
}

bool restartServer(BenchServer server, QString *error)
{
    return runProgram(env("RELATA_BENCH_RESTART"),
                      {server == BenchServer::MariaDb ? u"mariadb"_s : u"postgres"_s,
                       env("RELATA_BENCH_TESTDB_RUN")},
                      QProcessEnvironment::systemEnvironment(), {}, kRestartTimeoutMs, error);
}

bool loadDatabase(const ServerAccess &access, const QString &database, const QString &ddl,
                  QString *error)
{
    const QString name = quotedName(access, database);
    if (!runClient(access, {}, {u"DROP DATABASE IF EXISTS "_s + name, u"CREATE DATABASE "_s + name},
                   {}, error))
        return false;
    QTemporaryFile file;
    if (!file.open() || file.write(ddl.toUtf8()) < 0 || !file.flush()) {
        *error = u"cannot write the DDL to a temporary file: "_s + file.errorString();
        return false;
    }
    return runClient(access, database, {}, file.fileName(), error);
}

bool dropDatabase(const ServerAccess &access, const QString &database, QString *error)
{
    return runClient(access, {}, {u"DROP DATABASE IF EXISTS "_s + quotedName(access, database)}, {},
                     error);
}

ImportMeasurement measureImport(const ServerAccess &access, const QString &database, int runs,
                                const QString &coldSkipped)
{
    ImportMeasurement m;
    const QString label = serverLabel(access.server);
    benchProgress(u"%1: catalog only, %2 runs"_s.arg(label).arg(runs));
    if (!timedImport(access, database, false, nullptr, &m))
        return m;
    for (int i = 0; i < runs; ++i) {
        if (!timedImport(access, database, false, &m.catalogWarm, &m))
            return m;
    }
    benchProgress(u"%1: warm, %2 runs"_s.arg(label).arg(runs));
    if (!timedImport(access, database, true, nullptr, &m))
        return m;
    for (int i = 0; i < runs; ++i) {
        if (!timedImport(access, database, true, &m.warm, &m))
            return m;
    }
    const QString phases = m.phases;
    m.coldSkipped = coldSkipped;
    if (m.coldSkipped.isEmpty()) {
        benchProgress(u"%1: cold, %2 runs, each after a restart"_s.arg(label).arg(runs));
        for (int i = 0; i < runs; ++i) {
            QString error;
            if (!restartServer(access.server, &error)) {
                m.error = u"restarting %1: %2"_s.arg(label, error);
                return m;
            }
            if (!timedImport(access, database, true, &m.cold, &m))
                return m;
        }
    }
    m.phases = phases;
    return m;
}

} // namespace relata
