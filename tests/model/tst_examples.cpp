// The example schemas shipped in resources/examples: they load, have the shape the docs and
// demos rely on, and are stored in canonical form.
//
// Findings each example is designed to show (the validator's golden expectations):
// - linkinbio.relata, faithful to the Drizzle + PlanetScale link-in-bio article:
//   R004 blocks.user_id (int) → users.id (serial = bigint unsigned): type mismatch;
//   R007 no index on blocks (user_id). Nothing else.
// - recipes.relata: clean, no findings.
// - marketplace.relata (postgresql): R106 (info) for the categories hierarchy, and two
//   deliberate problems: R007 reviews.user_id → users.id (the unique index on reviews
//   starts with product_id) and R004 payouts.seller_id (integer) → sellers.id (bigint);
//   and R012 (cascade blast radius) for users and products: a delete of either writes to
//   six tables once the set null updates are counted.
// - helpdesk.relata (mysql, 50 tables, a help-desk SaaS sharded by account_id): R106 (info)
//   for the two hierarchies, kb_categories.parent_id and tickets.merged_into_id, and three
//   deliberate problems: R004 time_entries.user_id (int unsigned) → users.id (bigint
//   unsigned), R007 audit_logs.actor_id → users.id (no index starts with actor_id), and R012
//   for tickets: a hard delete reaches eleven tables, two levels deep (tickets →
//   ticket_messages → attachments). Nothing else.
#include "core/schema.h"
#include "exampletestutil.h"
#include "io/relatafile.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QRectF>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace exampletest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// About the box the diagram draws for a table: a 30 px header and 22 px per column; as wide
/// as the longest column name (7.5 px a character) plus the longest type (6.5 px a character,
/// elided beyond 170 px) plus 60 px of padding and markers, and at least 170 px or the name.
QRectF boxOf(const Table &t)
{
    qsizetype name = 0;
    qsizetype type = 0;
    for (const Column &c : t.columns) {
        name = std::max(name, c.name.size());
        type = std::max(type, c.type.text.size());
    }
    const qreal width
            = std::max({170.0, 7.5 * qreal(name) + std::min(6.5 * qreal(type), 170.0) + 60,
                        8.0 * qreal(t.name.size()) + 24});
    return QRectF(t.position, QSizeF(width, 30 + 22 * t.columns.size()));
}

/// "R004 time_entries.user_id, users.id": a finding's code and objects, for comparing.
QStringList findingsOf(const Schema &s)
{
    QStringList found;
    for (const Finding &f : validate(s))
        found.append(f.code + u' ' + f.objects.join(u", "_s));
    return found;
}

} // namespace

class TstExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void canonical_data() { counts_data(); }
    void canonical();
    void layout_data() { counts_data(); }
    void layout();
    void findings_data();
    void findings();
    void everyExampleIsTested();
    void linkinbio();
    void recipes();
    void marketplaceSelfReference();
    void marketplaceCompositeRelation();
    void marketplaceActionsAndComments();
    void marketplaceDeliberateProblems();
};

void TstExamples::counts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("indexes");
    QTest::addColumn<int>("relations");

    QTest::newRow("linkinbio") << u"linkinbio.relata"_s << u"linkinbio"_s << Dialect::MySql << 2
                               << 10 << 0 << 1;
    QTest::newRow("recipes") << u"recipes.relata"_s << u"recipes"_s << Dialect::MySql << 3 << 17
                             << 2 << 2;
    QTest::newRow("marketplace") << u"marketplace.relata"_s << u"marketplace"_s
                                 << Dialect::PostgreSql << 24 << 127 << 30 << 31;
    QTest::newRow("helpdesk") << u"helpdesk.relata"_s << u"helpdesk"_s << Dialect::MySql << 50
                              << 411 << 101 << 92;
}

void TstExamples::counts()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(Dialect, dialect);
    QFETCH(int, tables);
    QFETCH(int, columns);
    QFETCH(int, indexes);
    QFETCH(int, relations);

    const Result<Schema> loaded = loadRelataFile(examplePath(file));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const Schema &s = loaded.value();
    QCOMPARE(s.name, name);
    QCOMPARE(s.dialect, dialect);
    QCOMPARE(s.tables().size(), tables);
    int columnCount = 0;
    int indexCount = 0;
    for (const Table &t : s.tables()) {
        columnCount += int(t.columns.size());
        indexCount += int(t.indexes.size());
        QVERIFY2(!t.primaryKey.isEmpty(), qPrintable(t.name));
    }
    QCOMPARE(columnCount, columns);
    QCOMPARE(indexCount, indexes);
    QCOMPARE(s.relations().size(), relations);
    for (const Relation &r : s.relations()) {
        QCOMPARE(r.origin, RelationOrigin::Drawn);
        QVERIFY(s.table(r.childTable) && s.table(r.parentTable));
    }
}

void TstExamples::canonical()
{
    QFETCH(QString, file);
    const QByteArray original = readAll(examplePath(file));
    QVERIFY(!original.isEmpty());
    const Result<Schema> loaded = parseRelata(original);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(serializeRelata(loaded.value()), original);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(file);
    QString error;
    QVERIFY2(saveRelataFile(loaded.value(), saved, &error), qPrintable(error));
    QCOMPARE(readAll(saved), original);
}

void TstExamples::layout()
{
    QFETCH(QString, file);
    const Schema s = load(file);
    QVERIFY(!s.tables().isEmpty());
    const QList<Table> &tables = s.tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QVERIFY2(tables.at(i).position.x() > 0 && tables.at(i).position.y() > 0,
                 qPrintable(tables.at(i).name));
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            QVERIFY2(!boxOf(tables.at(i)).intersects(boxOf(tables.at(j))),
                     qPrintable(tables.at(i).name + u" overlaps "_s + tables.at(j).name));
        }
    }
    for (const Relation &r : s.relations()) {
        if (r.isSelfReference())
            continue;
        QVERIFY2(s.table(r.parentTable)->position.x() < s.table(r.childTable)->position.x(),
                 qPrintable(s.describe(r)));
    }
}

void TstExamples::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("linkinbio") << u"linkinbio.relata"_s
                               << QStringList{u"R004 blocks.user_id, users.id"_s,
                                              u"R007 blocks.user_id, users.id"_s};
    QTest::newRow("recipes") << u"recipes.relata"_s << QStringList();
    QTest::newRow("marketplace") << u"marketplace.relata"_s
                                 << QStringList{
                                            u"R004 payouts.seller_id, sellers.id"_s,
                                            u"R007 reviews.user_id, users.id"_s,
                                            u"R012 users, addresses, orders"_s,
                                            u"R012 products, product_variants, inventory_levels"_s,
                                            u"R106 categories.parent_id, categories.id"_s};
    QTest::newRow("helpdesk") << u"helpdesk.relata"_s
                              << QStringList{u"R004 time_entries.user_id, users.id"_s,
                                             u"R007 audit_logs.actor_id, users.id"_s,
                                             u"R012 tickets, ticket_messages, attachments"_s,
                                             u"R106 tickets.merged_into_id, tickets.id"_s,
                                             u"R106 kb_categories.parent_id, kb_categories.id"_s};
}

/// Each example shows exactly the findings it was designed to show (default options).
void TstExamples::findings()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const Schema s = load(file);
    QVERIFY(!s.tables().isEmpty());
    QCOMPARE(findingsOf(s), expected);
}

void TstExamples::everyExampleIsTested()
{
    const QStringList files
            = QDir(examplePath(QString())).entryList({u"*.relata"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({u"helpdesk.relata"_s, u"linkinbio.relata"_s,
                                 u"marketplace.relata"_s, u"recipes.relata"_s}));
}

void TstExamples::linkinbio()
{
    const Schema s = load(u"linkinbio.relata"_s);
    const Table *users = s.tableByName(u"users"_s);
    const Table *blocks = s.tableByName(u"blocks"_s);
    QVERIFY(users && blocks);
    QCOMPARE(users->columnNames(users->primaryKey), QStringList{u"id"_s});
    QCOMPARE(blocks->columnNames(blocks->primaryKey), QStringList{u"id"_s});
    QVERIFY(blocks->columnByName(u"type"_s));
    QVERIFY(users->indexes.isEmpty());
    QVERIFY(blocks->indexes.isEmpty()); // no index on blocks (user_id): R007

    const Relation *r = findRelation(s, u"blocks"_s, {u"user_id"_s});
    QVERIFY(r);
    QCOMPARE(r->parentTable, users->id);
    QCOMPARE(users->columnNames(r->parentColumns), QStringList{u"id"_s});
    QCOMPARE(r->nameOnChild, u"user"_s);
    QCOMPARE(r->nameOnParent, u"blocks"_s);
    QCOMPARE(r->onDelete, ReferentialAction::NoAction);
    QCOMPARE(r->onUpdate, ReferentialAction::NoAction);
    QCOMPARE(r->origin, RelationOrigin::Drawn);

    // int vs serial (bigint unsigned): the article's type mismatch, R004.
    const Column *userId = blocks->columnByName(u"user_id"_s);
    const Column *id = users->columnByName(u"id"_s);
    QVERIFY(userId && id);
    QCOMPARE(userId->type.text, u"int"_s);
    QCOMPARE(id->type.text, u"serial"_s);
    QVERIFY(!id->nullable);
    QVERIFY(id->autoIncrement);
    QVERIFY(userId->nullable);
}

void TstExamples::recipes()
{
    const Schema s = load(u"recipes.relata"_s);
    const Table *recipes = s.tableByName(u"recipes"_s);
    QVERIFY(recipes);
    const Column *flag = recipes->column(recipes->softDeleteColumn);
    QVERIFY(flag);
    QCOMPARE(flag->name, u"is_deleted"_s);
    QVERIFY(!flag->nullable);

    for (const QString &child : {u"ingredients"_s, u"steps"_s}) {
        const Relation *r = findRelation(s, child, {u"recipe_id"_s});
        QVERIFY2(r, qPrintable(child));
        QCOMPARE(r->parentTable, recipes->id);
        QCOMPARE(recipes->columnNames(r->parentColumns), QStringList{u"id"_s});
        QCOMPARE(r->onDelete, ReferentialAction::Cascade);
        QCOMPARE(r->onUpdate, ReferentialAction::NoAction);
        const Table *t = s.tableByName(child);
        QVERIFY(isIndexed(*t, {u"recipe_id"_s}));
        QCOMPARE(t->columnByName(u"recipe_id"_s)->type.text, u"bigint unsigned"_s);
    }
}

void TstExamples::marketplaceSelfReference()
{
    const Schema s = load(u"marketplace.relata"_s);
    const Relation *r = findRelation(s, u"categories"_s, {u"parent_id"_s});
    QVERIFY(r);
    QVERIFY(r->isSelfReference());
    const Table *categories = s.table(r->parentTable);
    QCOMPARE(categories->name, u"categories"_s);
    QCOMPARE(categories->columnNames(r->parentColumns), QStringList{u"id"_s});
    QCOMPARE(r->onDelete, ReferentialAction::SetNull);
    QVERIFY(categories->columnByName(u"parent_id"_s)->nullable);
    int selfReferences = 0;
    for (const Relation &each : s.relations())
        selfReferences += each.isSelfReference() ? 1 : 0;
    QCOMPARE(selfReferences, 1);
}

void TstExamples::marketplaceCompositeRelation()
{
    const Schema s = load(u"marketplace.relata"_s);
    const Table *items = s.tableByName(u"order_items"_s);
    QVERIFY(items);
    const QStringList key{u"order_id"_s, u"line_no"_s};
    QCOMPARE(items->columnNames(items->primaryKey), key);

    for (const QString &child : {u"order_item_refunds"_s, u"shipment_items"_s}) {
        const Relation *r = findRelation(s, child, key);
        QVERIFY2(r, qPrintable(child));
        QCOMPARE(r->parentTable, items->id);
        QCOMPARE(items->columnNames(r->parentColumns), key);
        QCOMPARE(r->onDelete, ReferentialAction::Cascade);
        QVERIFY(isIndexed(*s.table(r->childTable), key));
    }
}

void TstExamples::marketplaceActionsAndComments()
{
    const Schema s = load(u"marketplace.relata"_s);
    QSet<ReferentialAction> actions;
    for (const Relation &r : s.relations())
        actions.insert(r.onDelete);
    QVERIFY(actions.contains(ReferentialAction::Cascade));
    QVERIFY(actions.contains(ReferentialAction::SetNull));
    QVERIFY(actions.contains(ReferentialAction::Restrict));

    int commented = 0;
    int softDeleted = 0;
    for (const Table &t : s.tables()) {
        commented += t.comment.isEmpty() ? 0 : 1;
        softDeleted += t.softDeleteColumn.isValid() ? 1 : 0;
    }
    QVERIFY(commented >= 3);
    QCOMPARE(softDeleted, 2);
    const Table *products = s.tableByName(u"products"_s);
    QCOMPARE(products->column(products->softDeleteColumn)->name, u"deleted_at"_s);
}

void TstExamples::marketplaceDeliberateProblems()
{
    const Schema s = load(u"marketplace.relata"_s);
    // R007: reviews.user_id is not the leftmost column of any index.
    const Relation *reviewer = findRelation(s, u"reviews"_s, {u"user_id"_s});
    QVERIFY(reviewer);
    QVERIFY(!isIndexed(*s.table(reviewer->childTable), {u"user_id"_s}));
    // R004: integer child column, bigint parent key.
    const Relation *payout = findRelation(s, u"payouts"_s, {u"seller_id"_s});
    QVERIFY(payout);
    QCOMPARE(s.table(payout->childTable)->columnByName(u"seller_id"_s)->type.text, u"integer"_s);
    QCOMPARE(s.table(payout->parentTable)->columnByName(u"id"_s)->type.text, u"bigint"_s);
    // Every other relation is indexed and joins equal type texts.
    for (const Relation &r : s.relations()) {
        if (&r == reviewer || &r == payout)
            continue;
        const Table *child = s.table(r.childTable);
        const Table *parent = s.table(r.parentTable);
        QVERIFY2(isIndexed(*child, child->columnNames(r.childColumns)), qPrintable(s.describe(r)));
        for (qsizetype i = 0; i < r.childColumns.size(); ++i) {
            QCOMPARE(child->column(r.childColumns.at(i))->type.text,
                     parent->column(r.parentColumns.at(i))->type.text);
        }
    }
}

QTEST_GUILESS_MAIN(TstExamples)
#include "tst_examples.moc"
