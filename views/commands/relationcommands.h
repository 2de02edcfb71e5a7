#pragma once

#include "core/schema.h"

#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Adds a relation at `index` (-1 = append); the id of the first redo is kept.
class AddRelationCommand final : public QUndoCommand
{
public:
    AddRelationCommand(SchemaDocument &document, Relation relation, int index = -1,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    RelationId relationId() const { return m_relation.id; }

private:
    SchemaDocument *m_document;
    Relation m_relation;
    int m_index;
};

/// Removes a relation; undo puts it back with its id at its model position.
class RemoveRelationCommand final : public QUndoCommand
{
public:
    RemoveRelationCommand(SchemaDocument &document, RelationId relation,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    Relation m_relation;
    int m_index = -1;
};

/// Replaces a relation's properties (actions, names, decision...).
class ChangeRelationCommand final : public QUndoCommand
{
public:
    ChangeRelationCommand(SchemaDocument &document, Relation after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    Relation m_before;
    Relation m_after;
};

} // namespace relata
