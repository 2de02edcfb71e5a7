#pragma once

#include "ddl.h"
#include "dependencyorder.h"
#include "relationmarker.h"

#include <QHash>
#include <QList>
#include <QString>

namespace relata {

class SqlDialect;

/// One index the DDL creates: the table's own, or the one a relation needs (R007).
struct PlannedIndex
{
    QString name; ///< as the database will call it: fitted and unique where it must be
    QList<ColumnId> columns;
    bool unique = false;
    bool forRelation = false; ///< added for a relation (R007)
    QString renamedFrom;      ///< the model's name when it had to change; empty otherwise
};

/// A real FOREIGN KEY, when the options ask for them.
struct PlannedForeignKey
{
    const Relation *relation = nullptr;
    QString name;
    bool deferred = false; ///< closes a loop: added by ALTER TABLE once every table exists
};

/// What the DDL of one table holds besides the model's own table.
struct PlannedTable
{
    const Table *table = nullptr;
    QList<PlannedIndex> indexes;
    QList<PlannedForeignKey> foreignKeys;
    /// Markers by the column that carries them (the relation's first child column).
    QList<std::pair<ColumnId, RelationMarker>> markers;
    QList<const Relation *> deferredParents; ///< relations to tables created later
};

/// Everything the writers need, decided once and independent of the dialect's syntax:
/// which relations count, the creation order, the index and constraint names. Keeping the
/// decisions here leaves the per-dialect writers with spelling only.
struct DdlPlan
{
    Dialect target = Dialect::MySql;
    QList<PlannedTable> tables; ///< in creation order, parents first
    QList<PlannedForeignKey> deferredForeignKeys;
    /// Relations whose FOREIGN KEY the target would refuse (foreignKeyRefusal()), with why.
    QList<std::pair<const Relation *, QString>> refusedForeignKeys;
    /// The names the database gets where they differ from the model's: legal for the dialect
    /// (SqlDialect::legalIdentifier) and distinct the way it compares them (SQLite tables and
    /// MySQL or SQLite columns ignore case): a later name that collides with an earlier one in
    /// model order gets `_2`... Only renamed names are kept; in most schemas there are none.
    QHash<TableId, QString> renamedTables;
    QHash<TableId, QHash<ColumnId, QString>> renamedColumns;

    QString tableName(const Table &table) const
    {
        return renamedTables.isEmpty() ? table.name : renamedTables.value(table.id, table.name);
    }
    QString columnName(const Table &table, const Column &column) const
    {
        if (renamedColumns.isEmpty())
            return column.name;
        const auto it = renamedColumns.constFind(table.id);
        return it == renamedColumns.cend() ? column.name : it->value(column.id, column.name);
    }
    QStringList columnNamesOf(const Table &table, const QList<ColumnId> &columns) const;

    /// The relations DDL writes: not ignored, not unconfirmed (inferred and not accepted),
    /// naming tables and columns that exist, with column lists of equal length.
    static QList<const Relation *> relationsToWrite(const Schema &schema);
    static DdlPlan build(const Schema &schema, const DdlOptions &options,
                         const SqlDialect &dialect);
};

} // namespace relata
