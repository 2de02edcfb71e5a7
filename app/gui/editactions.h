#pragma once

#include "core/ids.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace relata {

class DiagramView;
class EditorDocument;
class SchemaScene;
class ToolBox;

/// The Edit menu and the drawing tools: clipboard, delete, select all, add table, and
/// the choice between selecting, drawing relations and placing tables. Each action
/// pushes one undo command; the window only places the actions.
class EditActions final : public QObject
{
    Q_OBJECT

public:
    EditActions(EditorDocument *editor, SchemaScene *scene, DiagramView *view, ToolBox *tools,
                QWidget *window);

    void fillEditMenu(QMenu *menu) const;
    void fillToolBar(QToolBar *toolBar) const;

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *addTableAction() const { return m_addTable; }
    QAction *toolAction(int kind) const;

public Q_SLOTS:
    void copy();
    void cut();
    /// Pastes the clipboard's tables, selects them and shows them.
    void paste();
    void deleteSelection();
    void selectAll();
    /// Adds a table in the middle of the visible area.
    void addTable();

Q_SIGNALS:
    /// A short line for the status bar.
    void statusMessage(const QString &message);
    void tableCreated(relata::TableId id);

private:
    void createClipboardActions();
    void createToolActions();
    void updateEnabled();

    EditorDocument *m_editor;
    SchemaScene *m_scene;
    DiagramView *m_view;
    ToolBox *m_tools;
    QWidget *m_window;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_addTable = nullptr;
    QAction *m_cancel = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QList<QAction *> m_toolActions;
};

} // namespace relata
