// R005: set null on a child column that is not null.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "a", "a and b", "a, b and c"
QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.first(items.size() - 1).join(u", "_s) + u" and "_s + items.last();
}

/// "on delete", "on update", "on delete and on update": where the relation sets null.
QString setNullActions(const Relation &relation)
{
    QStringList actions;
    if (relation.onDelete == ReferentialAction::SetNull)
        actions.append(u"on delete"_s);
    if (relation.onUpdate == ReferentialAction::SetNull)
        actions.append(u"on update"_s);
    return joinAnd(actions);
}

/// A primary-key column is NOT NULL whatever its declaration says, and so is a `serial`.
bool isNotNull(const Table &table, const Column &column)
{
    return !column.nullable || column.type.impliesNotNull || table.primaryKey.contains(column.id);
}

class SetNullNotNullRule final : public ValidationRule
{
public:
    QString code() const override { return u"R005"_s; }
    QString name() const override { return u"set-null-not-null"_s; }
    Severity severity() const override { return Severity::Error; }
    QString summary() const override { return u"SET NULL on a child column that is NOT NULL"_s; }
    QString help() const override
    {
        return u"SET NULL keeps the child rows of a deleted (or re-keyed) parent and clears "
               "their reference. The database cannot store that null in a NOT NULL column: "
               "the application's cleanup would fail on every such row and leave orphans "
               "behind. Make the child columns nullable, or choose cascade (delete the child "
               "rows too) or restrict (refuse to delete a parent that still has children)."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        for (const Relation *relation : context.relations()) {
            const QString actions = setNullActions(*relation);
            if (actions.isEmpty())
                continue;
            const Table *child = schema.table(relation->childTable);
            QStringList notNull;
            QStringList inPrimaryKey;
            for (ColumnId id : relation->childColumns) {
                const Column *column = child->column(id);
                if (!isNotNull(*child, *column))
                    continue;
                notNull.append(child->name + u'.' + column->name);
                if (child->primaryKey.contains(id))
                    inPrimaryKey.append(notNull.last());
            }
            if (notNull.isEmpty())
                continue;
            Finding finding = ValidationContext::finding(
                    *this, u"%1: %2 set null, but %3 %4 NOT NULL"_s.arg(
                                   schema.describe(*relation), actions, joinAnd(notNull),
                                   notNull.size() == 1 ? u"is"_s : u"are"_s));
            context.attach(finding, *relation);
            finding.fix = !inPrimaryKey.isEmpty()
                                  ? u"use cascade or restrict: %1 cannot be made nullable "
                                    "in a primary key"_s.arg(joinAnd(inPrimaryKey))
                                  : u"make %1 nullable, or use cascade or restrict"_s.arg(
                                          joinAnd(notNull));
            findings.append(finding);
        }
    }
};

} // namespace

const ValidationRule &setNullNotNullRule()
{
    static const SetNullNotNullRule rule;
    return rule;
}

} // namespace relata
