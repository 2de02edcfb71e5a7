#pragma once

#include "core/schema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace relata::inference {

/// A name reduced for comparison: lower case, without underscores, so that `MediaTypeId`,
/// `media_type_id` and `mediatypeid` compare equal.
QString squash(const QString &name);
/// The words of a name: split at underscores and at lower-to-upper case changes, lower case
/// (`MediaTypeId` → media, type, id; `proxy_hostid` → proxy, hostid).
QStringList words(const QString &name);
/// A key's name without its `id` ending (`itemid` → item, `user_id` → user,
/// `lld_override_operationid` → lld_override_operation), or empty when it has none.
QString keyStem(const QString &keyName);
/// The key an entity is looked up by: the squashed singular (`diary_entries` → diaryentry).
QString entityKey(const QString &name);
/// True when the first words of the table name `child`, not all of them, are the table name
/// `parent` (item_rtdata begins with items).
bool beginsWithName(const QString &child, const QString &parent);
/// True when the first or last words of the table name `child` are the table name `parent`
/// (problem_tag and service_problem are named after problem).
bool isNamedAfter(const QString &child, const QString &parent);

/// What inference needs to know of one table.
struct TableInfo
{
    const Table *table = nullptr;
    QString base;                    ///< the name without a PostgreSQL schema qualifier
    QString qualifier;               ///< the PostgreSQL schema, or empty
    const Column *soleKey = nullptr; ///< the primary key when it is one column
    /// Single-column keys: the sole primary key column, then single-column unique indexes.
    QList<const Column *> keyColumns;
};

/// How a table was found for an entity name.
enum class EntityMatch {
    Exact,        ///< the table's own name, singular or plural, or without a given prefix
    SharedPrefix, ///< the child's own prefix plus the entity (`current_` + `node` → current_nodes)
    LastWords,    ///< only the last words of the table's name (`blob` → active_storage_blobs)
};

struct EntityHit
{
    int table = -1;
    EntityMatch match = EntityMatch::Exact;
};

/// The tables of a schema indexed by the names inference looks them up by.
class TableCatalog
{
public:
    TableCatalog(const Schema &schema, const QStringList &givenPrefixes);

    qsizetype size() const { return m_tables.size(); }
    const TableInfo &at(qsizetype i) const { return m_tables.at(i); }
    /// The index of the table with this id, or -1.
    int indexOf(TableId id) const { return m_indexById.value(id, -1); }

    /// Tables an entity name (`user`, `users`, `diary_entry`) may stand for, seen from the
    /// child table `child`: its own name (also without a given prefix), the child's
    /// prefixes plus the name, and when neither finds one, tables whose last words are the name.
    /// Never `child` itself through a prefix.
    QList<EntityHit> tablesForEntity(const QString &entity, int child) const;
    /// True when `entity` is the name of table `table` itself (singular or plural).
    bool isNamed(const QString &entity, int table) const;
    /// Tables whose one-column primary key has this squashed name (not "id").
    QList<int> tablesWithKeyNamed(const QString &squashedName) const;
    /// Tables that have a column of exactly this name.
    QList<int> tablesWithColumn(const QString &name) const { return m_byColumn.value(name); }
    /// Tables that have a column of this squashed name (`cart_id`, `CartId` → cartid).
    QList<int> tablesWithSquashedColumn(const QString &squashedName) const
    {
        return m_bySquashedColumn.value(squashedName);
    }

private:
    QList<TableInfo> m_tables;
    QHash<TableId, int> m_indexById;
    QHash<QString, QList<int>> m_byEntity;         ///< entityKey(base) → tables
    QHash<QString, QList<int>> m_byLastWords;      ///< entityKey(trailing words) → tables
    QHash<QString, QList<int>> m_byKeyName;        ///< squash(sole key name) → tables
    QHash<QString, QList<int>> m_byColumn;         ///< column name → tables
    QHash<QString, QList<int>> m_bySquashedColumn; ///< squash(column name) → tables
};

} // namespace relata::inference
