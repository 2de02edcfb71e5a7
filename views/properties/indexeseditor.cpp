#include "indexeseditor.h"

#include "columnseditor.h"
#include "commands/editordocument.h"
#include "commands/keycommands.h"
#include "indexesmodel.h"
#include "propertyhelpers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

IndexesEditor::IndexesEditor(EditorDocument *editor, const ColumnsEditor *columns, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_columns(columns)
    , m_model(new IndexesModel(&editor->schemaDocument(), this))
    , m_view(new QTableView(this))
    , m_addButton(new QToolButton(this))
    , m_uniqueBox(new QCheckBox(tr("Unique"), this))
    , m_removeButton(new QToolButton(this))
{
    m_view->setObjectName(u"indexesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_addButton->setObjectName(u"addIndexButton"_s);
    m_addButton->setText(tr("Add Index"));
    m_addButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setAutoRaise(true);
    m_uniqueBox->setObjectName(u"uniqueIndexBox"_s);
    m_uniqueBox->setToolTip(tr("Make the new index unique"));
    m_removeButton->setObjectName(u"removeIndexButton"_s);
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton->setAutoRaise(true);
    m_removeButton->setToolTip(tr("Remove the selected indexes"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_uniqueBox);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_addButton, &QToolButton::clicked, this, &IndexesEditor::addIndex);
    connect(m_removeButton, &QToolButton::clicked, this, &IndexesEditor::removeSelectedIndexes);
    connect(columns, &ColumnsEditor::selectionChanged, this, &IndexesEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IndexesEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndexesEditor::updateButtons);
    updateButtons();
}

void IndexesEditor::setTable(TableId table)
{
    m_model->setTable(table);
    m_view->resizeColumnsToContents();
}

void IndexesEditor::updateButtons()
{
    const bool haveColumns = !m_columns->selectedColumns().isEmpty();
    m_addButton->setEnabled(haveColumns);
    m_addButton->setToolTip(haveColumns ? tr("Add an index over the selected columns")
                                        : tr("Select the columns to index in the list above"));
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
}

void IndexesEditor::addIndex()
{
    const Table *table = m_editor->schema().table(m_model->table());
    const QList<ColumnId> columns = m_columns->selectedColumns();
    if (!table || columns.isEmpty())
        return;
    Index index;
    index.unique = m_uniqueBox->isChecked();
    index.columns = columns;
    index.name = derivedIndexName(*table, index.unique ? u"ux"_s : u"ix"_s, columns);
    auto *command = new AddIndexCommand(m_editor->schemaDocument(), table->id, index);
    if (index.unique)
        command->setText(tr("Add unique index %1 on %2").arg(index.name, table->name));
    m_editor->push(command);
}

/// Several indexes go in one undo step, removed from the last to the first so that
/// undo puts each back at its own position.
void IndexesEditor::removeSelectedIndexes()
{
    const Table *table = m_editor->schema().table(m_model->table());
    if (!table)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    SchemaDocument &document = m_editor->schemaDocument();
    if (rows.size() == 1) {
        m_editor->push(new RemoveIndexCommand(document, table->id, m_model->indexId(rows.first())));
        return;
    }
    auto *macro
            = new QUndoCommand(tr("Remove %1 indexes from %2").arg(rows.size()).arg(table->name));
    for (int row : std::as_const(rows))
        new RemoveIndexCommand(document, table->id, m_model->indexId(row), macro);
    m_editor->push(macro);
}

} // namespace relata
