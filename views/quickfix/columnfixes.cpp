// Fixes that change child columns or a relation's actions: R004 and R005.
#include "quickfixproviders_p.h"

#include "commands/columncommands.h"
#include "commands/relationcommands.h"
#include "validate/typecompatibility.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace relata::quickfix {

namespace {

/// A child column and the state to give it.
struct ColumnEdit
{
    TableId table;
    Column after;
};

void addColumnEdits(const QList<ColumnEdit> &edits, SchemaDocument &document, QUndoCommand *step)
{
    for (const ColumnEdit &edit : edits)
        new ChangeColumnCommand(document, edit.table, edit.after, step);
}

QuickFix columnFix(const QString &label, const QList<ColumnEdit> &edits)
{
    return {label, [edits](SchemaDocument &document, QUndoCommand *step) {
                addColumnEdits(edits, document, step);
            }};
}

/// The type that makes a child fit its parent: the parent's as written, except that an
/// alias which also creates a sequence (`serial`) becomes the type it stands for.
QString targetType(const Column &parent, Dialect dialect)
{
    return parent.type.impliesAutoIncrement ? resolvedTypeText(parent.type, dialect)
                                            : parent.type.text;
}

QString actionsLabel(const Relation &relation, ReferentialAction action)
{
    const QString name = referentialActionName(action);
    const bool onDelete = relation.onDelete == ReferentialAction::SetNull;
    const bool onUpdate = relation.onUpdate == ReferentialAction::SetNull;
    if (onDelete && onUpdate)
        return Text::tr("Change on delete and on update to %1").arg(name);
    return onDelete ? Text::tr("Change on delete to %1").arg(name)
                    : Text::tr("Change on update to %1").arg(name);
}

QuickFix actionFix(const Relation &relation, ReferentialAction action)
{
    Relation after = relation;
    if (after.onDelete == ReferentialAction::SetNull)
        after.onDelete = action;
    if (after.onUpdate == ReferentialAction::SetNull)
        after.onUpdate = action;
    return {actionsLabel(relation, action), [after](SchemaDocument &document, QUndoCommand *step) {
                new ChangeRelationCommand(document, after, step);
            }};
}

} // namespace

QList<QuickFix> typeMismatchFixes(const Schema &schema, const Finding &finding)
{
    const Relation *relation = subjectRelation(schema, finding);
    const Table *child = relation ? schema.table(relation->childTable) : nullptr;
    const Table *parent = relation ? schema.table(relation->parentTable) : nullptr;
    if (!child || !parent || relation->childColumns.size() != relation->parentColumns.size())
        return {};
    QList<ColumnEdit> edits;
    QStringList changes;
    for (qsizetype i = 0; i < relation->childColumns.size(); ++i) {
        const Column *c = child->column(relation->childColumns.at(i));
        const Column *p = parent->column(relation->parentColumns.at(i));
        if (!c || !p || areTypesCompatible(c->type, p->type, schema.dialect))
            continue;
        Column after = *c;
        after.type = SqlType::parse(targetType(*p, schema.dialect), schema.dialect);
        edits.append({child->id, after});
        changes.append(Text::tr("%1.%2 to %3").arg(child->name, c->name, after.type.text));
    }
    if (edits.isEmpty())
        return {};
    return {columnFix(Text::tr("Change %1").arg(changes.join(u", "_s)), edits)};
}

QList<QuickFix> setNullNotNullFixes(const Schema &schema, const Finding &finding)
{
    const Relation *relation = subjectRelation(schema, finding);
    const Table *child = relation ? schema.table(relation->childTable) : nullptr;
    if (!child
        || (relation->onDelete != ReferentialAction::SetNull
            && relation->onUpdate != ReferentialAction::SetNull))
        return {};
    QList<QuickFix> fixes;
    QList<ColumnEdit> edits;
    QStringList names;
    bool canBeNullable = true;
    for (ColumnId id : relation->childColumns) {
        const Column *c = child->column(id);
        if (!c)
            return {};
        // A key column or a `serial` stays NOT NULL whatever its declaration says.
        if (child->primaryKey.contains(id) || c->type.impliesNotNull)
            canBeNullable = false;
        if (c->nullable)
            continue;
        Column after = *c;
        after.nullable = true;
        edits.append({child->id, after});
        names.append(child->name + u'.' + c->name);
    }
    if (canBeNullable && !edits.isEmpty())
        fixes.append(columnFix(Text::tr("Make %1 nullable").arg(names.join(u", "_s)), edits));
    fixes.append(actionFix(*relation, ReferentialAction::NoAction));
    fixes.append(actionFix(*relation, ReferentialAction::Cascade));
    return fixes;
}

} // namespace relata::quickfix
