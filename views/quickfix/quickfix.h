#pragma once

#include "core/schema.h"
#include "validate/finding.h"

#include <QList>
#include <QString>

#include <functional>

class QUndoCommand;

namespace relata {

class EditorDocument;
class SchemaDocument;

/// An edit that resolves a finding, named for a person and applied as one undo step.
///
/// A fix is computed from the schema as it is when the finding is shown; it holds ids and
/// the values to set, never model pointers, so that a stale fix fails harmlessly (its
/// commands become obsolete) instead of touching the wrong object.
struct QuickFix
{
    QString label; ///< "Add index idx_blocks_user_id on blocks (user_id)"
    /// Adds the commands of the fix, in order, as children of `step` (one undo macro).
    std::function<void(SchemaDocument &document, QUndoCommand *step)> build;

    /// The undo step: a command whose text is the label and whose children do the edits.
    QUndoCommand *createCommand(SchemaDocument &document) const;
};

/// The fixes for a finding (R004, R005, R007, R008, R011), best first, followed by
/// accept / ignore for each unconfirmed inferred relation the finding is about. Empty for
/// a finding that needs a person's judgement (a cycle, a blast radius) or is stale.
QList<QuickFix> quickFixes(const Schema &schema, const Finding &finding);

/// Accept / ignore for an inferred relation that a person has not yet decided on (either
/// one missing when the relation already has that decision); empty for any other relation.
QList<QuickFix> relationQuickFixes(const Schema &schema, RelationId relation);

/// Pushes the fix as one step on the editor's undo stack. False, with nothing left on the
/// stack, when the fix no longer applies (the schema changed since it was computed).
bool applyQuickFix(EditorDocument &editor, const QuickFix &fix);

} // namespace relata
