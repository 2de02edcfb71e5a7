#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>

namespace relata {

/// A sub-command's options and arguments: parses them and writes its `--help`.
///
/// Wraps QCommandLineParser without its process-level behaviour (it would print to the
/// process streams and exit): errors go to the command's `err` stream with a hint to
/// `--help`, and the help text names the sub-command in its usage line.
class CommandOptions final
{
public:
    /// `command` is the sub-command's name; `description` one paragraph for its help.
    CommandOptions(QString command, QString description);

    void addOption(const QCommandLineOption &option);
    /// Declares a positional argument (`FILE`, or `FILE...` for one or more) for the help.
    void addArgument(const QString &syntax, const QString &description);
    /// How many positional arguments are accepted; `max` -1 means no upper limit.
    void setArgumentCount(int min, int max);
    /// A command line shown under "Examples:" (without the program name).
    void addExample(const QString &commandLine);

    /// Parses the arguments that follow the sub-command. Returns the exit code when the
    /// command must stop here (help printed: ExitOk; usage error reported: ExitUsage) and
    /// std::nullopt when it should run.
    std::optional<int> parse(const QStringList &args, QTextStream &out, QTextStream &err);

    /// Reports a usage problem found by the command itself (e.g. a bad option value) with
    /// the hint to `--help`; returns ExitUsage.
    int usageError(QTextStream &err, const QString &message) const;

    QString helpText() const;
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    /// Every value of a repeatable option, in the order given.
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList arguments() const { return m_parser.positionalArguments(); }

private:
    QString usageLine() const;
    static QString optionLabel(const QCommandLineOption &option);

    QString m_command;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<std::pair<QString, QString>> m_arguments;
    QStringList m_examples;
    int m_minArguments = 0;
    int m_maxArguments = -1;
    QCommandLineOption m_helpOption;
    QCommandLineParser m_parser;
};

} // namespace relata
