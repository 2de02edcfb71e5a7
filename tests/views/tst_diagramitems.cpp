// The items as drawn: findings marked on tables and relations, rows found under the
// mouse, painting at every level of detail, and hit tests along a relation's line.
#include "core/schemadocument.h"
#include "relationitem.h"
#include "scenetestutil.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace relata;
using namespace relata::scenetest;

namespace {

/// The item painted on white at `scale` (its level of detail), as the view would.
QImage paintItem(QGraphicsItem *item, qreal scale)
{
    const QRectF bounds = item->boundingRect();
    QImage image((bounds.size() * scale).toSize() + QSize(1, 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    QStyleOptionGraphicsItem option;
    option.exposedRect = bounds;
    item->paint(&painter, &option, nullptr);
    return image;
}

qsizetype pixelsNotWhite(const QImage &image)
{
    qsizetype n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return n;
}

/// How many pixels of two images of one size differ clearly.
qsizetype pixelsDiffering(const QImage &a, const QImage &b)
{
    qsizetype n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int d = std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                          + std::abs(qBlue(p) - qBlue(q));
            n += d > 60 ? 1 : 0;
        }
    }
    return n;
}

} // namespace

class TstDiagramItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsMarkItems();
    void columnAtAndRowSceneRect();
    void paintingAtEachLevelOfDetail();
    void relationHitTestFollowsTheLine();
};

void TstDiagramItems::findingsMarkItems()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    const TableId blocks = document.schema().tableByName(u"blocks"_s)->id;
    const RelationId relation = document.schema().relations().first().id;
    // A relation finding names the child table first; a table finding only its table.
    scene.setFindings({finding(u"R007"_s, Severity::Warning, {blocks, users}, {relation}),
                       finding(u"R003"_s, Severity::Error, {users})});

    RelationItem *edge = scene.relationItem(relation);
    QCOMPARE(edge->findings().size(), 1);
    QCOMPARE(edge->findings().first().code, u"R007"_s);
    QVERIFY(edge->toolTip().contains(u"R007 · warning — message of R007"_s));
    QVERIFY(edge->toolTip().contains(u"fix for R007"_s));
    QVERIFY(edge->toolTip().contains(u"blocks"_s)); // still describes the relation
    TableItem *child = scene.tableItem(blocks);
    QCOMPARE(child->findings().size(), 1);
    QCOMPARE(child->findings().first().code, u"R007"_s);
    QVERIFY(child->toolTip().contains(u"R007"_s));
    TableItem *parent = scene.tableItem(users);
    QCOMPARE(parent->findings().size(), 1);
    QCOMPARE(parent->findings().first().code, u"R003"_s);
    QVERIFY(parent->toolTip().contains(u"R003 · error"_s));
    QVERIFY(!parent->toolTip().contains(u"R007"_s));

    scene.setFindings({});
    QVERIFY(edge->findings().isEmpty());
    QVERIFY(child->findings().isEmpty());
    QVERIFY(parent->findings().isEmpty());
    QVERIFY(!edge->toolTip().contains(u"R007"_s));
    QVERIFY(!child->toolTip().contains(u"R007"_s));
    QVERIFY(!parent->toolTip().contains(u"R003"_s));
}

void TstDiagramItems::columnAtAndRowSceneRect()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const Table *blocks = document.schema().tableByName(u"blocks"_s);
    const TableItem *item = scene.tableItem(blocks->id);
    const DiagramStyle &style = scene.diagramStyle();
    const ColumnId userId = blocks->columns.at(1).id;

    const QRectF row = item->rowSceneRect(userId);
    QCOMPARE(row, QRectF(400, style.headerHeight + style.rowHeight, item->boxRect().width(),
                         style.rowHeight));
    QCOMPARE(item->rowCenterY(userId), row.center().y());
    QCOMPARE(item->columnAt(row.center()), std::optional<ColumnId>(userId));
    QCOMPARE(item->columnAt(row.topLeft() + QPointF(1, 1)), std::optional<ColumnId>(userId));
    QCOMPARE(item->columnAt(QPointF(410, style.headerHeight + 1)),
             std::optional<ColumnId>(blocks->columns.at(0).id));
    QVERIFY(!item->columnAt(QPointF(410, style.headerHeight / 2))); // the header
    QVERIFY(!item->columnAt(QPointF(390, row.center().y())));       // left of the box
    QVERIFY(!item->columnAt(QPointF(410, item->sceneBoxRect().bottom() + 5)));
    QVERIFY(item->rowSceneRect(document.schema().tableByName(u"users"_s)->columns.at(0).id)
                    .isEmpty());

    // The rects follow the table.
    QVERIFY(document.moveTable(blocks->id, QPointF(-100, 50)));
    QCOMPARE(item->rowSceneRect(userId).topLeft(),
             QPointF(-100, 50 + style.headerHeight + style.rowHeight));
    QCOMPARE(item->columnAt(item->rowSceneRect(userId).center()), std::optional<ColumnId>(userId));
}

void TstDiagramItems::paintingAtEachLevelOfDetail()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const TableId blocks = document.schema().tableByName(u"blocks"_s)->id;
    TableItem *table = scene.tableItem(blocks);
    RelationItem *relation = scene.relationItem(document.schema().relations().first().id);

    // Far out (simplified card, line only) and close up (rows, crow's feet).
    constexpr qreal far = 0.2;
    const QImage tableFar = paintItem(table, far);
    const QImage tableNear = paintItem(table, 1.0);
    QVERIFY(pixelsNotWhite(tableFar) > tableFar.width() * tableFar.height() / 4);
    QVERIFY(pixelsNotWhite(tableNear) > tableNear.width() * tableNear.height() / 4);
    const QImage nearShrunk
            = tableNear.scaled(tableFar.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(pixelsDiffering(tableFar, nearShrunk) > tableFar.width() * tableFar.height() / 20);
    QVERIFY(pixelsNotWhite(paintItem(relation, far)) > 0);
    QVERIFY(pixelsNotWhite(paintItem(relation, 1.0)) > 0);

    // Findings and selection change the picture at both levels.
    scene.setFindings({finding(u"R001"_s, Severity::Error, {blocks})});
    QVERIFY(pixelsDiffering(paintItem(table, 1.0), tableNear) > 20);
    QVERIFY(pixelsDiffering(paintItem(table, far), tableFar) > 5);
    table->setSelected(true);
    relation->setSelected(true);
    QVERIFY(pixelsNotWhite(paintItem(table, far)) > 0);
    QVERIFY(pixelsNotWhite(paintItem(relation, far)) > 0);
    QVERIFY(pixelsNotWhite(paintItem(relation, 1.0)) > 0);
}

void TstDiagramItems::relationHitTestFollowsTheLine()
{
    SchemaDocument document;
    document.setSchema(linkSchema());
    SchemaScene scene(&document);
    const RelationItem *relation = scene.relationItem(document.schema().relations().first().id);
    const QPointF middle = relation->middle();
    QVERIFY(relation->path().boundingRect().contains(middle));
    QVERIFY(relation->contains(middle));
    QVERIFY(relation->contains(middle + QPointF(0, 3)));
    QVERIFY(!relation->contains(middle + QPointF(0, 40)));
    QVERIFY(relation->contains(relation->childEnd()));
    QVERIFY(relation->contains(relation->parentEnd()));
    // The same answer as the shape the view uses for rubber-band selection.
    const QPainterPath shape = relation->shape();
    for (const QPointF &p : {middle, middle + QPointF(0, 3), middle + QPointF(0, 40),
                             relation->childEnd() + QPointF(-10, 0)})
        QCOMPARE(relation->contains(p), shape.contains(p));
    QVERIFY(scene.items(middle).contains(const_cast<RelationItem *>(relation)));
}

QTEST_MAIN(TstDiagramItems)
#include "tst_diagramitems.moc"
