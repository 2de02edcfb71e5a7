// The Graphviz engine end to end: no overlaps, determinism, pinned tables, packing of
// groups, left-to-right flow, ports; on the examples, synthetic schemas and small inputs.

#include "layouttestinputs.h"
#include "schemagenerator.h"

#include "io/relatafile.h"
#include "layout/estimatedinput.h"
#include "layout/graphvizlayoutengine.h"
#include "layout/layoutquality.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A readable diagram keeps at least this much space between two boxes.
constexpr double kGap = 10.0;

LayoutResult layOut(const LayoutInput &input, const LayoutThresholds &limits = {})
{
    const Result<LayoutResult> result = createGraphvizLayoutEngine(limits)->layout(input);
    if (!result)
        qWarning("%s", qPrintable(result.errorString()));
    return result ? result.value() : LayoutResult{};
}

QRectF boundsOf(const QList<QRectF> &boxes)
{
    QRectF bounds;
    for (const QRectF &box : boxes)
        bounds = bounds.isNull() ? box : bounds.united(box);
    return bounds;
}

/// Every free node placed, none too close to another, and the same again on a second run.
void checkLayout(const LayoutInput &input, const LayoutThresholds &limits = {})
{
    const Result<LayoutResult> first = createGraphvizLayoutEngine(limits)->layout(input);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    qsizetype free = 0;
    for (const LayoutNode &node : input.nodes)
        free += node.fixed ? 0 : 1;
    QCOMPARE(first->positions.size(), free);
    QCOMPARE(overlapsIn(input, first.value(), kGap), 0);
    const Result<LayoutResult> second = createGraphvizLayoutEngine(limits)->layout(input);
    QVERIFY(second.ok());
    QCOMPARE(second->positions, first->positions);
    QCOMPARE(second->strategy, first->strategy);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void synthetic_data();
    void synthetic();
    void everyAlgorithm_data();
    void everyAlgorithm();
    void emptyInput();
    void fixedNodesStay();
    void componentsArePacked();
    void parentsLeftOfChildren();
    void portsAlignRows();
    void concurrentLayouts();
};

void TestLayout::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples"_s);
    const QStringList files = dir.entryList({u"*.relata"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestLayout::examples()
{
    QFETCH(QString, path);
    const Result<Schema> schema = loadRelataFile(path);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    checkLayout(estimatedLayoutInput(schema.value()));
}

void TestLayout::synthetic_data()
{
    QTest::addColumn<int>("tables");
    QTest::newRow("100 tables") << 100;
    QTest::newRow("500 tables") << 500;
}

void TestLayout::synthetic()
{
    QFETCH(int, tables);
    const LayoutInput input = estimatedLayoutInput(generateSchema({tables, 1, Dialect::MySql}));
    checkLayout(input);
}

void TestLayout::everyAlgorithm_data()
{
    QTest::addColumn<qsizetype>("fullDot");
    QTest::addColumn<qsizetype>("boundedDot");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot") << qsizetype(1'000'000) << qsizetype(1'000'000) << u"\\d dot"_s;
    QTest::newRow("bounded dot") << qsizetype(0) << qsizetype(1'000'000) << u"\\d bounded dot"_s;
    QTest::newRow("sfdp") << qsizetype(0) << qsizetype(0) << u"\\d sfdp"_s;
}

/// Each algorithm the engine may choose for a big component, forced on a small schema.
void TestLayout::everyAlgorithm()
{
    QFETCH(qsizetype, fullDot);
    QFETCH(qsizetype, boundedDot);
    QFETCH(QString, expected);
    const LayoutInput input = estimatedLayoutInput(generateSchema({150, 7, Dialect::MySql}));
    const LayoutThresholds limits{fullDot, boundedDot};
    checkLayout(input, limits);
    const QString strategy = layOut(input, limits).strategy;
    QVERIFY2(strategy.contains(QRegularExpression(expected)), qPrintable(strategy));
}

void TestLayout::emptyInput()
{
    const Result<LayoutResult> result = createGraphvizLayoutEngine()->layout({});
    QVERIFY(result.ok());
    QVERIFY(result->positions.isEmpty());
}

void TestLayout::fixedNodesStay()
{
    LayoutInput input = testGraph(12, 4, {{2, 1}, {3, 1}, {4, 2}, {5, 4}, {6, 5}, {8, 7}, {9, 1}});
    // Pinned where a fresh layout would start, and one far off, both with relations.
    input.nodes[0].fixed = true;
    input.nodes[0].position = QPointF(0, 0);
    input.nodes[6].fixed = true;
    input.nodes[6].position = QPointF(900, 1200);
    checkLayout(input);
    const LayoutResult result = layOut(input);
    QVERIFY(!result.positions.contains(TableId(1)));
    QVERIFY(!result.positions.contains(TableId(7)));
    const QList<QRectF> boxes = placedBoxes(input, result.positions);
    QCOMPARE(boxes.at(0).topLeft(), QPointF(0, 0));
    QCOMPARE(boxes.at(6).topLeft(), QPointF(900, 1200));
}

/// Thirty pairs and twenty lone tables: rows of groups, not one long strip.
void TestLayout::componentsArePacked()
{
    QList<QPair<int, int>> edges;
    for (int i = 1; i <= 60; i += 2)
        edges.append({i + 1, i});
    const LayoutInput input = testGraph(80, 5, edges);
    checkLayout(input);
    const QRectF bounds = boundsOf(placedBoxes(input, layOut(input).positions));
    const double aspect = bounds.width() / bounds.height();
    QVERIFY2(aspect > 0.8 && aspect < 3.0, qPrintable(QString::number(aspect)));
}

/// A chain and a small tree: parents come before their children, left to right.
void TestLayout::parentsLeftOfChildren()
{
    QList<QPair<int, int>> edges;
    for (int i = 2; i <= 8; ++i)
        edges.append({i, i - 1});
    edges.append({{9, 3}, {10, 3}, {11, 9}});
    const LayoutInput input = testGraph(11, 3, edges);
    checkLayout(input);
    const QList<QRectF> boxes = placedBoxes(input, layOut(input).positions);
    int leftToRight = 0;
    for (const auto &[child, parent] : std::as_const(edges))
        leftToRight += boxes.at(parent - 1).right() < boxes.at(child - 1).left() ? 1 : 0;
    QCOMPARE(leftToRight, int(edges.size()));
}

/// An edge from row 5 of a tall table to row 0 of a short one: `dot` lines the two rows
/// up, so the short table sits level with row 5, not with the tall table's top.
void TestLayout::portsAlignRows()
{
    LayoutInput input;
    input.nodes = {testNode(1, 8), testNode(2, 2)};
    input.edges = {{TableId(2), 0, TableId(1), 5}};
    checkLayout(input);
    const QList<QRectF> boxes = placedBoxes(input, layOut(input).positions);
    const double parentRow = boxes.at(0).top() + input.nodes.at(0).rowCenters.at(5);
    const double childRow = boxes.at(1).top() + input.nodes.at(1).rowCenters.at(0);
    QVERIFY2(qAbs(parentRow - childRow) <= 2.0,
             qPrintable(u"%1 vs %2"_s.arg(parentRow).arg(childRow)));
}

/// Graphviz is not thread-safe; the engine's lock makes parallel layouts safe and equal.
void TestLayout::concurrentLayouts()
{
    const LayoutInput input = estimatedLayoutInput(generateSchema({80, 3, Dialect::MySql}));
    LayoutResult a;
    LayoutResult b;
    std::thread first([&] { a = layOut(input); });
    std::thread second([&] { b = layOut(input); });
    first.join();
    second.join();
    QCOMPARE(a.positions.size(), input.nodes.size());
    QCOMPARE(a.positions, b.positions);
}

} // namespace relata

QTEST_GUILESS_MAIN(relata::TestLayout)
#include "tst_layout.moc"
