#pragma once

#include "schemaimporter.h"
#include "sqlitecreatetable.h"

#include "sql/relationmarker.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace relata {

/// One row of pragma_table_info, with the table it belongs to.
struct SqliteColumnRow
{
    QString table;
    QString name;
    QString type; ///< as declared; empty when the column has no type
    bool notNull = false;
    std::optional<QString> defaultValue;
    int primaryKeyPosition = 0; ///< 1-based position in the primary key; 0 = not in it
};

/// One row of pragma_index_list.
struct SqliteIndexRow
{
    QString table;
    QString name;
    bool unique = false;
    QString origin; ///< "c" created, "u" UNIQUE constraint, "pk" PRIMARY KEY
    bool partial = false;
};

/// One key column of an index (pragma_index_xinfo with key = 1).
struct SqliteIndexColumnRow
{
    QString index;
    int cid = 0; ///< -1 = the rowid, -2 = an expression
    QString column;
    bool descending = false;
};

/// One column pair of a FOREIGN KEY (pragma_foreign_key_list).
struct SqliteForeignKeyRow
{
    QString table;
    int id = 0;
    QString parentTable;
    QString from;
    std::optional<QString> to; ///< nullopt: `REFERENCES t` without columns, the parent's key
    QString onUpdate;
    QString onDelete;
};

/// Turns the rows SqliteImporter reads into a Schema and its summary. Separate from the
/// queries so that the catalog SQL stays short and readable next to the code running it.
class SqliteCatalogBuilder
{
public:
    void addTable(const QString &name, const QString &createSql);
    void addColumn(const SqliteColumnRow &row);
    void addIndex(const SqliteIndexRow &row);
    void addIndexColumn(const SqliteIndexColumnRow &row);
    void addForeignKeyColumn(const SqliteForeignKeyRow &row);
    /// An object that is counted and skipped (a view, trigger, virtual table).
    void skipView() { ++m_summary.views; }
    void skipOther(const QString &notModelled = {});

    /// The schema: tables by name, columns by position, then relations from FOREIGN KEY
    /// constraints and from Relata's markers in the column comments.
    ImportResult finish(const QString &schemaName);

private:
    struct PendingTable
    {
        QString createSql;
        QList<SqliteColumnRow> columns;
        QList<SqliteIndexRow> indexes;
    };
    struct PendingMarker
    {
        QString table;
        QString column;
        RelationMarker marker;
    };

    Table buildTable(const QString &name, const PendingTable &pending);
    void buildIndexes(Table &table, const QString &tableName, const PendingTable &pending);
    const Table *findTable(const QString &name) const;
    std::optional<QList<ColumnId>> findColumns(const Table &table, const QStringList &names) const;
    void addForeignKey(const QList<SqliteForeignKeyRow> &rows);
    void addMarker(const PendingMarker &pending);
    void notModelled(const QString &what) { m_summary.notModelled.append(what); }

    Schema m_schema;
    ImportSummary m_summary;
    QMap<QString, PendingTable> m_tables;                       ///< by name: the model's order
    QHash<QString, QList<SqliteIndexColumnRow>> m_indexColumns; ///< by index name
    QList<QList<SqliteForeignKeyRow>> m_foreignKeys;            ///< one entry per constraint
    QList<PendingMarker> m_markers;
    QHash<QString, TableId> m_tableIds; ///< by lower-case name: SQLite ignores ASCII case
};

} // namespace relata
