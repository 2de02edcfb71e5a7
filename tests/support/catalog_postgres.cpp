// The catalog of a PostgreSQL database (its current schema), from pg_catalog.
#include "catalog_p.h"

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

using detail::CatalogBuilder;
using detail::select;

bool readColumns(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    // Tables without columns exist in PostgreSQL: list tables on their own first.
    auto tables = select(db,
                         u"SELECT c.relname FROM pg_catalog.pg_class c"
                         " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                         " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"_s,
                         {}, error);
    if (!tables)
        return false;
    while (tables->next())
        builder.addTable(tables->value(0).toString());
    auto query = select(db,
                        u"SELECT c.relname, a.attname,"
                        " pg_catalog.format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                        " COALESCE(pg_catalog.col_description(c.oid, a.attnum), '')"
                        " FROM pg_catalog.pg_class c"
                        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid"
                        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                        " AND a.attnum > 0 AND NOT a.attisdropped"
                        " ORDER BY c.relname, a.attnum"_s,
                        {}, error);
    if (!query)
        return false;
    while (query->next()) {
        builder.addColumn(query->value(0).toString(),
                          CatalogColumn{query->value(1).toString(), query->value(2).toString(),
                                        query->value(3).toBool(), query->value(4).toString()});
    }
    return true;
}

bool readIndexes(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    // One row per key column (INCLUDE columns left out); an expression has no attribute.
    auto query = select(db,
                        u"SELECT t.relname, i.relname, x.indisunique, x.indisprimary,"
                        " COALESCE(a.attname, '')"
                        " FROM pg_catalog.pg_index x"
                        " JOIN pg_catalog.pg_class t ON t.oid = x.indrelid"
                        " JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid"
                        " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
                        " CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY"
                        " AS k(attnum, ord)"
                        " LEFT JOIN pg_catalog.pg_attribute a"
                        " ON a.attrelid = t.oid AND a.attnum = k.attnum"
                        " WHERE n.nspname = current_schema() AND k.ord <= x.indnkeyatts"
                        " ORDER BY t.relname, i.relname, k.ord"_s,
                        {}, error);
    if (!query)
        return false;
    while (query->next()) {
        const QString index = query->value(1).toString();
        if (!builder.addIndexColumn(query->value(0).toString(), index, query->value(2).toBool(),
                                    query->value(3).toBool(), query->value(4).toString())) {
            *error = u"index %1 belongs to a table that is not listed"_s.arg(index);
            return false;
        }
    }
    return true;
}

bool readForeignKeys(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    auto query = select(db,
                        u"SELECT t.relname, con.conname, p.relname, ca.attname, pa.attname"
                        " FROM pg_catalog.pg_constraint con"
                        " JOIN pg_catalog.pg_class t ON t.oid = con.conrelid"
                        " JOIN pg_catalog.pg_class p ON p.oid = con.confrelid"
                        " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
                        " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY"
                        " AS k(child, parent, ord)"
                        " JOIN pg_catalog.pg_attribute ca"
                        " ON ca.attrelid = con.conrelid AND ca.attnum = k.child"
                        " JOIN pg_catalog.pg_attribute pa"
                        " ON pa.attrelid = con.confrelid AND pa.attnum = k.parent"
                        " WHERE con.contype = 'f' AND n.nspname = current_schema()"
                        " ORDER BY t.relname, con.conname, k.ord"_s,
                        {}, error);
    if (!query)
        return false;
    while (query->next()) {
        const QString name = query->value(1).toString();
        builder.addForeignKeyColumn(query->value(0).toString(), name, name,
                                    query->value(2).toString(), query->value(3).toString(),
                                    query->value(4).toString());
    }
    return true;
}

} // namespace

relata::Result<Catalog> readPostgresCatalog(const QSqlDatabase &db)
{
    CatalogBuilder builder;
    QString error;
    if (!readColumns(db, builder, &error) || !readIndexes(db, builder, &error)
        || !readForeignKeys(db, builder, &error)) {
        return relata::Result<Catalog>::failure(u"PostgreSQL: "_s + error);
    }
    return builder.finish();
}

} // namespace relatatest
