#include "validationcontext.h"

#include "validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

ValidationContext::ValidationContext(const Schema &schema, const ValidationOptions &options)
    : m_schema(schema)
    , m_options(options)
{
    m_relations.reserve(schema.relations().size());
    for (const Relation &r : schema.relations()) {
        if (r.decision != RelationDecision::Ignored && resolves(r)
            && r.childColumns.size() == r.parentColumns.size())
            m_relations.append(&r);
    }
}

bool ValidationContext::resolves(const Relation &relation) const
{
    const Table *child = m_schema.table(relation.childTable);
    const Table *parent = m_schema.table(relation.parentTable);
    if (!child || !parent || relation.childColumns.isEmpty() || relation.parentColumns.isEmpty())
        return false;
    for (ColumnId c : relation.childColumns) {
        if (!child->column(c))
            return false;
    }
    for (ColumnId c : relation.parentColumns) {
        if (!parent->column(c))
            return false;
    }
    return true;
}

QString ValidationContext::columnRef(TableId tableId, ColumnId columnId) const
{
    const Table *table = m_schema.table(tableId);
    const Column *column = table ? table->column(columnId) : nullptr;
    return (table ? table->name : u"?"_s) + u'.' + (column ? column->name : u"?"_s);
}

QStringList ValidationContext::objectsOf(const Relation &relation) const
{
    QStringList objects;
    for (ColumnId c : relation.childColumns)
        objects.append(columnRef(relation.childTable, c));
    for (ColumnId c : relation.parentColumns)
        objects.append(columnRef(relation.parentTable, c));
    return objects;
}

Finding ValidationContext::finding(const ValidationRule &rule, const QString &message)
{
    Finding f;
    f.code = rule.code();
    f.severity = rule.severity();
    f.message = message;
    return f;
}

void ValidationContext::attach(Finding &finding, const Relation &relation) const
{
    finding.objects = objectsOf(relation);
    finding.relations = {relation.id};
    finding.tables = {relation.childTable};
    if (relation.parentTable != relation.childTable)
        finding.tables.append(relation.parentTable);
    finding.columns = relation.childColumns + relation.parentColumns;
}

void ValidationContext::attach(Finding &finding, const Table &table,
                               const QList<ColumnId> &columns) const
{
    finding.tables = {table.id};
    finding.columns = columns;
    finding.objects.clear();
    if (columns.isEmpty())
        finding.objects.append(table.name);
    for (ColumnId c : columns)
        finding.objects.append(columnRef(table.id, c));
}

} // namespace relata
