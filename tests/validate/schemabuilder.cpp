#include "schemabuilder.h"

using namespace Qt::StringLiterals;
using namespace relata;

namespace relatatest {

namespace {

/// Splits at commas outside parentheses and quotes.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    QChar quote;
    for (QChar ch : text) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
        } else if (ch == u'(') {
            ++depth;
        } else if (ch == u')') {
            --depth;
        } else if (ch == u',' && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(ch);
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

bool takeSuffix(QString &text, const QString &suffix)
{
    if (!text.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    text.chop(suffix.size());
    text = text.trimmed();
    return true;
}

} // namespace

SchemaBuilder::SchemaBuilder(Dialect dialect)
{
    m_schema.name = u"test"_s;
    m_schema.dialect = dialect;
}

SchemaBuilder &SchemaBuilder::table(const QString &name, const QString &columns,
                                    const QString &primaryKey)
{
    Table t;
    t.name = name;
    for (const QString &spec : splitTopLevel(columns)) {
        const qsizetype space = spec.indexOf(u' ');
        Column c;
        c.name = space < 0 ? spec : spec.left(space);
        QString type = space < 0 ? QString() : spec.mid(space + 1).trimmed();
        bool changed = true;
        while (changed) {
            changed = false;
            if (takeSuffix(type, u"AUTO_INCREMENT"_s))
                changed = c.autoIncrement = true;
            if (takeSuffix(type, u"NOT NULL"_s)) {
                c.nullable = false;
                changed = true;
            }
        }
        c.type = SqlType::parse(type, m_schema.dialect);
        t.columns.append(c);
    }
    const TableId id = m_schema.addTable(t);
    if (!primaryKey.isEmpty())
        m_schema.tableForEdit(id)->primaryKey = columnIds(id, primaryKey);
    return *this;
}

SchemaBuilder &SchemaBuilder::index(const QString &table, const QString &name,
                                    const QString &columns, bool unique)
{
    const TableId id = tableId(table);
    Table *t = m_schema.tableForEdit(id);
    Q_ASSERT(t);
    Index ix;
    ix.id = m_schema.newIndexId();
    ix.name = name;
    ix.columns = columnIds(id, columns);
    ix.unique = unique;
    t->indexes.append(ix);
    return *this;
}

SchemaBuilder &SchemaBuilder::relation(const QString &child, const QString &childColumns,
                                       const QString &parent, const QString &parentColumns,
                                       ReferentialAction onDelete)
{
    Relation r;
    r.childTable = tableId(child);
    if (!r.childTable.isValid())
        r.childTable = TableId(++m_missingId);
    r.parentTable = tableId(parent);
    if (!r.parentTable.isValid())
        r.parentTable = TableId(++m_missingId);
    r.childColumns = columnIds(r.childTable, childColumns);
    r.parentColumns = columnIds(r.parentTable, parentColumns);
    r.onDelete = onDelete;
    m_schema.addRelation(r);
    return *this;
}

Relation &SchemaBuilder::lastRelation()
{
    return *m_schema.relationForEdit(m_schema.relations().last().id);
}

TableId SchemaBuilder::tableId(const QString &name) const
{
    const Table *t = m_schema.tableByName(name);
    return t ? t->id : TableId();
}

ColumnId SchemaBuilder::columnId(const QString &table, const QString &column) const
{
    const Table *t = m_schema.tableByName(table);
    const Column *c = t ? t->columnByName(column) : nullptr;
    return c ? c->id : ColumnId();
}

QList<ColumnId> SchemaBuilder::columnIds(TableId table, const QString &names)
{
    QList<ColumnId> ids;
    const Table *t = m_schema.table(table);
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
        const Column *c = t ? t->columnByName(name.trimmed()) : nullptr;
        ids.append(c ? c->id : ColumnId(++m_missingId));
    }
    return ids;
}

} // namespace relatatest
