// The main window as an editor: keyboard and menu edits through the real actions,
// copy and paste between two windows, the property dock following the selection,
// findings marked on the diagram.
#include "commands/editordocument.h"
#include "diagramview.h"
#include "editactions.h"
#include "exportactions.h"
#include "findingspanel.h"
#include "livevalidator.h"
#include "mainwindow.h"
#include "properties/propertyeditor.h"
#include "relationitem.h"
#include "schemascene.h"
#include "tableitem.h"
#include "tools/toolbox.h"
#include "viewactions.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TableId tableId(const MainWindow &window, const QString &name)
{
    const Table *t = window.document()->schema().tableByName(name);
    return t ? t->id : TableId();
}

} // namespace

class TstGuiEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteKeyAndUndo()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"linkinbio.relata"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Schema before = window.document()->schema();
        window.scene()->setSelection({tableId(window, u"blocks"_s)});
        window.view()->setFocus();
        QTest::keyClick(window.view()->viewport(), Qt::Key_Delete);
        QVERIFY(!tableId(window, u"blocks"_s).isValid());
        QVERIFY(window.document()->schema().relations().isEmpty());
        QVERIFY(window.isWindowModified());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.document()->schema() == before);
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.scene()->tableItem(tableId(window, u"blocks"_s)));
    }

    void selectAllAndToolShortcuts()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"linkinbio.relata"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editActions()->selectAllAction()->trigger();
        QCOMPARE(window.scene()->selectedTables().size(), 2);
        QCOMPARE(window.scene()->selectedRelations().size(), 1);
        window.view()->setFocus();
        QTest::keyClick(window.view()->viewport(), Qt::Key_R);
        QCOMPARE(window.toolBox()->current(), ToolBox::Kind::Connect);
        QVERIFY(window.editActions()->toolAction(int(ToolBox::Kind::Connect))->isChecked());
        QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
        QCOMPARE(window.toolBox()->current(), ToolBox::Kind::Select);
        // Ctrl+T adds a table, selected, as one undo step.
        window.editActions()->addTableAction()->trigger();
        QVERIFY(tableId(window, u"table_1"_s).isValid());
        QCOMPARE(window.scene()->selectedTables(), QList<TableId>{tableId(window, u"table_1"_s)});
        QCOMPARE(window.editorDocument()->undoStack().count(), 1);
    }

    void copyPasteBetweenWindows()
    {
        MainWindow source;
        MainWindow target;
        QVERIFY(source.loadFile(example(u"linkinbio.relata"_s)));
        QVERIFY(target.loadFile(example(u"recipes.relata"_s)));
        const qsizetype tablesBefore = target.document()->schema().tables().size();
        const qsizetype relationsBefore = target.document()->schema().relations().size();
        source.editActions()->selectAllAction()->trigger();
        QVERIFY(source.editActions()->copyAction()->isEnabled());
        source.editActions()->copyAction()->trigger();
        QVERIFY(target.editActions()->pasteAction()->isEnabled());
        target.editActions()->pasteAction()->trigger();
        const Schema &pasted = target.document()->schema();
        QCOMPARE(pasted.tables().size(), tablesBefore + 2);
        QCOMPARE(pasted.relations().size(), relationsBefore + 1);
        QVERIFY(pasted.tableByName(u"users"_s) || pasted.tableByName(u"users_2"_s));
        QCOMPARE(target.scene()->selectedTables().size(), 2);
        QCOMPARE(target.editorDocument()->undoStack().count(), 1);
        // The source is untouched; cut removes and can be pasted back.
        QCOMPARE(source.editorDocument()->undoStack().count(), 0);
        source.editActions()->cutAction()->trigger();
        QVERIFY(source.document()->schema().tables().isEmpty());
        source.editActions()->pasteAction()->trigger();
        QCOMPARE(source.document()->schema().tables().size(), 2);
        QVERIFY(source.document()->schema().tableByName(u"users"_s)); // its name is free again
        target.editorDocument()->undoStack().undo();
        QCOMPARE(target.document()->schema().tables().size(), tablesBefore);
        QGuiApplication::clipboard()->clear();
    }

    void propertyDockFollowsSelection()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"linkinbio.relata"_s)));
        const TableId users = tableId(window, u"users"_s);
        window.scene()->setSelection({users});
        QCOMPARE(window.propertyEditor()->shownTable(), users);
        const RelationId relation = window.document()->schema().relations().first().id;
        window.scene()->setSelection({}, {relation});
        QCOMPARE(window.propertyEditor()->shownRelation(), relation);
        window.scene()->setSelection({});
        QVERIFY(!window.propertyEditor()->shownTable().isValid());
        QVERIFY(!window.propertyEditor()->shownRelation().isValid());
    }

    void findingsAreMarkedOnTheDiagram()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"linkinbio.relata"_s)));
        const RelationId relation = window.document()->schema().relations().first().id;
        const RelationItem *edge = window.scene()->relationItem(relation);
        QCOMPARE(edge->findings().size(), 2); // R004 and R007 are both about the relation
        QVERIFY(edge->toolTip().contains(u"R007"_s));
        const TableItem *blocks = window.scene()->tableItem(tableId(window, u"blocks"_s));
        QCOMPARE(blocks->findings().size(), 2); // the child side carries them too
        QVERIFY(window.scene()->tableItem(tableId(window, u"users"_s))->findings().isEmpty());

        // Choosing a finding selects its tables and its relation.
        window.findingsPanel()->setCurrentRow(1);
        QCOMPARE(window.scene()->selectedRelations(), QList<RelationId>{relation});
        QCOMPARE(window.scene()->selectedTables().size(), 2);
    }

    void exportFromTheWindow()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"linkinbio.relata"_s)));
        const ExportActions exports(window.editorDocument(), window.scene(), &window);
        QVERIFY(exports.suggestedPath(ExportActions::Kind::Svg).endsWith(u"linkinbio.svg"_s));
        QTemporaryDir dir;
        const QList<std::pair<ExportActions::Kind, QString>> kinds{
                {ExportActions::Kind::Svg, u"d.svg"_s},
                {ExportActions::Kind::Png, u"d.png"_s},
                {ExportActions::Kind::Pdf, u"d.pdf"_s},
                {ExportActions::Kind::Dot, u"d.dot"_s},
                {ExportActions::Kind::Mermaid, u"d.mmd"_s}};
        for (const auto &[kind, name] : kinds) {
            QString error;
            QVERIFY2(exports.exportTo(kind, dir.filePath(name), &error), qPrintable(error));
        }
        QVERIFY(readFile(dir.filePath(u"d.svg"_s)).contains("blocks"));
        QVERIFY(!QImage(dir.filePath(u"d.png"_s)).isNull());
        QVERIFY(readFile(dir.filePath(u"d.pdf"_s)).startsWith("%PDF"));
        QVERIFY(readFile(dir.filePath(u"d.dot"_s)).contains("digraph"));
        QVERIFY(readFile(dir.filePath(u"d.mmd"_s)).startsWith("erDiagram"));
        QString error;
        QVERIFY(!exports.exportTo(ExportActions::Kind::Svg, u"/nonexistent/dir/d.svg"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void viewActionsNavigate()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"marketplace.relata"_s)));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewActions()->actualSizeAction()->trigger();
        QCOMPARE(window.view()->zoom(), 1.0);
        window.viewActions()->fitAction()->trigger();
        QVERIFY(window.view()->zoom() < 1.0);
        const qreal fitted = window.view()->zoom();
        window.scene()->setSelection({tableId(window, u"users"_s)});
        window.viewActions()->zoomToSelectionAction()->trigger();
        QVERIFY(window.view()->zoom() > fitted);
        QVERIFY(window.view()->visibleSceneRect().contains(
                window.scene()->tableItem(tableId(window, u"users"_s))->sceneBoxRect()));
        QVERIFY(window.view()->isOverviewVisible());
        window.viewActions()->overviewAction()->trigger();
        QVERIFY(!window.view()->isOverviewVisible());
    }
};

QTEST_MAIN(TstGuiEdit)
#include "tst_gui_edit.moc"
