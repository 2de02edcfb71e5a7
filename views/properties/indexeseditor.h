#pragma once

#include "core/ids.h"

#include <QWidget>

class QCheckBox;
class QTableView;
class QToolButton;

namespace relata {

class ColumnsEditor;
class EditorDocument;
class IndexesModel;

/// The indexes of the shown table, with buttons to add an index over the columns
/// selected in the columns editor and to remove the selected indexes.
class IndexesEditor final : public QWidget
{
    Q_OBJECT

public:
    IndexesEditor(EditorDocument *editor, const ColumnsEditor *columns, QWidget *parent = nullptr);

    void setTable(TableId table);
    IndexesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Adds an index (unique when the "Unique" box is checked) over the selected columns.
    void addIndex();
    void removeSelectedIndexes();

private:
    void updateButtons();

    EditorDocument *m_editor;
    const ColumnsEditor *m_columns;
    IndexesModel *m_model;
    QTableView *m_view;
    QToolButton *m_addButton;
    QCheckBox *m_uniqueBox;
    QToolButton *m_removeButton;
};

} // namespace relata
