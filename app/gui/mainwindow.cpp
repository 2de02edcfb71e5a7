#include "mainwindow.h"

#include "commands/editordocument.h"
#include "core/schemadocument.h"
#include "diagramview.h"
#include "editactions.h"
#include "exportactions.h"
#include "fileactions.h"
#include "filewatcher.h"
#include "findingspanel.h"
#include "gridplacement.h"
#include "importactions.h"
#include "io/relatafile.h"
#include "layoutactions.h"
#include "livevalidator.h"
#include "properties/propertyeditor.h"
#include "recoveryautosave.h"
#include "schemascene.h"
#include "shortcuts.h"
#include "statusindicators.h"
#include "tableitem.h"
#include "tablelistwidget.h"
#include "tools/toolbox.h"
#include "viewactions.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

using namespace Qt::StringLiterals;

/// The icons and examples are compiled into the relata_gui library, which the linker
/// would drop without a reference; Q_INIT_RESOURCE is that reference.
static void initResources()
{
    Q_INIT_RESOURCE(relata);
}

namespace relata {

namespace {

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
    , m_autosave(new RecoveryAutosave(m_editor, this))
    , m_watcher(new FileWatcher(m_editor, this))
    , m_scene(new SchemaScene(m_document, this))
    , m_view(new DiagramView(m_scene, this))
    , m_validator(new LiveValidator(m_document, this))
    , m_toolBox(new ToolBox(m_scene, m_editor, this))
{
    initResources();
    setCentralWidget(m_view);
    m_view->setEditorDocument(m_editor); // quick fixes in the diagram's context menu
    createDock();
    createPropertiesDock();
    createFindingsDock();
    createHistoryDock();
    createActions();
    setAcceptDrops(true);

    m_status = new StatusIndicators(m_document, statusBar());
    connect(m_view, &DiagramView::zoomChanged, m_status, &StatusIndicators::setZoom);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
    connect(m_validator, &LiveValidator::findingsChanged, this, &MainWindow::updateFindings);
    connect(m_editor, &EditorDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &EditorDocument::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_toolBox, &ToolBox::statusMessage, this, &MainWindow::showStatus);
    connect(m_toolBox, &ToolBox::tableCreated, this, &MainWindow::editTable);
    connect(m_toolBox, &ToolBox::editRequested, this, &MainWindow::editTable);
    connect(m_fileActions, &FileActions::fileSaved, m_watcher, &FileWatcher::watch);
    connect(m_watcher, &FileWatcher::reloadRequested, this, &MainWindow::onReloadRequested);
    connect(m_autosave, &RecoveryAutosave::failed, this, [this](const QString &message) {
        showStatus(tr("Could not write the recovery copy: %1").arg(message));
    });

    updateTitle();
    updateFindings();
    m_status->setZoom(m_view->zoom());
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The scene reads the document while it tears down its items: it must go first,
    // and without reporting its last selection change to this half-destroyed window.
    disconnect(m_scene, nullptr, this, nullptr);
    // A window that goes without a close event keeps its recovery copy: the undo stack's
    // teardown must not read as a return to the saved state.
    delete m_autosave;
    m_autosave = nullptr;
    delete m_toolBox; // its tools hold items of the scene
    delete m_view;
    delete m_scene;
}

void MainWindow::createActions()
{
    m_editActions = new EditActions(m_editor, m_scene, m_view, m_toolBox, this);
    m_viewActions = new ViewActions(m_view, this);
    m_layoutActions = new LayoutActions(m_editor, m_scene, m_view, this);
    connect(m_layoutActions, &LayoutActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_editActions, &EditActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_editActions, &EditActions::tableCreated, this, &MainWindow::editTable);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    m_layoutActions->fillMenu(menuBar()->addMenu(tr("&Arrange")));
    createToolBar();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Tools"));
    bar->setObjectName(u"toolsToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_editActions->fillToolBar(bar);
    bar->addSeparator();
    m_layoutActions->fillToolBar(bar);
    m_viewActions->fillToolBar(bar);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *newWindow = file->addAction(tr("New &Window"), this, [] {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    newWindow->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
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
    m_importActions = new ImportActions(m_editor, m_fileActions, this);
    file->addAction(m_importActions->importAction());
    connect(m_importActions, &ImportActions::landed, this,
            [this](const QList<TableId> &tables, const QString &summary) {
                showTables(tables);
                showStatus(summary);
            });
    (new ExportActions(m_editor, m_scene, this))->fillMenu(file->addMenu(tr("&Export")));
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
    m_editActions->fillEditMenu(menuBar()->addMenu(tr("&Edit")));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions->fillViewMenu(view);
    view->addSeparator();
    QAction *find = view->addAction(tr("Find &Table"), this, [this] {
        m_tablesDock->show();
        m_tableList->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_tablesDock->toggleViewAction());
    view->addAction(m_propertiesDock->toggleViewAction());
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    view->addAction(m_previewDock->toggleViewAction());
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
    m_watcher->watch(m_editor->fileName());
    return true;
}

bool MainWindow::restoreRecovered(const QString &recoveryFile, const QString &originalPath,
                                  QString *errorMessage)
{
    if (!readFile(recoveryFile, errorMessage))
        return false;
    const QString path
            = originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    m_editor->setFileName(path);
    m_watcher->watch(path);
    m_editor->markModified();
    m_view->fitToView();
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
    m_watcher->watch(QString());
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
    if (!m_editor->fileName().isEmpty() && m_fileActions->maybeSave())
        reloadFromDisk();
}

void MainWindow::reloadFromDisk()
{
    const QString path = m_editor->fileName();
    if (path.isEmpty())
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

void MainWindow::showFinding(const QList<TableId> &tables)
{
    // The panel reports tables; the finding's relations are selected with them.
    QList<RelationId> relations;
    const int row = m_findingsPanel->currentRow();
    if (row >= 0 && row < m_findingsPanel->findings().size())
        relations = m_findingsPanel->findings().at(row).relations;
    m_scene->setSelection(tables, relations);
    QRectF area;
    for (TableId id : tables) {
        if (const TableItem *item = m_scene->tableItem(id))
            area |= item->sceneBoxRect();
    }
    if (!area.isNull())
        m_view->centerOnTable(area);
}

bool MainWindow::selectObject(const QString &object)
{
    const Schema &schema = m_document->schema();
    if (const Table *table = schema.tableByName(object)) {
        showTable(table->id);
        return true;
    }
    const QString tableName = object.section(u'.', 0, 0);
    const QString columnName = object.section(u'.', 1);
    const Table *child = schema.tableByName(tableName);
    const Column *column = child ? child->columnByName(columnName) : nullptr;
    if (!column)
        return false;
    for (const Relation &r : schema.relations()) {
        if (r.childTable == child->id && r.childColumns.contains(column->id)) {
            m_scene->setSelection({}, {r.id});
            QRectF area = m_scene->tableItem(r.childTable)->sceneBoxRect();
            area |= m_scene->tableItem(r.parentTable)->sceneBoxRect();
            m_view->centerOnTable(area);
            return true;
        }
    }
    return false;
}

void MainWindow::editTable(TableId id)
{
    m_propertiesDock->show();
    m_propertiesDock->raise();
    m_propertyEditor->showSelection({id}, {});
    m_propertyEditor->focusName();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::onReloadRequested(bool askedUser)
{
    reloadFromDisk();
    if (!askedUser) {
        showStatus(tr("“%1” changed on disk and was reloaded.")
                           .arg(QFileInfo(m_editor->fileName()).fileName()));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: nothing is left to recover.
    m_autosave->discard();
    WindowSettings::save(*this);
    event->accept();
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

QString MainWindow::findingsSummary() const
{
    return m_status->findingsText();
}

void MainWindow::updateFindings()
{
    const QList<Finding> &findings = m_validator->findings();
    m_findingsPanel->setFindings(findings);
    m_scene->setFindings(findings);
    m_status->setFindings(findings);
    m_findingsDock->setWindowTitle(findings.isEmpty() ? tr("Findings")
                                                      : tr("Findings (%1)").arg(findings.size()));
}

void MainWindow::onSceneSelectionChanged()
{
    const QList<TableId> selected = m_scene->selectedTables();
    if (selected.size() == 1)
        m_tableList->setCurrentTable(selected.first());
    m_propertyEditor->showSelection(selected, m_scene->selectedRelations());
}

} // namespace relata
