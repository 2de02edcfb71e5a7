// Fixes that declare a relation a column's name implies (R011).
#include "quickfixproviders_p.h"

#include "commands/relationcommands.h"

#include <QUndoCommand>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata::quickfix {

namespace {

/// The table among `tables` that holds `column`.
const Table *ownerOf(const Schema &schema, const QList<TableId> &tables, ColumnId column)
{
    for (TableId id : tables) {
        const Table *table = schema.table(id);
        if (table && table->column(column))
            return table;
    }
    return nullptr;
}

bool isDeclared(const Schema &schema, TableId table, ColumnId column)
{
    return std::any_of(schema.relations().cbegin(), schema.relations().cend(),
                       [&](const Relation &r) {
                           return r.childTable == table && r.childColumns.contains(column);
                       });
}

QuickFix addRelationFix(const QString &label, const Relation &relation)
{
    return {label, [relation](SchemaDocument &document, QUndoCommand *step) {
                new AddRelationCommand(document, relation, -1, step);
            }};
}

} // namespace

QList<QuickFix> impliedRelationFixes(const Schema &schema, const Finding &finding)
{
    // The rule lists the child column first, then the key of each table it may refer to.
    if (finding.tables.isEmpty() || finding.columns.size() < 2)
        return {};
    const Table *child = schema.table(finding.tables.first());
    const ColumnId column = finding.columns.first();
    if (!child || !child->column(column) || isDeclared(schema, child->id, column))
        return {};
    QList<QuickFix> fixes;
    Relation ignored;
    for (qsizetype i = 1; i < finding.columns.size(); ++i) {
        const Table *parent = ownerOf(schema, finding.tables, finding.columns.at(i));
        if (!parent)
            continue;
        Relation relation;
        relation.childTable = child->id;
        relation.childColumns = {column};
        relation.parentTable = parent->id;
        relation.parentColumns = {finding.columns.at(i)};
        const QString described = schema.describe(relation);
        fixes.append(addRelationFix(Text::tr("Accept relation %1").arg(described), relation));
        if (!ignored.childTable.isValid()) {
            // A declared relation that a person ignored is what tells R011 (and a re-import)
            // that the name is a coincidence; one is enough, whichever table it names.
            ignored = relation;
            ignored.origin = RelationOrigin::Inferred;
            ignored.decision = RelationDecision::Ignored;
            ignored.reasons = {Text::tr("name: %1 looks like a reference").arg(described)};
        }
    }
    if (ignored.childTable.isValid()) {
        const QString label = fixes.size() == 1
                                      ? Text::tr("Ignore relation %1").arg(schema.describe(ignored))
                                      : Text::tr("Ignore: %1.%2 is not a reference")
                                                .arg(child->name, child->column(column)->name);
        fixes.append(addRelationFix(label, ignored));
    }
    return fixes;
}

} // namespace relata::quickfix
