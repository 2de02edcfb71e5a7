#include "importcommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "import/importrun.h"
#include "io/relatafile.h"

#include <QFileInfo>
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

struct ImportCommandOptions
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
            u"no-infer"_s, u"Do not infer relations from column names: read them from FOREIGN KEY "
                           u"constraints and from Relata's comment markers only."_s};
    QCommandLineOption minConfidence{
            u"min-confidence"_s,
            u"Keep inferred relations scoring at least X, from 0 to 1 (default 0.6)."_s, u"X"_s};
    QCommandLineOption pattern{
            u"pattern"_s,
            u"Also infer from this naming pattern; may be repeated. Either a column name "
            u"template with {table} or {singular} (fk_{singular}, {table}_ref) or "
            u"COLUMN=TABLE[.COLUMN], where * in COLUMN matches any text (author_id=users, "
            u"*_by=users.id)."_s,
            u"P"_s};
    QCommandLineOption tablePrefix{
            u"table-prefix"_s,
            u"A table name prefix to look through when matching names (wp_, qlo_); may be "
            u"repeated. Prefixes a child shares with its parent are found without it."_s,
            u"PREFIX"_s};
    QCommandLineOption replace{
            u"replace"_s,
            u"Replace FILE (-o) without carrying over what it holds. By default, when FILE "
            u"is a Relata model, the import keeps its decisions: accepted and ignored "
            u"inferred relations, drawn relations, names and actions, positions and groups."_s};
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

bool checkNumbers(const CommandOptions &options, const ImportCommandOptions &o,
                  ConnectionSettings &settings, InferenceOptions *inference, QTextStream &err,
                  int *exitCode)
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
        inference->minConfidence = x;
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

std::optional<ConnectionSettings> readSettings(const CommandOptions &options,
                                               const ImportCommandOptions &o,
                                               InferenceOptions *inference, QTextStream &err,
                                               int *exitCode)
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
    if (!checkNumbers(options, o, settings, inference, err, exitCode))
        return std::nullopt;
    inference->patterns = options.values(o.pattern);
    inference->tablePrefixes = options.values(o.tablePrefix);
    if (const QString problem = checkInferencePatterns(inference->patterns); !problem.isEmpty()) {
        usage(options, err, problem, exitCode);
        return std::nullopt;
    }
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

void addOptions(CommandOptions &options, const ImportCommandOptions &o)
{
    for (const QCommandLineOption *option :
         {&o.driver, &o.host, &o.port, &o.user, &o.passwordEnv, &o.database, &o.schema, &o.noInfer,
          &o.minConfidence, &o.pattern, &o.tablePrefix, &o.output, &o.replace, &o.progress})
        options.addOption(*option);
    options.setArgumentCount(0, 0);
    options.addExample(u"import --driver sqlite --database shop.db -o shop.relata"_s);
    options.addExample(u"import --driver mariadb --host db.example.org --user reader "
                       u"--password-env SHOP_DB_PASSWORD --database shop -o shop.relata"_s);
    options.addExample(u"import --driver postgresql --user postgres --database shop "
                       u"--schema public --schema billing -o shop.relata"_s);
    options.addExample(u"import --driver mysql --database blog --pattern author_id=users "
                       u"--min-confidence 0.8 -o blog.relata"_s);
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
            u"Relata schema: relations from FOREIGN KEY constraints, from the relata: markers\n"
            u"Relata's DDL writes, then inferred from column names (user_id, UserId,\n"
            u"id_user, emp_no...), each with a confidence and its reasons, to be accepted or\n"
            u"ignored in the app. Columns that fit several tables equally are listed, not\n"
            u"guessed. Re-importing into an existing model keeps what a person decided there.\n"
            u"Views, triggers and other objects are counted and skipped. A summary goes to\n"
            u"standard error. Nothing is written, and no existing file is touched, unless the\n"
            u"import fully succeeds; Ctrl-C cancels it."_s);
    const ImportCommandOptions o;
    addOptions(options, o);
    if (const auto exit = options.parse(args, out, err))
        return *exit;
    int exitCode = ExitUsage;
    relata::ImportOptions importOptions;
    const std::optional<ConnectionSettings> settings
            = readSettings(options, o, &importOptions.inference, err, &exitCode);
    if (!settings)
        return exitCode;
    importOptions.infer = !options.isSet(o.noInfer);
    const QString output = options.value(o.output);
    if (!output.isEmpty() && !options.isSet(o.replace) && QFileInfo::exists(output)) {
        // Re-import: what a person decided in the model being replaced is kept.
        Result<Schema> previous = loadRelataFile(output);
        if (!previous) {
            err << cliProgramName() << u" import: "_s << output
                << u" exists but cannot be read as a Relata model, so its decisions cannot be "
                   u"kept ("_s
                << previous.errorString()
                << u"); give another -o FILE, or --replace to overwrite it\n"_s;
            return ExitUsage;
        }
        importOptions.previous = std::move(previous.value());
    }

    const bool showProgress = options.isSet(o.progress) || stderrIsTerminal();
    QString lastPhase;
    const ImportProgress progress = [&](const QString &phase, double fraction) {
        if (!showProgress || phase == lastPhase || fraction >= 1.0)
            return;
        lastPhase = phase;
        err << cliProgramName() << u" import: "_s
            << (phase.section(u' ', 0, 0).endsWith(u"ing"_s) ? phase : u"reading "_s + phase)
            << u'\n';
        err.flush();
    };
    const InterruptGuard interruptGuard;
    const Result<ImportRun> imported
            = runImport(*settings, importOptions, progress, &g_interrupted);
    if (!imported) {
        err << cliProgramName() << u" import: "_s << imported.errorString() << u'\n';
        return ExitUsage;
    }
    QString error;
    if (!writeOutput(serializeRelata(imported->result.schema), output, out, &error)) {
        err << cliProgramName() << u" import: "_s << error << u'\n';
        return ExitUsage;
    }
    writeSummary(imported.value(), settings->driver, importOptions, err);
    return ExitOk;
}

void ImportCommand::writeSummary(const ImportRun &run, const QString &driver,
                                 const relata::ImportOptions &options, QTextStream &err)
{
    const auto n = [](qsizetype count, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
    };
    const ImportResult &result = run.result;
    const ImportSummary &s = result.summary;
    err << u"imported %1 (%2): %3, %4, %5\n"_s.arg(
            result.schema.name, driver, n(s.tables, u"table"_s, u"tables"_s),
            n(s.columns, u"column"_s, u"columns"_s), n(s.indexes, u"index"_s, u"indexes"_s));
    err << u"relations: %1 from constraints, %2 from comment markers, %3\n"_s
                    .arg(s.constraintRelations)
                    .arg(s.commentRelations)
                    .arg(options.infer ? u"%1 inferred (to review)"_s.arg(s.inferredRelations)
                                       : u"none inferred (--no-infer)"_s);
    if (options.infer && (run.inference.belowThreshold > 0 || !run.inference.ambiguous.isEmpty())) {
        err << u"not inferred: %1 scoring under %2, %3 (listed, not guessed)\n"_s.arg(
                n(run.inference.belowThreshold, u"column"_s, u"columns"_s),
                QString::number(options.inference.minConfidence),
                n(run.inference.ambiguous.size(), u"ambiguous column"_s, u"ambiguous columns"_s));
        if (run.inference.unindexedBelowThreshold > 0)
            err << u"  %1 of them only because not indexed (%2); a lower --min-confidence "
                   "keeps them\n"_s.arg(run.inference.unindexedBelowThreshold)
                            .arg(run.inference.indexHabit);
        constexpr qsizetype kListed = 20;
        for (qsizetype i = 0; i < run.inference.ambiguous.size() && i < kListed; ++i) {
            const AmbiguousReference &a = run.inference.ambiguous.at(i);
            constexpr qsizetype kCandidates = 4;
            err << u"  "_s << a.child << u" could refer to "_s
                << a.candidates.mid(0, kCandidates).join(u", "_s);
            if (a.candidates.size() > kCandidates)
                err << u" and %1 more tables"_s.arg(a.candidates.size() - kCandidates);
            err << u'\n';
        }
        if (run.inference.ambiguous.size() > kListed)
            err << u"  and %1 more\n"_s.arg(run.inference.ambiguous.size() - kListed);
    }
    if (options.previous) {
        const CarryOverSummary &c = run.carriedOver;
        err << u"kept from the previous model: %1 accepted, %2 ignored, %3 drawn, %4\n"_s.arg(
                n(c.accepted, u"relation"_s, u"relations"_s), QString::number(c.ignored),
                QString::number(c.drawn), n(c.positions, u"position"_s, u"positions"_s));
    }
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
