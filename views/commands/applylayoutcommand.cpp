#include "applylayoutcommand.h"

#include "core/schemadocument.h"

using namespace Qt::StringLiterals;

namespace relata {

ApplyLayoutCommand::ApplyLayoutCommand(SchemaDocument &document,
                                       const QHash<TableId, QPointF> &positions,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (const Table *t = document.schema().table(it.key())) {
            m_before.insert(it.key(), t->position);
            m_after.insert(it.key(), it.value());
        }
    }
    setText(m_after.size() == 1 ? u"Auto-layout 1 table"_s
                                : u"Auto-layout %1 tables"_s.arg(m_after.size()));
}

void ApplyLayoutCommand::redo()
{
    if (m_after.isEmpty() || m_after == m_before || !m_document->moveTables(m_after))
        setObsolete(true);
}

void ApplyLayoutCommand::undo()
{
    m_document->moveTables(m_before);
}

} // namespace relata
