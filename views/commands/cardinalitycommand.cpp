#include "cardinalitycommand.h"

#include "commands/keycommands.h"
#include "core/naming.h"
#include "core/schemadocument.h"
#include "properties/propertyhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("relata::CardinalityCommand", text);
}

} // namespace

bool isOneToOneByPrimaryKey(const SchemaDocument &document, const Relation &relation)
{
    const Table *child = document.schema().table(relation.childTable);
    return child && !child->primaryKey.isEmpty()
           && sameColumnSet(child->primaryKey, relation.childColumns);
}

QUndoCommand *makeCardinalityCommand(SchemaDocument &document, const Relation &relation,
                                     RelationKind kind)
{
    const Schema &schema = document.schema();
    const Table *child = schema.table(relation.childTable);
    if (!child || relation.childColumns.isEmpty() || relationKind(schema, relation) == kind)
        return nullptr;
    const QString described = schema.describe(relation);
    if (kind == RelationKind::OneToOne) {
        auto *macro = new QUndoCommand(tr("Make %1 one-to-one").arg(described));
        Index index;
        index.unique = true;
        index.columns = relation.childColumns;
        index.name = derivedIndexName(*child, u"ux"_s, relation.childColumns);
        new AddIndexCommand(document, child->id, index, -1, macro);
        return macro;
    }
    if (isOneToOneByPrimaryKey(document, relation))
        return nullptr;
    auto *macro = new QUndoCommand(tr("Make %1 many-to-one").arg(described));
    // From the last to the first, so that undo puts each index back at its position.
    for (qsizetype i = child->indexes.size() - 1; i >= 0; --i) {
        const Index &index = child->indexes.at(i);
        if (index.unique && sameColumnSet(index.columns, relation.childColumns))
            new RemoveIndexCommand(document, child->id, index.id, macro);
    }
    return macro;
}

} // namespace relata
