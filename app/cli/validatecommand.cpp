#include "validatecommand.h"

#include "commandoptions.h"
#include "exitcode.h"

#include "io/relatafile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

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
            name(), u"Check schema files. A file that cannot be read or parsed is reported on\n"
                    u"standard error with its line and column, or the path of the offending\n"
                    u"object. Prints nothing for a valid file.\n\n"
                    u"Exit status: 0 when every file is valid, 1 when a file has errors,\n"
                    u"2 when a file cannot be read or the command line is wrong."_s);
    const QCommandLineOption verboseOption({u"v"_s, u"verbose"_s},
                                           u"Also report each valid file (\"FILE: ok\") on "
                                           u"standard error."_s);
    options.addOption(verboseOption);
    options.addArgument(u"FILE..."_s, u"One or more .relata files to check."_s);
    options.setArgumentCount(1, -1);
    options.addExample(u"validate shop.relata"_s);
    options.addExample(u"validate --verbose schemas/*.relata"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;

    int status = ExitOk;
    const QStringList files = options.arguments();
    for (const QString &path : files)
        status = std::max(status, validateFile(path, options.isSet(verboseOption), out, err));
    return status;
}

int ValidateCommand::validateFile(const QString &path, bool verbose, QTextStream &out,
                                  QTextStream &err)
{
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    const int status = checkSchema(path, loaded.value(), out);
    if (status == ExitOk && verbose)
        err << path << u": ok\n"_s;
    return status;
}

int ValidateCommand::checkSchema(const QString &path, const Schema &schema, QTextStream &out)
{
    // The validation rules are not written yet: a schema that loads is valid for now.
    Q_UNUSED(path);
    Q_UNUSED(schema);
    Q_UNUSED(out);
    return ExitOk;
}

} // namespace relata
