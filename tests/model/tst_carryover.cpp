// carryOverDecisions(): a fresh import keeps what a person decided in the model it replaces.
#include "inferencetestutil.h"
#include "schemabuilder.h"

#include "infer/carryover.h"

#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace inferencetest;
using relatatest::SchemaBuilder;

namespace {

using A = ReferentialAction;
using D = RelationDecision;
using O = RelationOrigin;

const QString kAutoId = u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s;
const QString kPosts = u"id int NOT NULL AUTO_INCREMENT, user_id int, category_id int, "
                       u"editor_id int, topic_id int, lead_id int"_s;
const QString kComments = u"id int NOT NULL AUTO_INCREMENT, post_id int, owner_id int"_s;

Relation &set(SchemaBuilder &b, O origin, D decision)
{
    Relation &r = b.lastRelation();
    r.origin = origin;
    r.decision = decision;
    if (origin == O::Inferred) {
        r.confidence = 0.8;
        r.reasons = {u"an earlier reason"_s};
    }
    return r;
}

/// The model a person worked on: decisions, drawn relations, positions, groups, a view.
Schema previousModel()
{
    SchemaBuilder b;
    b.table(u"users"_s, kAutoId, u"id"_s)
            .table(u"categories"_s, kAutoId, u"id"_s)
            .table(u"owners"_s, kAutoId, u"id"_s)
            .table(u"posts"_s, kPosts + u", old_user_id int"_s, u"id"_s)
            .table(u"comments"_s, kComments, u"id"_s)
            .table(u"tags"_s, u"id int NOT NULL AUTO_INCREMENT, post_id int"_s, u"id"_s)
            .table(u"orders"_s, u"id int NOT NULL AUTO_INCREMENT, user_id int"_s, u"id"_s);
    b.relation(u"posts"_s, u"user_id"_s, u"users"_s, u"id"_s, A::Cascade);
    Relation &accepted = set(b, O::Inferred, D::Accepted);
    accepted.nameOnChild = u"author"_s;
    accepted.nameOnParent = u"writings"_s;
    accepted.onUpdate = A::Restrict;
    b.relation(u"posts"_s, u"category_id"_s, u"categories"_s, u"id"_s);
    set(b, O::Inferred, D::Ignored).nameOnChild = u"cat"_s;
    b.relation(u"posts"_s, u"editor_id"_s, u"users"_s, u"id"_s, A::SetNull);
    set(b, O::Inferred, D::Accepted);
    b.relation(u"posts"_s, u"topic_id"_s, u"categories"_s, u"id"_s);
    set(b, O::Inferred, D::Ignored);
    b.relation(u"posts"_s, u"lead_id"_s, u"users"_s, u"id"_s);
    set(b, O::Inferred, D::Pending);
    b.relation(u"posts"_s, u"old_user_id"_s, u"users"_s, u"id"_s);
    set(b, O::Inferred, D::Accepted);
    b.relation(u"tags"_s, u"post_id"_s, u"posts"_s, u"id"_s);
    set(b, O::Drawn, D::Pending);
    b.relation(u"comments"_s, u"owner_id"_s, u"users"_s, u"id"_s);
    set(b, O::Drawn, D::Pending).nameOnChild = u"owner"_s;
    b.relation(u"comments"_s, u"post_id"_s, u"posts"_s, u"id"_s, A::Cascade);
    set(b, O::Drawn, D::Pending);
    b.relation(u"orders"_s, u"user_id"_s, u"users"_s, u"id"_s, A::SetNull);
    set(b, O::Inferred, D::Accepted).nameOnChild = u"buyer"_s;
    Schema s = b.schema();
    qreal x = 0;
    for (const Table &t : b.schema().tables()) {
        Table *table = s.tableForEdit(t.id);
        x += 100;
        table->position = QPointF(x, x / 2);
        table->pinned = t.name == u"users"_s;
    }
    s.groups = {TableGroup{u"content"_s,
                           {b.tableId(u"posts"_s), b.tableId(u"comments"_s), b.tableId(u"tags"_s)},
                           u"#ff8800"_s,
                           {}},
                TableGroup{u"people"_s, {b.tableId(u"users"_s)}, QString(), {}}};
    s.view = ViewState{true, 1.5, QPointF(10, 20)};
    return s;
}

/// What a fresh import gives: tables in another order (other ids), tags and
/// posts.old_user_id gone, a real constraint on orders, pending inferred relations.
Schema freshImport()
{
    SchemaBuilder b;
    b.table(u"orders"_s, u"id int NOT NULL AUTO_INCREMENT, user_id int"_s, u"id"_s)
            .table(u"comments"_s, kComments, u"id"_s)
            .table(u"posts"_s, kPosts, u"id"_s)
            .table(u"owners"_s, kAutoId, u"id"_s)
            .table(u"categories"_s, kAutoId, u"id"_s)
            .table(u"users"_s, kAutoId, u"id"_s)
            .table(u"audit"_s, kAutoId, u"id"_s);
    b.relation(u"orders"_s, u"user_id"_s, u"users"_s, u"id"_s, A::Restrict);
    set(b, O::Constraint, D::Pending);
    for (const auto &[child, column, parent] :
         {std::tuple{u"posts"_s, u"user_id"_s, u"users"_s},
          std::tuple{u"posts"_s, u"category_id"_s, u"categories"_s},
          std::tuple{u"comments"_s, u"post_id"_s, u"posts"_s},
          std::tuple{u"comments"_s, u"owner_id"_s, u"owners"_s}}) {
        b.relation(child, column, parent, u"id"_s);
        Relation &r = set(b, O::Inferred, D::Pending);
        r.confidence = 0.9;
        r.reasons = {column + u" names "_s + parent};
    }
    return b.schema();
}

/// The relations whose child is `child` ("posts.user_id").
QList<const Relation *> relationsFrom(const Schema &schema, const QString &child)
{
    QList<const Relation *> found;
    for (const Relation &r : schema.relations()) {
        if (childOf(schema, r) == child)
            found.append(&r);
    }
    return found;
}

QString listRelations(const Schema &schema)
{
    QStringList lines;
    for (const Relation &r : schema.relations())
        lines.append(u"%1 -> %2 %3 %4"_s.arg(childOf(schema, r), parentOf(schema, r),
                                             relationOriginName(r.origin),
                                             relationDecisionName(r.decision)));
    return lines.join(u'\n');
}

} // namespace

class TstCarryOver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void decisionsOfInferredRelationsAreKept();
    void acceptedNoLongerInferredIsRestored();
    void ignoredNoLongerInferredIsKept();
    void drawnRelationsAreRestored();
    void pendingIsNotCarried();
    void goneTablesAndColumnsAreDropped();
    void constraintIsNeverChanged();
    void layoutIsKept();
    void summary();

private:
    /// The one relation from `child`, which must refer to `parent`.
    const Relation *only(const QString &child, const QString &parent);

    Schema m_previous;
    Schema m_fresh;
    Schema m_imported;
    CarryOverSummary m_summary;
};

void TstCarryOver::init()
{
    m_previous = previousModel();
    m_fresh = freshImport();
    m_imported = m_fresh;
    m_summary = carryOverDecisions(m_imported, m_previous);
}

const Relation *TstCarryOver::only(const QString &child, const QString &parent)
{
    const QList<const Relation *> found = relationsFrom(m_imported, child);
    if (found.size() != 1 || parentOf(m_imported, *found.first()) != parent) {
        qWarning("%s", qPrintable(listRelations(m_imported)));
        return nullptr;
    }
    return found.first();
}

void TstCarryOver::decisionsOfInferredRelationsAreKept()
{
    const Relation *accepted = only(u"posts.user_id"_s, u"users.id"_s);
    QVERIFY(accepted);
    QCOMPARE(accepted->origin, O::Inferred);
    QCOMPARE(accepted->decision, D::Accepted);
    QCOMPARE(accepted->nameOnChild, u"author"_s);
    QCOMPARE(accepted->nameOnParent, u"writings"_s);
    QCOMPARE(accepted->onDelete, A::Cascade);
    QCOMPARE(accepted->onUpdate, A::Restrict);
    // The fresh evidence stays.
    QCOMPARE(accepted->confidence, 0.9);
    QCOMPARE(accepted->reasons, QStringList{u"user_id names users"_s});

    const Relation *ignored = only(u"posts.category_id"_s, u"categories.id"_s);
    QVERIFY(ignored);
    QCOMPARE(ignored->origin, O::Inferred);
    QCOMPARE(ignored->decision, D::Ignored);
    QCOMPARE(ignored->nameOnChild, u"cat"_s);
}

void TstCarryOver::acceptedNoLongerInferredIsRestored()
{
    const Relation *restored = only(u"posts.editor_id"_s, u"users.id"_s);
    QVERIFY(restored);
    QCOMPARE(restored->origin, O::Inferred);
    QCOMPARE(restored->decision, D::Accepted);
    QCOMPARE(restored->onDelete, A::SetNull);
    QVERIFY(m_imported.relation(restored->id) == restored);
}

void TstCarryOver::ignoredNoLongerInferredIsKept()
{
    const Relation *kept = only(u"posts.topic_id"_s, u"categories.id"_s);
    QVERIFY(kept);
    QCOMPARE(kept->origin, O::Inferred);
    QCOMPARE(kept->decision, D::Ignored);
}

void TstCarryOver::drawnRelationsAreRestored()
{
    // Drawn to users where the import now guesses owners: the drawing wins, the guess goes.
    const Relation *owner = only(u"comments.owner_id"_s, u"users.id"_s);
    QVERIFY(owner);
    QCOMPARE(owner->origin, O::Drawn);
    QCOMPARE(owner->nameOnChild, u"owner"_s);
    // Drawn where the import guesses the same: one relation, confirmed, with its actions.
    const Relation *post = only(u"comments.post_id"_s, u"posts.id"_s);
    QVERIFY(post);
    QVERIFY(!post->isUnconfirmed());
    QCOMPARE(post->onDelete, A::Cascade);
}

void TstCarryOver::pendingIsNotCarried()
{
    QVERIFY2(relationsFrom(m_imported, u"posts.lead_id"_s).isEmpty(),
             qPrintable(listRelations(m_imported)));
}

void TstCarryOver::goneTablesAndColumnsAreDropped()
{
    QStringList children;
    for (const Relation &r : m_imported.relations()) {
        children.append(childOf(m_imported, r));
        QVERIFY(m_imported.table(r.childTable) && m_imported.table(r.parentTable));
        for (const ColumnId c : r.childColumns)
            QVERIFY(m_imported.table(r.childTable)->column(c));
        for (const ColumnId c : r.parentColumns)
            QVERIFY(m_imported.table(r.parentTable)->column(c));
    }
    children.sort();
    QCOMPARE(children,
             QStringList({u"comments.owner_id"_s, u"comments.post_id"_s, u"orders.user_id"_s,
                          u"posts.category_id"_s, u"posts.editor_id"_s, u"posts.topic_id"_s,
                          u"posts.user_id"_s}));
    QVERIFY(!m_imported.tableByName(u"tags"_s));
}

void TstCarryOver::constraintIsNeverChanged()
{
    const Relation *before = relationsFrom(m_fresh, u"orders.user_id"_s).value(0);
    const Relation *after = only(u"orders.user_id"_s, u"users.id"_s);
    QVERIFY(before && after);
    QVERIFY(*after == *before);
    QCOMPARE(after->origin, O::Constraint);
    QCOMPARE(after->onDelete, A::Restrict);
    QCOMPARE(after->nameOnChild, QString());
}

void TstCarryOver::layoutIsKept()
{
    for (const Table &table : m_imported.tables()) {
        const Table *old = m_previous.tableByName(table.name);
        if (!old) {
            QCOMPARE(table.position, QPointF());
            QVERIFY(!table.pinned);
            continue;
        }
        QCOMPARE(table.position, old->position);
        QCOMPARE(table.pinned, table.name == u"users"_s);
    }
    QVERIFY(m_imported.groups.size() >= 2);
    const TableGroup &content = m_imported.groups.at(0);
    QCOMPARE(content.name, u"content"_s);
    QCOMPARE(content.color, u"#ff8800"_s);
    const QList<TableId> expected{m_imported.tableByName(u"posts"_s)->id,
                                  m_imported.tableByName(u"comments"_s)->id};
    QVERIFY(content.tables == expected);
    QCOMPARE(m_imported.groups.at(1).name, u"people"_s);
    QVERIFY(m_imported.groups.at(1).tables
            == QList<TableId>{m_imported.tableByName(u"users"_s)->id});
    QVERIFY(m_imported.view == m_previous.view);
}

void TstCarryOver::summary()
{
    QCOMPARE(m_summary.accepted, 2); // posts.user_id, posts.editor_id
    QCOMPARE(m_summary.ignored, 2);  // posts.category_id, posts.topic_id
    QCOMPARE(m_summary.drawn, 2);    // comments.owner_id, comments.post_id
    QCOMPARE(m_summary.positions, 6);
    // Nothing to carry: the import is left as it was, but for the (empty) layout.
    Schema untouched = m_fresh;
    const CarryOverSummary none = carryOverDecisions(untouched, Schema());
    QCOMPARE(none.accepted + none.ignored + none.drawn + none.positions, 0);
    QVERIFY(untouched.relations() == m_fresh.relations());
    QVERIFY(untouched.tables() == m_fresh.tables());
}

QTEST_GUILESS_MAIN(TstCarryOver)
#include "tst_carryover.moc"
