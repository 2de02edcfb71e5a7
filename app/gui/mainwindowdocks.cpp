// The docks around the diagram: MainWindow's construction, kept apart from its actions.

#include "mainwindow.h"

#include "commands/editordocument.h"
#include "deleteplanpanel.h"
#include "findingspanel.h"
#include "previewpanel.h"
#include "properties/propertyeditor.h"
#include "tablelistwidget.h"

#include <QDockWidget>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace relata {

void MainWindow::createDock()
{
    m_tableList = new TableListWidget(m_document, this);
    m_tablesDock = new QDockWidget(tr("Tables"), this);
    m_tablesDock->setObjectName(u"tablesDock"_s);
    m_tablesDock->setWidget(m_tableList);
    m_tablesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_tablesDock);
    resizeDocks({m_tablesDock}, {220}, Qt::Horizontal);
    connect(m_tableList, &TableListWidget::tableActivated, this, &MainWindow::showTable);
}

void MainWindow::createPropertiesDock()
{
    m_propertyEditor = new PropertyEditor(m_editor, this);
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(u"propertiesDock"_s);
    m_propertiesDock->setWidget(m_propertyEditor);
    m_propertiesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    resizeDocks({m_propertiesDock}, {340}, Qt::Horizontal);
}

void MainWindow::createFindingsDock()
{
    m_findingsPanel = new FindingsPanel(this);
    m_findingsPanel->setEditorDocument(m_editor); // its quick fixes are undoable steps
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsDock->setWidget(m_findingsPanel);
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // The table list keeps the window's full height; the findings sit under the diagram.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    connect(m_findingsPanel, &FindingsPanel::tablesActivated, this, &MainWindow::showFinding);
}

void MainWindow::createHistoryDock()
{
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    auto *undoView = new QUndoView(&m_editor->undoStack(), m_historyDock);
    undoView->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(undoView);
    m_historyDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_propertiesDock, m_historyDock);
    // What deleting rows of the selected table sets off (SPEC §5), beside them.
    auto *planDock = new QDockWidget(tr("Delete Plan"), this);
    planDock->setObjectName(u"deletePlanDock"_s);
    planDock->setWidget(new DeletePlanPanel(m_scene, planDock));
    planDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, planDock);
    tabifyDockWidget(m_propertiesDock, planDock);
    // The selection as DDL, C++ declarations and its delete plan (SPEC §9), beside the plan.
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(u"previewDock"_s);
    m_previewDock->setWidget(new PreviewPanel(m_scene, m_previewDock));
    m_previewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    tabifyDockWidget(planDock, m_previewDock);
    m_propertiesDock->raise();
}

} // namespace relata
