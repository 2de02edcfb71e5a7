// Quick fixes in the real main window: the findings dock's Fix menu, a finding's context
// menu and the diagram's context menu each apply a fix as one undo step.
#include "commands/editordocument.h"
#include "diagramview.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

QString linkinbio()
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/linkinbio.relata"_s;
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// The window with an open popup menu drawn where it is on screen: grab() shows one
/// top-level widget only, and a menu is a window of its own.
QImage grabWithMenu(QWidget *window, QMenu *menu)
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(menu->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint()), menu->grab());
    return image;
}

/// Saves the picture in the temporary folder, and also at RELATA_QUICKFIX_SCREENSHOT when
/// that is set (how docs/screenshots/quick-fix.png is made).
void saveShot(const QImage &image, const QString &name, bool forDocs)
{
    QVERIFY(image.save(QDir::temp().filePath(name)));
    const QString docs = qEnvironmentVariable("RELATA_QUICKFIX_SCREENSHOT");
    if (forDocs && !docs.isEmpty())
        QVERIFY(image.save(docs));
}

void sendContextMenu(QWidget *widget, QPoint pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TstGuiQuickFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixButtonAppliesFix();
    void findingContextMenu();
    void diagramContextMenu();

private:
    /// linkinbio (R004 on blocks.user_id → users.id, R007 on blocks) in a shown window
    /// whose findings dock and diagram offer quick fixes.
    void openWindow(MainWindow &window);
};

void TstGuiQuickFix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstGuiQuickFix::openWindow(MainWindow &window)
{
    QVERIFY(window.loadFile(linkinbio()));
    window.findingsPanel()->setEditorDocument(window.editorDocument());
    window.view()->setEditorDocument(window.editorDocument());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findingsPanel()->count(), 2);
}

void TstGuiQuickFix::fixButtonAppliesFix()
{
    MainWindow window;
    openWindow(window);
    FindingsPanel *panel = window.findingsPanel();
    QPushButton *fix = panel->fixButton();
    QVERIFY(fix->isVisible());
    QVERIFY(!fix->isEnabled()); // no finding chosen yet

    panel->setCurrentRow(1); // R007
    QVERIFY(fix->isEnabled());
    const QString label = u"Add index idx_blocks_user_id on blocks (user_id)"_s;
    QStringList shown;
    QImage shot;
    // The button's menu runs its own event loop: look at it and choose from inside.
    // Polled: on a busy machine the menu is not up yet when the first timer fires.
    QTimer poll;
    int tries = 0;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu && ++tries < 500)
            return;
        poll.stop();
        if (!menu)
            return;
        shown = actionTexts(menu);
        shot = grabWithMenu(&window, menu);
        if (QAction *action = actionNamed(menu, label)) {
            menu->setActiveAction(action);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
    poll.start();
    fix->showMenu();
    QCOMPARE(shown, QStringList{label});
    saveShot(shot, u"relata-quick-fix-menu.png"_s, true);

    EditorDocument *editor = window.editorDocument();
    QCOMPARE(editor->undoStack().count(), 1);
    QCOMPARE(editor->undoStack().text(0), label);
    QTRY_COMPARE(panel->count(), 1);
    QCOMPARE(panel->findings().first().code, u"R004"_s);
    QVERIFY(!fix->isEnabled()); // the list was replaced: nothing is chosen

    editor->undoStack().undo();
    QTRY_COMPARE(panel->count(), 2);
}

void TstGuiQuickFix::findingContextMenu()
{
    MainWindow window;
    openWindow(window);
    FindingsPanel *panel = window.findingsPanel();
    QTreeView *view = panel->view();
    const QPoint row0 = view->visualRect(view->model()->index(0, 1)).center();
    sendContextMenu(view->viewport(), row0);
    auto *menu = panel->findChild<QMenu *>(u"findingContextMenu"_s);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(panel->currentRow(), 0); // the row is chosen, as a click does
    const QString label = u"Change blocks.user_id to bigint unsigned"_s;
    QCOMPARE(actionTexts(menu), QStringList{label});
    saveShot(grabWithMenu(&window, menu), u"relata-finding-context-menu.png"_s, false);

    actionNamed(menu, label)->trigger();
    menu->close();
    QTRY_COMPARE(panel->count(), 1);
    QCOMPARE(panel->findings().first().code, u"R007"_s);
    QCOMPARE(window.editorDocument()->undoStack().text(0), label);
}

void TstGuiQuickFix::diagramContextMenu()
{
    MainWindow window;
    openWindow(window);
    const Schema &schema = window.editorDocument()->schema();
    const TableId blocks = schema.tableByName(u"blocks"_s)->id;
    DiagramView *view = window.view();
    const QPointF center = window.scene()->tableItem(blocks)->sceneBoxRect().center();
    view->centerOn(center);
    const QPoint pos = view->mapFromScene(center);

    sendContextMenu(view->viewport(), pos);
    auto *menu = view->findChild<QMenu *>(u"diagramContextMenu"_s);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(window.scene()->selectedTables(), QList<TableId>{blocks});
    // blocks carries both findings of its relation to users.
    const QStringList expected{u"Change blocks.user_id to bigint unsigned"_s,
                               u"Add index idx_blocks_user_id on blocks (user_id)"_s};
    QCOMPARE(actionTexts(menu), expected);
    saveShot(grabWithMenu(&window, menu), u"relata-diagram-context-menu.png"_s, false);
    actionNamed(menu, expected.at(1))->trigger();
    menu->close();
    QTRY_COMPARE(window.findingsPanel()->count(), 1);

    // Empty canvas: no menu of ours.
    QVERIFY(!view->createContextMenu(QPoint(2, 2), view));
}

QTEST_MAIN(TstGuiQuickFix)
#include "tst_gui_quickfix.moc"
