#include "carryover.h"

#include "core/schema.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A relation by names: "child(a,b)->parent(c,d)".
QString relationKey(const Schema &schema, const Relation &relation)
{
    const Table *child = schema.table(relation.childTable);
    const Table *parent = schema.table(relation.parentTable);
    if (!child || !parent)
        return {};
    return child->name + u'(' + child->columnNames(relation.childColumns).join(u',') + u")->"_s
           + parent->name + u'(' + parent->columnNames(relation.parentColumns).join(u',') + u')';
}

/// `relation` of `previous` rebuilt on the tables of `imported`, or nullopt when a table
/// or a column is gone.
std::optional<Relation> rebuild(const Schema &previous, const Relation &relation,
                                const Schema &imported)
{
    const Table *oldChild = previous.table(relation.childTable);
    const Table *oldParent = previous.table(relation.parentTable);
    const Table *child = oldChild ? imported.tableByName(oldChild->name) : nullptr;
    const Table *parent = oldParent ? imported.tableByName(oldParent->name) : nullptr;
    if (!child || !parent)
        return std::nullopt;
    Relation out = relation;
    out.id = {};
    out.childTable = child->id;
    out.parentTable = parent->id;
    out.childColumns = child->columnIdsByName(oldChild->columnNames(relation.childColumns));
    out.parentColumns = parent->columnIdsByName(oldParent->columnNames(relation.parentColumns));
    if (out.childColumns.isEmpty() || out.parentColumns.isEmpty())
        return std::nullopt;
    return out;
}

/// What a person set on a relation besides the decision: its names and actions.
void copyPersonalSettings(const Relation &from, Relation *to)
{
    to->nameOnChild = from.nameOnChild;
    to->nameOnParent = from.nameOnParent;
    to->onDelete = from.onDelete;
    to->onUpdate = from.onUpdate;
}

} // namespace

CarryOverSummary carryOverDecisions(Schema &imported, const Schema &previous)
{
    CarryOverSummary summary;
    QHash<QString, RelationId> importedByKey;
    for (const Relation &relation : imported.relations())
        importedByKey.insert(relationKey(imported, relation), relation.id);
    for (const Relation &old : previous.relations()) {
        const bool decided = old.origin == RelationOrigin::Inferred
                             && old.decision != RelationDecision::Pending;
        if (!decided && old.origin != RelationOrigin::Drawn)
            continue;
        const std::optional<Relation> rebuilt = rebuild(previous, old, imported);
        if (!rebuilt)
            continue;
        const QString key = relationKey(imported, *rebuilt);
        if (Relation *existing = imported.relationForEdit(importedByKey.value(key))) {
            // The database (a constraint, a marker) now says what the relation is; only an
            // inferred one takes the person's decision and settings.
            if (existing->origin != RelationOrigin::Inferred)
                continue;
            if (old.origin == RelationOrigin::Drawn) {
                // Drawn by a person: it stays drawn, in the place of the guess.
                const RelationId guess = existing->id;
                imported.takeRelation(guess);
                importedByKey.insert(key, imported.addRelation(*rebuilt));
            } else {
                existing->decision = old.decision;
                copyPersonalSettings(old, existing);
            }
        } else {
            importedByKey.insert(key, imported.addRelation(*rebuilt));
        }
        if (old.origin == RelationOrigin::Drawn)
            ++summary.drawn;
        else if (old.decision == RelationDecision::Accepted)
            ++summary.accepted;
        else
            ++summary.ignored;
    }
    // An inferred relation on columns that a person's relation now covers gives way to it.
    const auto columnsKey = [](const Relation &relation) {
        QString key = QString::number(relation.childTable.value());
        for (const ColumnId column : relation.childColumns)
            key += u',' + QString::number(column.value());
        return key;
    };
    QSet<QString> decided;
    for (const Relation &relation : imported.relations()) {
        if (relation.origin == RelationOrigin::Drawn
            || relation.decision != RelationDecision::Pending)
            decided.insert(columnsKey(relation));
    }
    QList<RelationId> superseded;
    for (const Relation &relation : imported.relations()) {
        if (relation.origin == RelationOrigin::Inferred
            && relation.decision == RelationDecision::Pending
            && decided.contains(columnsKey(relation)))
            superseded.append(relation.id);
    }
    for (const RelationId id : std::as_const(superseded))
        imported.takeRelation(id);
    for (const Table &old : previous.tables()) {
        const Table *match = imported.tableByName(old.name);
        Table *table = match ? imported.tableForEdit(match->id) : nullptr;
        if (!table)
            continue;
        table->position = old.position;
        table->pinned = old.pinned;
        ++summary.positions;
    }
    imported.groups.clear();
    for (const TableGroup &old : previous.groups) {
        TableGroup group = old;
        group.tables.clear();
        for (const TableId id : old.tables) {
            const Table *oldTable = previous.table(id);
            const Table *table = oldTable ? imported.tableByName(oldTable->name) : nullptr;
            if (table)
                group.tables.append(table->id);
        }
        imported.groups.append(std::move(group));
    }
    imported.view = previous.view;
    return summary;
}

} // namespace relata
