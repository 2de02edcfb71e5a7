#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace relata {

class CommandRegistry;

/// The top level of relata-cli: `--help`, `--version`, `help COMMAND`, and handing the
/// remaining arguments to the named sub-command.
class CliDispatcher final
{
public:
    explicit CliDispatcher(const CommandRegistry &registry);

    /// Runs with the process arguments minus the program name; returns the exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err) const;

private:
    int runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const;
    QString helpText() const;
    static int usageError(QTextStream &err, const QString &message);

    const CommandRegistry &m_registry;
};

} // namespace relata
