#include "mainwindow.h"

#include "commands/editordocument.h"
#include "core/schemadocument.h"
#include "diagramview.h"
#include "fileactions.h"
#include "findingspanel.h"
#include "gridplacement.h"
#include "io/relatafile.h"
#include "livevalidator.h"
#include "schemascene.h"
#include "severityicon.h"
#include "tableitem.h"
#include "tablelistwidget.h"
#include "validate/findingreport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoView>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The given key sequences without duplicates: a sequence listed twice (Ctrl+- is
/// also the platform's ZoomOut) would make the shortcut ambiguous and dead.
QList<QKeySequence> uniqueShortcuts(const QList<QKeySequence> &sequences)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty() && !unique.contains(s))
            unique.append(s);
    }
    return unique;
}

/// "1 table", "3 tables": English plurals without shipping a translation.
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

/// The local .relata file among the dragged URLs, or an empty string.
QString draggedRelataFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".relata"_s, Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new EditorDocument(this))
    , m_document(&m_editor->schemaDocument())
    , m_fileActions(new FileActions(m_editor, this))
    , m_scene(new SchemaScene(m_document, this))
    , m_view(new DiagramView(m_scene, this))
    , m_validator(new LiveValidator(m_document, this))
{
    setCentralWidget(m_view);
    createDock();
    createFindingsDock();
    createHistoryDock();
    createActions();
    setAcceptDrops(true);

    m_findingsIcon = new QLabel(this);
    m_findingsLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    for (QLabel *label : {m_findingsLabel, m_countLabel, m_zoomLabel})
        label->setContentsMargins(0, 0, 10, 0);
    statusBar()->addPermanentWidget(m_findingsIcon);
    statusBar()->addPermanentWidget(m_findingsLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_document, &SchemaDocument::reset, this, &MainWindow::updateCounts);
    connect(m_document, &SchemaDocument::tableAdded, this, &MainWindow::updateCounts);
    connect(m_document, &SchemaDocument::tableRemoved, this, &MainWindow::updateCounts);
    connect(m_document, &SchemaDocument::relationAdded, this, &MainWindow::updateCounts);
    connect(m_document, &SchemaDocument::relationRemoved, this, &MainWindow::updateCounts);
    connect(m_document, &SchemaDocument::relationChanged, this, &MainWindow::updateCounts);
    connect(m_view, &DiagramView::zoomChanged, this, &MainWindow::updateZoomLabel);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
    connect(m_validator, &LiveValidator::findingsChanged, this, &MainWindow::updateFindings);
    connect(m_editor, &EditorDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &EditorDocument::dirtyChanged, this, &QWidget::setWindowModified);

    updateTitle();
    updateCounts();
    updateFindings();
    updateZoomLabel(m_view->zoom());
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The scene reads the document while it tears down its items: it must go first,
    // and without reporting its last selection change to this half-destroyed window.
    disconnect(m_scene, nullptr, this, nullptr);
    delete m_view;
    delete m_scene;
}

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

void MainWindow::createFindingsDock()
{
    m_findingsPanel = new FindingsPanel(this);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsDock->setWidget(m_findingsPanel);
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // The table list keeps the window's full height; the findings sit under the diagram.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({m_findingsDock}, {150}, Qt::Vertical);
    connect(m_findingsPanel, &FindingsPanel::tablesActivated, this, &MainWindow::showTables);
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
    m_historyDock->hide();
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), m_fileActions, &FileActions::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), m_fileActions, &FileActions::saveAs);
    saveAs->setShortcuts(uniqueShortcuts({QKeySequence(u"Ctrl+Shift+S"_s), QKeySequence::SaveAs}));
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(uniqueShortcuts({QKeySequence(u"Ctrl+Q"_s), QKeySequence::Quit}));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_fileActions->recentFiles().files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    zoomIn->setShortcuts(uniqueShortcuts({QKeySequence(u"Ctrl+="_s), QKeySequence::ZoomIn}));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    zoomOut->setShortcuts(uniqueShortcuts({QKeySequence(u"Ctrl+-"_s), QKeySequence::ZoomOut}));
    QAction *fit = view->addAction(tr("&Fit to View"), m_view, &DiagramView::fitToView);
    fit->setShortcut(QKeySequence(u"Ctrl+0"_s));
    view->addSeparator();
    QAction *find = view->addAction(tr("Find &Table"), this, [this] {
        m_tablesDock->show();
        m_tableList->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_tablesDock->toggleViewAction());
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
}

QString MainWindow::filePath() const
{
    return m_editor->fileName();
}

bool MainWindow::loadFile(const QString &path, QString *errorMessage)
{
    if (!readFile(path, errorMessage))
        return false;
    m_view->fitToView();
    return true;
}

bool MainWindow::readFile(const QString &path, QString *errorMessage)
{
    Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        if (errorMessage) {
            *errorMessage = loaded.errorString().isEmpty()
                                    ? tr("%1: the file could not be read").arg(path)
                                    : loaded.errorString();
        }
        return false;
    }
    m_editor->resetSchema(std::move(loaded).value(), QFileInfo(path).absoluteFilePath());
    // A file without a layout gets a grid. This is a presentation default applied
    // straight to the document, not a user edit: it is not undoable and must not
    // make the file count as modified.
    if (needsInitialPlacement(m_document->schema()))
        m_document->moveTables(gridPlacement(m_document->schema(), *m_scene));
    m_editor->markSaved();
    return true;
}

void MainWindow::newFile()
{
    if (!m_fileActions->maybeSave())
        return;
    Schema schema;
    schema.name = u"untitled"_s;
    schema.dialect = Dialect::MySql;
    m_editor->resetSchema(std::move(schema), QString());
    m_editor->markSaved();
    m_view->fitToView();
}

void MainWindow::openFile(const QString &path)
{
    if (m_fileActions->maybeSave())
        openWithoutAsking(path);
}

void MainWindow::openWithoutAsking(const QString &path)
{
    QString message;
    if (!loadFile(path, &message)) {
        showLoadError(path, message);
        return;
    }
    m_fileActions->recentFiles().add(path);
}

void MainWindow::open()
{
    if (!m_fileActions->maybeSave())
        return;
    const QString current = m_editor->fileName();
    const QString dir = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Schema"), dir, tr("Relata schemas (*.relata);;All files (*)"));
    if (!path.isEmpty())
        openWithoutAsking(path);
}

void MainWindow::reload()
{
    const QString path = m_editor->fileName();
    if (path.isEmpty() || !m_fileActions->maybeSave())
        return;
    const qreal zoom = m_view->zoom();
    const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
    QString message;
    if (!readFile(path, &message)) {
        showLoadError(path, message);
        return;
    }
    m_view->setZoom(zoom);
    m_view->centerOn(center);
}

void MainWindow::showLoadError(const QString &path, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Open Schema"),
                    tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                    this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::showTable(TableId id)
{
    if (!m_scene->selectTable(id))
        return;
    m_view->centerOnTable(m_scene->tableItem(id)->sceneBoxRect());
}

void MainWindow::showTables(const QList<TableId> &ids)
{
    m_scene->clearSelection();
    QRectF area;
    for (TableId id : ids) {
        if (TableItem *item = m_scene->tableItem(id)) {
            item->setSelected(true);
            area = area.united(item->sceneBoxRect());
        }
    }
    if (!area.isNull())
        m_view->centerOnTable(area);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileActions->maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedRelataFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = draggedRelataFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::updateTitle()
{
    const QString path = m_editor->fileName();
    const QString name = path.isEmpty() ? tr("untitled") : QFileInfo(path).fileName();
    // "[*]" is where Qt shows the modified mark; setWindowModified() follows the stack.
    setWindowTitle(tr("%1[*] — Relata").arg(name));
    m_reloadAction->setEnabled(!path.isEmpty());
}

void MainWindow::updateCounts()
{
    const Schema &schema = m_document->schema();
    const auto unconfirmed = std::count_if(schema.relations().cbegin(), schema.relations().cend(),
                                           [](const Relation &r) { return r.isUnconfirmed(); });
    QString text = counted(schema.tables().size(), tr("%1 table"), tr("%1 tables")) + u" · "_s
                   + counted(schema.relations().size(), tr("%1 relation"), tr("%1 relations"));
    if (unconfirmed > 0)
        text += u" "_s + tr("(%1 unconfirmed)").arg(unconfirmed);
    m_countLabel->setText(text);
}

QString MainWindow::findingsSummary() const
{
    return m_findingsLabel->text();
}

void MainWindow::updateFindings()
{
    const QList<Finding> &findings = m_validator->findings();
    m_findingsPanel->setFindings(findings);
    const FindingCounts counts = countFindings(findings);
    m_findingsLabel->setText(counts.total() == 0 ? tr("No findings") : summaryText(counts));
    // The badge of the worst severity present, none when clean.
    const Severity worst = counts.errors > 0     ? Severity::Error
                           : counts.warnings > 0 ? Severity::Warning
                                                 : Severity::Info;
    const int size = m_findingsLabel->fontMetrics().height();
    m_findingsIcon->setPixmap(counts.total() == 0 ? QPixmap()
                                                  : severityIcon(worst).pixmap(size, size));
    m_findingsDock->setWindowTitle(counts.total() == 0 ? tr("Findings")
                                                       : tr("Findings (%1)").arg(counts.total()));
}

void MainWindow::updateZoomLabel(qreal zoom)
{
    m_zoomLabel->setText(u"%1 %"_s.arg(std::lround(zoom * 100)));
}

void MainWindow::onSceneSelectionChanged()
{
    const QList<TableId> selected = m_scene->selectedTables();
    if (selected.size() == 1)
        m_tableList->setCurrentTable(selected.first());
}

} // namespace relata
