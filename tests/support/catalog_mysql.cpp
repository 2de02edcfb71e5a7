// The catalog of a MariaDB (or MySQL) database, from information_schema.
#include "catalog_p.h"

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

using detail::CatalogBuilder;
using detail::select;

bool readTables(const QSqlDatabase &db, const QVariantList &schema, CatalogBuilder &builder,
                QString *error)
{
    auto query = select(db,
                        u"SELECT TABLE_NAME FROM information_schema.TABLES"
                        " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"_s,
                        schema, error);
    if (!query)
        return false;
    while (query->next())
        builder.addTable(query->value(0).toString());
    return true;
}

bool readColumns(const QSqlDatabase &db, const QVariantList &schema, CatalogBuilder &builder,
                 QString *error)
{
    auto query = select(db,
                        u"SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT"
                        " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                        " ORDER BY TABLE_NAME, ORDINAL_POSITION"_s,
                        schema, error);
    if (!query)
        return false;
    while (query->next()) {
        const CatalogColumn column{query->value(1).toString(), query->value(2).toString(),
                                   query->value(3).toString() == u"YES"_s,
                                   query->value(4).toString()};
        // Views have columns too; only base tables were reported.
        builder.addColumn(query->value(0).toString(), column);
    }
    return true;
}

bool readIndexes(const QSqlDatabase &db, const QVariantList &schema, CatalogBuilder &builder,
                 QString *error)
{
    auto query = select(db,
                        u"SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME"
                        " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"
                        " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"_s,
                        schema, error);
    if (!query)
        return false;
    while (query->next()) {
        const QString index = query->value(1).toString();
        // COLUMN_NAME is NULL for a functional key part (MySQL 8).
        if (!builder.addIndexColumn(query->value(0).toString(), index, query->value(2).toInt() == 0,
                                    index == u"PRIMARY"_s, query->value(3).toString())) {
            *error = u"index %1 belongs to a table that is not listed"_s.arg(index);
            return false;
        }
    }
    return true;
}

bool readForeignKeys(const QSqlDatabase &db, const QVariantList &schema, CatalogBuilder &builder,
                     QString *error)
{
    // REFERENTIAL_CONSTRAINTS lists exactly the FOREIGN KEY constraints; KEY_COLUMN_USAGE
    // gives their columns in order.
    auto query = select(db,
                        u"SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME,"
                        " k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME"
                        " FROM information_schema.REFERENTIAL_CONSTRAINTS r"
                        " JOIN information_schema.KEY_COLUMN_USAGE k"
                        " ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                        " AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                        " AND k.TABLE_NAME = r.TABLE_NAME"
                        " WHERE r.CONSTRAINT_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL"
                        " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"_s,
                        schema, error);
    if (!query)
        return false;
    while (query->next()) {
        const QString table = query->value(0).toString();
        const QString name = query->value(1).toString();
        builder.addForeignKeyColumn(table, name, name, query->value(2).toString(),
                                    query->value(3).toString(), query->value(4).toString());
    }
    return true;
}

} // namespace

relata::Result<Catalog> readMariaDbCatalog(const QSqlDatabase &db, const QString &databaseName)
{
    const QVariantList schema{databaseName};
    CatalogBuilder builder;
    QString error;
    if (!readTables(db, schema, builder, &error) || !readColumns(db, schema, builder, &error)
        || !readIndexes(db, schema, builder, &error)
        || !readForeignKeys(db, schema, builder, &error)) {
        return relata::Result<Catalog>::failure(u"MariaDB: "_s + error);
    }
    return builder.finish();
}

} // namespace relatatest
