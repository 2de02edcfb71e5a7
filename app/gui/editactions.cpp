#include "editactions.h"

#include "commands/deleteselectioncommand.h"
#include "commands/editordocument.h"
#include "commands/pastetablescommand.h"
#include "commands/tablecommands.h"
#include "diagramview.h"
#include "schemascene.h"
#include "tableclipboard.h"
#include "tableitem.h"
#include "tools/newtable.h"
#include "tools/toolbox.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Shortcuts that would steal keys from text fields (Delete, single letters) only act
/// while the diagram has the focus.
void onlyOnDiagram(QAction *action, QWidget *view)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(action);
}

} // namespace

EditActions::EditActions(EditorDocument *editor, SchemaScene *scene, DiagramView *view,
                         ToolBox *tools, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_scene(scene)
    , m_view(view)
    , m_tools(tools)
    , m_window(window)
{
    m_undo = m_editor->undoStack().createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_editor->undoStack().createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    createClipboardActions();
    createToolActions();
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::createClipboardActions()
{
    m_cut = new QAction(tr("Cu&t"), this);
    m_cut->setShortcut(QKeySequence::Cut);
    m_cut->setStatusTip(tr("Copy the selected tables and delete them"));
    connect(m_cut, &QAction::triggered, this, &EditActions::cut);
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setStatusTip(tr("Copy the selected tables and the relations among them"));
    connect(m_copy, &QAction::triggered, this, &EditActions::copy);
    m_paste = new QAction(tr("&Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &EditActions::paste);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_delete->setStatusTip(tr("Delete the selected tables and relations"));
    onlyOnDiagram(m_delete, m_view);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelection);
    m_selectAll = new QAction(tr("Select &All"), this);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAll, &QAction::triggered, this, &EditActions::selectAll);
    m_addTable = new QAction(QIcon(u":/icons/tool-table.svg"_s), tr("Add &Table"), this);
    m_addTable->setShortcut(QKeySequence(u"Ctrl+T"_s));
    m_addTable->setStatusTip(tr("Add a table in the middle of the view"));
    connect(m_addTable, &QAction::triggered, this, &EditActions::addTable);
}

void EditActions::createToolActions()
{
    m_toolGroup = new QActionGroup(this);
    struct Spec
    {
        ToolBox::Kind kind;
        QString icon;
        QString text;
        QString key;
        QString tip;
    };
    const Spec specs[] = {
            {ToolBox::Kind::Select, u":/icons/tool-select.svg"_s, tr("Select"), u"S"_s,
             tr("Select and move tables; drag on empty canvas to select an area")},
            {ToolBox::Kind::Connect, u":/icons/tool-relation.svg"_s, tr("Relation"), u"R"_s,
             tr("Draw a relation: drag from the referencing column to the referenced column")},
            {ToolBox::Kind::CreateTable, u":/icons/tool-table.svg"_s, tr("Table"), u"T"_s,
             tr("Place a new table where you click")},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(QIcon(spec.icon), spec.text, m_toolGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(spec.key));
        action->setToolTip(u"%1 (%2)"_s.arg(spec.tip, spec.key));
        action->setStatusTip(spec.tip);
        action->setChecked(spec.kind == m_tools->current());
        onlyOnDiagram(action, m_view);
        const ToolBox::Kind kind = spec.kind;
        connect(action, &QAction::triggered, m_tools, [this, kind] { m_tools->setCurrent(kind); });
        m_toolActions.append(action);
    }
    connect(m_tools, &ToolBox::currentChanged, this,
            [this](ToolBox::Kind kind) { m_toolActions.at(int(kind))->setChecked(true); });
    m_cancel = new QAction(tr("Cancel"), this);
    m_cancel->setShortcut(QKeySequence::Cancel);
    onlyOnDiagram(m_cancel, m_view);
    connect(m_cancel, &QAction::triggered, m_tools, &ToolBox::cancel);
}

QAction *EditActions::toolAction(int kind) const
{
    return m_toolActions.value(kind);
}

void EditActions::fillEditMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addSeparator();
    menu->addAction(m_addTable);
    QMenu *tools = menu->addMenu(tr("T&ools"));
    tools->addActions(m_toolActions);
}

void EditActions::fillToolBar(QToolBar *toolBar) const
{
    toolBar->addActions(m_toolActions);
}

void EditActions::updateEnabled()
{
    const bool tables = !m_scene->selectedTables().isEmpty();
    m_copy->setEnabled(tables);
    m_cut->setEnabled(tables);
    m_delete->setEnabled(!m_scene->selectedItems().isEmpty());
    m_paste->setEnabled(tableclipboard::canPaste(QGuiApplication::clipboard()->mimeData()));
}

void EditActions::copy()
{
    const QList<TableId> tables = m_scene->selectedTables();
    QMimeData *mime = tableclipboard::copy(m_editor->schema(), tables);
    if (!mime)
        return;
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tables.size() == 1 ? tr("Copied 1 table.")
                                            : tr("Copied %1 tables.").arg(tables.size()));
}

void EditActions::cut()
{
    if (m_scene->selectedTables().isEmpty())
        return;
    copy();
    auto *command
            = new DeleteSelectionCommand(m_editor->schemaDocument(), m_scene->selectedTables(), {});
    command->setText(command->text().replace(u"Delete"_s, u"Cut"_s));
    m_editor->push(command);
}

void EditActions::paste()
{
    Result<Schema> pasted = tableclipboard::paste(QGuiApplication::clipboard()->mimeData());
    if (!pasted) {
        Q_EMIT statusMessage(pasted.errorString());
        return;
    }
    const QPointF offset = tableclipboard::pasteOffset(m_editor->schema(), pasted.value(),
                                                       m_view->visibleSceneRect());
    auto *command = new PasteTablesCommand(m_editor->schemaDocument(), pasted.value(), offset);
    m_editor->push(command);
    // The stack deletes a command that did nothing; find the pasted tables by model order.
    const QList<Table> &tables = m_editor->schema().tables();
    const qsizetype count = pasted.value().tables().size();
    QList<TableId> ids;
    for (qsizetype i = std::max<qsizetype>(0, tables.size() - count); i < tables.size(); ++i)
        ids.append(tables.at(i).id);
    m_scene->setSelection(ids);
    Q_EMIT statusMessage(count == 1 ? tr("Pasted 1 table.") : tr("Pasted %1 tables.").arg(count));
}

void EditActions::deleteSelection()
{
    auto *command = new DeleteSelectionCommand(
            m_editor->schemaDocument(), m_scene->selectedTables(), m_scene->selectedRelations());
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_editor->push(command);
}

void EditActions::selectAll()
{
    QList<TableId> tables;
    for (const Table &t : m_editor->schema().tables())
        tables.append(t.id);
    QList<RelationId> relations;
    for (const Relation &r : m_editor->schema().relations())
        relations.append(r.id);
    m_scene->setSelection(tables, relations);
}

void EditActions::addTable()
{
    const QRectF visible = m_view->visibleSceneRect();
    Schema probe;
    Table table = newTable(m_editor->schema(), visible.center() - QPointF(85, 20));
    probe.addTable(table);
    table.position += tableclipboard::pasteOffset(m_editor->schema(), probe, QRectF());
    m_editor->push(new AddTablesCommand(m_editor->schemaDocument(), {table}));
    if (const Table *added = m_editor->schema().tableByName(table.name)) {
        m_scene->setSelection({added->id});
        Q_EMIT tableCreated(added->id);
    }
}

} // namespace relata
