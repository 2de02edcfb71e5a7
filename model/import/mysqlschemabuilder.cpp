// Tables, columns and indexes of a MariaDB/MySQL catalog read as a Schema.
#include "mysqlschemabuilder.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata::mysqlimport {

namespace {

using namespace mysqlcatalog;

/// One index gathered from its key parts (rows come in SEQ_IN_INDEX order).
struct IndexGroup
{
    QString name;
    bool unique = false;
    QString type;
    QStringList columns;
    QStringList prefixes; ///< "col(191)" for key parts with a prefix length
    bool hasExpression = false;
};

bool isBaseTable(const TableRow &row)
{
    return row.type == u"BASE TABLE"_s || row.type == u"SYSTEM VERSIONED"_s;
}

bool isCurrentTime(const QString &value)
{
    static const QRegularExpression pattern(
            u"^(current_timestamp|now|localtime|localtimestamp)(\\(\\d*\\))?$"_s,
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value).hasMatch();
}

bool isBareLiteral(const QString &value, const SqlType &type)
{
    switch (type.family) {
    case TypeFamily::Integer:
    case TypeFamily::Decimal:
    case TypeFamily::Float:
    case TypeFamily::Boolean:
        return true;
    default:
        break;
    }
    // bit(n) defaults come back as b'101' in both servers.
    return value.startsWith(u"b'"_s) || value.startsWith(u"0x"_s);
}

QHash<QString, QList<const ColumnRow *>> columnsByTable(const Catalog &catalog)
{
    QHash<QString, QList<const ColumnRow *>> byTable;
    for (const ColumnRow &row : catalog.columns)
        byTable[row.table].append(&row);
    return byTable;
}

QHash<QString, QList<IndexGroup>> indexesByTable(const Catalog &catalog)
{
    QHash<QString, QList<IndexGroup>> byTable;
    for (const IndexRow &row : catalog.indexes) {
        QList<IndexGroup> &groups = byTable[row.table];
        if (groups.isEmpty() || groups.last().name != row.index)
            groups.append({row.index, row.unique, row.indexType, {}, {}, false});
        IndexGroup &group = groups.last();
        if (row.column.isEmpty()) {
            group.hasExpression = true;
            continue;
        }
        group.columns.append(row.column);
        if (row.prefixLength > 0)
            group.prefixes.append(u"%1(%2)"_s.arg(row.column).arg(row.prefixLength));
    }
    return byTable;
}

/// Notes on what the column has that the model does not keep.
void noteColumn(const ColumnRow &row, ImportSummary &summary)
{
    const QString extra = row.extra.toLower();
    const QString where = row.table + u'.' + row.name;
    if (extra.contains(u"virtual generated"_s) || extra.contains(u"stored generated"_s))
        summary.notModelled.append(
                u"generated column %1 (imported as a plain column)"_s.arg(where));
    if (extra.contains(u"on update"_s))
        summary.notModelled.append(
                u"%1 on %2"_s.arg(row.extra.mid(extra.indexOf(u"on update"_s)).trimmed(), where));
}

Column makeColumn(const ColumnRow &row, bool quotedDefaults, BuildState &state)
{
    Column column;
    column.id = state.result.schema.newColumnId();
    column.name = row.name;
    column.type = SqlType::parse(row.type, Dialect::MySql);
    column.nullable = row.nullable;
    column.defaultValue = normalizedDefault(row, column.type, quotedDefaults);
    column.autoIncrement = row.extra.contains(u"auto_increment"_s, Qt::CaseInsensitive);
    const QList<RelationMarker> markers = parseRelationMarkers(row.comment, &column.comment);
    for (const RelationMarker &marker : markers)
        state.markers.append({row.table, row.name, marker});
    noteColumn(row, state.result.summary);
    return column;
}

/// Primary key or index from `group`; false (with a note) when it cannot be modelled.
bool addIndex(Table &table, const IndexGroup &group, BuildState &state)
{
    ImportSummary &summary = state.result.summary;
    const QString what = group.name == u"PRIMARY"_s
                                 ? u"primary key of %1"_s.arg(table.name)
                                 : u"index %1 on %2"_s.arg(group.name, table.name);
    const QList<ColumnId> ids = table.columnIdsByName(group.columns);
    if (group.type == u"FULLTEXT"_s || group.type == u"SPATIAL"_s) {
        summary.notModelled.append(
                u"%1 %2 (%3)"_s.arg(group.type, what, group.columns.join(u", "_s)));
        return false;
    }
    if (group.hasExpression || ids.isEmpty()) {
        summary.notModelled.append(u"expression %1"_s.arg(what));
        return false;
    }
    if (!group.prefixes.isEmpty())
        summary.notModelled.append(u"prefix lengths of %1: %2 (the whole columns are indexed "
                                   "in the model)"_s.arg(what, group.prefixes.join(u", "_s)));
    if (group.name == u"PRIMARY"_s) {
        table.primaryKey = ids;
    } else {
        table.indexes.append({state.result.schema.newIndexId(), group.name, ids, group.unique, {}});
    }
    ++summary.indexes;
    return true;
}

Table makeTable(const TableRow &row, const QList<const ColumnRow *> &columns,
                const QList<IndexGroup> &indexes, bool quotedDefaults, BuildState &state)
{
    Table table;
    table.name = row.name;
    table.comment = row.comment;
    for (const ColumnRow *column : columns)
        table.columns.append(makeColumn(*column, quotedDefaults, state));
    for (const IndexGroup &group : indexes)
        addIndex(table, group, state);
    return table;
}

} // namespace

std::optional<QString> normalizedDefault(const ColumnRow &row, const SqlType &type,
                                         bool quotedLiterals)
{
    if (!row.defaultValue)
        return std::nullopt;
    const QString &value = *row.defaultValue;
    if (quotedLiterals)
        return value == u"NULL"_s ? std::nullopt : std::optional<QString>(value);
    if (isCurrentTime(value))
        return value;
    if (row.extra.contains(u"DEFAULT_GENERATED"_s, Qt::CaseInsensitive))
        return u'(' + value + u')'; // MySQL 8 requires parentheses around expressions
    if (isBareLiteral(value, type))
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

void addTables(const Catalog &catalog, BuildState &state)
{
    QList<TableRow> tables;
    for (const TableRow &row : catalog.tables) {
        if (isBaseTable(row))
            tables.append(row);
        else if (row.type == u"SEQUENCE"_s)
            ++state.result.summary.otherObjects;
    }
    // Case-insensitively first, as people read a list; exactly when names differ only in
    // case, so that the order never depends on the server's collation.
    std::sort(tables.begin(), tables.end(), [](const TableRow &a, const TableRow &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    const auto columns = columnsByTable(catalog);
    const auto indexes = indexesByTable(catalog);
    const bool quoted = catalog.quotesDefaults();
    ImportSummary &summary = state.result.summary;
    for (const TableRow &row : std::as_const(tables)) {
        Table table
                = makeTable(row, columns.value(row.name), indexes.value(row.name), quoted, state);
        ++summary.tables;
        summary.columns += int(table.columns.size());
        state.result.schema.addTable(std::move(table));
    }
}

ImportResult buildMySqlSchema(const Catalog &catalog)
{
    BuildState state;
    Schema &schema = state.result.schema;
    schema.name = catalog.database;
    schema.dialect = Dialect::MySql;
    addTables(catalog, state);
    addConstraintRelations(catalog, state);
    addMarkerRelations(state);
    ImportSummary &summary = state.result.summary;
    summary.views = catalog.views;
    summary.otherObjects += catalog.routines + catalog.triggers + catalog.events;
    return std::move(state.result);
}

} // namespace relata::mysqlimport
