#pragma once

#include "quickfix.h"

#include <QList>

class QMenu;

namespace relata {

class EditorDocument;

/// Adds one action per fix of `findings` to `menu`, each applying its fix to `editor` as one
/// undo step, then accept / ignore for each of `relations` that is an undecided inferred
/// relation. Findings are set apart by separators and a fix offered twice (one finding on
/// two tables) is listed once; an action's tooltip names the finding it resolves. A chosen
/// fix is computed again from the schema as it is then. Returns the number of actions.
int addQuickFixActions(QMenu *menu, EditorDocument *editor, const QList<Finding> &findings,
                       const QList<RelationId> &relations = {});

} // namespace relata
