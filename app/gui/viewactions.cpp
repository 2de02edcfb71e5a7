#include "viewactions.h"

#include "diagramview.h"
#include "shortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace relata {

ViewActions::ViewActions(DiagramView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_zoomIn(new QAction(tr("Zoom &In"), this))
    , m_zoomOut(new QAction(tr("Zoom &Out"), this))
    , m_actualSize(new QAction(tr("&Actual Size"), this))
    , m_fit(new QAction(tr("&Fit to View"), this))
    , m_zoomToSelection(new QAction(tr("Zoom to &Selection"), this))
    , m_overview(new QAction(tr("&Overview Map"), this))
{
    m_zoomIn->setShortcuts(uniqueShortcuts(
            {QKeySequence(u"Ctrl+="_s), QKeySequence(u"Ctrl++"_s), QKeySequence::ZoomIn}));
    connect(m_zoomIn, &QAction::triggered, m_view, &DiagramView::zoomIn);
    m_zoomOut->setShortcuts(uniqueShortcuts({QKeySequence(u"Ctrl+-"_s), QKeySequence::ZoomOut}));
    connect(m_zoomOut, &QAction::triggered, m_view, &DiagramView::zoomOut);
    m_actualSize->setShortcut(QKeySequence(u"Ctrl+1"_s));
    connect(m_actualSize, &QAction::triggered, m_view, &DiagramView::resetZoom);
    m_fit->setShortcut(QKeySequence(u"Ctrl+0"_s));
    m_fit->setToolTip(tr("Show the whole diagram (Ctrl+0)"));
    connect(m_fit, &QAction::triggered, m_view, &DiagramView::fitToView);
    m_zoomToSelection->setShortcut(QKeySequence(u"Ctrl+2"_s));
    connect(m_zoomToSelection, &QAction::triggered, m_view, &DiagramView::zoomToSelection);
    m_overview->setCheckable(true);
    m_overview->setShortcut(QKeySequence(u"Ctrl+M"_s));
    m_overview->setChecked(m_view->isOverviewVisible());
    connect(m_overview, &QAction::toggled, m_view, &DiagramView::setOverviewVisible);
}

void ViewActions::fillViewMenu(QMenu *menu) const
{
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_actualSize);
    menu->addAction(m_fit);
    menu->addAction(m_zoomToSelection);
    menu->addSeparator();
    menu->addAction(m_overview);
}

void ViewActions::fillToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_fit);
    toolBar->addAction(m_zoomToSelection);
}

} // namespace relata
