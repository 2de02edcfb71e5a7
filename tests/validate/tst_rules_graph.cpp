// R006 (cycle) and R106 (self-reference) through validate(), and the graph helper they
// share: table adjacency and the iterative strongly-connected-components search.
#include "schemabuilder.h"

#include "validate/relationgraph.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)

namespace {

using A = ReferentialAction;

/// Runs one rule alone and compares the findings' messages and objects, in order.
void checkRule(const QString &code, QList<Finding> *found = nullptr)
{
    QFETCH(Schema, schema);
    QFETCH(QStringList, messages);
    QFETCH(QList<QStringList>, objects);
    ValidationOptions options;
    options.only = {code};
    const QList<Finding> findings = validate(schema, options);
    QStringList gotMessages;
    QList<QStringList> gotObjects;
    for (const Finding &f : findings) {
        QCOMPARE(f.code, code);
        gotMessages.append(f.message);
        gotObjects.append(f.objects);
    }
    QCOMPARE(findings.size(), messages.size());
    QCOMPARE(gotMessages, messages);
    QCOMPARE(gotObjects, objects);
    if (found)
        *found = findings;
}

/// Tables `names` with an `id` key and the given further columns each.
SchemaBuilder &tables(SchemaBuilder &b, const QStringList &names, const QString &columns)
{
    for (const QString &name : names)
        b.table(name, u"id int NOT NULL, "_s + columns, u"id"_s);
    return b;
}

/// A graph from "0>1 1>2" notation.
RelationGraph graphOf(int nodes, const QString &edges)
{
    QList<GraphEdge> list;
    for (const QString &edge : edges.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList ends = edge.split(u'>');
        list.append({ends.at(0).toInt(), ends.at(1).toInt(), nullptr});
    }
    return RelationGraph(nodes, list);
}

void addRuleColumns()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
}

/// Columns for loop tables, none nullable.
const QString kNotNull = u"a_id int NOT NULL, b_id int NOT NULL, c_id int NOT NULL"_s;

void addCycleLoopRows()
{
    { // Fires: none nullable, so the first edge of the loop is the one to relax.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s, u"c"_s}, kNotNull)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"c_id"_s, u"c"_s, u"id"_s)
                .relation(u"c"_s, u"a_id"_s, u"a"_s, u"id"_s);
        QTest::newRow("three-table cycle, once, in order")
                << b.schema()
                << QStringList{u"cycle: a → b → c → a; no static delete order exists "
                               "(relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}};
    }
    { // Fires: the already nullable edge is preferred.
        SchemaBuilder b;
        b.table(u"store"_s, u"store_id int NOT NULL, manager_staff_id int NOT NULL"_s,
                u"store_id"_s)
                .table(u"staff"_s, u"staff_id int NOT NULL, store_id int"_s, u"staff_id"_s)
                .relation(u"store"_s, u"manager_staff_id"_s, u"staff"_s, u"staff_id"_s)
                .relation(u"staff"_s, u"store_id"_s, u"store"_s, u"store_id"_s, A::Cascade);
        QTest::newRow("store and staff, nullable edge relaxed")
                << b.schema()
                << QStringList{u"cycle: store → staff → store; no static delete order exists "
                               "(relax staff.store_id → store.store_id: nullable + set null)"_s}
                << QList<QStringList>{{u"store"_s, u"staff"_s}};
    }
    { // Fires: a ↔ b and b ↔ c are one component, one finding.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s, u"c"_s}, kNotNull)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"b"_s, u"c_id"_s, u"c"_s, u"id"_s)
                .relation(u"c"_s, u"b_id"_s, u"b"_s, u"id"_s);
        QTest::newRow("two overlapping loops, one finding")
                << b.schema()
                << QStringList{u"cycle: a → b → a (the component has 3 tables); no static "
                               "delete order exists (relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"a"_s, u"b"_s}};
    }
    { // Fires: two separate components, in model order of their first tables.
        SchemaBuilder b;
        tables(b, {u"c"_s, u"a"_s, u"b"_s, u"d"_s}, u"a_id int, b_id int, c_id int, d_id int"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"d"_s, u"c_id"_s, u"c"_s, u"id"_s)
                .relation(u"c"_s, u"d_id"_s, u"d"_s, u"id"_s);
        QTest::newRow("two components, two findings")
                << b.schema()
                << QStringList{u"cycle: c → d → c; no static delete order exists "
                               "(relax c.d_id → d.id: nullable + set null)"_s,
                               u"cycle: a → b → a; no static delete order exists "
                               "(relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"c"_s, u"d"_s}, {u"a"_s, u"b"_s}};
    }
}

void addCycleShapeRows()
{
    { // Fires: the breadth-first search names the shorter of the two loops through a.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, kNotNull + u", d_id int NOT NULL"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"c_id"_s, u"c"_s, u"id"_s)
                .relation(u"c"_s, u"d_id"_s, u"d"_s, u"id"_s)
                .relation(u"d"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"c"_s, u"a_id"_s, u"a"_s, u"id"_s);
        QTest::newRow("shortest loop through the first table")
                << b.schema()
                << QStringList{u"cycle: a → b → c → a (the component has 4 tables); no static "
                               "delete order exists (relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}};
    }
    { // Fires: a self-reference on a loop table is not part of the loop.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, u"a_id int NOT NULL, b_id int NOT NULL, parent_id int"_s)
                .relation(u"a"_s, u"parent_id"_s, u"a"_s, u"id"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s);
        QTest::newRow("loop beside a self-reference")
                << b.schema()
                << QStringList{u"cycle: a → b → a; no static delete order exists "
                               "(relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"a"_s, u"b"_s}};
    }
    { // Fires: set null on a NOT NULL column (R005) does not break the loop.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, kNotNull)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s, A::SetNull);
        QTest::newRow("set null on a NOT NULL column")
                << b.schema()
                << QStringList{u"cycle: a → b → a; no static delete order exists "
                               "(relax a.b_id → b.id: nullable + set null)"_s}
                << QList<QStringList>{{u"a"_s, u"b"_s}};
    }
}

void addCycleQuietRows()
{
    { // Does not fire: a self-reference is a hierarchy (R106).
        SchemaBuilder b;
        b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
                .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
        QTest::newRow("self-reference") << b.schema() << QStringList() << QList<QStringList>();
    }
    { // Does not fire: a diamond has two paths, no loop.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, kNotNull)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"c"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"d"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"d"_s, u"c_id"_s, u"c"_s, u"id"_s);
        QTest::newRow("diamond") << b.schema() << QStringList() << QList<QStringList>();
    }
    { // Does not fire: the loop is already broken by a nullable set null edge.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, u"a_id int, b_id int NOT NULL"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s, A::Cascade)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s, A::SetNull);
        QTest::newRow("already relaxed") << b.schema() << QStringList() << QList<QStringList>();
    }
    { // Does not fire: an ignored relation is not a relation.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, kNotNull)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s);
        b.lastRelation().origin = RelationOrigin::Inferred;
        b.lastRelation().decision = RelationDecision::Ignored;
        QTest::newRow("ignored edge") << b.schema() << QStringList() << QList<QStringList>();
    }
    { // Does not fire: a relation naming a missing column is R001's alone.
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, kNotNull)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"gone_id"_s, u"a"_s, u"id"_s);
        QTest::newRow("broken edge") << b.schema() << QStringList() << QList<QStringList>();
    }
    QTest::newRow("empty schema") << Schema() << QStringList() << QList<QStringList>();
}

const QString kRecurse = u": self-reference; deleting a row must recurse through the hierarchy"_s;

void addSelfReferenceRows()
{
    {
        SchemaBuilder b;
        b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
                .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
        QTest::newRow("categories")
                << b.schema() << QStringList{u"categories.parent_id → categories.id"_s + kRecurse}
                << QList<QStringList>{{u"categories.parent_id"_s, u"categories.id"_s}};
    }
    {
        SchemaBuilder b;
        b.table(u"people"_s, u"id int NOT NULL, manager_id int, mentor_id int"_s, u"id"_s)
                .relation(u"people"_s, u"mentor_id"_s, u"people"_s, u"id"_s, A::SetNull)
                .relation(u"people"_s, u"manager_id"_s, u"people"_s, u"id"_s, A::Cascade);
        QTest::newRow("two on one table, model order")
                << b.schema()
                << QStringList{u"people.mentor_id → people.id"_s + kRecurse,
                               u"people.manager_id → people.id"_s + kRecurse}
                << QList<QStringList>{{u"people.mentor_id"_s, u"people.id"_s},
                                      {u"people.manager_id"_s, u"people.id"_s}};
    }
    {
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, u"a_id int, b_id int, parent_id int"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s)
                .relation(u"b"_s, u"parent_id"_s, u"b"_s, u"id"_s);
        QTest::newRow("inside a cycle")
                << b.schema() << QStringList{u"b.parent_id → b.id"_s + kRecurse}
                << QList<QStringList>{{u"b.parent_id"_s, u"b.id"_s}};
    }
    {
        SchemaBuilder b;
        b.table(u"nodes"_s, u"tenant_id int NOT NULL, id int NOT NULL, parent_id int"_s,
                u"tenant_id, id"_s)
                .relation(u"nodes"_s, u"tenant_id, parent_id"_s, u"nodes"_s, u"tenant_id, id"_s);
        QTest::newRow("composite")
                << b.schema()
                << QStringList{u"nodes (tenant_id, parent_id) → nodes (tenant_id, id)"_s + kRecurse}
                << QList<QStringList>{{u"nodes.tenant_id"_s, u"nodes.parent_id"_s,
                                       u"nodes.tenant_id"_s, u"nodes.id"_s}};
    }
}

void addSelfReferenceQuietRows()
{
    {
        SchemaBuilder b;
        tables(b, {u"a"_s, u"b"_s}, u"a_id int, b_id int"_s)
                .relation(u"a"_s, u"b_id"_s, u"b"_s, u"id"_s)
                .relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s);
        QTest::newRow("two-table cycle") << b.schema() << QStringList() << QList<QStringList>();
    }
    {
        SchemaBuilder b;
        b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
                .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
        b.lastRelation().origin = RelationOrigin::Inferred;
        b.lastRelation().decision = RelationDecision::Ignored;
        QTest::newRow("ignored") << b.schema() << QStringList() << QList<QStringList>();
    }
    {
        SchemaBuilder b;
        b.table(u"categories"_s, u"id int NOT NULL"_s, u"id"_s)
                .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
        QTest::newRow("missing column") << b.schema() << QStringList() << QList<QStringList>();
    }
    {
        SchemaBuilder b;
        tables(b, {u"users"_s, u"posts"_s}, u"user_id int"_s)
                .relation(u"posts"_s, u"user_id"_s, u"users"_s, u"id"_s, A::Cascade);
        QTest::newRow("plain relation") << b.schema() << QStringList() << QList<QStringList>();
    }
}

} // namespace

class TstRulesGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cycle_data();
    void cycle();
    void cycleFix_data();
    void cycleFix();
    void selfReference_data();
    void selfReference();
    void components();
    void componentsOfLongChains();
    void graphIsDeterministic();
    void longCycleThroughValidate();
};

void TstRulesGraph::cycle_data()
{
    addRuleColumns();
    addCycleLoopRows();
    addCycleShapeRows();
    addCycleQuietRows();
}

void TstRulesGraph::cycle()
{
    checkRule(u"R006"_s);
}

void TstRulesGraph::cycleFix_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
    QTest::addColumn<QString>("fix");
    const auto loop = [](const QString &aColumns, A action) {
        SchemaBuilder b;
        b.table(u"a"_s, u"tenant_id int NOT NULL, id int NOT NULL, "_s + aColumns,
                u"tenant_id, id"_s)
                .table(u"b"_s, u"tenant_id int NOT NULL, id int NOT NULL, a_id int NOT NULL"_s,
                       u"tenant_id, id"_s)
                .relation(u"a"_s, u"tenant_id, b_id"_s, u"b"_s, u"tenant_id, id"_s, action)
                .relation(u"b"_s, u"tenant_id, a_id"_s, u"a"_s, u"tenant_id, id"_s);
        return b.schema();
    };
    const QString message = u"cycle: a → b → a; no static delete order exists (relax a (tenant_id, "
                            "b_id) → b (tenant_id, id): nullable + set null)"_s;
    QTest::newRow("composite, nothing nullable")
            << loop(u"b_id int NOT NULL"_s, A::NoAction) << QStringList{message}
            << QList<QStringList>{{u"a"_s, u"b"_s}}
            << u"make a.tenant_id and a.b_id nullable and set its relation to on delete set null"_s;
    QTest::newRow("composite, already set null")
            << loop(u"b_id int"_s, A::SetNull) << QStringList{message}
            << QList<QStringList>{{u"a"_s, u"b"_s}}
            << u"make a.tenant_id nullable (its relation is already on delete set null)"_s;
    SchemaBuilder b;
    tables(b, {u"store"_s, u"staff"_s}, u"store_id int NOT NULL, staff_id int"_s)
            .relation(u"store"_s, u"staff_id"_s, u"staff"_s, u"id"_s)
            .relation(u"staff"_s, u"store_id"_s, u"store"_s, u"id"_s);
    QTest::newRow("nullable, no action")
            << b.schema()
            << QStringList{u"cycle: store → staff → store; no static delete order exists "
                           "(relax store.staff_id → staff.id: nullable + set null)"_s}
            << QList<QStringList>{{u"store"_s, u"staff"_s}}
            << u"set the relation store.staff_id → staff.id to on delete set null"_s;
}

void TstRulesGraph::cycleFix()
{
    QFETCH(QString, fix);
    QList<Finding> findings;
    checkRule(u"R006"_s, &findings);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(findings.value(0).fix, fix);
    QCOMPARE(findings.value(0).severity, Severity::Warning);
    QCOMPARE(findings.value(0).relations.size(), 2);
}

void TstRulesGraph::selfReference_data()
{
    addRuleColumns();
    addSelfReferenceRows();
    addSelfReferenceQuietRows();
}

void TstRulesGraph::selfReference()
{
    checkRule(u"R106"_s);
}

void TstRulesGraph::components()
{
    // {0, 1, 2} loop, {3, 4} loop reached from it, 5 only references itself, 6 alone.
    const RelationGraph graph = graphOf(7, u"4>3 0>1 1>2 2>0 2>3 3>4 5>5"_s);
    const StronglyConnectedComponents scc = stronglyConnectedComponents(graph);
    QCOMPARE(scc.componentOf, (QList<int>{0, 0, 0, 1, 1, 2, 3}));
    QCOMPARE(scc.sizes, (QList<int>{3, 2, 1, 1}));
    QCOMPARE(scc.firstNode, (QList<int>{0, 3, 5, 6}));
    QCOMPARE(graph.edgeCount(), 7);
    QCOMPARE(stronglyConnectedComponents(graphOf(0, QString())).count(), 0);
}

void TstRulesGraph::componentsOfLongChains()
{
    // Recursion one level per table would need some 50,000 frames on the call stack.
    constexpr int n = 50000;
    QList<GraphEdge> chain;
    for (int i = 0; i + 1 < n; ++i)
        chain.append({i, i + 1, nullptr});
    const StronglyConnectedComponents open = stronglyConnectedComponents(RelationGraph(n, chain));
    QCOMPARE(open.count(), n);
    QCOMPARE(open.componentOf.last(), n - 1);
    chain.append({n - 1, 0, nullptr});
    const StronglyConnectedComponents closed = stronglyConnectedComponents(RelationGraph(n, chain));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(closed.sizes, QList<int>{n});
    QCOMPARE(closed.componentOf, QList<int>(n, 0));
}

void TstRulesGraph::graphIsDeterministic()
{
    // Edges out of range are dropped; each node's edges come by target, then input order.
    const RelationGraph graph = graphOf(4, u"0>3 0>1 2>0 0>1 9>0 0>2 3>0"_s);
    QList<int> targets;
    for (const GraphEdge &e : graph.edgesFrom(0))
        targets.append(e.to);
    QCOMPARE(targets, (QList<int>{1, 1, 2, 3}));
    QCOMPARE(graph.edgeCount(), 6);
    // The numbering depends on the graph, not on the order its edges were listed in.
    const auto numbering = [](const QString &edges) {
        return stronglyConnectedComponents(graphOf(6, edges)).componentOf;
    };
    const QList<int> expected{0, 1, 1, 0, 2, 1};
    QCOMPARE(numbering(u"0>3 3>0 1>2 2>5 5>1 4>1"_s), expected);
    QCOMPARE(numbering(u"4>1 5>1 2>5 1>2 3>0 0>3"_s), expected);
    QCOMPARE(numbering(u"4>1 5>1 2>5 1>2 3>0 0>3"_s), expected);
}

void TstRulesGraph::longCycleThroughValidate()
{
    // One loop through 50,000 tables: one finding naming all of them, found in linear time.
    constexpr int n = 50000;
    Schema schema;
    QList<TableId> ids;
    for (int i = 0; i < n; ++i) {
        Table t;
        t.name = u"t%1"_s.arg(i);
        t.columns = {Column{}, Column{}};
        t.columns[0].name = u"id"_s;
        t.columns[0].nullable = false;
        t.columns[1].name = u"next_id"_s;
        t.columns[1].nullable = false;
        ids.append(schema.addTable(t));
    }
    for (int i = 0; i < n; ++i) {
        const Table &child = schema.tables().at(i);
        const Table &parent = schema.tables().at((i + 1) % n);
        Relation r;
        r.childTable = child.id;
        r.childColumns = {child.columns.at(1).id};
        r.parentTable = parent.id;
        r.parentColumns = {parent.columns.at(0).id};
        schema.addRelation(r);
    }
    ValidationOptions options;
    options.only = {u"R006"_s};
    const QList<Finding> findings = validate(schema, options);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().objects.size(), n);
    QCOMPARE(findings.first().objects.last(), u"t49999"_s);
    QVERIFY(findings.first().message.startsWith(u"cycle: t0 → t1 → t2 → "_s));
    QVERIFY(findings.first().message.contains(u"t49999 → t0; no static delete order exists "
                                              "(relax t0.next_id → t1.id: nullable + set null)"_s));
}

QTEST_GUILESS_MAIN(TstRulesGraph)
#include "tst_rules_graph.moc"
