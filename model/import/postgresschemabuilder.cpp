// Rows of the pg_catalog queries into tables, columns, keys and indexes. Relations are in
// postgresrelationbuilder.cpp. Column positions follow the comments in postgrescatalog.cpp.
#include "postgresschemabuilder.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QList<int> attnumList(const QString &text)
{
    QList<int> numbers;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        numbers.append(part.toInt());
    return numbers;
}

/// A text column that may be NULL: nullopt for NULL, so that an empty default stays apart
/// from no default.
std::optional<QString> optionalText(const QSqlQuery &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.value(column).toString();
}

/// A one-letter code such as confdeltype; a null character when empty.
QChar firstChar(const QSqlQuery &row, int column)
{
    const QString text = row.value(column).toString();
    return text.isEmpty() ? QChar() : text.at(0);
}

} // namespace

PostgresSchemaBuilder::PostgresSchemaBuilder(const QString &database, bool qualifiedNames)
    : m_qualified(qualifiedNames)
{
    m_schema.name = database;
    m_schema.dialect = Dialect::PostgreSql;
}

void PostgresSchemaBuilder::addTable(const QSqlQuery &row)
{
    PendingTable pending;
    pending.oid = row.value(0).toUInt();
    pending.schemaName = row.value(1).toString();
    const QString name = row.value(2).toString();
    pending.table.name = m_qualified ? pending.schemaName + u'.' + name : name;
    pending.table.comment = row.value(3).toString();
    m_tableIndex.insert(pending.oid, int(m_tables.size()));
    m_schemaOf.insert(pending.oid, pending.schemaName);
    m_tables.append(std::move(pending));
}

PostgresSchemaBuilder::PendingTable *PostgresSchemaBuilder::pendingTable(quint32 oid,
                                                                         QString *error)
{
    const auto it = m_tableIndex.constFind(oid);
    if (it == m_tableIndex.cend()) {
        *error = u"the catalog names a table (oid %1) that was not listed"_s.arg(oid);
        return nullptr;
    }
    return &m_tables[*it];
}

bool PostgresSchemaBuilder::addColumn(const QSqlQuery &row, QString *error)
{
    PendingTable *pending = pendingTable(row.value(0).toUInt(), error);
    if (!pending)
        return false;
    Column column;
    column.id = m_schema.newColumnId();
    column.name = row.value(2).toString();
    column.type = SqlType::parse(row.value(3).toString(), Dialect::PostgreSql);
    column.nullable = !row.value(4).toBool();
    column.defaultValue = optionalText(row, 5);
    const QString identity = row.value(6).toString();
    const QString generated = row.value(7).toString();
    if (!identity.isEmpty()) {
        column.autoIncrement = true;
    } else if (column.defaultValue && column.defaultValue->startsWith(u"nextval("_s)) {
        // serial, bigserial, smallserial: the sequence is how the column counts up.
        column.autoIncrement = true;
        column.defaultValue.reset();
    }
    if (!generated.isEmpty() && column.defaultValue) {
        m_summary.notModelled.append(
                u"generated column %1.%2 AS (%3); imported as a plain column"_s.arg(
                        pending->table.name, column.name, *column.defaultValue));
        column.defaultValue.reset();
    }
    const QList<RelationMarker> markers
            = parseRelationMarkers(row.value(8).toString(), &column.comment);
    for (const RelationMarker &marker : markers)
        m_markers.append({pending->oid, column.id, marker});
    pending->columnsByAttnum.insert(row.value(1).toInt(), column.id);
    pending->table.columns.append(std::move(column));
    ++m_summary.columns;
    return true;
}

bool PostgresSchemaBuilder::columnIds(const PendingTable &table, const QList<int> &attnums,
                                      QList<ColumnId> *ids, QString *error) const
{
    ids->clear();
    for (const int attnum : attnums) {
        const ColumnId id = table.columnsByAttnum.value(attnum);
        if (!id.isValid()) {
            *error = u"the catalog names column %1 of %2, which was not listed"_s.arg(
                    QString::number(attnum), table.table.name);
            return false;
        }
        ids->append(id);
    }
    return true;
}

/// Expression and partial indexes have no place in the model: they are listed with their
/// definition instead. Other methods than btree keep their columns as a plain index.
bool PostgresSchemaBuilder::addIndex(const QSqlQuery &row, QString *error)
{
    PendingTable *pending = pendingTable(row.value(0).toUInt(), error);
    if (!pending)
        return false;
    ++m_summary.indexes;
    if (row.value(3).toBool())
        return true; // the primary key's index; the key itself comes from pg_constraint
    const QString name = row.value(1).toString();
    const QString &table = pending->table.name;
    const QString definition = row.value(8).toString();
    if (row.value(5).toBool() || row.value(6).toBool()) {
        const QString kind = row.value(5).toBool() ? u"expression"_s : u"partial"_s;
        m_summary.notModelled.append(u"%1 index %2 on %3: %4"_s.arg(kind, name, table, definition));
        return true;
    }
    Index index;
    index.id = m_schema.newIndexId();
    index.name = name;
    index.unique = row.value(2).toBool();
    if (!columnIds(*pending, attnumList(row.value(4).toString()), &index.columns, error))
        return false;
    const QString method = row.value(7).toString();
    if (method != u"btree"_s) {
        m_summary.notModelled.append(u"%1 index %2 on %3 kept as a plain index: %4"_s.arg(
                method, name, table, definition));
    }
    pending->table.indexes.append(std::move(index));
    return true;
}

bool PostgresSchemaBuilder::addConstraint(const QSqlQuery &row, QString *error)
{
    const quint32 childOid = row.value(2).toUInt();
    PendingTable *pending = pendingTable(childOid, error);
    if (!pending)
        return false;
    const QList<int> attnums = attnumList(row.value(6).toString());
    if (row.value(0).toString() == u"p"_s)
        return columnIds(*pending, attnums, &pending->table.primaryKey, error);
    PendingForeignKey fk;
    fk.name = row.value(1).toString();
    fk.childOid = childOid;
    fk.parentOid = row.value(3).toUInt();
    fk.parentName = row.value(4).toString() + u'.' + row.value(5).toString();
    fk.childAttnums = attnums;
    fk.parentAttnums = attnumList(row.value(7).toString());
    fk.onDelete = firstChar(row, 8);
    fk.onUpdate = firstChar(row, 9);
    if (fk.childAttnums.isEmpty() || fk.childAttnums.size() != fk.parentAttnums.size()) {
        *error = u"foreign key %1 on %2 has unmatched column lists"_s.arg(fk.name,
                                                                          pending->table.name);
        return false;
    }
    m_foreignKeys.append(std::move(fk));
    return true;
}

/// Tables by name (code point order, so the result does not depend on the server's
/// collation), each keeping the column and index ids given while reading.
void PostgresSchemaBuilder::addTablesToSchema()
{
    std::sort(m_tables.begin(), m_tables.end(), [](const PendingTable &a, const PendingTable &b) {
        return a.table.name < b.table.name;
    });
    m_tableIndex.clear();
    for (int i = 0; i < m_tables.size(); ++i) {
        m_tableIndex.insert(m_tables.at(i).oid, i);
        m_tableIds.insert(m_tables.at(i).oid, m_schema.addTable(m_tables.at(i).table));
    }
    m_summary.tables = int(m_tables.size());
}

Schema PostgresSchemaBuilder::finish(ImportSummary *summary)
{
    addTablesToSchema();
    for (const PendingForeignKey &fk : std::as_const(m_foreignKeys))
        addForeignKeyRelation(fk);
    for (const PendingMarker &marker : std::as_const(m_markers))
        addMarkerRelation(marker);
    summary->tables = m_summary.tables;
    summary->columns = m_summary.columns;
    summary->indexes = m_summary.indexes;
    summary->constraintRelations = m_summary.constraintRelations;
    summary->commentRelations = m_summary.commentRelations;
    summary->notModelled += m_summary.notModelled;
    return std::move(m_schema);
}

} // namespace relata
