#include "ddlplan.h"

#include "foreignkeycheck.h"

#include "relationindex.h"
#include "sqldialect.h"

#include "validate/validationcontext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Names that must not repeat within one scope of the database, compared the way the
/// database compares them (MySQL and SQLite ignore case, PostgreSQL does not).
class NameScope
{
public:
    /// How names compare: exactly, or ignoring case (and in MySQL, accents).
    enum class Compare { Exact, Folded };

    NameScope(const SqlDialect &dialect, Compare compare)
        : m_dialect(dialect)
        , m_compare(compare)
    {}
    /// Index and constraint names: PostgreSQL compares them exactly, the others ignore case.
    explicit NameScope(const SqlDialect &dialect)
        : NameScope(dialect,
                    dialect.dialect() == Dialect::PostgreSql ? Compare::Exact : Compare::Folded)
    {}

    bool contains(const QString &name) const { return m_names.contains(key(name)); }
    void add(const QString &name) { m_names.insert(key(name)); }

    /// `name` when free, else `<table>_<name>`, then with `_2`, `_3`... until one is free.
    QString claim(const QString &name, const QString &table)
    {
        QString candidate = name;
        const QString prefixed = m_dialect.legalIdentifier(table + u'_' + name);
        for (int n = 1; contains(candidate); ++n) {
            candidate = n == 1 ? prefixed
                               : m_dialect.legalIdentifier(table + u'_' + name + u'_'
                                                           + QString::number(n));
        }
        add(candidate);
        return candidate;
    }

    /// The legal form of `name` when free, else with `_2`, `_3`... until one is free.
    QString claimNumbered(const QString &name)
    {
        QString candidate = m_dialect.legalIdentifier(name);
        for (int n = 2; contains(candidate); ++n)
            candidate = m_dialect.legalIdentifier(name + u'_' + QString::number(n));
        add(candidate);
        return candidate;
    }

private:
    QString key(const QString &name) const
    {
        const bool lowerAscii = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.unicode() < 0x80 && !(c >= u'A' && c <= u'Z');
        });
        if (m_compare == Compare::Exact || lowerAscii)
            return name; // shares the data: no allocation
        QString folded = name.toCaseFolded();
        const bool ascii = std::all_of(name.cbegin(), name.cend(),
                                       [](QChar c) { return c.unicode() < 0x80; });
        if (m_dialect.dialect() != Dialect::MySql || ascii)
            return folded;
        // MySQL compares column and index names accent-insensitively too.
        folded = folded.normalized(QString::NormalizationForm_D);
        folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return folded;
    }

    const SqlDialect &m_dialect;
    Compare m_compare;
    QSet<QString> m_names;
};

RelationMarker markerFor(const Schema &schema, const Relation &r, const DdlPlan &plan)
{
    const Table *child = schema.table(r.childTable);
    const Table *parent = schema.table(r.parentTable);
    RelationMarker marker;
    if (r.childColumns.size() > 1)
        marker.childColumns = plan.columnNamesOf(*child, r.childColumns);
    marker.parentTable = plan.tableName(*parent);
    marker.parentColumns = plan.columnNamesOf(*parent, r.parentColumns);
    marker.onDelete = r.onDelete;
    marker.onUpdate = r.onUpdate;
    marker.nameOnChild = r.nameOnChild;
    marker.nameOnParent = r.nameOnParent;
    return marker;
}

bool covers(const QList<ColumnId> &key, const QList<ColumnId> &cols)
{
    return key.size() >= cols.size() && std::equal(cols.cbegin(), cols.cend(), key.cbegin());
}

/// The model's indexes, then one per relation that has none (R007), names made unique
/// within `scope`. `relations` are the ones whose child is this table.
void planIndexes(PlannedTable &planned, const DdlPlan &plan,
                 const QList<const Relation *> &relations, const DdlOptions &options,
                 const SqlDialect &dialect, NameScope &scope)
{
    const Table &table = *planned.table;
    const QString tableName = plan.tableName(table);
    for (const Index &index : table.indexes) {
        const QString fitted = dialect.legalIdentifier(index.name);
        const QString name = scope.claim(fitted, tableName);
        planned.indexes.append({name, index.columns, index.unique, false,
                                name == index.name ? QString() : index.name});
    }
    if (!options.missingIndexes)
        return;
    for (const Relation *r : relations) {
        if (table.isIndexed(r->childColumns))
            continue;
        const bool added = std::any_of(
                planned.indexes.cbegin(), planned.indexes.cend(),
                [&](const PlannedIndex &ix) { return covers(ix.columns, r->childColumns); });
        if (added)
            continue;
        const QString wanted
                = relationIndexName(dialect, table.name, table.columnNames(r->childColumns));
        const QString name = scope.claim(wanted, tableName);
        planned.indexes.append(
                {name, r->childColumns, false, true, name == wanted ? QString() : wanted});
    }
}

/// Table names unique across the database, column names within each table.
void planNames(DdlPlan &plan, const Schema &schema, const SqlDialect &dialect)
{
    const bool sqlite = dialect.dialect() == Dialect::Sqlite;
    NameScope tables(dialect, sqlite ? NameScope::Compare::Folded : NameScope::Compare::Exact);
    const NameScope::Compare columnCompare = dialect.dialect() == Dialect::PostgreSql
                                                     ? NameScope::Compare::Exact
                                                     : NameScope::Compare::Folded;
    for (const Table &table : schema.tables()) {
        const QString name = tables.claimNumbered(table.name);
        if (name != table.name)
            plan.renamedTables.insert(table.id, name);
        NameScope columns(dialect, columnCompare);
        for (const Column &column : table.columns) {
            const QString columnName = columns.claimNumbered(column.name);
            if (columnName != column.name)
                plan.renamedColumns[table.id].insert(column.id, columnName);
        }
    }
}

} // namespace

QStringList DdlPlan::columnNamesOf(const Table &table, const QList<ColumnId> &columns) const
{
    QStringList result;
    result.reserve(columns.size());
    for (ColumnId c : columns) {
        const Column *column = table.column(c);
        result.append(column ? columnName(table, *column) : QString());
    }
    return result;
}

QList<const Relation *> DdlPlan::relationsToWrite(const Schema &schema)
{
    const ValidationOptions validationOptions;
    const ValidationContext context(schema, validationOptions);
    QList<const Relation *> relations;
    relations.reserve(context.relations().size());
    for (const Relation *r : context.relations()) {
        if (!r->isUnconfirmed())
            relations.append(r);
    }
    return relations;
}

DdlPlan DdlPlan::build(const Schema &schema, const DdlOptions &options, const SqlDialect &dialect)
{
    DdlPlan plan;
    plan.target = dialect.dialect();
    planNames(plan, schema, dialect);
    const QList<const Relation *> relations = relationsToWrite(schema);
    const DependencyOrder order = dependencyOrder(schema, relations);
    QHash<TableId, int> position; // table → index in plan.tables
    for (int node : order.tables) {
        position.insert(schema.tables().at(node).id, int(plan.tables.size()));
        plan.tables.append({&schema.tables().at(node), {}, {}, {}, {}});
    }
    // Index names are per table in MySQL; per database, shared with tables, elsewhere.
    const bool perTable = dialect.dialect() == Dialect::MySql;
    NameScope global(dialect);
    if (!perTable) {
        for (const Table &t : schema.tables())
            global.add(plan.tableName(t));
    }
    QHash<TableId, QList<const Relation *>> byChild;
    for (const Relation *r : relations)
        byChild[r->childTable].append(r);
    for (PlannedTable &planned : plan.tables) {
        NameScope local(dialect);
        local.add(u"PRIMARY"_s);
        planIndexes(planned, plan, byChild.value(planned.table->id), options, dialect,
                    perTable ? local : global);
    }
    for (const Relation *r : order.deferred)
        plan.tables[position.value(r->childTable)].deferredParents.append(r);
    const QSet<const Relation *> deferred(order.deferred.cbegin(), order.deferred.cend());
    NameScope constraints(dialect);
    for (const Relation *r : relations) {
        PlannedTable &child = plan.tables[position.value(r->childTable)];
        if (options.relationComments)
            child.markers.append({r->childColumns.constFirst(), markerFor(schema, *r, plan)});
        if (!options.withConstraints)
            continue;
        const QString refusal = foreignKeyRefusal(schema, *r, dialect.dialect());
        if (!refusal.isEmpty()) {
            plan.refusedForeignKeys.append({r, refusal});
            continue;
        }
        const QString tableName = plan.tableName(*child.table);
        const QString wanted
                = dialect.legalIdentifier(u"fk_"_s + child.table->name + u'_'
                                          + child.table->columnNames(r->childColumns).join(u'_'));
        PlannedForeignKey fk{r, constraints.claim(wanted, tableName), deferred.contains(r)};
        if (fk.deferred && dialect.dialect() != Dialect::Sqlite)
            plan.deferredForeignKeys.append(fk);
        else
            child.foreignKeys.append(fk);
    }
    return plan;
}

} // namespace relata
