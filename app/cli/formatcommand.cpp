#include "formatcommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "io/relatafile.h"

using namespace Qt::StringLiterals;

namespace relata {

QString FormatCommand::name() const
{
    return u"format"_s;
}

QString FormatCommand::summary() const
{
    return u"Rewrite a schema file in canonical form, or check that it is"_s;
}

int FormatCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(
            name(), u"Rewrite a schema file in the canonical form Relata saves: fixed key order,\n"
                    u"2-space indentation, defaults left out. The result goes to standard\n"
                    u"output unless -o or --in-place is given."_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          u"Write the formatted schema to FILE (atomically)."_s,
                                          u"FILE"_s);
    const QCommandLineOption inPlaceOption({u"i"_s, u"in-place"_s},
                                           u"Rewrite FILE itself (atomically); a file that is "
                                           u"already canonical is left untouched."_s);
    const QCommandLineOption checkOption(u"check"_s,
                                         u"Write nothing; exit with 1 if FILE is not in "
                                         u"canonical form, 0 if it is."_s);
    options.addOption(outputOption);
    options.addOption(inPlaceOption);
    options.addOption(checkOption);
    options.addArgument(u"FILE"_s, u"The .relata file to read."_s);
    options.setArgumentCount(1, 1);
    options.addExample(u"format shop.relata -o shop.formatted.relata"_s);
    options.addExample(u"format --in-place shop.relata"_s);
    options.addExample(u"format --check shop.relata"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;

    const int modes = int(options.isSet(outputOption)) + int(options.isSet(inPlaceOption))
                      + int(options.isSet(checkOption));
    if (modes > 1)
        return options.usageError(err, u"use only one of -o, --in-place and --check"_s);

    const QString path = options.arguments().constFirst();
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    const QByteArray canonical = serializeRelata(loaded.value());
    if (options.isSet(checkOption))
        return check(path, canonical, err);
    if (options.isSet(inPlaceOption))
        return rewriteInPlace(path, loaded.value(), canonical, err);
    QString error;
    if (!writeOutput(canonical, options.value(outputOption), out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

int FormatCommand::check(const QString &path, const QByteArray &canonical, QTextStream &err)
{
    QString error;
    const std::optional<QByteArray> current = readInputFile(path, kMaxRelataFileBytes, &error);
    if (!current) {
        err << error << u'\n';
        return ExitUsage;
    }
    if (*current == canonical)
        return ExitOk;
    err << u"%1: not in canonical form (run '%2 format --in-place %1')\n"_s.arg(path,
                                                                                cliProgramName());
    return ExitFindings;
}

int FormatCommand::rewriteInPlace(const QString &path, const Schema &schema,
                                  const QByteArray &canonical, QTextStream &err)
{
    QString error;
    const std::optional<QByteArray> current = readInputFile(path, kMaxRelataFileBytes, &error);
    if (current && *current == canonical)
        return ExitOk;
    if (!saveRelataFile(schema, path, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace relata
