// The Graphviz-free parts of the layout: components, the layered-size estimate, the DOT
// text, packing, the final overlap removal, and the pipeline around a stand-in for
// Graphviz that misbehaves.

#include "layouttestinputs.h"

#include "layout/dotwriter.h"
#include "layout/layoutgraph.h"
#include "layout/layoutpipeline.h"
#include "layout/layoutquality.h"
#include "layout/overlapremoval.h"
#include "layout/packing.h"

#include <QTest>

#include <cctype>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Graphviz stand-in: every node at the same point, as a broken layout would leave them.
Result<QHash<int, QPointF>> allOnOnePoint(const QByteArray &, const QByteArray &dot)
{
    QHash<int, QPointF> centers;
    for (const QByteArray &line : dot.split('\n')) {
        if (line.size() > 1 && line.at(0) == 'n' && std::isdigit(uchar(line.at(1)))
            && !line.contains("->"))
            centers.insert(line.mid(1, line.indexOf(' ') - 1).toInt(), QPointF(0, 0));
    }
    return centers;
}

Result<QHash<int, QPointF>> failing(const QByteArray &, const QByteArray &)
{
    return Result<QHash<int, QPointF>>::failure(u"syntax error in line 1"_s);
}

} // namespace

class TestLayoutParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void components();
    void layeredSizeGrowsWithSpans();
    void dotText();
    void packingKeepsAspect();
    void overlapRemovalSeparatesHeap();
    void pipelineRepairsOverlaps();
    void pipelineReportsGraphvizErrors();
    void pipelineRejectsBadInput_data();
    void pipelineRejectsBadInput();
    void crossingsCounted();
};

void TestLayoutParts::components()
{
    LayoutInput input = testGraph(7, 2, {{2, 1}, {3, 2}, {5, 4}, {6, 6}, {7, 1}});
    input.nodes[6].fixed = true; // node 7: its edge to node 1 does not join anything
    const QList<LayoutComponent> parts = freeComponents(input);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).nodes, (QList<int>{0, 1, 2}));
    QCOMPARE(parts.at(0).edges.size(), 2);
    QCOMPARE(parts.at(1).nodes, (QList<int>{3, 4}));
    QCOMPARE(parts.at(2).nodes, (QList<int>{5}));
    QVERIFY(parts.at(2).edges.isEmpty()); // self-reference dropped
}

void TestLayoutParts::layeredSizeGrowsWithSpans()
{
    // A chain of 5 plus a shortcut from the last to the first: 3 virtual nodes.
    const LayoutInput input = testGraph(5, 2, {{2, 1}, {3, 2}, {4, 3}, {5, 4}, {5, 1}});
    QCOMPARE(estimateLayeredSize(freeComponents(input).first()), qsizetype(5 + 3));
}

void TestLayoutParts::dotText()
{
    const LayoutInput input = testGraph(2, 3, {{2, 1}});
    const LayoutComponent all = wholeGraph(input);
    const QByteArray dot = writeDot(input, all, LayoutAlgorithm::Dot);
    QVERIFY(dot.contains("rankdir=LR"));
    QVERIFY(dot.contains("n0:r0:e -> n1:r1:w")); // parent row 0 → child row 1
    QVERIFY(dot.contains("PORT=\"r2\""));
    QVERIFY(dot.contains("HEIGHT=\"30\"")); // the header
    QVERIFY(!dot.contains("ortho"));
    QVERIFY(writeDot(input, all, LayoutAlgorithm::DotBounded).contains("mclimit"));
    const QByteArray sfdp = writeDot(input, all, LayoutAlgorithm::Sfdp);
    QVERIFY(sfdp.contains("overlap=prism"));
    QVERIFY(sfdp.contains("n0 -> n1"));
}

void TestLayoutParts::packingKeepsAspect()
{
    const QList<QSizeF> sizes(100, QSizeF(220, 140));
    const QList<QPointF> offsets = packBoxes(sizes, 40);
    QRectF bounds;
    QList<QRectF> boxes;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        boxes.append(QRectF(offsets.at(i), sizes.at(i)));
        bounds = bounds.united(boxes.last());
    }
    QCOMPARE(countOverlaps(boxes, 40), 0);
    const double aspect = bounds.width() / bounds.height();
    QVERIFY2(aspect > 1.2 && aspect < 2.2, qPrintable(QString::number(aspect)));
    QCOMPARE(packBoxes(sizes, 40), offsets);
}

void TestLayoutParts::overlapRemovalSeparatesHeap()
{
    QList<QRectF> boxes;
    QList<bool> movable;
    // A heap of movable boxes, among fixed ones that keep their distance from each other.
    for (int i = 0; i < 50; ++i) {
        const bool fixed = i % 5 == 0;
        boxes.append(fixed ? QRectF((i / 5) * 260, 100, 220, 60)
                           : QRectF((i * 37) % 300, (i * 53) % 200, 220, 30 + (i % 7) * 22));
        movable.append(!fixed);
    }
    const QList<QRectF> before = boxes;
    QVERIFY(countOverlaps(boxes, 10) > 0);
    removeOverlaps(boxes, movable, 10);
    QCOMPARE(countOverlaps(boxes, 10), 0);
    for (int i = 0; i < 50; i += 5)
        QCOMPARE(boxes.at(i), before.at(i));
}

void TestLayoutParts::pipelineRepairsOverlaps()
{
    const LayoutInput input = testGraph(20, 4, {{2, 1}, {3, 1}, {4, 3}, {6, 5}});
    const Result<LayoutResult> result = runLayoutPipeline(input, &allOnOnePoint);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(countBoxOverlaps(placedBoxes(input, result->positions), 10), 0);
    QVERIFY(result->strategy.contains(u"overlaps removed"_s));
}

void TestLayoutParts::pipelineReportsGraphvizErrors()
{
    const LayoutInput input = testGraph(3, 2, {{2, 1}});
    const Result<LayoutResult> result = runLayoutPipeline(input, &failing);
    QVERIFY(!result.ok());
    QVERIFY(result.errorString().contains(u"Graphviz"_s));
    QVERIFY(result.errorString().contains(u"syntax error in line 1"_s));
}

void TestLayoutParts::pipelineRejectsBadInput_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("duplicate table") << 0;
    QTest::newRow("empty box") << 1;
    QTest::newRow("no identity") << 2;
}

void TestLayoutParts::pipelineRejectsBadInput()
{
    QFETCH(int, fault);
    LayoutInput input = testGraph(3, 2, {{2, 1}});
    if (fault == 0)
        input.nodes[2].table = TableId(1);
    else if (fault == 1)
        input.nodes[1].size = QSizeF(0, 40);
    else
        input.nodes[0].table = TableId();
    const Result<LayoutResult> result = runLayoutPipeline(input, &allOnOnePoint);
    QVERIFY(!result.ok());
    QVERIFY(!result.errorString().isEmpty());
}

void TestLayoutParts::crossingsCounted()
{
    // Two parents above each other, their children in the swapped order: one crossing.
    LayoutInput input = testGraph(4, 1, {{3, 1}, {4, 2}});
    const QHash<TableId, QPointF> positions{{TableId(1), {0, 0}},
                                            {TableId(2), {0, 200}},
                                            {TableId(3), {500, 200}},
                                            {TableId(4), {500, 0}}};
    input.edges = {{TableId(3), 0, TableId(1), 0}, {TableId(4), 0, TableId(2), 0}};
    QCOMPARE(countEdgeCrossings(input, placedBoxes(input, positions)), 1);
}

} // namespace relata

QTEST_GUILESS_MAIN(relata::TestLayoutParts)
#include "tst_layoutparts.moc"
