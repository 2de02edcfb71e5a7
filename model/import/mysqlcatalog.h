#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace relata::mysqlcatalog {

/// The catalog queries, each one bulk read of information_schema for the whole database
/// (bound to the database name), so an import costs the same few round trips for 10 or
/// 5,000 tables.
extern const QLatin1StringView kServerSql;
extern const QLatin1StringView kTablesSql;
extern const QLatin1StringView kColumnsSql;
extern const QLatin1StringView kIndexesSql;
extern const QLatin1StringView kForeignKeysSql;
extern const QLatin1StringView kOtherObjectsSql;
extern const QLatin1StringView kJsonChecksSql; ///< MariaDB only

/// How many times each query binds the database name (positional `?`).
int bindCount(QLatin1StringView sql);

/// One row of kTablesSql.
struct TableRow
{
    QString name;
    QString type; ///< "BASE TABLE", "SYSTEM VERSIONED", "VIEW", "SEQUENCE"...
    QString comment;
};

/// One row of kColumnsSql, in table and ordinal order.
struct ColumnRow
{
    QString table;
    QString name;
    QString type; ///< COLUMN_TYPE as the server writes it: `int(11) unsigned`
    bool nullable = true;
    std::optional<QString> defaultValue; ///< COLUMN_DEFAULT; nullopt when SQL NULL
    QString extra;                       ///< EXTRA: "auto_increment", "DEFAULT_GENERATED"...
    QString comment;
};

/// One row of kIndexesSql: one key part of one index.
struct IndexRow
{
    QString table;
    QString index;
    bool unique = false;
    QString column;     ///< empty for a functional key part (MySQL 8)
    int prefixLength{}; ///< SUB_PART; 0 = the whole column
    QString indexType;  ///< BTREE, HASH, FULLTEXT, SPATIAL
};

/// One row of kForeignKeysSql: one column pair of one FOREIGN KEY.
struct ForeignKeyRow
{
    QString table;
    QString constraint;
    QString column;
    QString parentSchema;
    QString parentTable;
    QString parentColumn;
    QString onUpdate; ///< UPDATE_RULE: "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"...
    QString onDelete;
};

/// Everything an import reads, before it becomes a Schema.
struct Catalog
{
    QString database;
    QString serverVersion; ///< VERSION(): "10.11.6-MariaDB-0+deb12u1", "8.0.36"
    QList<TableRow> tables;
    QList<ColumnRow> columns;
    QList<IndexRow> indexes;
    QList<ForeignKeyRow> foreignKeys;
    int views = 0;
    int routines = 0;
    int triggers = 0;
    int events = 0;

    bool isMariaDb() const;
    /// True when COLUMN_DEFAULT quotes string literals and spells a NULL default `NULL`
    /// (MariaDB 10.2.7 and later); MySQL writes literals bare and NULL as SQL NULL.
    bool quotesDefaults() const;
};

} // namespace relata::mysqlcatalog
