#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace relata {

/// The program name used in usage lines and messages.
inline QString cliProgramName()
{
    return QStringLiteral("relata-cli");
}

/// One sub-command of relata-cli (`validate`, `info`, ...).
///
/// A command parses its own arguments, writes results to `out` and messages to `err`, and
/// returns an ExitCode. It never touches the process streams directly, so the dispatcher
/// decides where output goes. Adding a command is one class and one line in
/// CommandRegistry::createDefault().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    /// The word typed on the command line.
    virtual QString name() const = 0;
    /// One line for the command list of `relata-cli --help`.
    virtual QString summary() const = 0;
    /// Runs the command with the arguments that follow its name; `--help` prints its help.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

} // namespace relata
