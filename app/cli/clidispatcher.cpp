#include "clidispatcher.h"

#include "commandregistry.h"
#include "exitcode.h"
#include "helptext.h"

using namespace Qt::StringLiterals;

namespace relata {

CliDispatcher::CliDispatcher(const CommandRegistry &registry)
    : m_registry(registry)
{}

int CliDispatcher::run(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.isEmpty())
        return usageError(err, u"missing command"_s);
    const QString &first = args.constFirst();
    if (first == u"-h" || first == u"--help") {
        out << helpText();
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        out << cliProgramName() << u' ' << QStringLiteral(RELATA_VERSION) << u'\n';
        return ExitOk;
    }
    if (first == u"help")
        return runHelp(args.mid(1), out, err);
    if (first.startsWith(u'-') && first != u"-")
        return usageError(err, u"unknown option '%1'"_s.arg(first));
    CliCommand *command = m_registry.find(first);
    if (!command)
        return usageError(err, u"unknown command '%1'"_s.arg(first));
    return command->run(args.mid(1), out, err);
}

int CliDispatcher::runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.isEmpty()) {
        out << helpText();
        return ExitOk;
    }
    if (args.size() > 1)
        return usageError(err, u"help takes one command name"_s);
    CliCommand *command = m_registry.find(args.constFirst());
    if (!command)
        return usageError(err, u"unknown command '%1'"_s.arg(args.constFirst()));
    return command->run({u"--help"_s}, out, err);
}

QString CliDispatcher::helpText() const
{
    const QString program = cliProgramName();
    QList<std::pair<QString, QString>> commands;
    for (const auto &command : m_registry.commands())
        commands.append({command->name(), command->summary()});
    commands.append({u"help"_s, u"Show the help of a command"_s});
    const QList<std::pair<QString, QString>> options{
            {u"-h, --help"_s, u"Show this help and exit."_s},
            {u"-v, --version"_s, u"Show the version and exit."_s},
    };
    const QList<std::pair<QString, QString>> exitCodes{
            {u"0"_s, u"Success."_s},
            {u"1"_s,
             u"The input has problems (validation errors, a file not in canonical form)."_s},
            {u"2"_s, u"Bad usage, an unreadable input file or an unwritable output file."_s},
    };
    return u"Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]\n"
           u"       %1 help COMMAND\n\n"
           u"Relata's command line: check, inspect and rewrite .relata schema files.\n"
           u"Results go to standard output (or -o FILE), messages to standard error.\n"_s.arg(
                   program)
           + u"\nCommands:\n"_s + formatHelpRows(commands) + u"\nOptions:\n"_s
           + formatHelpRows(options) + u"\nExit status:\n"_s + formatHelpRows(exitCodes)
           + u"\nRun '%1 help COMMAND' or '%1 COMMAND --help' for a command's options.\n"_s.arg(
                   program);
}

int CliDispatcher::usageError(QTextStream &err, const QString &message)
{
    err << cliProgramName() << u": "_s << message << u'\n'
        << u"Run '%1 --help' for usage.\n"_s.arg(cliProgramName());
    return ExitUsage;
}

} // namespace relata
