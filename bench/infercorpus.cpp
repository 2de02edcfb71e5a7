#include "infercorpus.h"

#include "import/importrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QStringList kDialects = {u"mysql"_s, u"pg"_s, u"sqlite"_s};
constexpr int kClientTimeoutMs = 240'000;

/// Where a server is, from the variables scripts/test and scripts/bench export.
struct ServerAddress
{
    QString host;
    int port = 0;
    QString user;
    QString password;
};

QString environmentPrefix(const QString &dialect)
{
    return dialect == u"mysql"_s ? u"RELATA_TEST_MYSQL_"_s : u"RELATA_TEST_PG_"_s;
}

std::optional<ServerAddress> serverAddress(const QString &dialect)
{
    const QString prefix = environmentPrefix(dialect);
    auto variable = [&](const char *name) {
        return qEnvironmentVariable((prefix + QLatin1StringView(name)).toLatin1().constData());
    };
    ServerAddress address{variable("HOST"), variable("PORT").toInt(), variable("USER"),
                          variable("PASSWORD")};
    if (address.host.isEmpty())
        return std::nullopt;
    return address;
}

QString clientProgram(const QString &dialect)
{
    if (dialect == u"mysql"_s) {
        const QString mariadb = QStandardPaths::findExecutable(u"mariadb"_s);
        return mariadb.isEmpty() ? QStandardPaths::findExecutable(u"mysql"_s) : mariadb;
    }
    return QStandardPaths::findExecutable(dialect == u"pg"_s ? u"psql"_s : u"sqlite3"_s);
}

QStringList qtDrivers(const QString &dialect)
{
    if (dialect == u"mysql"_s)
        return {u"QMARIADB"_s, u"QMYSQL"_s};
    return {dialect == u"pg"_s ? u"QPSQL"_s : u"QSQLITE"_s};
}

/// Runs `program` with `arguments`, its standard input from `inputFile` when given.
bool runClient(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
               const QString &inputFile, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    process.start(program, arguments);
    if (!process.waitForFinished(kClientTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(
                program, arguments.join(u' '),
                QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(2000));
        return false;
    }
    return true;
}

/// The client of a server dialect, connected to `database`; `extra` says what to run.
bool runServerClient(const QString &dialect, const QString &database, const QStringList &extra,
                     const QString &inputFile, QString *error)
{
    const ServerAddress server = serverAddress(dialect).value_or(ServerAddress());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList arguments;
    if (dialect == u"mysql"_s) {
        env.insert(u"MYSQL_PWD"_s, server.password);
        arguments = {u"--no-defaults"_s, u"--batch"_s, u"--host="_s + server.host,
                     u"--port="_s + QString::number(server.port > 0 ? server.port : 3306),
                     u"--user="_s + server.user};
        if (!database.isEmpty())
            arguments.append(u"--database="_s + database);
    } else {
        env.insert(u"PGPASSWORD"_s, server.password);
        env.insert(u"PGOPTIONS"_s, u"-c client_min_messages=warning"_s);
        arguments = {u"-X"_s, u"-q"_s,
                     u"-v"_s, u"ON_ERROR_STOP=1"_s,
                     u"-h"_s, server.host,
                     u"-p"_s, QString::number(server.port > 0 ? server.port : 5432),
                     u"-U"_s, server.user,
                     u"-d"_s, database.isEmpty() ? u"postgres"_s : database};
    }
    return runClient(clientProgram(dialect), arguments + extra, env, inputFile, error);
}

/// Runs one administrative statement (CREATE/DROP DATABASE) on the server.
bool runServerStatement(const QString &dialect, const QString &sql, QString *error)
{
    return runServerClient(dialect, {}, {dialect == u"mysql"_s ? u"--execute"_s : u"-c"_s, sql}, {},
                           error);
}

QString databaseName(const QString &schema)
{
    QString name = u"bench_infer_%1_%2"_s.arg(schema).arg(QCoreApplication::applicationPid());
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    return name;
}

ConnectionSettings connectionSettings(const QString &dialect, const QString &database)
{
    ConnectionSettings settings;
    if (dialect == u"sqlite"_s) {
        settings.driver = u"sqlite"_s;
    } else {
        const ServerAddress server = serverAddress(dialect).value_or(ServerAddress());
        settings = {dialect == u"mysql"_s ? u"mariadb"_s : u"postgresql"_s,
                    server.host,
                    server.port,
                    server.user,
                    server.password,
                    {},
                    {}};
        if (dialect == u"pg"_s)
            settings.schemas = {u"*"_s}; // musicbrainz and others use schemas of their own
    }
    settings.database = database;
    return settings;
}

Result<Schema> importWithoutInference(const ConnectionSettings &settings)
{
    ImportOptions options;
    options.infer = false;
    Result<ImportRun> run = runImport(settings, options);
    if (!run.ok())
        return Result<Schema>::failure(u"import failed: "_s + run.errorString());
    return std::move(run.value().result.schema);
}

Result<Schema> importSqlite(const QString &script)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<Schema>::failure(u"cannot create a temporary directory"_s);
    const QString file = dir.filePath(u"corpus.sqlite3"_s);
    QString error;
    if (!runClient(clientProgram(u"sqlite"_s), {u"-bail"_s, file},
                   QProcessEnvironment::systemEnvironment(), script, &error))
        return Result<Schema>::failure(error);
    return importWithoutInference(connectionSettings(u"sqlite"_s, file));
}

Result<Schema> importOnServer(const QString &script, const CorpusFile &file)
{
    const QString database = databaseName(file.schema);
    const bool mysql = file.dialect == u"mysql"_s;
    const QString quoted = mysql ? u'`' + database + u'`' : u'"' + database + u'"';
    QString error;
    const QString drop = u"DROP DATABASE IF EXISTS "_s + quoted;
    if (!runServerStatement(file.dialect, drop, &error)
        || !runServerStatement(file.dialect, u"CREATE DATABASE "_s + quoted, &error))
        return Result<Schema>::failure(error);
    const auto dropAgain = qScopeGuard([&] {
        QString ignored;
        runServerStatement(file.dialect, drop, &ignored);
    });
    const QStringList run = mysql ? QStringList() : QStringList{u"-f"_s, script};
    if (!runServerClient(file.dialect, database, run, mysql ? script : QString(), &error))
        return Result<Schema>::failure(error);
    return importWithoutInference(connectionSettings(file.dialect, database));
}

} // namespace

QString defaultCorpusDir()
{
    const QString fromEnv = qEnvironmentVariable("RELATA_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(RELATA_CORPUS_DIR) : fromEnv;
}

QList<CorpusFile> corpusFiles(const QString &corpusDir, const QStringList &schemas)
{
    QList<CorpusFile> files;
    const QDir dir(corpusDir);
    for (const QString &schema : schemas) {
        for (const QString &dialect : kDialects) {
            if (QFile::exists(dir.filePath(u"%1/schema.%2.sql"_s.arg(schema, dialect))))
                files.append({schema, dialect});
        }
    }
    return files;
}

QString corpusDialectUnavailable(const QString &dialect)
{
    if (dialect != u"sqlite"_s && !serverAddress(dialect))
        return u"no server: %1HOST is not set"_s.arg(environmentPrefix(dialect));
    if (clientProgram(dialect).isEmpty())
        return u"the %1 client is not installed"_s.arg(dialect);
    for (const QString &driver : qtDrivers(dialect)) {
        if (QSqlDatabase::isDriverAvailable(driver))
            return {};
    }
    return u"Qt's %1 driver is not installed"_s.arg(qtDrivers(dialect).join(u'/'));
}

Result<Schema> importCorpusFile(const QString &corpusDir, const CorpusFile &file)
{
    const QString script
            = QDir(corpusDir).filePath(u"%1/schema.%2.sql"_s.arg(file.schema, file.dialect));
    if (!QFile::exists(script))
        return Result<Schema>::failure(script + u" does not exist"_s);
    if (const QString why = corpusDialectUnavailable(file.dialect); !why.isEmpty())
        return Result<Schema>::failure(why);
    return file.dialect == u"sqlite"_s ? importSqlite(script) : importOnServer(script, file);
}

} // namespace relata
