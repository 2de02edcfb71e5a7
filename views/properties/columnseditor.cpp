#include "columnseditor.h"

#include "columnsmodel.h"
#include "commands/columncommands.h"
#include "commands/editordocument.h"
#include "propertyhelpers.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

ColumnsEditor::ColumnsEditor(EditorDocument *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new ColumnsModel(editor, this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"columnsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ColumnsModel::PrimaryKeyField,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ColumnsModel::NullableField,
                                                     QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);

    m_addAction = makeAction(tr("Add"), u"list-add"_s, tr("Add a column"),
                             QKeySequence(Qt::ALT | Qt::Key_Insert));
    m_removeAction = makeAction(tr("Remove"), u"list-remove"_s, tr("Remove the selected columns"),
                                QKeySequence(Qt::ALT | Qt::Key_Delete));
    m_upAction = makeAction(tr("Up"), u"go-up"_s, tr("Move the selected column up"),
                            QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = makeAction(tr("Down"), u"go-down"_s, tr("Move the selected column down"),
                              QKeySequence(Qt::ALT | Qt::Key_Down));
    m_addAction->setObjectName(u"addColumn"_s);
    m_removeAction->setObjectName(u"removeColumn"_s);
    m_upAction->setObjectName(u"moveColumnUp"_s);
    m_downAction->setObjectName(u"moveColumnDown"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : {m_addAction, m_removeAction, m_upAction, m_downAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_addAction, &QAction::triggered, this, &ColumnsEditor::addColumn);
    connect(m_removeAction, &QAction::triggered, this, &ColumnsEditor::removeSelectedColumns);
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelectedColumn(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelectedColumn(+1); });
    connect(m_model, &ColumnsModel::editRefused, this, &ColumnsEditor::editRefused);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedColumns(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ColumnsEditor::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    updateActions();
}

/// Shortcuts work while the focus is in the columns editor only, so that they never
/// compete with the window's own.
QAction *ColumnsEditor::makeAction(const QString &text, const QString &icon, const QString &tip,
                                   const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void ColumnsEditor::setTable(TableId table)
{
    m_model->setTable(table);
    m_view->resizeColumnsToContents();
}

QList<ColumnId> ColumnsEditor::selectedColumns() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<ColumnId> columns;
    for (int row : std::as_const(rows))
        columns.append(m_model->columnId(row));
    return columns;
}

void ColumnsEditor::selectColumn(ColumnId column)
{
    const int row = m_model->rowOf(column);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ColumnsModel::NameField);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

/// A reset (a column added, removed or moved, or such an edit undone) keeps the
/// selected columns selected, so that moving a column twice needs no new click.
void ColumnsEditor::restoreSelection()
{
    QItemSelection selection;
    for (ColumnId column : std::as_const(m_keptSelection)) {
        const int row = m_model->rowOf(column);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, 0));
    }
    m_keptSelection.clear();
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    updateActions();
}

void ColumnsEditor::updateActions()
{
    const QList<ColumnId> selected = selectedColumns();
    const int row = selected.size() == 1 ? m_model->rowOf(selected.first()) : -1;
    m_addAction->setEnabled(m_model->table().isValid());
    m_removeAction->setEnabled(!selected.isEmpty());
    m_upAction->setEnabled(row > 0);
    m_downAction->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

/// Appends `column_<n>` with the dialect's integer type and opens its name for editing,
/// so that typing the real name is the natural next step.
void ColumnsEditor::addColumn()
{
    const Table *table = m_editor->schema().table(m_model->table());
    if (!table)
        return;
    Column column;
    int n = 1;
    while (table->columnByName(u"column_%1"_s.arg(n)))
        ++n;
    column.name = u"column_%1"_s.arg(n);
    column.type.text = defaultColumnType(m_editor->schema().dialect);
    const TableId tableId = table->id;
    m_editor->push(new AddColumnCommand(m_editor->schemaDocument(), tableId, column));
    const Column *added = m_editor->schema().table(tableId)->columnByName(column.name);
    if (!added)
        return;
    selectColumn(added->id);
    m_view->setFocus();
    m_view->edit(m_model->index(m_model->rowOf(added->id), ColumnsModel::NameField));
}

void ColumnsEditor::removeSelectedColumns()
{
    const QList<ColumnId> columns = selectedColumns();
    const Table *table = m_editor->schema().table(m_model->table());
    if (!table || columns.isEmpty())
        return;
    SchemaDocument &document = m_editor->schemaDocument();
    if (columns.size() == 1) {
        m_editor->push(new RemoveColumnCommand(document, table->id, columns.first()));
        return;
    }
    auto *macro = new QUndoCommand(
            tr("Remove %1 columns from %2").arg(columns.size()).arg(table->name));
    for (ColumnId column : columns)
        new RemoveColumnCommand(document, table->id, column, macro);
    m_editor->push(macro);
}

void ColumnsEditor::moveSelectedColumn(int delta)
{
    const QList<ColumnId> selected = selectedColumns();
    const Table *table = m_editor->schema().table(m_model->table());
    if (!table || selected.size() != 1)
        return;
    const ColumnId column = selected.first();
    const int to = table->columnIndex(column) + delta;
    if (to < 0 || to >= table->columns.size())
        return;
    auto *command = new MoveColumnCommand(m_editor->schemaDocument(), table->id, column, to);
    const QString label = u"%1.%2"_s.arg(table->name, table->column(column)->name);
    command->setText(delta < 0 ? tr("Move column %1 up").arg(label)
                               : tr("Move column %1 down").arg(label));
    m_editor->push(command);
    selectColumn(column);
}

} // namespace relata
