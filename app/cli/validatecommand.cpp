#include "validatecommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "io/jsonwriter.h"
#include "io/relatafile.h"
#include "validate/sarifreport.h"
#include "validate/validationrule.h"
#include "validate/validator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The command's options, declared once for the help, the parser and the checks below.
struct ValidateOptionSet
{
    QCommandLineOption format{{u"f"_s, u"format"_s},
                              u"Output format: text (the default; compiler-style lines), json, "
                              u"or sarif (SARIF 2.1.0 for code scanning)."_s,
                              u"FORMAT"_s,
                              u"text"_s};
    QCommandLineOption output{{u"o"_s, u"output"_s},
                              u"Write the report to FILE instead of standard output."_s,
                              u"FILE"_s};
    QCommandLineOption werror{
            u"werror"_s, u"Treat warnings as errors for the exit status (infos never fail)."_s};
    QCommandLineOption disable{u"disable"_s,
                               u"Do not run these rules (comma-separated codes, e.g. R011,R012). "
                               u"May be repeated."_s,
                               u"CODES"_s};
    QCommandLineOption only{u"only"_s,
                            u"Run only these rules (comma-separated codes, e.g. R007). May be "
                            u"repeated."_s,
                            u"CODES"_s};
    QCommandLineOption maxCascadeTables{u"max-cascade-tables"_s,
                                        u"R012: report a delete that cascades into more than N "
                                        u"tables (default 5)."_s,
                                        u"N"_s};
    QCommandLineOption maxCascadeDepth{u"max-cascade-depth"_s,
                                       u"R012: report a delete that cascades through more than N "
                                       u"levels (default 3)."_s,
                                       u"N"_s};
    QCommandLineOption impliedPattern{
            u"implied-pattern"_s,
            u"R011: a column name pattern that implies a relation, with {table} for the "
            u"singular of a table name and {pk} for its primary-key column. May be repeated; "
            u"replaces the defaults {table}_{pk}, {table}{pk} and {pk}_{table}."_s,
            u"PATTERN"_s};
    QCommandLineOption listRules{u"list-rules"_s,
                                 u"List the rules (code, severity, name, summary) and exit; "
                                 u"--format json gives them as JSON."_s};
    QCommandLineOption verbose{{u"v"_s, u"verbose"_s},
                               u"Also report each file without findings (\"FILE: ok\") on "
                               u"standard error."_s};

    QList<QCommandLineOption> all() const
    {
        return {format,           output,          werror,         disable,   only,
                maxCascadeTables, maxCascadeDepth, impliedPattern, listRules, verbose};
    }
};

/// Comma-separated rule codes, upper-cased and checked against the catalogue.
std::optional<QSet<QString>> parseCodes(const QStringList &values, QString *problem)
{
    QSet<QString> codes;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            const QString code = item.trimmed().toUpper();
            if (code.isEmpty())
                continue;
            if (!findValidationRule(code)) {
                *problem = u"unknown rule '%1'"_s.arg(item.trimmed());
                return std::nullopt;
            }
            codes.insert(code);
        }
    }
    if (codes.isEmpty()) {
        *problem = u"expected one or more rule codes"_s;
        return std::nullopt;
    }
    return codes;
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

/// Reads the rule selection and thresholds; returns a message when one is wrong.
QString readValidationOptions(const CommandOptions &options, const ValidateOptionSet &set,
                              ValidationOptions *validation)
{
    QString problem;
    for (const auto &[option, target] : {std::pair{&set.disable, &validation->disabled},
                                         std::pair{&set.only, &validation->only}}) {
        if (!options.isSet(*option))
            continue;
        const std::optional<QSet<QString>> codes = parseCodes(options.values(*option), &problem);
        if (!codes)
            return u"--%1: %2"_s.arg(option->names().constFirst(), problem);
        *target = *codes;
    }
    for (const auto &[option, target] :
         {std::pair{&set.maxCascadeTables, &validation->maxCascadeTables},
          std::pair{&set.maxCascadeDepth, &validation->maxCascadeDepth}}) {
        if (!options.isSet(*option))
            continue;
        const std::optional<int> n = parseCount(options.value(*option));
        if (!n)
            return u"--%1: expected a whole number of 0 or more, got '%2'"_s.arg(
                    option->names().constFirst(), options.value(*option));
        *target = *n;
    }
    if (options.isSet(set.impliedPattern)) {
        const QStringList patterns = options.values(set.impliedPattern);
        for (const QString &pattern : patterns) {
            if (!pattern.contains(u"{table}"_s))
                return u"--implied-pattern: '%1' has no {table}"_s.arg(pattern);
        }
        validation->impliedPatterns = patterns;
    }
    return QString();
}

/// Parses the command line into `settings`; returns the exit code when the command must
/// stop (help printed, or a usage error reported).
std::optional<int> readSettings(CommandOptions &options, const ValidateOptionSet &set,
                                const QStringList &args, QTextStream &out, QTextStream &err,
                                ValidateCommand::Settings *settings)
{
    if (const auto exit = options.parse(args, out, err))
        return exit;
    settings->format = options.value(set.format);
    if (!QStringList{u"text"_s, u"json"_s, u"sarif"_s}.contains(settings->format))
        return options.usageError(
                err, u"unknown format '%1' (expected text, json or sarif)"_s.arg(settings->format));
    settings->output = options.value(set.output);
    settings->werror = options.isSet(set.werror);
    settings->verbose = options.isSet(set.verbose);
    settings->listRules = options.isSet(set.listRules);
    settings->files = options.arguments();
    const QString problem = readValidationOptions(options, set, &settings->validation);
    if (!problem.isEmpty())
        return options.usageError(err, problem);
    if (settings->listRules && !settings->files.isEmpty())
        return options.usageError(err, u"--list-rules takes no FILE"_s);
    if (settings->listRules && settings->format == u"sarif")
        return options.usageError(err, u"--list-rules writes text or json"_s);
    if (!settings->listRules && settings->files.isEmpty())
        return options.usageError(err, u"missing argument FILE..."_s);
    return std::nullopt;
}

/// One rule a line, in aligned columns: code, severity, name, summary.
QByteArray rulesText()
{
    qsizetype nameWidth = 0;
    for (const ValidationRule *rule : validationRules())
        nameWidth = std::max(nameWidth, rule->name().size());
    QString text;
    for (const ValidationRule *rule : validationRules()) {
        text += rule->code() + u"  "_s + severityName(rule->severity()).leftJustified(7) + u"  "_s
                + rule->name().leftJustified(nameWidth) + u"  "_s + rule->summary() + u'\n';
    }
    return text.toUtf8();
}

QByteArray rulesJson()
{
    JsonWriter json;
    json.beginArray();
    for (const ValidationRule *rule : validationRules()) {
        json.beginObject();
        json.key("code"_L1);
        json.string(rule->code());
        json.key("severity"_L1);
        json.string(severityName(rule->severity()));
        json.key("name"_L1);
        json.string(rule->name());
        json.key("summary"_L1);
        json.string(rule->summary());
        json.key("help"_L1);
        json.string(rule->help());
        json.endObject();
    }
    json.endArray();
    return json.take();
}

} // namespace

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return u"Check schema files and report what is wrong with them"_s;
}

int ValidateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(
            name(),
            u"Check schema files against the rule catalogue (run --list-rules, or see\n"
            u"docs/validation.md): missing indexes, type mismatches, cycles, and more.\n"
            u"Findings go to standard output, one line each with an indented fix; a summary\n"
            u"such as \"1 error, 1 warning\" goes to standard error. A file that cannot be\n"
            u"read or parsed is reported on standard error. Prints nothing for a clean file.\n\n"
            u"Exit status: 0 when no file has errors (warnings and infos do not fail, unless\n"
            u"--werror), 1 when a file has errors, 2 when a file cannot be read or the command\n"
            u"line is wrong. With several files, the worst status."_s);
    const ValidateOptionSet set;
    for (const QCommandLineOption &option : set.all())
        options.addOption(option);
    options.addArgument(u"FILE..."_s, u"One or more .relata files to check."_s);
    options.setArgumentCount(0, -1); // --list-rules needs none; checked in readSettings()
    options.addExample(u"validate shop.relata"_s);
    options.addExample(u"validate --werror --disable R011 schemas/*.relata"_s);
    options.addExample(u"validate --format sarif -o relata.sarif schemas/*.relata"_s);
    options.addExample(u"validate --list-rules"_s);
    Settings settings;
    if (const auto exit = readSettings(options, set, args, out, err, &settings))
        return *exit;
    if (settings.listRules)
        return listRules(settings, out, err);

    int status = ExitOk;
    QList<FileFindings> reports;
    for (const QString &path : std::as_const(settings.files))
        status = std::max(status, validateFile(path, settings, &reports, err));
    QString error;
    if (!writeOutput(report(settings, reports), settings.output, out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    FindingCounts total;
    for (const FileFindings &file : std::as_const(reports))
        total += countFindings(file.findings);
    if (total.total() > 0)
        err << summaryText(total) << u'\n';
    return status;
}

int ValidateCommand::validateFile(const QString &path, const Settings &settings,
                                  QList<FileFindings> *reports, QTextStream &err)
{
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    const QList<Finding> findings = validate(loaded.value(), settings.validation);
    // The lines are a convenience: a file that changed or vanished since it loaded just
    // has none.
    const QByteArray text
            = readInputFile(path, kMaxRelataFileBytes, nullptr).value_or(QByteArray());
    reports->append(locateFindings(path, findings, text));
    if (findings.isEmpty() && settings.verbose)
        err << path << u": ok\n"_s;
    const FindingCounts counts = countFindings(findings);
    return counts.errors > 0 || (settings.werror && counts.warnings > 0) ? ExitFindings : ExitOk;
}

QByteArray ValidateCommand::report(const Settings &settings, const QList<FileFindings> &reports)
{
    if (settings.format == u"sarif")
        return sarifReport(reports, QStringLiteral(RELATA_VERSION));
    if (settings.format == u"json") {
        if (reports.isEmpty() && settings.files.size() == 1)
            return QByteArray(); // the one file did not load: the message says why
        // The shape follows the command line: one FILE gives an object, several an array.
        return settings.files.size() == 1 ? jsonReport(reports.constFirst()) : jsonReport(reports);
    }
    QByteArray text;
    for (const FileFindings &file : reports)
        text += textReport(file);
    return text;
}

int ValidateCommand::listRules(const Settings &settings, QTextStream &out, QTextStream &err)
{
    QString error;
    const QByteArray data = settings.format == u"json" ? rulesJson() : rulesText();
    if (!writeOutput(data, settings.output, out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace relata
