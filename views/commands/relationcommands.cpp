#include "relationcommands.h"

#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

// ---- AddRelationCommand -------------------------------------------------

AddRelationCommand::AddRelationCommand(SchemaDocument &document, Relation relation, int index,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_relation(std::move(relation))
    , m_index(index)
{
    setText(u"Add relation %1"_s.arg(document.schema().describe(m_relation)));
}

void AddRelationCommand::redo()
{
    const RelationId id = m_document->addRelation(m_relation, m_index);
    if (!id.isValid()) {
        setObsolete(true);
        return;
    }
    m_relation.id = id; // the next redo brings back the same id
}

void AddRelationCommand::undo()
{
    m_document->removeRelation(m_relation.id);
}

// ---- RemoveRelationCommand ----------------------------------------------

RemoveRelationCommand::RemoveRelationCommand(SchemaDocument &document, RelationId relation,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
{
    const Schema &schema = document.schema();
    if (const Relation *r = schema.relation(relation)) {
        m_relation = *r;
        m_index = schema.relationIndex(relation);
    }
    setText(u"Remove relation %1"_s.arg(schema.describe(m_relation)));
}

void RemoveRelationCommand::redo()
{
    if (m_index < 0 || !m_document->removeRelation(m_relation.id))
        setObsolete(true);
}

void RemoveRelationCommand::undo()
{
    m_document->addRelation(m_relation, m_index);
}

// ---- ChangeRelationCommand ----------------------------------------------

ChangeRelationCommand::ChangeRelationCommand(SchemaDocument &document, Relation after,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_after(std::move(after))
{
    if (const Relation *r = document.schema().relation(m_after.id))
        m_before = *r;
    setText(u"Change relation %1"_s.arg(document.schema().describe(m_after)));
}

void ChangeRelationCommand::redo()
{
    if (!m_before.id.isValid() || !m_document->changeRelation(m_after))
        setObsolete(true);
}

void ChangeRelationCommand::undo()
{
    m_document->changeRelation(m_before);
}

} // namespace relata
