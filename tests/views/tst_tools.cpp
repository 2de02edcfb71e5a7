// The canvas tools, driven with real mouse events on a real DiagramView: drawing a
// relation between two columns, moving tables (one undo step per drag), rubber-band
// and Ctrl-click selection, creating tables; plus the clipboard and delete commands
// the Edit menu uses.
#include "commands/deleteselectioncommand.h"
#include "commands/editordocument.h"
#include "commands/pastetablescommand.h"
#include "diagramview.h"
#include "relationitem.h"
#include "relationlayeritem.h"
#include "scenetestutil.h"
#include "schemascene.h"
#include "tableclipboard.h"
#include "tableitem.h"
#include "tools/connecttool.h"
#include "tools/toolbox.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relata::scenetest;

namespace {

/// users(id, username) at (0,0), blocks(id, user_id, url) at (400,0),
/// categories(id, parent_id) at (0,300). No relations.
Schema toolSchema()
{
    Schema schema;
    schema.name = u"tools"_s;
    const auto add = [&schema](const QString &name, QList<Column> columns, QPointF at) {
        Table t;
        t.name = name;
        t.columns = std::move(columns);
        t.position = at;
        const TableId id = schema.addTable(t);
        schema.tableForEdit(id)->primaryKey = {schema.table(id)->columns.first().id};
    };
    add(u"users"_s, {column(u"id"_s, u"int"_s, false), column(u"username"_s, u"varchar(80)"_s)},
        QPointF(0, 0));
    add(u"blocks"_s,
        {column(u"id"_s, u"int"_s, false), column(u"user_id"_s, u"int"_s, false),
         column(u"url"_s, u"text"_s)},
        QPointF(400, 0));
    add(u"categories"_s, {column(u"id"_s, u"int"_s, false), column(u"parent_id"_s, u"int"_s)},
        QPointF(0, 300));
    return schema;
}

} // namespace

class TstTools : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditorDocument> m_editor;
    std::unique_ptr<SchemaScene> m_scene;
    std::unique_ptr<DiagramView> m_view;
    std::unique_ptr<ToolBox> m_tools;

    const Schema &schema() const { return m_editor->schema(); }
    TableId table(const QString &name) const { return schema().tableByName(name)->id; }
    ColumnId col(const QString &t, const QString &c) const
    {
        return schema().tableByName(t)->columnByName(c)->id;
    }
    QWidget *viewport() const { return m_view->viewport(); }
    /// Items that are not part of the diagram: the connect tool's line and highlights.
    qsizetype previewItems() const
    {
        const QList<QGraphicsItem *> items = m_scene->items();
        return std::count_if(items.cbegin(), items.cend(), [](const QGraphicsItem *item) {
            return item->type() < QGraphicsItem::UserType;
        });
    }
    QPoint toView(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    /// The middle of a column's row, in viewport pixels.
    QPoint rowPoint(const QString &t, const QString &c) const
    {
        return toView(m_scene->tableItem(table(t))->rowSceneRect(col(t, c)).center());
    }
    QPoint headerPoint(const QString &t) const
    {
        const QRectF box = m_scene->tableItem(table(t))->sceneBoxRect();
        return toView(QPointF(box.center().x(), box.top() + 8));
    }

    /// QTest::mouseMove carries no buttons in Qt 6; a drag needs them.
    void moveWithButton(QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QMouseEvent move(QEvent::MouseMove, to, viewport()->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &move);
    }
    /// Press, several moves, release: what a hand does.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= 5; ++step)
            moveWithButton(from + (to - from) * step / 5, modifiers);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

private Q_SLOTS:
    void init()
    {
        m_editor = std::make_unique<EditorDocument>();
        m_editor->resetSchema(toolSchema(), QString());
        m_scene = std::make_unique<SchemaScene>(&m_editor->schemaDocument());
        m_view = std::make_unique<DiagramView>(m_scene.get());
        m_tools = std::make_unique<ToolBox>(m_scene.get(), m_editor.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setZoom(1);
        m_view->centerOn(QPointF(400, 250));
    }
    void cleanup()
    {
        m_tools.reset();
        m_view.reset();
        m_scene.reset();
        m_editor.reset();
    }

    void dragRelationBetweenColumns()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        drag(rowPoint(u"blocks"_s, u"user_id"_s), rowPoint(u"users"_s, u"id"_s));
        QCOMPARE(schema().relations().size(), 1);
        const Relation &r = schema().relations().first();
        QCOMPARE(r.childTable, table(u"blocks"_s));
        QCOMPARE(r.childColumns, QList<ColumnId>{col(u"blocks"_s, u"user_id"_s)});
        QCOMPARE(r.parentTable, table(u"users"_s));
        QCOMPARE(r.parentColumns, QList<ColumnId>{col(u"users"_s, u"id"_s)});
        QCOMPARE(r.onDelete, ReferentialAction::NoAction);
        QCOMPARE(r.onUpdate, ReferentialAction::NoAction);
        QCOMPARE(r.origin, RelationOrigin::Drawn);
        QVERIFY(r.nameOnChild.isEmpty() && r.nameOnParent.isEmpty()); // derived
        // Drawn, selected, one undo step; the preview is gone.
        QVERIFY(m_scene->relationItem(r.id) && m_scene->relationItem(r.id)->isVisible());
        QCOMPARE(m_scene->selectedRelations(), QList<RelationId>{r.id});
        QCOMPARE(m_editor->undoStack().count(), 1);
        QCOMPARE(previewItems(), 0);
        m_editor->undoStack().undo();
        QVERIFY(schema().relations().isEmpty());
        QVERIFY(!m_scene->relationItem(r.id));
    }

    void selfReferenceIsAllowed()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        drag(rowPoint(u"categories"_s, u"parent_id"_s), rowPoint(u"categories"_s, u"id"_s));
        QCOMPARE(schema().relations().size(), 1);
        QVERIFY(schema().relations().first().isSelfReference());
    }

    void farViewDrawsRelationsInOneLayer()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        drag(rowPoint(u"blocks"_s, u"user_id"_s), rowPoint(u"users"_s, u"id"_s));
        drag(rowPoint(u"categories"_s, u"parent_id"_s), rowPoint(u"categories"_s, u"id"_s));
        m_tools->setCurrent(ToolBox::Kind::Select);
        m_scene->clearSelection(); // the connect tool selected the last relation
        const RelationId first = schema().relations().first().id;
        RelationItem *edge = m_scene->relationItem(first);
        QVERIFY(!m_scene->isFarView());
        QVERIFY(!m_scene->relationLayer()->isVisible());

        m_view->setZoom(0.2);
        QVERIFY(m_scene->isFarView());
        QVERIFY(edge->flags() & QGraphicsItem::ItemHasNoContents);
        QVERIFY(m_scene->relationLayer()->isVisible());
        QCOMPARE(m_scene->relationLayer()->groupCount(), 1); // both plain, not selected
        // Still clickable: the click lands on the line, the layer regroups the selection.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(edge->middle()));
        QCOMPARE(m_scene->selectedRelations(), QList<RelationId>{first});
        QTRY_COMPARE(m_scene->relationLayer()->groupCount(), 2);
        // Relations that leave or come back while far away leave or join the layer.
        m_editor->undoStack().undo(); // the self-reference
        QCOMPARE(schema().relations().size(), 1);
        QTRY_COMPARE(m_scene->relationLayer()->groupCount(), 1); // the selected one only
        m_editor->undoStack().redo();
        QTRY_COMPARE(m_scene->relationLayer()->groupCount(), 2);
        QVERIFY(m_scene->relationItem(schema().relations().last().id)->flags()
                & QGraphicsItem::ItemHasNoContents);

        m_view->setZoom(1);
        QVERIFY(!m_scene->isFarView());
        QVERIFY(!(edge->flags() & QGraphicsItem::ItemHasNoContents));
        QVERIFY(!m_scene->relationLayer()->isVisible());
    }

    void toolCursorSurvivesPanning()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor);
        const QPoint at = toView(QPointF(1000, 700));
        QTest::mousePress(viewport(), Qt::MiddleButton, {}, at);
        QCOMPARE(viewport()->cursor().shape(), Qt::ClosedHandCursor);
        QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, at);
        QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor);
        m_tools->cancel();
        QCOMPARE(viewport()->cursor().shape(), Qt::ArrowCursor);
    }

    void connectRefusesWithAMessage()
    {
        QSignalSpy messages(m_tools.get(), &ToolBox::statusMessage);
        m_tools->setCurrent(ToolBox::Kind::Connect);
        const QPoint userId = rowPoint(u"blocks"_s, u"user_id"_s);
        drag(userId, userId + QPoint(3, 0)); // the same column
        QVERIFY(schema().relations().isEmpty());
        drag(userId, rowPoint(u"users"_s, u"id"_s));
        drag(userId, rowPoint(u"users"_s, u"id"_s)); // exists already
        QCOMPARE(schema().relations().size(), 1);
        QVERIFY(messages.last().at(0).toString().contains(u"already references"_s));
        drag(userId, toView(QPointF(1000, 900))); // released on empty canvas
        QCOMPARE(schema().relations().size(), 1);
        QCOMPARE(m_editor->undoStack().count(), 1);
    }

    void escapeCancelsAConnection()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, rowPoint(u"blocks"_s, u"user_id"_s));
        moveWithButton(rowPoint(u"users"_s, u"id"_s));
        QCOMPARE(previewItems(), 3); // the line and the two rows' highlights
        m_tools->cancel();
        QCOMPARE(m_tools->current(), ToolBox::Kind::Select);
        QCOMPARE(previewItems(), 0);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, rowPoint(u"users"_s, u"id"_s));
        QVERIFY(schema().relations().isEmpty());
    }

    void dragMovesATableAsOneUndoStep()
    {
        const QPointF before = schema().tableByName(u"users"_s)->position;
        drag(headerPoint(u"users"_s), headerPoint(u"users"_s) + QPoint(100, 40));
        QCOMPARE(schema().tableByName(u"users"_s)->position, before + QPointF(100, 40));
        QCOMPARE(m_scene->tableItem(table(u"users"_s))->pos(), before + QPointF(100, 40));
        QCOMPARE(m_editor->undoStack().count(), 1);
        QCOMPARE(m_editor->undoStack().text(0), u"Move table users"_s);
        // A second drag of the same table is a second step.
        drag(headerPoint(u"users"_s), headerPoint(u"users"_s) + QPoint(0, 50));
        QCOMPARE(m_editor->undoStack().count(), 2);
        m_editor->undoStack().undo();
        m_editor->undoStack().undo();
        QCOMPARE(schema().tableByName(u"users"_s)->position, before);
        QCOMPARE(m_scene->tableItem(table(u"users"_s))->pos(), before);
    }

    void aClickIsNotAMove()
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, headerPoint(u"users"_s));
        QCOMPARE(m_scene->selectedTables(), QList<TableId>{table(u"users"_s)});
        QCOMPARE(m_editor->undoStack().count(), 0);
    }

    void ctrlClickAndDragMoveTheSelection()
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, headerPoint(u"users"_s));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier,
                          headerPoint(u"blocks"_s));
        QCOMPARE(m_scene->selectedTables().size(), 2);
        const QPointF users = schema().tableByName(u"users"_s)->position;
        const QPointF blocks = schema().tableByName(u"blocks"_s)->position;
        drag(headerPoint(u"blocks"_s), headerPoint(u"blocks"_s) + QPoint(-30, 60));
        QCOMPARE(schema().tableByName(u"users"_s)->position, users + QPointF(-30, 60));
        QCOMPARE(schema().tableByName(u"blocks"_s)->position, blocks + QPointF(-30, 60));
        QCOMPARE(m_editor->undoStack().count(), 1);
        QCOMPARE(m_editor->undoStack().text(0), u"Move 2 tables"_s);
        // Ctrl-click again takes a table out of the selection.
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, headerPoint(u"users"_s));
        QCOMPARE(m_scene->selectedTables(), QList<TableId>{table(u"blocks"_s)});
    }

    void rubberBandSelects()
    {
        // From above-left of users to below categories, left of blocks.
        const QPoint from = toView(QPointF(-40, -40));
        const QRectF categories = m_scene->tableItem(table(u"categories"_s))->sceneBoxRect();
        const QPoint to = toView(QPointF(categories.right() + 20, categories.bottom() + 20));
        drag(from, to);
        QCOMPARE(m_scene->selectedTables(),
                 (QList<TableId>{table(u"users"_s), table(u"categories"_s)}));
        QCOMPARE(m_editor->undoStack().count(), 0); // selecting is not an edit
        // A click on empty canvas clears the selection.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(1000, 700)));
        QVERIFY(m_scene->selectedTables().isEmpty());
    }

    void doubleClickOnCanvasCreatesATable()
    {
        QSignalSpy created(m_tools.get(), &ToolBox::tableCreated);
        const QPointF at(900, 500);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, toView(at));
        const Table *t = schema().tableByName(u"table_1"_s);
        QVERIFY(t);
        QVERIFY((t->position - at).manhattanLength() < 2);
        QCOMPARE(t->columns.size(), 1);
        QCOMPARE(t->primaryKey, QList<ColumnId>{t->columns.first().id});
        QCOMPARE(m_scene->selectedTables(), QList<TableId>{t->id});
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_editor->undoStack().count(), 1);
        m_editor->undoStack().undo();
        QVERIFY(!schema().tableByName(u"table_1"_s));
    }

    void doubleClickOnATableAsksToEditIt()
    {
        QSignalSpy edit(m_tools.get(), &ToolBox::editRequested);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, headerPoint(u"blocks"_s));
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).value<TableId>(), table(u"blocks"_s));
        QCOMPARE(schema().tables().size(), 3);
    }

    void createTableToolPlacesOneTable()
    {
        m_tools->setCurrent(ToolBox::Kind::CreateTable);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(800, 400)));
        QVERIFY(schema().tableByName(u"table_1"_s));
        QCOMPARE(m_tools->current(), ToolBox::Kind::Select);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(800, 600)));
        QCOMPARE(schema().tables().size(), 4);
    }

    void deleteSelectionIsOneStep()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        drag(rowPoint(u"blocks"_s, u"user_id"_s), rowPoint(u"users"_s, u"id"_s));
        drag(rowPoint(u"categories"_s, u"parent_id"_s), rowPoint(u"categories"_s, u"id"_s));
        const Schema before = schema();
        const RelationId selfRef = schema().relations().last().id;
        auto *command = new DeleteSelectionCommand(m_editor->schemaDocument(), {table(u"users"_s)},
                                                   {selfRef});
        QCOMPARE(command->text(), u"Delete table users and relation "_s
                                          + schema().describe(*schema().relation(selfRef)));
        m_editor->push(command);
        QVERIFY(!schema().tableByName(u"users"_s));
        QVERIFY(schema().relations().isEmpty()); // users' relation went with it
        QCOMPARE(m_scene->tableItemCount(), 2);
        m_editor->undoStack().undo();
        QVERIFY(schema() == before);
        QCOMPARE(m_scene->relationItemCount(), 2);
    }

    void copyAndPasteTables()
    {
        m_tools->setCurrent(ToolBox::Kind::Connect);
        drag(rowPoint(u"blocks"_s, u"user_id"_s), rowPoint(u"users"_s, u"id"_s));
        std::unique_ptr<QMimeData> mime(
                tableclipboard::copy(schema(), {table(u"users"_s), table(u"blocks"_s)}));
        QVERIFY(mime);
        QVERIFY(tableclipboard::canPaste(mime.get()));
        QVERIFY(mime->text().contains(u"CREATE TABLE"_s));
        Result<Schema> pasted = tableclipboard::paste(mime.get());
        QVERIFY2(pasted, qPrintable(pasted.errorString()));
        QCOMPARE(pasted.value().tables().size(), 2);
        QCOMPARE(pasted.value().relations().size(), 1);

        // Pasted over the originals: shifted so that they do not hide them.
        const QPointF offset = tableclipboard::pasteOffset(schema(), pasted.value(),
                                                           QRectF(-100, -100, 1500, 1000));
        QVERIFY(!offset.isNull());
        const Schema before = schema();
        m_editor->push(new PasteTablesCommand(m_editor->schemaDocument(), pasted.value(), offset));
        const Table *users2 = schema().tableByName(u"users_2"_s);
        const Table *blocks2 = schema().tableByName(u"blocks_2"_s);
        QVERIFY(users2 && blocks2);
        QCOMPARE(users2->position, schema().tableByName(u"users"_s)->position + offset);
        QCOMPARE(schema().relations().size(), 2);
        const Relation &copy = schema().relations().last();
        QCOMPARE(copy.childTable, blocks2->id);
        QCOMPARE(copy.parentTable, users2->id);
        QCOMPARE(copy.childColumns, QList<ColumnId>{blocks2->columnByName(u"user_id"_s)->id});
        QCOMPARE(m_scene->tableItemCount(), 5);
        m_editor->undoStack().undo();
        QVERIFY(schema() == before);
        m_editor->undoStack().redo();
        QCOMPARE(schema().tables().size(), 5);

        // Data that is not ours, or broken, is refused with words.
        QMimeData text;
        text.setText(u"users"_s);
        QVERIFY(!tableclipboard::paste(&text));
        QMimeData broken;
        broken.setData(QString::fromUtf16(tableclipboard::kMimeType), "{ nope");
        const Result<Schema> bad = tableclipboard::paste(&broken);
        QVERIFY(!bad);
        QVERIFY(bad.errorString().contains(u"cannot be read"_s));
    }
};

QTEST_MAIN(TstTools)
#include "tst_tools.moc"
