// The catalog SQL of the PostgreSQL importer, kept readable in one place.
//
// Every query starts from the same two CTEs: `ns`, the selected schemas, and (from the
// tables on) `t`, the tables that are imported: ordinary and partitioned tables that are not
// themselves partitions and that no extension owns, which is what a person created.
#include "postgrescatalog.h"

using namespace Qt::StringLiterals;

namespace relata::pgcatalog {

namespace {

/// The selected schemas. {"*"} = every schema except PostgreSQL's own and temporary ones.
const QString kSchemasCte = uR"(
WITH wanted AS (SELECT ?::text[] AS names),
ns AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n, wanted w
  WHERE CASE WHEN w.names = ARRAY['*']
             THEN n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                  AND n.nspname NOT LIKE 'pg\_temp\_%'
                  AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
             ELSE n.nspname = ANY (w.names) END
))"_s;

/// Objects created by CREATE EXTENSION are the extension's, not the schema's.
const QString kNotExtension = uR"(
  NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
              WHERE d.classid = 'pg_catalog.pg_class'::regclass
                AND d.objid = c.oid AND d.deptype = 'e'))"_s;

const QString kTablesCte = kSchemasCte + uR"(,
t AS (
  SELECT c.oid, ns.nspname, c.relname
  FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND)"_s
                           + kNotExtension + u")\n"_s;

} // namespace

/// nspname, may the user read it (USAGE)
const QString schemasQuery = kSchemasCte + uR"(
SELECT ns.nspname, pg_catalog.has_schema_privilege(ns.oid, 'USAGE')
FROM ns ORDER BY ns.nspname)"_s;

/// oid, nspname, relname, comment
const QString tablesQuery = kTablesCte + uR"(
SELECT t.oid, t.nspname, t.relname, pg_catalog.obj_description(t.oid, 'pg_class')
FROM t ORDER BY t.nspname, t.relname)"_s;

/// table oid, attnum, name, type as written, NOT NULL, default expression, identity
/// ('a' always, 'd' by default, '' none), generated ('s' stored, '' none), comment
const QString columnsQuery = kTablesCte + uR"(
SELECT a.attrelid, a.attnum, a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       a.attnotnull,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid),
       a.attidentity::text, a.attgenerated::text,
       pg_catalog.col_description(a.attrelid, a.attnum)
FROM t
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum)"_s;

/// table oid, index name, unique, primary, key column attnums in order ("2,0,3"; 0 = an
/// expression; INCLUDE columns left out), has expressions, is partial, access method,
/// definition as pg_get_indexdef writes it
const QString indexesQuery = kTablesCte + uR"(
SELECT x.indrelid, i.relname, x.indisunique, x.indisprimary,
       (SELECT pg_catalog.string_agg(k.n::text, ',' ORDER BY k.ord)
        FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(n, ord)
        WHERE k.ord <= x.indnkeyatts),
       x.indexprs IS NOT NULL, x.indpred IS NOT NULL,
       am.amname, pg_catalog.pg_get_indexdef(x.indexrelid)
FROM t
JOIN pg_catalog.pg_index x ON x.indrelid = t.oid
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = i.relam
ORDER BY t.nspname, t.relname, i.relname)"_s;

/// kind ('p' primary key, 'f' foreign key), name, table oid, referenced table oid (FK),
/// referenced schema and table name (FK, for messages when it is not imported), columns'
/// attnums in order, referenced columns' attnums in order, on delete, on update
/// (confdeltype/confupdtype: a no action, r restrict, c cascade, n set null, d set default)
const QString constraintsQuery = kTablesCte + uR"(
SELECT con.contype::text, con.conname, con.conrelid, con.confrelid,
       pn.nspname, p.relname,
       (SELECT pg_catalog.string_agg(k.n::text, ',' ORDER BY k.ord)
        FROM unnest(con.conkey) WITH ORDINALITY AS k(n, ord)),
       (SELECT pg_catalog.string_agg(k.n::text, ',' ORDER BY k.ord)
        FROM unnest(con.confkey) WITH ORDINALITY AS k(n, ord)),
       con.confdeltype::text, con.confupdtype::text
FROM t
JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE con.contype IN ('p', 'f')
ORDER BY t.nspname, t.relname, con.conname)"_s;

/// What is counted and skipped: views (incl. materialized), partitions, sequences, foreign
/// tables, functions and procedures, triggers on imported tables (internal ones left out)
const QString otherObjectsQuery = kTablesCte + uR"(,
c AS (SELECT c.oid, c.relkind, c.relispartition
      FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
      WHERE)"_s + kNotExtension + uR"()
SELECT
  (SELECT count(*) FROM c WHERE c.relkind IN ('v', 'm')),
  (SELECT count(*) FROM c WHERE c.relkind IN ('r', 'p') AND c.relispartition),
  (SELECT count(*) FROM c WHERE c.relkind = 'S'),
  (SELECT count(*) FROM c WHERE c.relkind = 'f'),
  (SELECT count(*) FROM pg_catalog.pg_proc f JOIN ns ON ns.oid = f.pronamespace
   WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                     WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                       AND d.objid = f.oid AND d.deptype = 'e')),
  (SELECT count(*) FROM pg_catalog.pg_trigger g JOIN t ON t.oid = g.tgrelid
   WHERE NOT g.tgisinternal))"_s;

QString schemaArrayLiteral(const QStringList &schemas)
{
    QStringList quoted;
    quoted.reserve(schemas.size());
    for (QString name : schemas) {
        name.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        quoted.append(u'"' + name + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace relata::pgcatalog
