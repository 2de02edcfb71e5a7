#include "commandoptions.h"

#include "clicommand.h"
#include "exitcode.h"
#include "helptext.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

CommandOptions::CommandOptions(QString command, QString description)
    : m_command(std::move(command))
    , m_description(std::move(description))
    , m_helpOption({u"h"_s, u"help"_s}, u"Show this help and exit."_s)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

void CommandOptions::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
}

void CommandOptions::addArgument(const QString &syntax, const QString &description)
{
    m_arguments.append({syntax, description});
}

void CommandOptions::setArgumentCount(int min, int max)
{
    m_minArguments = min;
    m_maxArguments = max;
}

void CommandOptions::addExample(const QString &commandLine)
{
    m_examples.append(commandLine);
}

std::optional<int> CommandOptions::parse(const QStringList &args, QTextStream &out,
                                         QTextStream &err)
{
    m_parser.addOptions(m_options);
    m_parser.addOption(m_helpOption);
    if (!m_parser.parse(QStringList{m_command} + args)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString &option = unknown.constFirst();
            const QString dashes = option.size() == 1 ? u"-"_s : u"--"_s;
            return usageError(err, u"unknown option '%1%2'"_s.arg(dashes, option));
        }
        QString message = m_parser.errorText();
        if (!message.isEmpty())
            message[0] = message.at(0).toLower();
        if (message.endsWith(u'.'))
            message.chop(1);
        return usageError(err, message);
    }
    if (m_parser.isSet(m_helpOption)) {
        out << helpText();
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < m_minArguments) {
        const QString missing = m_arguments.value(count).first;
        return usageError(err, u"missing argument %1"_s.arg(missing));
    }
    if (m_maxArguments >= 0 && count > m_maxArguments)
        return usageError(err, u"unexpected argument '%1'"_s.arg(
                                       m_parser.positionalArguments().at(m_maxArguments)));
    return std::nullopt;
}

int CommandOptions::usageError(QTextStream &err, const QString &message) const
{
    const QString program = cliProgramName();
    err << program << u' ' << m_command << u": "_s << message << u'\n'
        << u"Run '%1 %2 --help' for usage.\n"_s.arg(program, m_command);
    return ExitUsage;
}

QString CommandOptions::usageLine() const
{
    QString line = u"Usage: %1 %2 [OPTIONS]"_s.arg(cliProgramName(), m_command);
    for (const auto &argument : m_arguments)
        line += u' ' + argument.first;
    return line;
}

QString CommandOptions::optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
    QString label = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        label += u' ' + option.valueName();
    return label;
}

QString CommandOptions::helpText() const
{
    QString text = usageLine() + u"\n\n"_s + m_description + u"\n"_s;
    if (!m_arguments.isEmpty())
        text += u"\nArguments:\n"_s + formatHelpRows(m_arguments);
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : m_options)
        rows.append({optionLabel(option), option.description()});
    rows.append({optionLabel(m_helpOption), m_helpOption.description()});
    text += u"\nOptions:\n"_s + formatHelpRows(rows);
    if (!m_examples.isEmpty()) {
        text += u"\nExamples:\n"_s;
        for (const QString &example : m_examples)
            text += u"  "_s + cliProgramName() + u' ' + example + u'\n';
    }
    return text;
}

} // namespace relata
