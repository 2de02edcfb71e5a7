#include "deleteselectioncommand.h"

#include "core/schemadocument.h"
#include "relationcommands.h"
#include "tablecommands.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace relata {

DeleteSelectionCommand::DeleteSelectionCommand(SchemaDocument &document,
                                               const QList<TableId> &tables,
                                               const QList<RelationId> &relations,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
{
    const Schema &schema = document.schema();
    QList<TableId> existing;
    for (TableId id : tables) {
        if (schema.table(id))
            existing.append(id);
    }
    const QSet<TableId> goingTables(existing.cbegin(), existing.cend());
    QList<RelationId> ownRelations;
    for (RelationId id : relations) {
        const Relation *r = schema.relation(id);
        if (r && !goingTables.contains(r->childTable) && !goingTables.contains(r->parentTable))
            ownRelations.append(id);
    }
    QStringList parts;
    if (existing.size() == 1)
        parts.append(u"table %1"_s.arg(schema.table(existing.first())->name));
    else if (existing.size() > 1)
        parts.append(u"%1 tables"_s.arg(existing.size()));
    if (ownRelations.size() == 1)
        parts.append(u"relation %1"_s.arg(schema.describe(*schema.relation(ownRelations.first()))));
    else if (ownRelations.size() > 1)
        parts.append(u"%1 relations"_s.arg(ownRelations.size()));
    setText(u"Delete "_s + parts.join(u" and "_s));

    for (RelationId id : std::as_const(ownRelations))
        new RemoveRelationCommand(document, id, this);
    if (!existing.isEmpty())
        new RemoveTablesCommand(document, existing, this);
}

} // namespace relata
