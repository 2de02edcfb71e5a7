#include "core/schemadocument.h"
#include "gridplacement.h"
#include "relationitem.h"
#include "scenetestutil.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relata::scenetest;

class TstSchemaScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemTypes();
    void resetBuildsItems();
    void addAndRemoveTables();
    void renameTableUpdatesItem();
    void columnsUpdateRowsAndSize();
    void relationsFollowTables();
    void relationAddRemoveUpdatesMarkers();
    void relationStyleFromModel();
    void selfReferenceLoopsOnTheRight();
    void removingTableRemovesRelations();
    void resetReplacesEverything();
    void sceneNeverChangesTheModel();
    void gridPlacementAvoidsOverlaps();
};

void TstSchemaScene::itemTypes()
{
    QCOMPARE(int(TableItem::Type), int(QGraphicsItem::UserType) + 1);
    QCOMPARE(int(RelationItem::Type), int(QGraphicsItem::UserType) + 2);
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    QCOMPARE(scene.tableItem(users)->type(), int(TableItem::Type));
    const RelationId rel = document.schema().relations().first().id;
    QCOMPARE(scene.relationItem(rel)->type(), int(RelationItem::Type));
    QVERIFY(qgraphicsitem_cast<TableItem *>(scene.tableItem(users)));
    QVERIFY(!qgraphicsitem_cast<RelationItem *>(scene.tableItem(users)));
}

void TstSchemaScene::resetBuildsItems()
{
    SchemaDocument document;
    SchemaScene scene(&document);
    QCOMPARE(scene.tableItemCount(), 0);
    document.setSchema(linkSchema());
    QCOMPARE(scene.tableItemCount(), 2);
    QCOMPARE(scene.relationItemCount(), 1);
    QCOMPARE(countItems<TableItem>(scene), 2);
    QCOMPARE(countItems<RelationItem>(scene), 1);
    const Table *blocks = document.schema().tableByName(u"blocks"_s);
    TableItem *item = scene.tableItem(blocks->id);
    QCOMPARE(item->name(), u"blocks"_s);
    QCOMPARE(item->pos(), QPointF(400, 0));
    QCOMPARE(item->rows().size(), 3);
    QVERIFY(item->rows().at(0).primaryKey);
    QVERIFY(item->rows().at(1).referencing);
    QVERIFY(!item->rows().at(1).nullable);
    QVERIFY(item->rows().at(2).nullable);
    QCOMPARE(item->rows().at(2).type, u"text"_s);
}

void TstSchemaScene::addAndRemoveTables()
{
    SchemaDocument document;
    SchemaScene scene(&document);
    Table t;
    t.name = u"tags"_s;
    t.columns = {column(u"id"_s, u"int"_s)};
    t.position = QPointF(10, 20);
    const TableId id = document.addTable(t);
    QVERIFY(id.isValid());
    QCOMPARE(scene.tableItemCount(), 1);
    QVERIFY(scene.tableItem(id));
    QCOMPARE(scene.tableItem(id)->pos(), QPointF(10, 20));
    QCOMPARE(countItems<TableItem>(scene), 1);

    QVERIFY(document.removeTable(id));
    QCOMPARE(scene.tableItemCount(), 0);
    QVERIFY(!scene.tableItem(id));
    QCOMPARE(countItems<TableItem>(scene), 0);
}

void TstSchemaScene::renameTableUpdatesItem()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    TableItem *item = scene.tableItem(users);
    const qreal width = item->boxRect().width();
    const QString longName = u"users_with_a_much_longer_name_than_before"_s;
    QVERIFY(document.renameTable(users, longName));
    QCOMPARE(scene.tableItem(users), item); // same item, updated in place
    QCOMPARE(item->name(), longName);
    QVERIFY(item->boxRect().width() > width);
}

void TstSchemaScene::columnsUpdateRowsAndSize()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    TableItem *item = scene.tableItem(users);
    const qreal height = item->boxRect().height();

    const ColumnId email = document.addColumn(users, column(u"email"_s, u"varchar(255)"_s));
    QCOMPARE(item->rows().size(), 3);
    QCOMPARE(item->rows().last().name, u"email"_s);
    QVERIFY(item->boxRect().height() > height);

    QVERIFY(document.renameColumn(users, email, u"email_address"_s));
    QCOMPARE(item->rows().last().name, u"email_address"_s);
    QVERIFY(document.setColumnNullable(users, email, false));
    QVERIFY(!item->rows().last().nullable);

    QVERIFY(document.removeColumn(users, email));
    QCOMPARE(item->rows().size(), 2);
    QCOMPARE(item->boxRect().height(), height);
}

void TstSchemaScene::relationsFollowTables()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const Table *users = document.schema().tableByName(u"users"_s);
    const Table *blocks = document.schema().tableByName(u"blocks"_s);
    const TableId usersId = users->id;
    const TableId blocksId = blocks->id;
    const ColumnId userId = blocks->columns.at(1).id;
    RelationItem *rel = scene.relationItem(document.schema().relations().first().id);
    QVERIFY(rel->isVisible());

    // blocks is right of users: the child end is on blocks' left edge at user_id's row,
    // the parent end on users' right edge at id's row.
    const TableItem *childItem = scene.tableItem(blocksId);
    const TableItem *parentItem = scene.tableItem(usersId);
    QCOMPARE(rel->childEnd().x(), childItem->sceneBoxRect().left());
    QCOMPARE(rel->childEnd().y(), childItem->rowCenterY(userId));
    QCOMPARE(rel->parentEnd().x(), parentItem->sceneBoxRect().right());
    QCOMPARE(rel->parentEnd().y(), parentItem->rowCenterY(users->columns.at(0).id));

    QVERIFY(document.moveTable(blocksId, QPointF(500, 300)));
    QCOMPARE(childItem->pos(), QPointF(500, 300));
    QCOMPARE(rel->childEnd(), QPointF(500, childItem->rowCenterY(userId)));
    QVERIFY(rel->childEnd().y() > 300);

    // Moved to the left of users: the ends swap sides.
    QVERIFY(document.moveTable(blocksId, QPointF(-600, 0)));
    QCOMPARE(rel->childEnd().x(), childItem->sceneBoxRect().right());
    QCOMPARE(rel->parentEnd().x(), parentItem->sceneBoxRect().left());

    // A column inserted above user_id moves the row, and the end with it.
    const qreal before = rel->childEnd().y();
    QVERIFY(document.addColumn(blocksId, column(u"position"_s, u"int"_s), 0).isValid());
    QCOMPARE(rel->childEnd().y(), before + scene.diagramStyle().rowHeight);
}

void TstSchemaScene::relationAddRemoveUpdatesMarkers()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const Schema &schema = document.schema();
    const TableId blocks = schema.tableByName(u"blocks"_s)->id;
    const RelationId first = schema.relations().first().id;
    QVERIFY(document.removeRelation(first));
    QCOMPARE(scene.relationItemCount(), 0);
    QCOMPARE(countItems<RelationItem>(scene), 0);
    QVERIFY(!scene.tableItem(blocks)->rows().at(1).referencing);

    Relation r;
    r.childTable = blocks;
    r.childColumns = {schema.table(blocks)->columns.at(1).id};
    r.parentTable = schema.tableByName(u"users"_s)->id;
    r.parentColumns = {schema.tableByName(u"users"_s)->columns.at(0).id};
    const RelationId added = document.addRelation(r);
    QCOMPARE(scene.relationItemCount(), 1);
    QVERIFY(scene.relationItem(added));
    QVERIFY(scene.relationItem(added)->isVisible());
    QVERIFY(scene.tableItem(blocks)->rows().at(1).referencing);
}

void TstSchemaScene::relationStyleFromModel()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    Relation r = document.schema().relations().first();
    RelationItem *item = scene.relationItem(r.id);
    QVERIFY(!item->isUnconfirmed());
    QVERIFY(!item->isOptional()); // blocks.user_id is NOT NULL
    QVERIFY(!item->isOneToOne());

    r.origin = RelationOrigin::Inferred;
    r.confidence = 0.7;
    QVERIFY(document.changeRelation(r));
    QVERIFY(item->isUnconfirmed());
    QVERIFY(document.setRelationDecision(r.id, RelationDecision::Accepted));
    QVERIFY(!item->isUnconfirmed());

    QVERIFY(document.setColumnNullable(r.childTable, r.childColumns.first(), true));
    QVERIFY(item->isOptional());
}

void TstSchemaScene::selfReferenceLoopsOnTheRight()
{
    SchemaDocument document;
    SchemaScene scene(&document);
    Table t;
    t.name = u"categories"_s;
    t.columns = {column(u"id"_s, u"int"_s, false), column(u"name"_s, u"text"_s),
                 column(u"parent_id"_s, u"int"_s)};
    const TableId id = document.addTable(t);
    const Table *table = document.schema().table(id);
    Relation r;
    r.childTable = id;
    r.childColumns = {table->columns.at(2).id};
    r.parentTable = id;
    r.parentColumns = {table->columns.at(0).id};
    RelationItem *item = scene.relationItem(document.addRelation(r));
    QVERIFY(item);
    const QRectF box = scene.tableItem(id)->sceneBoxRect();
    QCOMPARE(item->childEnd().x(), box.right());
    QCOMPARE(item->parentEnd().x(), box.right());
    QVERIFY(item->path().boundingRect().right() > box.right() + 20);
    QVERIFY(item->isOptional());
}

void TstSchemaScene::removingTableRemovesRelations()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    QVERIFY(document.removeTable(document.schema().tableByName(u"users"_s)->id));
    QCOMPARE(scene.tableItemCount(), 1);
    QCOMPARE(scene.relationItemCount(), 0);
    QCOMPARE(countItems<RelationItem>(scene), 0);
    const TableId blocks = document.schema().tableByName(u"blocks"_s)->id;
    QVERIFY(!scene.tableItem(blocks)->rows().at(1).referencing);
}

void TstSchemaScene::resetReplacesEverything()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId oldUsers = document.schema().tableByName(u"users"_s)->id;
    Schema other;
    Table a;
    a.name = u"a"_s;
    a.columns = {column(u"id"_s, u"int"_s)};
    other.addTable(a);
    document.setSchema(other);
    QCOMPARE(scene.tableItemCount(), 1);
    QCOMPARE(scene.relationItemCount(), 0);
    QCOMPARE(countItems<TableItem>(scene), 1);
    QCOMPARE(scene.tableItem(document.schema().tables().first().id)->name(), u"a"_s);
    if (document.schema().tables().first().id != oldUsers)
        QVERIFY(!scene.tableItem(oldUsers));
    QVERIFY(scene.sceneRect().contains(scene.diagramRect()));
}

void TstSchemaScene::sceneNeverChangesTheModel()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    const Schema before = document.schema();
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    QVERIFY(scene.selectTable(users));
    QCOMPARE(scene.selectedTables(), QList<TableId>{users});
    scene.tableItem(users)->setPos(999, 999); // moving an item is not an edit
    QVERIFY(document.schema() == before);
}

void TstSchemaScene::gridPlacementAvoidsOverlaps()
{
    Schema schema;
    for (int i = 0; i < 7; ++i) {
        Table t;
        t.name = u"table_%1"_s.arg(i);
        for (int c = 0; c <= i; ++c)
            t.columns.append(column(u"column_with_a_long_name_%1"_s.arg(c), u"varchar(255)"_s));
        schema.addTable(t);
    }
    SchemaDocument document;
    document.setSchema(schema);
    SchemaScene scene(&document);
    QVERIFY(needsInitialPlacement(document.schema()));
    QVERIFY(document.moveTables(gridPlacement(document.schema(), scene)));
    QVERIFY(!needsInitialPlacement(document.schema()));
    const QList<Table> &tables = document.schema().tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QRectF a = scene.tableItem(tables.at(i).id)->sceneBoxRect();
        for (qsizetype j = i + 1; j < tables.size(); ++j)
            QVERIFY(!a.intersects(scene.tableItem(tables.at(j).id)->sceneBoxRect()));
    }
    QVERIFY(!needsInitialPlacement(Schema()));
}

QTEST_MAIN(TstSchemaScene)
#include "tst_schemascene.moc"
