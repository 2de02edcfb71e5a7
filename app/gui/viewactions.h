#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace relata {

class DiagramView;

/// The View menu's navigation: zoom in and out, actual size, fit, zoom to the
/// selection, and the overview map.
class ViewActions final : public QObject
{
    Q_OBJECT

public:
    ViewActions(DiagramView *view, QObject *parent);

    /// Zoom and overview entries; the window adds its docks after them.
    void fillViewMenu(QMenu *menu) const;
    void fillToolBar(QToolBar *toolBar) const;

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *fitAction() const { return m_fit; }
    QAction *zoomToSelectionAction() const { return m_zoomToSelection; }
    QAction *overviewAction() const { return m_overview; }

private:
    DiagramView *m_view;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QAction *m_fit;
    QAction *m_zoomToSelection;
    QAction *m_overview;
};

} // namespace relata
