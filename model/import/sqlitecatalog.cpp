#include "sqlitecatalog.h"
#include "markerrelation.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// SQLite's action words; SET DEFAULT has no counterpart in the model.
std::optional<ReferentialAction> actionFromSqlite(const QString &text)
{
    const QString word = text.trimmed().toUpper();
    if (word == u"CASCADE")
        return ReferentialAction::Cascade;
    if (word == u"SET NULL")
        return ReferentialAction::SetNull;
    if (word == u"RESTRICT")
        return ReferentialAction::Restrict;
    if (word.isEmpty() || word == u"NO ACTION")
        return ReferentialAction::NoAction;
    return std::nullopt;
}

} // namespace

void SqliteCatalogBuilder::addTable(const QString &name, const QString &createSql)
{
    m_tables[name].createSql = createSql;
}

void SqliteCatalogBuilder::addColumn(const SqliteColumnRow &row)
{
    const auto it = m_tables.find(row.table);
    if (it != m_tables.end())
        it->columns.append(row);
}

void SqliteCatalogBuilder::addIndex(const SqliteIndexRow &row)
{
    const auto it = m_tables.find(row.table);
    if (it != m_tables.end())
        it->indexes.append(row);
}

void SqliteCatalogBuilder::addIndexColumn(const SqliteIndexColumnRow &row)
{
    m_indexColumns[row.index].append(row);
}

void SqliteCatalogBuilder::addForeignKeyColumn(const SqliteForeignKeyRow &row)
{
    if (!m_foreignKeys.isEmpty()) {
        const SqliteForeignKeyRow &last = m_foreignKeys.constLast().constFirst();
        if (last.table == row.table && last.id == row.id) {
            m_foreignKeys.last().append(row);
            return;
        }
    }
    m_foreignKeys.append({row});
}

void SqliteCatalogBuilder::skipOther(const QString &what)
{
    ++m_summary.otherObjects;
    if (!what.isEmpty())
        notModelled(what);
}

ImportResult SqliteCatalogBuilder::finish(const QString &schemaName)
{
    m_schema.name = schemaName;
    m_schema.dialect = Dialect::Sqlite;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const TableId id = m_schema.addTable(buildTable(it.key(), it.value()));
        m_tableIds.insert(it.key().toLower(), id);
        ++m_summary.tables;
    }
    for (const QList<SqliteForeignKeyRow> &rows : std::as_const(m_foreignKeys))
        addForeignKey(rows);
    for (const PendingMarker &marker : std::as_const(m_markers))
        addMarker(marker);
    return ImportResult{std::move(m_schema), std::move(m_summary)};
}

Table SqliteCatalogBuilder::buildTable(const QString &name, const PendingTable &pending)
{
    const SqliteTableText text = readSqliteCreateTable(pending.createSql);
    Table table;
    table.name = name;
    table.comment = text.comment;
    QList<std::pair<int, ColumnId>> key;
    for (const SqliteColumnRow &row : pending.columns) {
        Column column;
        column.id = m_schema.newColumnId();
        column.name = row.name;
        column.type = SqlType::parse(row.type, Dialect::Sqlite);
        column.nullable = !row.notNull;
        column.defaultValue = row.defaultValue;
        const auto written = std::find_if(
                text.columns.cbegin(), text.columns.cend(), [&](const SqliteColumnText &c) {
                    return c.name.compare(row.name, Qt::CaseInsensitive) == 0;
                });
        if (written != text.columns.cend()) {
            column.autoIncrement = written->autoIncrement;
            const QList<RelationMarker> markers
                    = parseRelationMarkers(written->comment, &column.comment);
            for (const RelationMarker &marker : markers)
                m_markers.append({name, row.name, marker});
        }
        if (row.primaryKeyPosition > 0)
            key.append({row.primaryKeyPosition, column.id});
        table.columns.append(column);
        ++m_summary.columns;
    }
    std::sort(key.begin(), key.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &part : std::as_const(key))
        table.primaryKey.append(part.second);
    buildIndexes(table, name, pending);
    return table;
}

void SqliteCatalogBuilder::buildIndexes(Table &table, const QString &tableName,
                                        const PendingTable &pending)
{
    QSet<QString> usedNames;
    for (const SqliteIndexRow &row : pending.indexes)
        usedNames.insert(row.name.toLower());
    for (const SqliteIndexRow &row : pending.indexes) {
        ++m_summary.indexes;
        if (row.origin == u"pk")
            continue; // the primary key, which the model holds as Table::primaryKey
        if (row.partial) {
            notModelled(u"partial index %1 on %2"_s.arg(row.name, tableName));
            continue;
        }
        Index index;
        index.id = m_schema.newIndexId();
        index.unique = row.unique;
        bool expression = false;
        for (const SqliteIndexColumnRow &part : m_indexColumns.value(row.name)) {
            const Column *column = table.columnByName(part.column);
            expression = expression || part.cid < 0 || !column;
            if (column)
                index.columns.append(column->id);
            if (part.descending)
                notModelled(u"descending order of %1 in index %2 on %3 (read as ascending)"_s.arg(
                        part.column, row.name, tableName));
        }
        if (expression || index.columns.isEmpty()) {
            notModelled(u"expression index %1 on %2"_s.arg(row.name, tableName));
            continue;
        }
        index.name = row.name;
        if (row.origin == u"u") {
            // sqlite_autoindex_* names are reserved: DDL could not create them again.
            const QString base
                    = u"uq_%1_%2"_s.arg(tableName, table.columnNames(index.columns).join(u'_'));
            index.name = base;
            for (int n = 2; usedNames.contains(index.name.toLower()); ++n)
                index.name = base + u'_' + QString::number(n);
            usedNames.insert(index.name.toLower());
        }
        table.indexes.append(index);
    }
}

const Table *SqliteCatalogBuilder::findTable(const QString &name) const
{
    const auto it = m_tableIds.constFind(name.toLower());
    return it == m_tableIds.cend() ? nullptr : m_schema.table(it.value());
}

std::optional<QList<ColumnId>> SqliteCatalogBuilder::findColumns(const Table &table,
                                                                 const QStringList &names) const
{
    QList<ColumnId> ids;
    for (const QString &name : names) {
        const auto it
                = std::find_if(table.columns.cbegin(), table.columns.cend(), [&](const Column &c) {
                      return c.name.compare(name, Qt::CaseInsensitive) == 0;
                  });
        if (it == table.columns.cend())
            return std::nullopt;
        ids.append(it->id);
    }
    return ids;
}

void SqliteCatalogBuilder::addForeignKey(const QList<SqliteForeignKeyRow> &rows)
{
    const SqliteForeignKeyRow &first = rows.constFirst();
    QStringList from;
    QStringList to;
    for (const SqliteForeignKeyRow &row : rows) {
        from.append(row.from);
        if (row.to)
            to.append(*row.to);
    }
    const QString what = u"foreign key %1 (%2) references %3"_s.arg(first.table, from.join(u", "_s),
                                                                    first.parentTable);
    const Table *child = findTable(first.table);
    const Table *parent = findTable(first.parentTable);
    if (!child || !parent) {
        notModelled(what + u": no such table"_s);
        return;
    }
    const std::optional<QList<ColumnId>> childColumns = findColumns(*child, from);
    // `REFERENCES t` without columns means t's primary key.
    const std::optional<QList<ColumnId>> parentColumns
            = to.isEmpty() ? std::optional(parent->primaryKey) : findColumns(*parent, to);
    if (!childColumns || !parentColumns || parentColumns->size() != childColumns->size()) {
        notModelled(what + u": its columns do not match the tables"_s);
        return;
    }
    Relation relation;
    relation.childTable = child->id;
    relation.childColumns = *childColumns;
    relation.parentTable = parent->id;
    relation.parentColumns = *parentColumns;
    relation.origin = RelationOrigin::Constraint;
    const std::optional<ReferentialAction> onDelete = actionFromSqlite(first.onDelete);
    const std::optional<ReferentialAction> onUpdate = actionFromSqlite(first.onUpdate);
    if (!onDelete)
        notModelled(what + u": ON DELETE %1 (read as NO ACTION)"_s.arg(first.onDelete));
    if (!onUpdate)
        notModelled(what + u": ON UPDATE %1 (read as NO ACTION)"_s.arg(first.onUpdate));
    relation.onDelete = onDelete.value_or(ReferentialAction::NoAction);
    relation.onUpdate = onUpdate.value_or(ReferentialAction::NoAction);
    m_schema.addRelation(relation);
    ++m_summary.constraintRelations;
}

void SqliteCatalogBuilder::addMarker(const PendingMarker &pending)
{
    const RelationMarker &marker = pending.marker;
    const QStringList from
            = marker.childColumns.isEmpty() ? QStringList{pending.column} : marker.childColumns;
    const QString what = u"relation marker on %1.%2 (references %3)"_s.arg(
            pending.table, pending.column, marker.parentTable);
    const Table *child = findTable(pending.table);
    const Table *parent = findTable(marker.parentTable);
    const auto childColumns = child ? findColumns(*child, from) : std::nullopt;
    const auto parentColumns = parent ? findColumns(*parent, marker.parentColumns) : std::nullopt;
    if (!childColumns || !parentColumns || childColumns->size() != parentColumns->size()) {
        notModelled(what + u": no such table or column"_s);
        return;
    }
    Relation relation;
    relation.childTable = child->id;
    relation.childColumns = *childColumns;
    relation.parentTable = parent->id;
    relation.parentColumns = *parentColumns;
    if (addMarkerRelation(m_schema, std::move(relation), marker))
        ++m_summary.commentRelations;
}

} // namespace relata
