// The delete planner: what deleting a row of each table sets off, children before parents,
// and the plan in words.
#include "io/relatafile.h"
#include "schemabuilder.h"
#include "sql/deleteplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;

namespace {

using Action = ReferentialAction;

Schema example(const QString &name)
{
    return loadRelataFile(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/") + name
                          + u".relata"_s)
            .value();
}

TableId tableNamed(const Schema &schema, const QString &name)
{
    const Table *table = schema.tableByName(name);
    return table ? table->id : TableId();
}

/// The tables of plan.deletes by name, in order.
QStringList deleteOrder(const Schema &schema, const DeletePlan &plan)
{
    QStringList names;
    for (const DeleteTarget &target : plan.deletes)
        names.append(schema.table(target.table)->name);
    return names;
}

QStringList describe(const Schema &schema, const QList<const Relation *> &relations)
{
    QStringList out;
    for (const Relation *relation : relations)
        out.append(schema.describe(*relation));
    return out;
}

/// a → b → c (cascade), d → b (set null), e → a (restrict), f → c (no action).
SchemaBuilder chain()
{
    SchemaBuilder b;
    for (const QString &t : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s})
        b.table(t, u"id int NOT NULL, a_id int, b_id int, c_id int"_s, u"id"_s);
    b.relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s, Action::Cascade)
            .relation(u"c"_s, u"b_id"_s, u"b"_s, u"id"_s, Action::Cascade)
            .relation(u"d"_s, u"b_id"_s, u"b"_s, u"id"_s, Action::SetNull)
            .relation(u"e"_s, u"a_id"_s, u"a"_s, u"id"_s, Action::Restrict)
            .relation(u"f"_s, u"c_id"_s, u"c"_s, u"id"_s, Action::NoAction);
    return b;
}

} // namespace

class TstDeletePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recipes();
    void childrenBeforeParents();
    void leafTouchesNothing();
    void selfReference();
    void cycle();
    void unconfirmedRelationsDoNotCount();
    void diamondIsDeletedOnce();
    void marketplace();
};

/// The issue's own example, word for word.
void TstDeletePlan::recipes()
{
    const Schema schema = example(u"recipes"_s);
    const DeletePlan plan = planDelete(schema, tableNamed(schema, u"recipes"_s));
    QCOMPARE(deleteOrder(schema, plan), (QStringList{u"steps"_s, u"ingredients"_s, u"recipes"_s}));
    QCOMPARE(plan.levels(), 1);
    QVERIFY(plan.nulls.isEmpty() && plan.checks.isEmpty() && plan.loops.isEmpty());
    QCOMPARE(explainDeletePlan(schema, plan),
             u"deleting a recipe deletes its ingredients and steps (1 level, 2 tables)"_s);
}

void TstDeletePlan::childrenBeforeParents()
{
    const SchemaBuilder b = chain();
    const Schema &schema = b.schema();
    const DeletePlan plan = planDelete(schema, b.tableId(u"a"_s));
    QCOMPARE(deleteOrder(schema, plan), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    QCOMPARE(plan.deletes.at(0).depth, 2);
    QCOMPARE(plan.deletes.at(1).depth, 1);
    QCOMPARE(plan.deletes.at(2).depth, 0);
    QCOMPARE(describe(schema, plan.deletes.at(0).reachedBy), QStringList{u"c.b_id → b.id"_s});
    QVERIFY(plan.deletes.at(2).reachedBy.isEmpty());
    QCOMPARE(describe(schema, plan.nulls), QStringList{u"d.b_id → b.id"_s});
    QCOMPARE(describe(schema, plan.checks), (QStringList{u"f.c_id → c.id"_s, u"e.a_id → a.id"_s}));
    QCOMPARE(explainDeletePlan(schema, plan),
             u"deleting an a deletes its b and c (2 levels, 2 tables), sets b_id to null in d "
             "and is refused while rows of f and e refer to the rows it deletes"_s);
    // From the middle of the chain, only what lies below.
    const DeletePlan fromB = planDelete(schema, b.tableId(u"b"_s));
    QCOMPARE(deleteOrder(schema, fromB), (QStringList{u"c"_s, u"b"_s}));
    QCOMPARE(describe(schema, fromB.checks), QStringList{u"f.c_id → c.id"_s});
}

void TstDeletePlan::leafTouchesNothing()
{
    const SchemaBuilder b = chain();
    const DeletePlan plan = planDelete(b.schema(), b.tableId(u"f"_s));
    QCOMPARE(deleteOrder(b.schema(), plan), QStringList{u"f"_s});
    QCOMPARE(explainDeletePlan(b.schema(), plan), u"deleting a f touches no other table"_s);
}

void TstDeletePlan::selfReference()
{
    SchemaBuilder b;
    b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
            .table(u"products"_s, u"id int NOT NULL, category_id int"_s, u"id"_s)
            .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s, Action::Cascade)
            .relation(u"products"_s, u"category_id"_s, u"categories"_s, u"id"_s, Action::Cascade);
    const DeletePlan plan = planDelete(b.schema(), b.tableId(u"categories"_s));
    QCOMPARE(deleteOrder(b.schema(), plan), (QStringList{u"products"_s, u"categories"_s}));
    QCOMPARE(plan.loops.size(), 1);
    QCOMPARE(plan.loops.first(), QList<TableId>{b.tableId(u"categories"_s)});
    QCOMPARE(plan.deletes.last().loop, 0);
    QCOMPARE(plan.deletes.first().loop, -1);
    QCOMPARE(explainDeletePlan(b.schema(), plan),
             u"deleting a category deletes its products (1 level, 1 table) and deletes the rows "
             "of categories below it, level by level"_s);
}

void TstDeletePlan::cycle()
{
    // staff → store → staff, as in sakila, but cascading both ways.
    SchemaBuilder b;
    b.table(u"store"_s, u"id int NOT NULL, manager_id int"_s, u"id"_s)
            .table(u"staff"_s, u"id int NOT NULL, store_id int"_s, u"id"_s)
            .relation(u"staff"_s, u"store_id"_s, u"store"_s, u"id"_s, Action::Cascade)
            .relation(u"store"_s, u"manager_id"_s, u"staff"_s, u"id"_s, Action::Cascade);
    const DeletePlan plan = planDelete(b.schema(), b.tableId(u"store"_s));
    QCOMPARE(deleteOrder(b.schema(), plan), (QStringList{u"staff"_s, u"store"_s}));
    QCOMPARE(plan.loops.size(), 1);
    QCOMPARE(plan.loops.first().size(), 2);
    QVERIFY(explainDeletePlan(b.schema(), plan).contains(u"goes round the loop"_s));
}

void TstDeletePlan::unconfirmedRelationsDoNotCount()
{
    SchemaBuilder b = chain();
    b.lastRelation().origin = RelationOrigin::Inferred; // f → c, pending
    DeletePlan plan = planDelete(b.schema(), b.tableId(u"a"_s));
    QCOMPARE(describe(b.schema(), plan.checks), QStringList{u"e.a_id → a.id"_s});
    b.lastRelation().decision = RelationDecision::Accepted;
    plan = planDelete(b.schema(), b.tableId(u"a"_s));
    QCOMPARE(plan.checks.size(), 2);
}

void TstDeletePlan::diamondIsDeletedOnce()
{
    // a → b → d and a → c → d: d comes once, before b and c, reached by both.
    SchemaBuilder b;
    for (const QString &t : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        b.table(t, u"id int NOT NULL, a_id int, b_id int, c_id int"_s, u"id"_s);
    b.relation(u"b"_s, u"a_id"_s, u"a"_s, u"id"_s, Action::Cascade)
            .relation(u"c"_s, u"a_id"_s, u"a"_s, u"id"_s, Action::Cascade)
            .relation(u"d"_s, u"b_id"_s, u"b"_s, u"id"_s, Action::Cascade)
            .relation(u"d"_s, u"c_id"_s, u"c"_s, u"id"_s, Action::Cascade);
    const DeletePlan plan = planDelete(b.schema(), b.tableId(u"a"_s));
    const QStringList order = deleteOrder(b.schema(), plan);
    QCOMPARE(order.size(), 4);
    QCOMPARE(order.first(), u"d"_s);
    QCOMPARE(order.last(), u"a"_s);
    QCOMPARE(plan.deletes.first().reachedBy.size(), 2);
    QCOMPARE(plan.deletes.first().depth, 2);
}

void TstDeletePlan::marketplace()
{
    const Schema schema = example(u"marketplace"_s);
    const DeletePlan plan = planDelete(schema, tableNamed(schema, u"users"_s));
    // Every dependant comes before the table it depends on.
    const QStringList order = deleteOrder(schema, plan);
    for (const DeleteTarget &target : plan.deletes) {
        for (const Relation *relation : target.reachedBy) {
            const qsizetype child = order.indexOf(schema.table(relation->childTable)->name);
            const qsizetype parent = order.indexOf(schema.table(relation->parentTable)->name);
            QVERIFY2(child < parent, qPrintable(schema.describe(*relation)));
        }
    }
    QCOMPARE(order.last(), u"users"_s);
    QVERIFY(order.contains(u"cart_items"_s));
    QVERIFY(!order.contains(u"sellers"_s)); // restrict: not deleted, but checked
    QVERIFY(describe(schema, plan.checks).contains(u"sellers.user_id → users.id"_s));
}

QTEST_GUILESS_MAIN(TstDeletePlan)
#include "tst_deleteplan.moc"
