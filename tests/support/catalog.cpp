#include "catalog_p.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

QString serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return u"MariaDB"_s;
    case ServerKind::PostgreSql:
        return u"PostgreSQL"_s;
    case ServerKind::Sqlite:
        return u"SQLite"_s;
    }
    return QString();
}

const CatalogColumn *CatalogTable::column(const QString &name) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                 [&](const CatalogColumn &c) { return c.name == name; });
    return it == columns.cend() ? nullptr : &*it;
}

const CatalogIndex *CatalogTable::primaryKey() const
{
    const auto it = std::find_if(indexes.cbegin(), indexes.cend(),
                                 [](const CatalogIndex &i) { return i.primary; });
    return it == indexes.cend() ? nullptr : &*it;
}

const CatalogTable *Catalog::table(const QString &name) const
{
    const auto it = std::find_if(tables.cbegin(), tables.cend(),
                                 [&](const CatalogTable &t) { return t.name == name; });
    return it == tables.cend() ? nullptr : &*it;
}

QStringList Catalog::tableNames() const
{
    QStringList names;
    for (const CatalogTable &t : tables)
        names.append(t.name);
    return names;
}

relata::Result<Catalog> readCatalog(ServerKind kind, const QSqlDatabase &db,
                                    const QString &databaseName)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return readMariaDbCatalog(db, databaseName);
    case ServerKind::PostgreSql:
        return readPostgresCatalog(db);
    case ServerKind::Sqlite:
        return readSqliteCatalog(db);
    }
    return relata::Result<Catalog>::failure(u"unknown database kind"_s);
}

namespace detail {

std::optional<QSqlQuery> select(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = u"could not prepare a catalog query: %1\n%2"_s.arg(query.lastError().text(), sql);
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = u"a catalog query failed: %1\n%2"_s.arg(query.lastError().text(), sql);
        return std::nullopt;
    }
    return query;
}

void CatalogBuilder::addTable(const QString &name, const QString &createSql)
{
    m_tableIndex.insert(name, m_catalog.tables.size());
    m_catalog.tables.append(CatalogTable{name, {}, {}, createSql});
}

CatalogTable *CatalogBuilder::find(const QString &table)
{
    const auto it = m_tableIndex.constFind(table);
    return it == m_tableIndex.cend() ? nullptr : &m_catalog.tables[*it];
}

bool CatalogBuilder::addColumn(const QString &table, const CatalogColumn &column)
{
    CatalogTable *t = find(table);
    if (t)
        t->columns.append(column);
    return t != nullptr;
}

bool CatalogBuilder::addIndexColumn(const QString &table, const QString &index, bool unique,
                                    bool primary, const QString &column)
{
    CatalogTable *t = find(table);
    if (!t)
        return false;
    auto it = std::find_if(t->indexes.begin(), t->indexes.end(), [&](const CatalogIndex &i) {
        return i.name == index && i.primary == primary;
    });
    if (it == t->indexes.end()) {
        t->indexes.append(CatalogIndex{index, {}, unique, primary});
        it = t->indexes.end() - 1;
    }
    it->columns.append(column);
    return true;
}

void CatalogBuilder::addForeignKeyColumn(const QString &table, const QString &key,
                                         const QString &name, const QString &parentTable,
                                         const QString &childColumn, const QString &parentColumn)
{
    const QString id = table + QChar(0) + key;
    auto it = m_keyIndex.constFind(id);
    if (it == m_keyIndex.cend()) {
        it = m_keyIndex.insert(id, m_catalog.foreignKeys.size());
        m_catalog.foreignKeys.append(CatalogForeignKey{name, table, {}, parentTable, {}});
    }
    CatalogForeignKey &fk = m_catalog.foreignKeys[*it];
    fk.childColumns.append(childColumn);
    fk.parentColumns.append(parentColumn);
}

Catalog CatalogBuilder::finish()
{
    auto byName = [](const auto &a, const auto &b) {
        return a.name < b.name;
    };
    std::sort(m_catalog.tables.begin(), m_catalog.tables.end(), byName);
    for (CatalogTable &t : m_catalog.tables) {
        std::sort(t.indexes.begin(), t.indexes.end(),
                  [](const CatalogIndex &a, const CatalogIndex &b) {
                      return a.primary != b.primary ? a.primary : a.name < b.name;
                  });
    }
    m_tableIndex.clear();
    m_keyIndex.clear();
    return std::move(m_catalog);
}

} // namespace detail

} // namespace relatatest
