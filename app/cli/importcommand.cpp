#include "importcommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "import/schemaimporter.h"
#include "io/relatafile.h"

#include <QtGlobal>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QStringList kDrivers{u"mariadb"_s, u"mysql"_s, u"postgresql"_s, u"sqlite"_s};

/// Set from the SIGINT handler; the importer checks it between its queries.
std::atomic_bool g_interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free, "used from a signal handler");

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    // A second Ctrl-C ends the process at once, should a query not return.
    std::signal(SIGINT, SIG_DFL);
}

/// Ctrl-C cancels the import (nothing written) while this object lives.
class InterruptGuard
{
public:
    InterruptGuard()
        : m_previous(std::signal(SIGINT, onInterrupt))
    {
        g_interrupted.store(false);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    void (*m_previous)(int);
};

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

struct ImportOptions
{
    QCommandLineOption driver{u"driver"_s,
                              u"The database: mariadb, mysql, postgresql or sqlite. Required."_s,
                              u"DRIVER"_s};
    QCommandLineOption host{u"host"_s, u"The server's host name or address (default: local)."_s,
                            u"HOST"_s};
    QCommandLineOption port{u"port"_s, u"The server's port (default: the driver's)."_s, u"PORT"_s};
    QCommandLineOption user{u"user"_s, u"The user to log in as."_s, u"USER"_s};
    QCommandLineOption passwordEnv{
            u"password-env"_s,
            u"Read the password from the environment variable VAR (never from the command "
            u"line). An unset variable is an error; a set, empty one is an empty password."_s,
            u"VAR"_s};
    QCommandLineOption database{u"database"_s,
                                u"The database to read; for sqlite, the database file. Required."_s,
                                u"DB"_s};
    QCommandLineOption schema{
            u"schema"_s,
            u"PostgreSQL only: a schema to read (default public); may be repeated; '*' "
            u"reads every user schema."_s,
            u"S"_s};
    QCommandLineOption noInfer{
            u"no-infer"_s,
            u"Do not infer relations from column names. Inference comes with a later "
            u"version: this one reads relations from FOREIGN KEY constraints and from "
            u"Relata's comment markers only."_s};
    QCommandLineOption minConfidence{
            u"min-confidence"_s,
            u"Keep inferred relations scoring at least X, from 0 to 1. Checked, but without "
            u"effect until inference comes with a later version."_s,
            u"X"_s};
    QCommandLineOption output{
            {u"o"_s, u"output"_s},
            u"Write the schema to FILE (atomically) instead of standard output."_s,
            u"FILE"_s};
    QCommandLineOption progress{u"progress"_s,
                                u"Print progress on standard error even when it is not a terminal "
                                u"(by default progress is printed only to a terminal)."_s};
};

int usage(const CommandOptions &options, QTextStream &err, const QString &message, int *exitCode)
{
    *exitCode = options.usageError(err, message);
    return *exitCode;
}

bool checkNumbers(const CommandOptions &options, const ImportOptions &o,
                  ConnectionSettings &settings, QTextStream &err, int *exitCode)
{
    if (options.isSet(o.port)) {
        bool ok = false;
        settings.port = options.value(o.port).toInt(&ok);
        if (!ok || settings.port < 1 || settings.port > 65535) {
            usage(options, err, u"bad port '%1' (expected 1 to 65535)"_s.arg(options.value(o.port)),
                  exitCode);
            return false;
        }
    }
    if (options.isSet(o.minConfidence)) {
        bool ok = false;
        const double x = options.value(o.minConfidence).toDouble(&ok);
        if (!ok || std::isnan(x) || x < 0.0 || x > 1.0) {
            usage(options, err,
                  u"bad confidence '%1' (expected a number from 0 to 1)"_s.arg(
                          options.value(o.minConfidence)),
                  exitCode);
            return false;
        }
    }
    return true;
}

std::optional<ConnectionSettings>
readSettings(const CommandOptions &options, const ImportOptions &o, QTextStream &err, int *exitCode)
{
    ConnectionSettings settings;
    settings.driver = options.value(o.driver);
    if (!options.isSet(o.driver)) {
        usage(options, err, u"missing --driver (mariadb, mysql, postgresql or sqlite)"_s, exitCode);
        return std::nullopt;
    }
    if (!kDrivers.contains(settings.driver)) {
        usage(options, err,
              u"unknown driver '%1' (expected mariadb, mysql, postgresql or sqlite)"_s.arg(
                      settings.driver),
              exitCode);
        return std::nullopt;
    }
    if (!options.isSet(o.database) || options.value(o.database).isEmpty()) {
        usage(options, err,
              settings.driver == u"sqlite" ? u"missing --database FILE"_s
                                           : u"missing --database DB"_s,
              exitCode);
        return std::nullopt;
    }
    settings.database = options.value(o.database);
    const bool sqlite = settings.driver == u"sqlite";
    for (const QCommandLineOption *server : {&o.host, &o.port, &o.user, &o.passwordEnv}) {
        if (sqlite && options.isSet(*server)) {
            usage(options, err,
                  u"--%1 does not apply to sqlite, which reads a file"_s.arg(
                          server->names().constLast()),
                  exitCode);
            return std::nullopt;
        }
    }
    if (options.isSet(o.schema) && settings.driver != u"postgresql") {
        usage(options, err, u"--schema applies to postgresql only"_s, exitCode);
        return std::nullopt;
    }
    settings.host = options.value(o.host);
    settings.user = options.value(o.user);
    settings.schemas = options.values(o.schema);
    if (!checkNumbers(options, o, settings, err, exitCode))
        return std::nullopt;
    if (options.isSet(o.passwordEnv)) {
        const QString variable = options.value(o.passwordEnv);
        if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            usage(options, err,
                  u"the environment variable '%1' named by --password-env is not set"_s.arg(
                          variable),
                  exitCode);
            return std::nullopt;
        }
        settings.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    }
    return settings;
}

void addOptions(CommandOptions &options, const ImportOptions &o)
{
    for (const QCommandLineOption *option :
         {&o.driver, &o.host, &o.port, &o.user, &o.passwordEnv, &o.database, &o.schema, &o.noInfer,
          &o.minConfidence, &o.output, &o.progress})
        options.addOption(*option);
    options.setArgumentCount(0, 0);
    options.addExample(u"import --driver sqlite --database shop.db -o shop.relata"_s);
    options.addExample(u"import --driver mariadb --host db.example.org --user reader "
                       u"--password-env SHOP_DB_PASSWORD --database shop -o shop.relata"_s);
    options.addExample(u"import --driver postgresql --user postgres --database shop "
                       u"--schema public --schema billing -o shop.relata"_s);
}

} // namespace

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return u"Read the schema of a live database (MariaDB/MySQL, PostgreSQL, SQLite)"_s;
}

int ImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(
            name(),
            u"Read the tables, columns, keys, indexes and relations of a live database into a\n"
            u"Relata schema: relations from FOREIGN KEY constraints and from the relata:\n"
            u"markers Relata's DDL writes. Views, triggers and other objects are counted and\n"
            u"skipped. A summary goes to standard error. Nothing is written, and no existing\n"
            u"file is touched, unless the import fully succeeds; Ctrl-C cancels it."_s);
    const ImportOptions o;
    addOptions(options, o);
    if (const auto exit = options.parse(args, out, err))
        return *exit;
    int exitCode = ExitUsage;
    const std::optional<ConnectionSettings> settings = readSettings(options, o, err, &exitCode);
    if (!settings)
        return exitCode;

    const bool showProgress = options.isSet(o.progress) || stderrIsTerminal();
    QString lastPhase;
    const ImportProgress progress = [&](const QString &phase, double fraction) {
        if (!showProgress || phase == lastPhase || fraction >= 1.0)
            return;
        lastPhase = phase;
        err << cliProgramName() << u" import: reading "_s << phase << u'\n';
        err.flush();
    };
    const std::unique_ptr<SchemaImporter> importer = createSchemaImporter(settings->driver);
    Q_ASSERT(importer);
    const InterruptGuard interruptGuard;
    const Result<ImportResult> imported = importer->import(*settings, progress, &g_interrupted);
    if (!imported) {
        err << cliProgramName() << u" import: "_s << imported.errorString() << u'\n';
        return ExitUsage;
    }
    QString error;
    if (!writeOutput(serializeRelata(imported->schema), options.value(o.output), out, &error)) {
        err << cliProgramName() << u" import: "_s << error << u'\n';
        return ExitUsage;
    }
    writeSummary(imported.value(), settings->driver, err);
    return ExitOk;
}

void ImportCommand::writeSummary(const ImportResult &result, const QString &driver,
                                 QTextStream &err)
{
    const auto n = [](int count, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
    };
    const ImportSummary &s = result.summary;
    err << u"imported %1 (%2): %3, %4, %5\n"_s.arg(
            result.schema.name, driver, n(s.tables, u"table"_s, u"tables"_s),
            n(s.columns, u"column"_s, u"columns"_s), n(s.indexes, u"index"_s, u"indexes"_s));
    err << u"relations: %1 from constraints, %2 from comment markers, %3 inferred\n"_s
                    .arg(s.constraintRelations)
                    .arg(s.commentRelations)
                    .arg(s.inferredRelations);
    err << u"skipped: %1, %2\n"_s.arg(n(s.views, u"view"_s, u"views"_s),
                                      n(s.otherObjects, u"other object"_s, u"other objects"_s));
    if (s.notModelled.isEmpty()) {
        err << u"not modelled: nothing\n"_s;
    } else {
        err << u"not modelled: %1\n"_s.arg(s.notModelled.size());
        for (const QString &item : s.notModelled)
            err << u"  "_s << item << u'\n';
    }
    err.flush();
}

} // namespace relata
