// R001: a relation names a table or column that does not exist.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// One end of a relation as the model holds it: ids that may name nothing.
struct End
{
    QString side; ///< "child" or "parent"
    const Table *table;
    const QList<ColumnId> &columns;
};

/// "blocks.user_id", "? (?, ?)": like Schema::describe, but a missing table keeps the
/// number of its columns, so that "column 2 of 2" can be read off the text.
QString endText(const End &end)
{
    QStringList names;
    for (ColumnId id : end.columns) {
        const Column *column = end.table ? end.table->column(id) : nullptr;
        names.append(column ? column->name : u"?"_s);
    }
    const QString table = end.table ? end.table->name : u"?"_s;
    if (names.size() == 1)
        return table + u'.' + names.first();
    return table + u" ("_s + names.join(u", "_s) + u')';
}

/// "1", "1 and 3", "1, 2 and 3"
QString positionsText(const QList<int> &positions)
{
    QStringList items;
    for (int p : positions)
        items.append(QString::number(p));
    if (items.size() == 1)
        return items.first();
    return items.first(items.size() - 1).join(u", "_s) + u" and "_s + items.last();
}

/// What is missing at one end, in words; empty when the end resolves.
QString endProblem(const End &end)
{
    if (!end.table)
        return u"the %1 table does not exist"_s.arg(end.side);
    if (end.columns.isEmpty())
        return u"the %1 side names no columns"_s.arg(end.side);
    QList<int> missing;
    for (qsizetype i = 0; i < end.columns.size(); ++i) {
        if (!end.table->column(end.columns.at(i)))
            missing.append(int(i) + 1);
    }
    if (missing.isEmpty())
        return QString();
    if (end.columns.size() == 1)
        return u"the %1 column does not exist in %2"_s.arg(end.side, end.table->name);
    return u"%1 column%2 %3 of %4 %5 not exist in %6"_s.arg(
            end.side, missing.size() == 1 ? QString() : u"s"_s, positionsText(missing),
            QString::number(end.columns.size()), missing.size() == 1 ? u"does"_s : u"do"_s,
            end.table->name);
}

/// Points the finding at what does exist: the columns of an end that resolves, the table
/// of an end whose columns are missing; a missing table contributes nothing.
void attachExisting(Finding &finding, const End &end)
{
    if (!end.table)
        return;
    if (!finding.tables.contains(end.table->id))
        finding.tables.append(end.table->id);
    if (!endProblem(end).isEmpty()) {
        finding.objects.append(end.table->name);
        return;
    }
    for (ColumnId id : end.columns) {
        finding.objects.append(end.table->name + u'.' + end.table->column(id)->name);
        finding.columns.append(id);
    }
}

class MissingObjectRule final : public ValidationRule
{
public:
    QString code() const override { return u"R001"_s; }
    QString name() const override { return u"missing-object"_s; }
    Severity severity() const override { return Severity::Error; }
    QString summary() const override
    {
        return u"A relation names a table or column that does not exist"_s;
    }
    QString help() const override
    {
        return u"A relation refers to its tables and columns by identity. When one of them "
               "is deleted, the relation is left pointing at nothing: no join can be written "
               "for it, no index checked, no delete plan derived, and every other check "
               "skips it. Delete the relation, or point it at an existing table and column."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        for (const Relation &relation : schema.relations()) {
            if (relation.decision == RelationDecision::Ignored || context.resolves(relation))
                continue;
            const End child{u"child"_s, schema.table(relation.childTable), relation.childColumns};
            const End parent{u"parent"_s, schema.table(relation.parentTable),
                             relation.parentColumns};
            QStringList problems;
            for (const End &end : {child, parent}) {
                const QString problem = endProblem(end);
                if (!problem.isEmpty())
                    problems.append(problem);
            }
            Finding finding
                    = ValidationContext::finding(*this, endText(child) + u" → "_s + endText(parent)
                                                                + u": "_s + problems.join(u"; "_s));
            finding.relations = {relation.id};
            attachExisting(finding, child);
            attachExisting(finding, parent);
            finding.fix = child.table && parent.table
                                  ? u"delete the relation or point it at an existing column"_s
                                  : u"delete the relation or point it at an existing table"_s;
            findings.append(finding);
        }
    }
};

} // namespace

const ValidationRule &missingObjectRule()
{
    static const MissingObjectRule rule;
    return rule;
}

} // namespace relata
