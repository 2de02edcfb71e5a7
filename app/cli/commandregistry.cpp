#include "commandregistry.h"

#include "exportcommand.h"
#include "formatcommand.h"
#include "importcommand.h"
#ifdef RELATA_CLI_CAN_DRAW
#include "layoutcommand.h"
#endif
#include "infocommand.h"
#include "validatecommand.h"

namespace relata {

CommandRegistry CommandRegistry::createDefault()
{
    CommandRegistry registry;
    registry.add(std::make_unique<ValidateCommand>());
    registry.add(std::make_unique<InfoCommand>());
    registry.add(std::make_unique<FormatCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ImportCommand>());
#ifdef RELATA_CLI_CAN_DRAW
    registry.add(std::make_unique<LayoutCommand>());
#endif
    return registry;
}

void CommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    Q_ASSERT(command && !find(command->name()));
    m_commands.push_back(std::move(command));
}

CliCommand *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace relata
