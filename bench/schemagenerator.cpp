#include "schemagenerator.h"

#include "columncatalog.h"
#include "splitmix64.h"

#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr double kGridX = 320;
constexpr double kGridY = 360;
constexpr double kMargin = 40;

struct GeneratedTable
{
    TableId id;
    QString entity;         ///< singular, with a numeric suffix past the first round: "order_2"
    bool composite = false; ///< primary key (tenant_id, id)
    int referenceAt = 1;    ///< where the next reference column goes (after the key columns)
};

class Generator
{
public:
    explicit Generator(const SchemaGeneratorOptions &options)
        : m_options(options)
        , m_rng(options.seed)
    {}

    Schema run();

private:
    Column makeColumn(const QString &name, ColumnKind kind, int length = 0);
    Table makeTable(int index);
    void addDataColumns(Table &table);
    void addDataIndexes(Table &table);
    void addSoftDelete(Table &table);
    void addParentsOf(int child);
    void addCycles(int count);
    bool addReference(int child, int parent, bool closesCycle);
    ColumnId referenceColumn(int child, const QString &name, ColumnKind kind, bool nullable);
    void addIndex(Table &table, const QList<ColumnId> &columns, bool unique);
    void setActions(Relation &relation, bool nullable, bool closesCycle);
    void setOrigin(Relation &relation);

    SchemaGeneratorOptions m_options;
    SplitMix64 m_rng;
    Schema m_schema;
    QList<GeneratedTable> m_tables;
    QSet<quint64> m_linked; ///< child << 32 | parent, so no pair is linked twice
    QList<int> m_selfReferencing;
};

Schema Generator::run()
{
    const int count = std::max(0, m_options.tables);
    m_schema.name = u"synthetic_%1"_s.arg(count);
    m_schema.dialect = m_options.dialect;
    m_tables.reserve(count);
    for (int i = 0; i < count; ++i) {
        GeneratedTable info;
        const auto nouns = tableNouns();
        const int round = i / int(nouns.size());
        info.entity = QString::fromUtf16(nouns[size_t(i) % nouns.size()]);
        if (round > 0)
            info.entity += u"_%1"_s.arg(round + 1);
        info.composite = i > 0 && m_rng.percent(2);
        info.referenceAt = info.composite ? 2 : 1;
        m_tables.append(info);
        m_tables[i].id = m_schema.addTable(makeTable(i));
        addParentsOf(i);
    }
    for (int i : std::as_const(m_selfReferencing))
        addReference(i, i, false);
    addCycles(count >= 10 ? 1 + count / 500 : 0);
    return std::move(m_schema);
}

Column Generator::makeColumn(const QString &name, ColumnKind kind, int length)
{
    Column c;
    c.id = m_schema.newColumnId();
    c.name = name;
    c.type = SqlType::parse(columnTypeText(kind, length, m_options.dialect), m_options.dialect);
    return c;
}

Table Generator::makeTable(int index)
{
    const GeneratedTable &info = m_tables.at(index);
    Table t;
    t.name = pluralOf(info.entity);
    const int columnsPerRow = std::max(1, int(std::ceil(std::sqrt(double(m_options.tables)))));
    t.position = QPointF(kMargin + (index % columnsPerRow) * kGridX,
                         kMargin + (index / columnsPerRow) * kGridY);
    Column id = makeColumn(u"id"_s, ColumnKind::Id);
    id.nullable = false;
    id.autoIncrement = !info.composite;
    if (info.composite) {
        Column tenant = makeColumn(u"tenant_id"_s, ColumnKind::TenantId);
        tenant.nullable = false;
        id.comment = u"assigned by the application, unique per tenant"_s;
        t.columns = {tenant, id};
        t.primaryKey = {tenant.id, id.id};
    } else {
        t.columns = {id};
        t.primaryKey = {id.id};
    }
    if (m_rng.percent(40))
        t.comment = u"one row per %1"_s.arg(QString(info.entity).replace(u'_', u' '));
    addDataColumns(t);
    addDataIndexes(t);
    if (m_rng.percent(10))
        addSoftDelete(t);
    if (index > 0 && m_rng.percent(3))
        m_selfReferencing.append(index);
    return t;
}

void Generator::addDataColumns(Table &table)
{
    const auto templates = columnTemplates();
    const int wanted = m_rng.between(3, 12);
    QList<int> used;
    while (used.size() < wanted) {
        const int pick = m_rng.below(int(templates.size()));
        if (used.contains(pick))
            continue;
        used.append(pick);
        const ColumnTemplate &tmpl = templates[size_t(pick)];
        Column c = makeColumn(QString::fromUtf16(tmpl.name), tmpl.kind, tmpl.length);
        const bool optional = tmpl.kind == ColumnKind::Text || tmpl.kind == ColumnKind::Json
                              || tmpl.kind == ColumnKind::VarChar || c.name == u"published_at"
                              || c.name == u"expires_at";
        c.nullable = optional && m_rng.percent(60);
        c.defaultValue = columnDefault(tmpl, m_options.dialect);
        if (c.defaultValue)
            c.nullable = false;
        if (tmpl.comment && m_rng.percent(50))
            c.comment = QString::fromUtf16(tmpl.comment);
        table.columns.append(c);
    }
}

void Generator::addDataIndexes(Table &table)
{
    for (const Column &c : std::as_const(table.columns)) {
        const bool identifying = c.name == u"slug" || c.name == u"email" || c.name == u"code";
        if (identifying && m_rng.percent(80))
            addIndex(table, {c.id}, true);
        else if ((c.name == u"created_at" || c.name == u"status") && m_rng.percent(30))
            addIndex(table, {c.id}, false);
    }
}

void Generator::addSoftDelete(Table &table)
{
    Column c = makeColumn(u"deleted_at"_s, ColumnKind::DateTime);
    c.comment = u"set instead of deleting; a cleanup job purges old rows"_s;
    table.softDeleteColumn = c.id;
    table.columns.append(c);
}

void Generator::addIndex(Table &table, const QList<ColumnId> &columns, bool unique)
{
    Index ix;
    ix.id = m_schema.newIndexId();
    ix.name = (unique ? u"uq_"_s : u"idx_"_s) + table.name + u'_'
              + table.columnNames(columns).join(u'_');
    ix.columns = columns;
    ix.unique = unique;
    table.indexes.append(ix);
}

/// About 1.5 relations per table, to earlier tables: mostly recent ones (tables of one
/// feature sit together), some anywhere.
void Generator::addParentsOf(int child)
{
    if (child == 0)
        return;
    const int wanted = m_rng.below(4);
    for (int attempt = 0, made = 0; made < wanted && attempt < wanted * 3; ++attempt) {
        const int parent
                = m_rng.percent(70) ? std::max(0, child - 1 - m_rng.below(40)) : m_rng.below(child);
        if (addReference(child, parent, false))
            ++made;
    }
}

/// Closes `count` loops: from a table, walk up one to three parents, then let that
/// ancestor point back at the table (a nullable reference, set null on delete).
void Generator::addCycles(int count)
{
    const QList<Relation> &relations = m_schema.relations();
    for (int made = 0, attempt = 0; made < count && attempt < count * 10; ++attempt) {
        if (relations.isEmpty())
            return;
        const Relation &start = relations.at(m_rng.below(int(relations.size())));
        if (start.isSelfReference())
            continue;
        TableId ancestor = start.parentTable;
        for (int steps = m_rng.below(3); steps > 0; --steps) {
            const auto up
                    = std::find_if(relations.cbegin(), relations.cend(), [&](const Relation &r) {
                          return r.childTable == ancestor && !r.isSelfReference();
                      });
            if (up == relations.cend())
                break;
            ancestor = up->parentTable;
        }
        const int child = m_schema.tableIndex(ancestor);
        const int parent = m_schema.tableIndex(start.childTable);
        if (child != parent && addReference(child, parent, true))
            ++made;
    }
}

ColumnId Generator::referenceColumn(int child, const QString &name, ColumnKind kind, bool nullable)
{
    GeneratedTable &info = m_tables[child];
    Table *table = m_schema.tableForEdit(info.id);
    if (const Column *existing = table->columnByName(name))
        return existing->id;
    Column c = makeColumn(name, kind);
    c.nullable = nullable;
    table->columns.insert(info.referenceAt++, c);
    return c.id;
}

bool Generator::addReference(int child, int parent, bool closesCycle)
{
    const quint64 pair = (quint64(child) << 32) | quint64(parent);
    const GeneratedTable &target = m_tables.at(parent);
    const bool self = child == parent;
    const QString name = self ? u"parent_id"_s : target.entity + u"_id"_s;
    if (m_linked.contains(pair) || m_tables.at(child).referenceAt > 8
        || m_schema.table(m_tables.at(child).id)->columnByName(name))
        return false;
    m_linked.insert(pair);
    const bool nullable = self || closesCycle || m_rng.percent(30);
    Relation r;
    r.childTable = m_tables.at(child).id;
    r.parentTable = target.id;
    const Table *parentTable = m_schema.table(target.id);
    if (target.composite && !self)
        r.childColumns.append(referenceColumn(child, u"tenant_id"_s, ColumnKind::TenantId, false));
    r.childColumns.append(referenceColumn(child, name, ColumnKind::Reference, nullable));
    r.parentColumns = parentTable->primaryKey;
    if (self && target.composite)
        r.childColumns.prepend(parentTable->primaryKey.first());
    if (m_rng.percent(85)) // the rest is left unindexed on purpose (R007)
        addIndex(*m_schema.tableForEdit(r.childTable), r.childColumns, false);
    setActions(r, nullable, closesCycle);
    setOrigin(r);
    m_schema.addRelation(r);
    return true;
}

void Generator::setActions(Relation &relation, bool nullable, bool closesCycle)
{
    using A = ReferentialAction;
    static constexpr std::array<A, 4> nullableActions
            = {A::SetNull, A::Cascade, A::NoAction, A::SetNull};
    static constexpr std::array<A, 4> requiredActions
            = {A::Cascade, A::Restrict, A::NoAction, A::Cascade};
    const size_t pick = size_t(m_rng.below(4));
    if (closesCycle)
        relation.onDelete = A::SetNull;
    else if (nullable)
        relation.onDelete = nullableActions.at(pick);
    else
        relation.onDelete = requiredActions.at(pick);
    if (m_rng.percent(5))
        relation.onUpdate = A::Cascade;
}

void Generator::setOrigin(Relation &relation)
{
    if (!m_rng.percent(10))
        return;
    relation.origin = RelationOrigin::Inferred;
    relation.confidence = double(m_rng.between(50, 95)) / 100.0;
    const int decision = m_rng.below(10);
    relation.decision = decision < 7   ? RelationDecision::Pending
                        : decision < 9 ? RelationDecision::Accepted
                                       : RelationDecision::Ignored;
}

} // namespace

Schema generateSchema(const SchemaGeneratorOptions &options)
{
    return Generator(options).run();
}

} // namespace relata
