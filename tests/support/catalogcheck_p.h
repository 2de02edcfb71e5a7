#pragma once

// The checks behind compareCatalog(); not part of the library's interface.
#include "catalogcheck.h"
#include "expectednames.h"

#include "sql/relationindex.h"
#include "sql/sqldialect.h"

#include <QHash>

namespace relatatest::detail {

using relata::Column;
using relata::Dialect;
using relata::Relation;
using relata::Table;

/// `("a", "b")`: names in messages, quoted so that spaces and empty names show.
QString nameList(const QStringList &names);

/// One comparison of a catalog with a schema; collects the differences.
class CatalogCheck
{
public:
    CatalogCheck(const relata::Schema &schema, Dialect target, const relata::DdlOptions &options,
                 const Catalog &catalog)
        : m_schema(schema)
        , m_target(target)
        , m_dialect(relata::SqlDialect::get(target))
        , m_options(options)
        , m_catalog(catalog)
        , m_names(schema, target)
        , m_relations(writtenRelations(schema))
    {
        countIndexNames();
    }

    /// Every check; the differences, one line each.
    QStringList run()
    {
        checkTables();
        for (const Table &table : m_schema.tables()) {
            const CatalogTable *loaded = m_catalog.table(m_names.table(table.id));
            if (!loaded)
                continue;
            checkColumns(table, *loaded);
            checkPrimaryKey(table, *loaded);
            checkIndexes(table, *loaded);
            if (m_options.relationComments)
                checkMarkers(table, *loaded);
        }
        checkForeignKeys();
        return m_problems;
    }

private:
    void problem(const QString &text) { m_problems.append(text); }

    /// Where an index name must be unique: its table in MySQL, the whole database (tables
    /// included) in PostgreSQL and SQLite.
    QString indexKey(const QString &table, const QString &name) const
    {
        const QString scope = m_target == Dialect::MySql ? table : QString();
        return scope + QChar(0) + comparableName(name, m_target, NameScope::Index);
    }

    QString relationIndexWanted(const Relation &r) const
    {
        const Table &child = *m_schema.table(r.childTable);
        return relata::relationIndexName(m_dialect, child.name, child.columnNames(r.childColumns));
    }

    /// Index names wanted more than once in their scope may be renamed; the others must
    /// arrive exactly.
    void countIndexNames()
    {
        for (const Table &table : m_schema.tables()) {
            const QString name = m_names.table(table.id);
            if (m_target != Dialect::MySql)
                ++m_indexNames[indexKey(name, name)];
            for (const relata::Index &index : table.indexes)
                ++m_indexNames[indexKey(name, m_dialect.legalIdentifier(index.name))];
        }
        for (const Relation *r : std::as_const(m_relations))
            ++m_indexNames[indexKey(m_names.table(r->childTable), relationIndexWanted(*r))];
    }

    bool nameIsUnique(const QString &table, const QString &name) const
    {
        return m_indexNames.value(indexKey(table, name)) == 1;
    }

    void checkTables();
    void checkColumns(const Table &table, const CatalogTable &loaded);
    void checkPrimaryKey(const Table &table, const CatalogTable &loaded);
    void checkIndexes(const Table &table, const CatalogTable &loaded);
    void checkRelationIndexes(const Table &table, const CatalogTable &loaded,
                              QList<const CatalogIndex *> &unused);
    void checkUnusedIndexes(const Table &table, const QList<const CatalogIndex *> &unused);
    void checkForeignKeys();
    void checkMarkers(const Table &table, const CatalogTable &loaded);

    QString expectedType(const Table &table, const Column &column) const;
    bool expectedNullable(const Table &table, const Column &column) const;

    const relata::Schema &m_schema;
    Dialect m_target;
    const relata::SqlDialect &m_dialect;
    const relata::DdlOptions &m_options;
    const Catalog &m_catalog;
    ExpectedNames m_names;
    QList<const Relation *> m_relations;
    QHash<QString, int> m_indexNames;
    QStringList m_problems;
};

} // namespace relatatest::detail
