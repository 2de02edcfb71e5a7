#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

namespace relata {

/// The sub-commands relata-cli knows, in the order `--help` lists them.
class CommandRegistry final
{
public:
    /// A registry holding every built-in command.
    static CommandRegistry createDefault();

    void add(std::unique_ptr<CliCommand> command);
    /// The command called `name`, or nullptr.
    CliCommand *find(const QString &name) const;
    const std::vector<std::unique_ptr<CliCommand>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace relata
