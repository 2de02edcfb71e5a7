#pragma once

namespace relata {

/// Merge ids of the undo commands (QUndoCommand::id()). One enum, so that two
/// command families can never share an id by accident and merge with each other.
enum class CommandId : int {
    MoveTables = 1, ///< consecutive moves of the same tables become one undo step
};

} // namespace relata
