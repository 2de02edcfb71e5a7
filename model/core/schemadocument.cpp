#include "schemadocument.h"

#include <QSet>

#include <functional>

namespace relata {

namespace {

bool hasDuplicateOrEmptyName(const Table &table)
{
    QSet<QString> seen;
    for (const Column &c : table.columns) {
        if (c.name.isEmpty() || seen.contains(c.name))
            return true;
        seen.insert(c.name);
    }
    return false;
}

} // namespace

SchemaDocument::SchemaDocument(QObject *parent)
    : QObject(parent)
{}

void SchemaDocument::setSchema(Schema schema)
{
    m_schema = std::move(schema);
    Q_EMIT reset();
}

bool SchemaDocument::setSchemaName(const QString &name)
{
    if (m_schema.name == name)
        return true;
    m_schema.name = name;
    Q_EMIT schemaPropertiesChanged();
    return true;
}

void SchemaDocument::setDialect(Dialect dialect)
{
    if (m_schema.dialect == dialect)
        return;
    m_schema.dialect = dialect;
    for (const Table &t : m_schema.tables()) {
        Table *table = m_schema.tableForEdit(t.id);
        for (Column &c : table->columns)
            c.type = SqlType::parse(c.type.text, dialect);
    }
    Q_EMIT reset();
}

// ---- tables ---------------------------------------------------------------

TableId SchemaDocument::addTable(Table table, int index)
{
    if (table.name.isEmpty() || m_schema.tableByName(table.name)
        || (table.id.isValid() && m_schema.table(table.id)) || hasDuplicateOrEmptyName(table))
        return {};
    for (Column &c : table.columns)
        c.type = SqlType::parse(c.type.text, m_schema.dialect);
    const TableId id = m_schema.addTable(std::move(table), index);
    Q_EMIT tableAdded(id);
    return id;
}

TableId SchemaDocument::addTableWithFreshIds(Table table, int index,
                                             QHash<ColumnId, ColumnId> *columnIds)
{
    QHash<ColumnId, ColumnId> fresh;
    for (Column &c : table.columns) {
        const ColumnId id = m_schema.newColumnId();
        if (c.id.isValid())
            fresh.insert(c.id, id);
        c.id = id;
    }
    const auto remap = [&fresh](QList<ColumnId> &ids) {
        for (ColumnId &id : ids)
            id = fresh.value(id);
    };
    remap(table.primaryKey);
    for (Index &ix : table.indexes) {
        ix.id = m_schema.newIndexId();
        remap(ix.columns);
    }
    table.softDeleteColumn = fresh.value(table.softDeleteColumn);
    table.id = TableId();
    if (columnIds)
        *columnIds = fresh;
    return addTable(std::move(table), index);
}

bool SchemaDocument::removeTable(TableId id)
{
    if (!m_schema.table(id))
        return false;
    const QList<RelationId> relations = m_schema.relationsOf(id);
    for (RelationId rid : relations)
        removeRelation(rid);
    m_schema.takeTable(id);
    Q_EMIT tableRemoved(id);
    return true;
}

bool SchemaDocument::renameTable(TableId id, const QString &name)
{
    Table *t = m_schema.tableForEdit(id);
    if (!t || name.isEmpty())
        return false;
    if (t->name == name)
        return true;
    if (m_schema.tableByName(name))
        return false;
    t->name = name;
    Q_EMIT tableChanged(id, TableChange::Name);
    return true;
}

bool SchemaDocument::setTableComment(TableId id, const QString &comment)
{
    Table *t = m_schema.tableForEdit(id);
    if (!t)
        return false;
    if (t->comment != comment) {
        t->comment = comment;
        Q_EMIT tableChanged(id, TableChange::Comment);
    }
    return true;
}

bool SchemaDocument::moveTable(TableId id, QPointF position)
{
    return moveTables({{id, position}});
}

bool SchemaDocument::moveTables(const QHash<TableId, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (!m_schema.table(it.key()))
            return false;
    }
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        Table *t = m_schema.tableForEdit(it.key());
        if (t->position != it.value()) {
            t->position = it.value();
            Q_EMIT tableChanged(it.key(), TableChange::Position);
        }
    }
    return true;
}

bool SchemaDocument::setTablePinned(TableId id, bool pinned)
{
    Table *t = m_schema.tableForEdit(id);
    if (!t)
        return false;
    if (t->pinned != pinned) {
        t->pinned = pinned;
        Q_EMIT tableChanged(id, TableChange::Pinned);
    }
    return true;
}

bool SchemaDocument::setSoftDeleteColumn(TableId id, ColumnId column)
{
    Table *t = m_schema.tableForEdit(id);
    if (!t || (column.isValid() && !t->column(column)))
        return false;
    if (t->softDeleteColumn != column) {
        t->softDeleteColumn = column;
        Q_EMIT tableChanged(id, TableChange::SoftDelete);
    }
    return true;
}

// ---- columns --------------------------------------------------------------

ColumnId SchemaDocument::addColumn(TableId tableId, Column column, int index)
{
    Table *t = m_schema.tableForEdit(tableId);
    if (!t || column.name.isEmpty() || t->columnByName(column.name)
        || (column.id.isValid() && t->column(column.id)))
        return {};
    if (!column.id.isValid())
        column.id = m_schema.newColumnId();
    column.type = SqlType::parse(column.type.text, m_schema.dialect);
    const ColumnId id = column.id;
    if (index < 0 || index >= t->columns.size())
        t->columns.append(std::move(column));
    else
        t->columns.insert(index, std::move(column));
    Q_EMIT columnAdded(tableId, id);
    Q_EMIT tableChanged(tableId, TableChange::Columns);
    return id;
}

bool SchemaDocument::removeColumn(TableId tableId, ColumnId column)
{
    const Table *t = m_schema.table(tableId);
    if (!t || !t->column(column))
        return false;
    QList<RelationId> doomed;
    for (const Relation &r : m_schema.relations()) {
        if ((r.childTable == tableId && r.childColumns.contains(column))
            || (r.parentTable == tableId && r.parentColumns.contains(column)))
            doomed.append(r.id);
    }
    for (RelationId rid : doomed)
        removeRelation(rid);

    Table *table = m_schema.tableForEdit(tableId);
    TableChanges changes = TableChange::Columns;
    if (table->primaryKey.removeAll(column) > 0)
        changes |= TableChange::PrimaryKey;
    for (qsizetype i = table->indexes.size() - 1; i >= 0; --i) {
        Index &ix = table->indexes[i];
        if (ix.columns.removeAll(column) > 0) {
            changes |= TableChange::Indexes;
            if (ix.columns.isEmpty())
                table->indexes.removeAt(i);
        }
    }
    if (table->softDeleteColumn == column) {
        table->softDeleteColumn = {};
        changes |= TableChange::SoftDelete;
    }
    table->columns.removeAt(table->columnIndex(column));
    Q_EMIT columnRemoved(tableId, column);
    Q_EMIT tableChanged(tableId, changes);
    return true;
}

bool SchemaDocument::renameColumn(TableId tableId, ColumnId column, const QString &name)
{
    const Table *t = m_schema.table(tableId);
    if (!t || !t->column(column) || name.isEmpty())
        return false;
    const Column *same = t->columnByName(name);
    if (same && same->id != column)
        return false;
    return editColumn(tableId, column, [&](Column &c) { c.name = name; });
}

bool SchemaDocument::moveColumn(TableId tableId, ColumnId column, int newIndex)
{
    Table *t = m_schema.tableForEdit(tableId);
    if (!t)
        return false;
    const int from = t->columnIndex(column);
    if (from < 0 || newIndex < 0 || newIndex >= t->columns.size())
        return false;
    if (from != newIndex) {
        t->columns.move(from, newIndex);
        Q_EMIT columnChanged(tableId, column);
        Q_EMIT tableChanged(tableId, TableChange::Columns);
    }
    return true;
}

bool SchemaDocument::changeColumn(TableId tableId, const Column &column)
{
    const Table *t = m_schema.table(tableId);
    if (!t || !t->column(column.id) || column.name.isEmpty())
        return false;
    const Column *same = t->columnByName(column.name);
    if (same && same->id != column.id)
        return false;
    return editColumn(tableId, column.id, [&](Column &c) {
        c = column;
        c.type = SqlType::parse(column.type.text, m_schema.dialect);
    });
}

bool SchemaDocument::setColumnType(TableId table, ColumnId column, const QString &typeText)
{
    return editColumn(table, column,
                      [&](Column &c) { c.type = SqlType::parse(typeText, m_schema.dialect); });
}

bool SchemaDocument::setColumnNullable(TableId table, ColumnId column, bool nullable)
{
    return editColumn(table, column, [&](Column &c) { c.nullable = nullable; });
}

bool SchemaDocument::setColumnDefault(TableId table, ColumnId column,
                                      const std::optional<QString> &value)
{
    return editColumn(table, column, [&](Column &c) { c.defaultValue = value; });
}

bool SchemaDocument::setColumnAutoIncrement(TableId table, ColumnId column, bool autoIncrement)
{
    return editColumn(table, column, [&](Column &c) { c.autoIncrement = autoIncrement; });
}

bool SchemaDocument::setColumnComment(TableId table, ColumnId column, const QString &comment)
{
    return editColumn(table, column, [&](Column &c) { c.comment = comment; });
}

bool SchemaDocument::editColumn(TableId tableId, ColumnId column,
                                const std::function<void(Column &)> &edit)
{
    Table *t = m_schema.tableForEdit(tableId);
    Column *c = t ? t->column(column) : nullptr;
    if (!c)
        return false;
    Column edited = *c;
    edit(edited);
    if (edited == *c)
        return true;
    *c = std::move(edited);
    Q_EMIT columnChanged(tableId, column);
    Q_EMIT tableChanged(tableId, TableChange::Columns);
    return true;
}

// ---- keys and indexes -----------------------------------------------------

bool SchemaDocument::columnsBelongTo(TableId tableId, const QList<ColumnId> &columns) const
{
    const Table *t = m_schema.table(tableId);
    if (!t)
        return false;
    QSet<ColumnId> seen;
    for (ColumnId c : columns) {
        if (!t->column(c) || seen.contains(c))
            return false;
        seen.insert(c);
    }
    return true;
}

bool SchemaDocument::setPrimaryKey(TableId tableId, const QList<ColumnId> &columns)
{
    if (!columnsBelongTo(tableId, columns))
        return false;
    Table *t = m_schema.tableForEdit(tableId);
    if (t->primaryKey != columns) {
        t->primaryKey = columns;
        Q_EMIT tableChanged(tableId, TableChange::PrimaryKey);
    }
    return true;
}

IndexId SchemaDocument::addIndex(TableId tableId, Index index, int position)
{
    if (index.columns.isEmpty() || !columnsBelongTo(tableId, index.columns))
        return {};
    Table *t = m_schema.tableForEdit(tableId);
    if (index.id.isValid() && t->index(index.id))
        return {};
    if (!index.id.isValid())
        index.id = m_schema.newIndexId();
    const IndexId id = index.id;
    if (position < 0 || position >= t->indexes.size())
        t->indexes.append(std::move(index));
    else
        t->indexes.insert(position, std::move(index));
    Q_EMIT tableChanged(tableId, TableChange::Indexes);
    return id;
}

bool SchemaDocument::removeIndex(TableId tableId, IndexId index)
{
    Table *t = m_schema.tableForEdit(tableId);
    const int i = t ? t->indexIndex(index) : -1;
    if (i < 0)
        return false;
    t->indexes.removeAt(i);
    Q_EMIT tableChanged(tableId, TableChange::Indexes);
    return true;
}

bool SchemaDocument::changeIndex(TableId tableId, const Index &index)
{
    if (index.columns.isEmpty() || !columnsBelongTo(tableId, index.columns))
        return false;
    Table *t = m_schema.tableForEdit(tableId);
    const int i = t->indexIndex(index.id);
    if (i < 0)
        return false;
    if (t->indexes.at(i) != index) {
        t->indexes[i] = index;
        Q_EMIT tableChanged(tableId, TableChange::Indexes);
    }
    return true;
}

// ---- relations ------------------------------------------------------------

RelationId SchemaDocument::addRelation(Relation relation, int index)
{
    if (relation.id.isValid() && m_schema.relation(relation.id))
        return {};
    const RelationId id = m_schema.addRelation(std::move(relation), index);
    Q_EMIT relationAdded(id);
    return id;
}

bool SchemaDocument::removeRelation(RelationId id)
{
    if (!m_schema.takeRelation(id))
        return false;
    Q_EMIT relationRemoved(id);
    return true;
}

bool SchemaDocument::changeRelation(const Relation &relation)
{
    return editRelation(relation.id, [&](Relation &r) { r = relation; });
}

bool SchemaDocument::setRelationActions(RelationId id, ReferentialAction onDelete,
                                        ReferentialAction onUpdate)
{
    return editRelation(id, [&](Relation &r) {
        r.onDelete = onDelete;
        r.onUpdate = onUpdate;
    });
}

bool SchemaDocument::setRelationNames(RelationId id, const QString &nameOnChild,
                                      const QString &nameOnParent)
{
    return editRelation(id, [&](Relation &r) {
        r.nameOnChild = nameOnChild;
        r.nameOnParent = nameOnParent;
    });
}

bool SchemaDocument::setRelationDecision(RelationId id, RelationDecision decision)
{
    return editRelation(id, [&](Relation &r) { r.decision = decision; });
}

bool SchemaDocument::editRelation(RelationId id, const std::function<void(Relation &)> &edit)
{
    Relation *r = m_schema.relationForEdit(id);
    if (!r)
        return false;
    Relation edited = *r;
    edit(edited);
    edited.id = id;
    if (edited == *r)
        return true;
    *r = std::move(edited);
    Q_EMIT relationChanged(id);
    return true;
}

} // namespace relata
