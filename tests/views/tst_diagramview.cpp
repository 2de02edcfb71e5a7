#include "core/schemadocument.h"
#include "diagramview.h"
#include "overviewmap.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

constexpr QSize kViewSize(800, 600);

Column column(const QString &name, const QString &type)
{
    Column c;
    c.name = name;
    c.type.text = type;
    return c;
}

/// Three unrelated tables: "a" and "b" side by side, "c" well below "a".
Schema threeTables()
{
    Schema schema;
    schema.name = u"three"_s;
    const QList<std::pair<QString, QPointF>> tables
            = {{u"a"_s, QPointF(0, 0)}, {u"b"_s, QPointF(300, 0)}, {u"c"_s, QPointF(0, 400)}};
    for (const auto &[name, position] : tables) {
        Table table;
        table.name = name;
        table.columns = {column(u"id"_s, u"int"_s), column(u"label"_s, u"text"_s)};
        table.position = position;
        schema.addTable(table);
    }
    return schema;
}

/// A document, its scene and a shown view of 800×600 at 100 %.
struct Fixture
{
    explicit Fixture(Schema schema = threeTables())
    {
        document.setSchema(std::move(schema));
        view.resize(kViewSize);
        view.show();
        ready = QTest::qWaitForWindowExposed(&view);
        view.setFocus();
    }

    TableId table(const QString &name) const { return document.schema().tableByName(name)->id; }
    QRectF box(const QString &name) const
    {
        return scene.tableItem(table(name))->sceneBoundingRect();
    }
    QPoint viewPoint(QPointF scenePos) const { return view.mapFromScene(scenePos); }

    SchemaDocument document;
    SchemaScene scene{&document};
    DiagramView view{&scene};
    bool ready = false;
};

/// QTest::mouseMove carries no buttons in Qt 6; a drag needs them.
void dragMove(QWidget *viewport, QPoint pos, Qt::MouseButtons buttons,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, buttons,
                     modifiers);
    QApplication::sendEvent(viewport, &move);
}

void drag(QWidget *viewport, Qt::MouseButton button, QPoint from, QPoint to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(viewport, button, modifiers, from);
    dragMove(viewport, (from + to) / 2, button, modifiers);
    dragMove(viewport, to, button, modifiers);
    QTest::mouseRelease(viewport, button, modifiers, to);
}

void sendWheel(QWidget *viewport, QPoint pos, QPoint angleDelta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent wheel(pos, viewport->mapToGlobal(pos), QPoint(), angleDelta, Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
}

bool near(QPointF a, QPointF b, qreal tolerance = 1.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QByteArray describe(QPointF p)
{
    return u"(%1, %2)"_s.arg(p.x()).arg(p.y()).toUtf8();
}

} // namespace

class TstDiagramView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void middleDragPans_data();
    void middleDragPans();
    void smallDiagramCanBePanned();
    void spaceDragPansWithoutSelecting();
    void spaceAutoRepeatAndFocusLoss();
    void rubberBandSelects();
    void zoomToSelection();
    void resetZoomKeepsCentre();
    void ctrlWheelZoomsUnderMouse();
    void wheelScrolls();
    void visibleAreaChanged();
    void overviewStaysInCorner();
    void overviewClickRecentres();
    void overviewRendersOnlyAfterChanges();
    void overviewOfEmptyDiagram();
    void overviewCanBeHidden();
};

void TstDiagramView::defaults()
{
    Fixture f;
    QVERIFY(f.ready);
    QCOMPARE(f.view.dragMode(), QGraphicsView::RubberBandDrag);
    // A click on the canvas gives the view the keyboard, so that Space reaches it.
    QVERIFY(f.view.focusPolicy() & Qt::ClickFocus);
    QCOMPARE(f.view.zoom(), 1.0);
    QVERIFY(f.view.isOverviewVisible());
    QCOMPARE(f.view.visibleSceneRect().size(), QSizeF(kViewSize));
}

void TstDiagramView::middleDragPans_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("200 %") << 2.0;
    QTest::newRow("50 %") << 0.5;
}

void TstDiagramView::middleDragPans()
{
    QFETCH(qreal, zoom);
    Fixture f;
    QVERIFY(f.ready);
    f.view.setZoom(zoom);
    f.view.centerOn(f.box(u"b"_s).center());
    const QRectF before = f.view.visibleSceneRect();
    // Starts on a table: the middle button pans anywhere and never selects.
    const QPoint from = f.viewPoint(f.box(u"b"_s).center());
    drag(f.view.viewport(), Qt::MiddleButton, from, from + QPoint(-100, -60));
    const QPointF moved = f.view.visibleSceneRect().topLeft() - before.topLeft();
    QVERIFY2(near(moved, QPointF(100, 60) / zoom), describe(moved));
    QVERIFY(f.scene.selectedItems().isEmpty());
    QCOMPARE(f.view.viewport()->cursor().shape(), Qt::ArrowCursor);
}

void TstDiagramView::smallDiagramCanBePanned()
{
    // The whole diagram fits in the window; the canvas still moves.
    Fixture f;
    QVERIFY(f.ready);
    f.view.setZoom(0.5);
    const QRectF before = f.view.visibleSceneRect();
    drag(f.view.viewport(), Qt::MiddleButton, QPoint(400, 300), QPoint(500, 350));
    const QPointF moved = f.view.visibleSceneRect().topLeft() - before.topLeft();
    QVERIFY2(near(moved, QPointF(-200, -100)), describe(moved));
}

void TstDiagramView::spaceDragPansWithoutSelecting()
{
    Fixture f;
    QVERIFY(f.ready);
    QWidget *viewport = f.view.viewport();
    QTest::keyPress(&f.view, Qt::Key_Space);
    QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);

    const QRectF before = f.view.visibleSceneRect();
    const QPoint from = f.viewPoint(f.box(u"a"_s).center());
    const QPoint to = from + QPoint(80, 40);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QCOMPARE(viewport->cursor().shape(), Qt::ClosedHandCursor);
    dragMove(viewport, to, Qt::LeftButton);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);

    const QPointF moved = f.view.visibleSceneRect().topLeft() - before.topLeft();
    QVERIFY2(near(moved, QPointF(-80, -40)), describe(moved));
    QVERIFY(f.scene.selectedItems().isEmpty());
    QCOMPARE(f.scene.tableItem(f.table(u"a"_s))->pos(), QPointF(0, 0)); // not moved

    QTest::keyRelease(&f.view, Qt::Key_Space);
    QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
    // Without Space a press on the table is the scene's again.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, f.viewPoint(f.box(u"a"_s).center()));
    QCOMPARE(f.scene.selectedTables(), QList<TableId>{f.table(u"a"_s)});
}

void TstDiagramView::spaceAutoRepeatAndFocusLoss()
{
    Fixture f;
    QVERIFY(f.ready);
    QWidget *viewport = f.view.viewport();
    QTest::keyPress(&f.view, Qt::Key_Space);
    // A held key repeats as release/press pairs marked auto-repeat: still a hand.
    for (int i = 0; i < 3; ++i) {
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, u" "_s, true);
        QApplication::sendEvent(&f.view, &release);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_s, true);
        QApplication::sendEvent(&f.view, &press);
        QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);
    }
    // Space released while another widget has the focus: the hand must not stick.
    QFocusEvent focusOut(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
    QApplication::sendEvent(&f.view, &focusOut);
    QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, f.viewPoint(f.box(u"b"_s).center()));
    QCOMPARE(f.scene.selectedTables(), QList<TableId>{f.table(u"b"_s)});
}

void TstDiagramView::rubberBandSelects()
{
    Fixture f;
    QVERIFY(f.ready);
    f.view.centerOn(f.scene.diagramRect().center());
    const QRectF a = f.box(u"a"_s);
    const QRectF b = f.box(u"b"_s);
    const QRectF c = f.box(u"c"_s);
    QVERIFY(a.bottom() + 40 < c.top());

    // From empty canvas above-left of "a" to below-right of "b", clear of "c".
    const QPoint from = f.viewPoint(a.topLeft() - QPointF(20, 20));
    const QPoint to = f.viewPoint(QPointF(b.right() + 20, a.bottom() + 20));
    QVERIFY(!f.scene.itemAt(f.view.mapToScene(from), f.view.transform()));
    drag(f.view.viewport(), Qt::LeftButton, from, to);
    QCOMPARE(f.scene.selectedTables(), (QList<TableId>{f.table(u"a"_s), f.table(u"b"_s)}));
    const QRectF visibleAfterBand = f.view.visibleSceneRect();

    // Ctrl adds "c" to the selection.
    const QPoint cFrom = f.viewPoint(c.topLeft() - QPointF(20, 20));
    const QPoint cTo = f.viewPoint(c.bottomRight() + QPointF(20, 20));
    drag(f.view.viewport(), Qt::LeftButton, cFrom, cTo, Qt::ControlModifier);
    QCOMPARE(f.scene.selectedTables(),
             (QList<TableId>{f.table(u"a"_s), f.table(u"b"_s), f.table(u"c"_s)}));

    // A plain band replaces the selection; a rubber band never pans.
    drag(f.view.viewport(), Qt::LeftButton, cFrom, cTo);
    QCOMPARE(f.scene.selectedTables(), QList<TableId>{f.table(u"c"_s)});
    QCOMPARE(f.view.visibleSceneRect(), visibleAfterBand);
}

void TstDiagramView::zoomToSelection()
{
    Fixture f;
    QVERIFY(f.ready);
    f.view.setZoom(0.3);
    f.view.zoomToSelection(); // nothing selected: nothing happens
    QCOMPARE(f.view.zoom(), 0.3);

    // One small table: capped at 150 %, centred.
    f.scene.setSelection({f.table(u"b"_s)});
    f.view.zoomToSelection();
    QCOMPARE(f.view.zoom(), DiagramView::kMaxSelectionZoom);
    QVERIFY(f.view.visibleSceneRect().contains(f.box(u"b"_s)));
    QVERIFY(near(f.view.visibleSceneRect().center(), f.box(u"b"_s).center()));

    // "a" and "c" are taller than the window at 150 %: fitted with a margin.
    f.scene.setSelection({f.table(u"a"_s), f.table(u"c"_s)});
    f.view.zoomToSelection();
    const QRectF both = f.box(u"a"_s) | f.box(u"c"_s);
    QVERIFY(f.view.zoom() < DiagramView::kMaxSelectionZoom);
    QVERIFY(f.view.visibleSceneRect().contains(both));
    const QRectF shown = f.view.mapFromScene(both).boundingRect();
    QVERIFY2(shown.height() > kViewSize.height() - 60, QByteArray::number(shown.height()));
}

void TstDiagramView::resetZoomKeepsCentre()
{
    Fixture f;
    QVERIFY(f.ready);
    QSignalSpy zoomSpy(&f.view, &DiagramView::zoomChanged);
    f.view.setZoom(0.4);
    const QPointF centre = f.box(u"c"_s).center();
    f.view.centerOn(centre);
    f.view.resetZoom();
    QCOMPARE(f.view.zoom(), 1.0);
    QCOMPARE(zoomSpy.count(), 2);
    QVERIFY2(near(f.view.visibleSceneRect().center(), centre),
             describe(f.view.visibleSceneRect().center()));
}

void TstDiagramView::ctrlWheelZoomsUnderMouse()
{
    Fixture f;
    QVERIFY(f.ready);
    const QPoint mouse(200, 150);
    const QPointF scenePoint = f.view.mapToScene(mouse);
    sendWheel(f.view.viewport(), mouse, QPoint(0, 120), Qt::ControlModifier);
    QCOMPARE(f.view.zoom(), 1.2);
    QVERIFY2(near(f.view.mapFromScene(scenePoint), mouse),
             describe(f.view.mapFromScene(scenePoint)));
    sendWheel(f.view.viewport(), mouse, QPoint(0, -240), Qt::ControlModifier);
    QVERIFY(qFuzzyCompare(f.view.zoom(), 1.2 / 1.44));
    QVERIFY(near(f.view.mapFromScene(scenePoint), mouse));
}

void TstDiagramView::wheelScrolls()
{
    Fixture f;
    QVERIFY(f.ready);
    const QRectF before = f.view.visibleSceneRect();
    sendWheel(f.view.viewport(), QPoint(300, 300), QPoint(0, -120), Qt::NoModifier);
    const QPointF down = f.view.visibleSceneRect().topLeft() - before.topLeft();
    QCOMPARE(down.x(), 0.0);
    QVERIFY2(down.y() > 0, describe(down));
    QCOMPARE(f.view.zoom(), 1.0);

    const QRectF middle = f.view.visibleSceneRect();
    sendWheel(f.view.viewport(), QPoint(300, 300), QPoint(0, -120), Qt::ShiftModifier);
    const QPointF right = f.view.visibleSceneRect().topLeft() - middle.topLeft();
    QCOMPARE(right.y(), 0.0);
    QVERIFY2(right.x() > 0, describe(right));
}

void TstDiagramView::visibleAreaChanged()
{
    Fixture f;
    QVERIFY(f.ready);
    QSignalSpy spy(&f.view, &DiagramView::visibleAreaChanged);
    auto lastIsCurrent = [&] {
        return !spy.isEmpty() && spy.last().at(0).toRectF() == f.view.visibleSceneRect();
    };
    f.view.horizontalScrollBar()->setValue(f.view.horizontalScrollBar()->value() + 50);
    QVERIFY(lastIsCurrent());
    spy.clear();
    f.view.zoomIn();
    QVERIFY(lastIsCurrent());
    spy.clear();
    f.view.resize(700, 500);
    QVERIFY(lastIsCurrent());
    spy.clear();
    f.view.setZoom(f.view.zoom()); // no change, no signal
    QVERIFY(spy.isEmpty());
}

void TstDiagramView::overviewStaysInCorner()
{
    Fixture f;
    QVERIFY(f.ready);
    OverviewMap *map = f.view.overviewMap();
    QVERIFY(map);
    QVERIFY(map->isVisible());
    const QRect viewport = f.view.viewport()->geometry();
    QCOMPARE(map->geometry().bottomRight(), viewport.bottomRight() - QPoint(12, 12));
    QVERIFY(map->width() >= 200 && map->height() >= 130);
    drag(f.view.viewport(), Qt::MiddleButton, QPoint(300, 300), QPoint(100, 150));
    QCOMPARE(map->geometry().bottomRight(), viewport.bottomRight() - QPoint(12, 12));
    f.view.resize(640, 480);
    QCOMPARE(map->geometry().bottomRight(),
             f.view.viewport()->geometry().bottomRight() - QPoint(12, 12));
}

void TstDiagramView::overviewClickRecentres()
{
    Fixture f;
    QVERIFY(f.ready);
    OverviewMap *map = f.view.overviewMap();
    QVERIFY(!map->thumbnail().isNull());
    f.view.setZoom(2);
    f.view.centerOn(f.box(u"b"_s).bottomRight());
    // The map is centred on the diagram: its middle is the diagram's middle.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->thumbnailRect().center().toPoint());
    const QPointF centre = f.scene.diagramRect().center();
    QVERIFY2(near(f.view.visibleSceneRect().center(), centre, 4),
             describe(f.view.visibleSceneRect().center()));
    QCOMPARE(f.view.zoom(), 2.0);

    // Dragging in the map follows the mouse; the canvas underneath is not touched.
    const QPoint from = map->thumbnailRect().center().toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, from + QPoint(-20, 0), map->mapToGlobal(from), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map, &move);
    QTest::mouseRelease(map, Qt::LeftButton, {}, from + QPoint(-20, 0));
    QVERIFY(f.view.visibleSceneRect().center().x() < centre.x() - 20);
    QVERIFY(f.scene.selectedItems().isEmpty());
}

void TstDiagramView::overviewRendersOnlyAfterChanges()
{
    Fixture f;
    QVERIFY(f.ready);
    OverviewMap *map = f.view.overviewMap();
    QTRY_VERIFY(!map->thumbnail().isNull());
    QTest::qWait(OverviewMap::kRenderDelayMs * 2); // let start-up changes settle
    const int rendered = map->renderCount();
    const qint64 key = map->thumbnail().cacheKey();

    // Repaints, scrolling and zooming reuse the cached thumbnail.
    map->repaint();
    f.view.viewport()->repaint();
    f.view.zoomIn();
    drag(f.view.viewport(), Qt::MiddleButton, QPoint(300, 300), QPoint(250, 250));
    QTest::qWait(OverviewMap::kRenderDelayMs * 2);
    QCOMPARE(map->renderCount(), rendered);

    // A burst of model changes gives one render, after the delay.
    for (int i = 1; i <= 5; ++i)
        f.document.moveTable(f.table(u"c"_s), QPointF(i * 20, 400));
    QCoreApplication::processEvents();
    QCOMPARE(map->renderCount(), rendered);
    QTRY_COMPARE(map->renderCount(), rendered + 1);
    QVERIFY(map->thumbnail().cacheKey() != key);
    QTest::qWait(OverviewMap::kRenderDelayMs * 2);
    QCOMPARE(map->renderCount(), rendered + 1);
}

void TstDiagramView::overviewOfEmptyDiagram()
{
    Fixture f{Schema()};
    QVERIFY(f.ready);
    OverviewMap *map = f.view.overviewMap();
    QVERIFY(map->isVisible());
    QVERIFY(map->thumbnail().isNull());
    // Clicks fall through to the canvas; there is nothing to navigate.
    QVERIFY(map->testAttribute(Qt::WA_TransparentForMouseEvents));
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(50, 50));
    map->repaint();

    // A table appears: the map follows.
    Table table;
    table.name = u"t"_s;
    table.columns = {column(u"id"_s, u"int"_s)};
    f.document.addTable(table);
    QTRY_VERIFY(!map->thumbnail().isNull());
    QVERIFY(!map->testAttribute(Qt::WA_TransparentForMouseEvents));
}

void TstDiagramView::overviewCanBeHidden()
{
    Fixture f;
    QVERIFY(f.ready);
    f.view.setOverviewVisible(false);
    QVERIFY(!f.view.isOverviewVisible());
    QVERIFY(!f.view.overviewMap()->isVisible());
    f.view.setOverviewVisible(true);
    QVERIFY(f.view.isOverviewVisible());
    QVERIFY(f.view.overviewMap()->isVisible());
}

QTEST_MAIN(TstDiagramView)
#include "tst_diagramview.moc"
