#pragma once

#include "core/ids.h"

#include <QHash>
#include <QObject>
#include <QPointF>

class QAction;
class QMenu;
class QProgressDialog;
class QToolBar;
class QWidget;

namespace relata {

class DiagramView;
class EditorDocument;
class LayoutRunner;
class SchemaScene;

/// Automatic layout from the window: of the whole diagram or of the selection, run
/// in a child process with a progress dialog that can cancel it, and applied as one
/// undo step (ApplyLayoutCommand). Edits made while it runs do not get overwritten
/// with a stale layout: the result is dropped if the document changed meanwhile.
class LayoutActions final : public QObject
{
    Q_OBJECT

public:
    LayoutActions(EditorDocument *editor, SchemaScene *scene, DiagramView *view, QWidget *window);
    ~LayoutActions() override;

    void fillMenu(QMenu *menu) const;
    void fillToolBar(QToolBar *toolBar) const;
    QAction *layoutAllAction() const { return m_all; }
    QAction *layoutSelectionAction() const { return m_selection; }
    LayoutRunner *runner() const { return m_runner; }

public Q_SLOTS:
    void layoutAll();
    void layoutSelection();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The layout was applied (or canceled, or failed): the window is idle again.
    void done();

private:
    void start(const QList<TableId> &tables);
    void onFinished(const QHash<relata::TableId, QPointF> &positions, const QString &strategy);
    void onFailed(const QString &message);
    void onCanceled();
    void finish();
    void updateEnabled();

    EditorDocument *m_editor;
    SchemaScene *m_scene;
    DiagramView *m_view;
    QWidget *m_window;
    LayoutRunner *m_runner;
    QAction *m_all;
    QAction *m_selection;
    QProgressDialog *m_progress = nullptr;
    int m_undoIndexAtStart = -1;
    bool m_wholeDiagram = false;
};

} // namespace relata
