#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace relatatest {

/// The three databases the live tests load DDL into.
enum class ServerKind { MariaDb, PostgreSql, Sqlite };

/// "MariaDB", "PostgreSQL", "SQLite".
QString serverKindName(ServerKind kind);

/// A column as the database's catalog reports it.
struct CatalogColumn
{
    QString name;
    QString type; ///< as reported: `int(11) unsigned`, `character varying(120)`, `TEXT`
    bool nullable = true;
    QString comment; ///< the column comment; in SQLite, which has none, the `--` lines right
                     ///< above the column in the CREATE TABLE text it keeps
};

/// An index, the primary key included (`primary` set; SQLite's rowid key has no index of
/// its own but is reported here all the same).
struct CatalogIndex
{
    QString name;        ///< "PRIMARY" in MariaDB; empty for SQLite's primary key
    QStringList columns; ///< in key order; an expression is an empty string
    bool unique = false;
    bool primary = false;
};

/// A FOREIGN KEY constraint.
struct CatalogForeignKey
{
    QString name; ///< empty in SQLite, which reports none
    QString childTable;
    QStringList childColumns;
    QString parentTable;
    QStringList parentColumns;
};

struct CatalogTable
{
    QString name;
    QList<CatalogColumn> columns; ///< in table order
    QList<CatalogIndex> indexes;  ///< sorted by name; the primary key first
    QString createSql;            ///< SQLite: the CREATE TABLE text it keeps; empty elsewhere

    const CatalogColumn *column(const QString &name) const;
    const CatalogIndex *primaryKey() const;
};

/// What a database holds after a DDL script: its tables (sorted by name, compared exactly)
/// and every FOREIGN KEY constraint.
struct Catalog
{
    QList<CatalogTable> tables;
    QList<CatalogForeignKey> foreignKeys;

    const CatalogTable *table(const QString &name) const;
    QStringList tableNames() const;
};

/// Reads the catalog of the database `db` is connected to (for MariaDB, `databaseName`)
/// in a few bulk queries. Fails with the driver's message and the query that failed.
relata::Result<Catalog> readCatalog(ServerKind kind, const QSqlDatabase &db,
                                    const QString &databaseName);

/// The per-server readers behind readCatalog().
relata::Result<Catalog> readMariaDbCatalog(const QSqlDatabase &db, const QString &databaseName);
relata::Result<Catalog> readPostgresCatalog(const QSqlDatabase &db);
relata::Result<Catalog> readSqliteCatalog(const QSqlDatabase &db);

} // namespace relatatest
