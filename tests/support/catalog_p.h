#pragma once

// Shared by the per-server catalog readers; not part of the library's interface.
#include "catalog.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace relatatest::detail {

/// Runs `sql` (a SELECT, values bound in order) forward-only. On failure returns nothing
/// and sets `error` to the driver's message and the query.
std::optional<QSqlQuery> select(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values, QString *error);

/// Collects catalog rows, which arrive one column (or index column) per row, into tables.
class CatalogBuilder
{
public:
    void addTable(const QString &name, const QString &createSql = QString());
    /// False when the table was not reported first (the catalog is then inconsistent).
    bool addColumn(const QString &table, const CatalogColumn &column);
    /// Appends `column` to the index named `index` of `table`, creating it on first sight.
    bool addIndexColumn(const QString &table, const QString &index, bool unique, bool primary,
                        const QString &column);
    /// Appends one column pair to the FOREIGN KEY identified by (`table`, `key`).
    void addForeignKeyColumn(const QString &table, const QString &key, const QString &name,
                             const QString &parentTable, const QString &childColumn,
                             const QString &parentColumn);
    /// Sorts tables and indexes and hands the catalog over.
    Catalog finish();

private:
    CatalogTable *find(const QString &table);

    Catalog m_catalog;
    QHash<QString, qsizetype> m_tableIndex;
    QHash<QString, qsizetype> m_keyIndex; ///< "table\0key" → position in foreignKeys
};

} // namespace relatatest::detail
