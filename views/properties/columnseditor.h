#pragma once

#include "core/ids.h"

#include <QList>
#include <QWidget>

class QAction;
class QTableView;

namespace relata {

class ColumnsModel;
class EditorDocument;

/// The columns of the shown table as an editable grid, with buttons to add, remove
/// and reorder columns. Every change is one undo command.
class ColumnsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnsEditor(EditorDocument *editor, QWidget *parent = nullptr);

    void setTable(TableId table);
    ColumnsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected columns in table order (the order an index over them gets).
    QList<ColumnId> selectedColumns() const;
    void selectColumn(ColumnId column);

    void addColumn();
    void removeSelectedColumns();
    void moveSelectedColumn(int delta);

Q_SIGNALS:
    void selectionChanged();
    void editRefused(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &icon, const QString &tip,
                        const QKeySequence &shortcut);
    void restoreSelection();
    void updateActions();

    EditorDocument *m_editor;
    ColumnsModel *m_model;
    QTableView *m_view;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QList<ColumnId> m_keptSelection; ///< across a model reset (add, remove, move, undo)
};

} // namespace relata
