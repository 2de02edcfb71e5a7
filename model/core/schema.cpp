#include "schema.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

const Table *Schema::table(TableId id) const
{
    const int i = tableIndex(id);
    return i < 0 ? nullptr : &m_tables.at(i);
}

Table *Schema::tableForEdit(TableId id)
{
    const int i = tableIndex(id);
    return i < 0 ? nullptr : &m_tables[i];
}

const Table *Schema::tableByName(const QString &tableName) const
{
    for (const Table &t : m_tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

int Schema::tableIndex(TableId id) const
{
    return m_tableIndex.value(id, -1);
}

void Schema::noteId(quint32 value)
{
    m_lastId = std::max(m_lastId, value);
}

TableId Schema::addTable(Table table, int index)
{
    if (table.id.isValid())
        noteId(table.id.value());
    else
        table.id = TableId(++m_lastId);
    for (Column &c : table.columns) {
        if (c.id.isValid())
            noteId(c.id.value());
        else
            c.id = newColumnId();
    }
    for (Index &ix : table.indexes) {
        if (ix.id.isValid())
            noteId(ix.id.value());
        else
            ix.id = newIndexId();
    }
    const TableId id = table.id;
    if (index < 0 || index >= m_tables.size()) {
        m_tableIndex.insert(id, int(m_tables.size()));
        m_tables.append(std::move(table));
    } else {
        m_tables.insert(index, std::move(table));
        rebuildTableIndex();
    }
    return id;
}

std::optional<Table> Schema::takeTable(TableId id)
{
    const int i = tableIndex(id);
    if (i < 0)
        return std::nullopt;
    Table t = m_tables.takeAt(i);
    rebuildTableIndex();
    return t;
}

const Relation *Schema::relation(RelationId id) const
{
    const int i = relationIndex(id);
    return i < 0 ? nullptr : &m_relations.at(i);
}

Relation *Schema::relationForEdit(RelationId id)
{
    const int i = relationIndex(id);
    return i < 0 ? nullptr : &m_relations[i];
}

int Schema::relationIndex(RelationId id) const
{
    return m_relationIndex.value(id, -1);
}

RelationId Schema::addRelation(Relation relation, int index)
{
    if (relation.id.isValid())
        noteId(relation.id.value());
    else
        relation.id = RelationId(++m_lastId);
    const RelationId id = relation.id;
    if (index < 0 || index >= m_relations.size()) {
        m_relationIndex.insert(id, int(m_relations.size()));
        m_relations.append(std::move(relation));
    } else {
        m_relations.insert(index, std::move(relation));
        rebuildRelationIndex();
    }
    return id;
}

std::optional<Relation> Schema::takeRelation(RelationId id)
{
    const int i = relationIndex(id);
    if (i < 0)
        return std::nullopt;
    Relation r = m_relations.takeAt(i);
    rebuildRelationIndex();
    return r;
}

QList<RelationId> Schema::relationsOf(TableId tableId) const
{
    QList<RelationId> ids;
    for (const Relation &r : m_relations) {
        if (r.childTable == tableId || r.parentTable == tableId)
            ids.append(r.id);
    }
    return ids;
}

static QString endText(const Table *t, const QList<ColumnId> &cols)
{
    const QString tableName = t ? t->name : u"?"_s;
    QStringList names = t ? t->columnNames(cols) : QStringList();
    for (QString &n : names) {
        if (n.isEmpty())
            n = u"?"_s;
    }
    if (names.size() == 1)
        return tableName + u'.' + names.first();
    return tableName + u" ("_s + names.join(u", "_s) + u')';
}

QString Schema::describe(const Relation &r) const
{
    return endText(table(r.childTable), r.childColumns) + u" → "_s
           + endText(table(r.parentTable), r.parentColumns);
}

bool Schema::operator==(const Schema &other) const
{
    return name == other.name && dialect == other.dialect && view == other.view
           && groups == other.groups && extra == other.extra && m_tables == other.m_tables
           && m_relations == other.m_relations;
}

void Schema::rebuildTableIndex()
{
    m_tableIndex.clear();
    m_tableIndex.reserve(m_tables.size());
    for (qsizetype i = 0; i < m_tables.size(); ++i)
        m_tableIndex.insert(m_tables.at(i).id, int(i));
}

void Schema::rebuildRelationIndex()
{
    m_relationIndex.clear();
    m_relationIndex.reserve(m_relations.size());
    for (qsizetype i = 0; i < m_relations.size(); ++i)
        m_relationIndex.insert(m_relations.at(i).id, int(i));
}

} // namespace relata
