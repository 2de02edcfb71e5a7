#include "movetablescommand.h"

#include "commandids.h"
#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

MoveTablesCommand::MoveTablesCommand(SchemaDocument &document,
                                     const QHash<TableId, QPointF> &positions, int drag,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_after(positions)
    , m_drag(drag)
{
    QString onlyName;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (const Table *t = document.schema().table(it.key())) {
            m_before.insert(it.key(), t->position);
            onlyName = t->name;
        }
    }
    setText(positions.size() == 1 ? u"Move table %1"_s.arg(onlyName)
                                  : u"Move %1 tables"_s.arg(positions.size()));
}

void MoveTablesCommand::redo()
{
    if (m_before.size() != m_after.size() || !m_document->moveTables(m_after))
        setObsolete(true);
}

void MoveTablesCommand::undo()
{
    m_document->moveTables(m_before);
}

int MoveTablesCommand::nextDragId()
{
    static int last = 0;
    return ++last;
}

int MoveTablesCommand::id() const
{
    return int(CommandId::MoveTables);
}

bool MoveTablesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveTablesCommand *>(other); // same id()
    if (m_drag == 0 || move->m_drag != m_drag || move->m_document != m_document
        || move->m_after.size() != m_after.size())
        return false;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (!move->m_after.contains(it.key()))
            return false; // another set of tables: a separate step
    }
    m_after = move->m_after;
    // Dragged back to where it started: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace relata
