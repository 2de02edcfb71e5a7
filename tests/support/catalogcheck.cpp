// compareCatalog(): tables, columns, types and primary keys; catalogcheck_keys.cpp has
// the indexes, foreign keys and relation markers.
#include "catalogcheck_p.h"

#include "sql/typemapping.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace detail {

QString nameList(const QStringList &names)
{
    return u"(\""_s + names.join(u"\", \""_s) + u"\")"_s;
}

void CatalogCheck::checkTables()
{
    QStringList expected;
    for (const Table &table : m_schema.tables())
        expected.append(m_names.table(table.id));
    const QStringList loaded = m_catalog.tableNames();
    for (const QString &name : std::as_const(expected)) {
        if (!loaded.contains(name))
            problem(u"table \"%1\" is missing"_s.arg(name));
    }
    for (const QString &name : loaded) {
        if (!expected.contains(name))
            problem(u"table \"%1\" was not expected"_s.arg(name));
    }
}

QString CatalogCheck::expectedType(const Table &table, const Column &column) const
{
    // SQLite counts up only an INTEGER PRIMARY KEY, so the DDL declares such a key INTEGER.
    const bool rowid = column.autoIncrement && table.primaryKey == QList{column.id};
    if (m_target == Dialect::Sqlite && rowid)
        return u"INTEGER"_s;
    return relata::mapType(column.type, m_schema.dialect, m_target).text;
}

bool CatalogCheck::expectedNullable(const Table &table, const Column &column) const
{
    if (!column.nullable || m_target == Dialect::Sqlite)
        return column.nullable; // SQLite reports NOT NULL only where it was written
    // MySQL and PostgreSQL make key columns NOT NULL; MySQL's serial says NOT NULL, and
    // PostgreSQL's identity columns are NOT NULL.
    const relata::SqlType mapped = relata::SqlType::parse(
            relata::mapType(column.type, m_schema.dialect, m_target).text, m_target);
    return !table.primaryKey.contains(column.id) && !mapped.impliesNotNull
           && !(m_target == Dialect::PostgreSql && column.autoIncrement);
}

void CatalogCheck::checkColumns(const Table &table, const CatalogTable &loaded)
{
    QStringList expected;
    for (const Column &column : table.columns)
        expected.append(m_names.column(table.id, column.id));
    QStringList names;
    for (const CatalogColumn &column : loaded.columns)
        names.append(column.name);
    if (names != expected) {
        problem(u"table \"%1\": columns %2, expected %3"_s.arg(loaded.name, nameList(names),
                                                               nameList(expected)));
        return;
    }
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const Column &column = table.columns.at(i);
        const CatalogColumn &got = loaded.columns.at(i);
        const QString type = expectedType(table, column);
        if (comparableType(got.type, m_target) != comparableType(type, m_target)) {
            problem(u"column \"%1\".\"%2\": the server reports type \"%3\" for \"%4\" (%5 vs %6)"_s
                            .arg(loaded.name, got.name, got.type, type,
                                 comparableType(got.type, m_target),
                                 comparableType(type, m_target)));
        }
        if (got.nullable != expectedNullable(table, column)) {
            problem(u"column \"%1\".\"%2\": %3 where %4 was expected"_s.arg(
                    loaded.name, got.name, got.nullable ? u"NULL"_s : u"NOT NULL"_s,
                    got.nullable ? u"NOT NULL"_s : u"NULL"_s));
        }
    }
}

void CatalogCheck::checkPrimaryKey(const Table &table, const CatalogTable &loaded)
{
    const QStringList expected = m_names.columns(table.id, table.primaryKey);
    const CatalogIndex *key = loaded.primaryKey();
    const QStringList got = key ? key->columns : QStringList();
    if (got != expected) {
        problem(u"table \"%1\": primary key %2, expected %3"_s.arg(loaded.name, nameList(got),
                                                                   nameList(expected)));
    }
}

} // namespace detail

QList<const relata::Relation *> writtenRelations(const relata::Schema &schema)
{
    QList<const relata::Relation *> relations;
    for (const relata::Relation &r : schema.relations()) {
        const relata::Table *child = schema.table(r.childTable);
        const relata::Table *parent = schema.table(r.parentTable);
        const auto exist = [](const relata::Table *table, const QList<relata::ColumnId> &columns) {
            return std::all_of(columns.cbegin(), columns.cend(),
                               [&](relata::ColumnId c) { return table->column(c) != nullptr; });
        };
        if (r.isUnconfirmed() || r.decision == relata::RelationDecision::Ignored || !child
            || !parent || r.childColumns.isEmpty()
            || r.childColumns.size() != r.parentColumns.size() || !exist(child, r.childColumns)
            || !exist(parent, r.parentColumns)) {
            continue;
        }
        relations.append(&r);
    }
    return relations;
}

QStringList compareCatalog(const relata::Schema &schema, relata::Dialect target,
                           const relata::DdlOptions &options, const Catalog &catalog)
{
    return detail::CatalogCheck(schema, target, options, catalog).run();
}

} // namespace relatatest
