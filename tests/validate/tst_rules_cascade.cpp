// R012 (cascade blast radius) through validate(): which tables fire, with which numbers and
// chain, under the default and configured thresholds.
#include "schemabuilder.h"

#include "validate/validator.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)

namespace {

using A = ReferentialAction;

/// Tables t<first>…t<last>, each t<i> a child of t<i-1> through parent_id, on delete
/// `action` (t<first> itself has no parent).
SchemaBuilder &chain(SchemaBuilder &b, int first, int last, A action = A::Cascade,
                     const QString &prefix = u"t"_s)
{
    for (int i = first; i <= last; ++i) {
        b.table(prefix + QString::number(i), u"id int NOT NULL, parent_id int"_s, u"id"_s);
        if (i > first)
            b.relation(prefix + QString::number(i), u"parent_id"_s, prefix + QString::number(i - 1),
                       u"id"_s, action);
    }
    return b;
}

/// A `hub` table and `children` tables c1…cN that reference it, on delete `action`.
SchemaBuilder &fan(SchemaBuilder &b, const QString &hub, int children, A action = A::Cascade)
{
    b.table(hub, u"id int NOT NULL"_s, u"id"_s);
    for (int i = 1; i <= children; ++i) {
        const QString child = u"c"_s + QString::number(i);
        b.table(child, u"id int NOT NULL, hub_id int"_s, u"id"_s);
        b.relation(child, u"hub_id"_s, hub, u"id"_s, action);
    }
    return b;
}

QStringList names(const QString &spaced)
{
    return spaced.split(u' ');
}

void row(const char *name, const SchemaBuilder &b, int maxTables, int maxDepth,
         const QStringList &messages = {}, const QList<QStringList> &objects = {})
{
    QTest::newRow(name) << b.schema() << maxTables << maxDepth << messages << objects;
}

void addFiringRows()
{
    SchemaBuilder b;

    // t0 reaches 5 tables 5 levels deep and t1 4 levels: both fire by depth; t2 reaches
    // 3 tables 3 levels deep, within the defaults, as do t3…t5.
    chain(b = SchemaBuilder(), 0, 5);
    row("five-level chain", b, 5, 3,
        {u"deleting one t0 row cascades through 5 tables, 5 levels deep "
         "(t0 → t1 → t2 → t3 → t4 → t5)"_s,
         u"deleting one t1 row cascades through 4 tables, 4 levels deep "
         "(t1 → t2 → t3 → t4 → t5)"_s},
        {names(u"t0 t1 t2 t3 t4 t5"_s), names(u"t1 t2 t3 t4 t5"_s)});
    fan(b = SchemaBuilder(), u"hub"_s, 6);
    row("wide fan-out fires by table count", b, 5, 3,
        {u"deleting one hub row cascades through 6 tables, 1 level deep (hub → c1)"_s},
        {names(u"hub c1"_s)});
    // Set null touches t4 (counted, one level further) without going on from it.
    chain(b = SchemaBuilder(), 0, 3);
    chain(b, 4, 5).relation(u"t4"_s, u"parent_id"_s, u"t3"_s, u"id"_s, A::SetNull);
    row("set null counts as touched", b, 5, 3,
        {u"deleting one t0 row cascades through 4 tables, 4 levels deep "
         "(t0 → t1 → t2 → t3 → t4 (set null))"_s},
        {names(u"t0 t1 t2 t3 t4"_s)});
    fan(b = SchemaBuilder(), u"hub"_s, 2);
    row("thresholds from options", b, 1, 10,
        {u"deleting one hub row cascades through 2 tables, 1 level deep (hub → c1)"_s},
        {names(u"hub c1"_s)});
    // The search stops at the second table and second level: the figures are lower bounds.
    chain(b = SchemaBuilder(), 0, 4);
    row("search stops at both limits", b, 1, 1,
        {u"deleting one t0 row cascades through at least 2 tables, at least 2 levels deep "
         "(t0 → t1 → t2)"_s,
         u"deleting one t1 row cascades through at least 2 tables, at least 2 levels deep "
         "(t1 → t2 → t3)"_s,
         u"deleting one t2 row cascades through at least 2 tables, at least 2 levels deep "
         "(t2 → t3 → t4)"_s},
        {names(u"t0 t1 t2"_s), names(u"t1 t2 t3"_s), names(u"t2 t3 t4"_s)});
    // t0 and t1 cascade into each other; the loop is gone through once.
    chain(b = SchemaBuilder(), 1, 4);
    b.table(u"t0"_s, u"id int NOT NULL, t1_id int"_s, u"id"_s)
            .relation(u"t1"_s, u"parent_id"_s, u"t0"_s, u"id"_s, A::Cascade)
            .relation(u"t0"_s, u"t1_id"_s, u"t1"_s, u"id"_s, A::Cascade);
    row("cascade loop", b, 5, 3,
        {u"deleting one t0 row cascades through 4 tables, 4 levels deep "
         "(t0 → t1 → t2 → t3 → t4)"_s},
        {names(u"t0 t1 t2 t3 t4"_s)});
}

void addQuietRows()
{
    SchemaBuilder b;
    chain(b = SchemaBuilder(), 0, 3);
    row("three-level chain", b, 5, 3);
    fan(b = SchemaBuilder(), u"hub"_s, 5);
    row("five children, at the limit", b, 5, 3);
    // t0 only nulls s0; s0's own cascades (3 levels) are not t0's.
    chain(b = SchemaBuilder(), 0, 0);
    chain(b, 0, 3, A::Cascade, u"s"_s)
            .relation(u"s0"_s, u"parent_id"_s, u"t0"_s, u"id"_s, A::SetNull);
    row("set null does not recurse", b, 5, 3);
    chain(b = SchemaBuilder(), 0, 6, A::Restrict);
    row("restrict does not cascade", b, 5, 3);
    chain(b = SchemaBuilder(), 0, 6, A::NoAction);
    row("no action does not cascade", b, 5, 3);
    chain(b = SchemaBuilder(), 0, 5);
    row("raised thresholds", b, 5, 5);
    // Without the ignored t3 → t2 and the broken one beside it, t0 would reach 5 levels.
    chain(b = SchemaBuilder(), 0, 2);
    chain(b, 3, 5).relation(u"t3"_s, u"parent_id"_s, u"t2"_s, u"id"_s, A::Cascade);
    b.lastRelation().decision = RelationDecision::Ignored;
    b.relation(u"t3"_s, u"gone_id"_s, u"t2"_s, u"id"_s, A::Cascade);
    row("ignored and broken relations", b, 5, 3);
    b = SchemaBuilder();
    b.table(u"tree"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
            .relation(u"tree"_s, u"parent_id"_s, u"tree"_s, u"id"_s, A::Cascade);
    row("self-reference", b, 0, 0);
}

} // namespace

class TstRulesCascade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blastRadius_data();
    void blastRadius();
    void details();
};

void TstRulesCascade::blastRadius_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<int>("maxTables");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
    addFiringRows();
    addQuietRows();
}

void TstRulesCascade::blastRadius()
{
    QFETCH(Schema, schema);
    QFETCH(int, maxTables);
    QFETCH(int, maxDepth);
    QFETCH(QStringList, messages);
    QFETCH(QList<QStringList>, objects);
    ValidationOptions options;
    options.only = {u"R012"_s};
    options.maxCascadeTables = maxTables;
    options.maxCascadeDepth = maxDepth;
    QStringList gotMessages;
    QList<QStringList> gotObjects;
    const QList<Finding> findings = validate(schema, options);
    for (const Finding &f : findings) {
        QCOMPARE(f.code, u"R012"_s);
        gotMessages.append(f.message);
        gotObjects.append(f.objects);
    }
    QCOMPARE(findings.size(), messages.size());
    QCOMPARE(gotMessages, messages);
    QCOMPARE(gotObjects, objects);
}

void TstRulesCascade::details()
{
    SchemaBuilder b;
    fan(b, u"users"_s, 6);
    const QList<Finding> findings = validate(b.schema());
    const auto r012 = std::find_if(findings.cbegin(), findings.cend(),
                                   [](const Finding &f) { return f.code == u"R012"_s; });
    QVERIFY(r012 != findings.cend());
    QCOMPARE(r012->severity, Severity::Warning);
    QCOMPARE(r012->tables, (QList<TableId>{b.tableId(u"users"_s), b.tableId(u"c1"_s)}));
    QCOMPARE(r012->relations.size(), 1);
    QVERIFY(r012->fix.startsWith(u"soft-delete users rows"_s));
}

QTEST_GUILESS_MAIN(TstRulesCascade)
#include "tst_rules_cascade.moc"
