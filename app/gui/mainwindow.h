#pragma once

#include "core/ids.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace relata {

class DiagramView;
class EditActions;
class EditorDocument;
class FileActions;
class FileWatcher;
class FindingsPanel;
class ImportActions;
class LayoutActions;
class LiveValidator;
class PropertyEditor;
class RecoveryAutosave;
class SchemaDocument;
class SchemaScene;
class StatusIndicators;
class TableListWidget;
class ToolBox;
class ViewActions;

/// The desktop shell: the diagram in the middle, the table list on the left, the findings
/// below, menus and a status bar. It wires actions to the document and views and holds no
/// schema logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` and fits the diagram to the view, without asking about unsaved
    /// changes. On failure the current schema stays open and `errorMessage` gets the
    /// loader's message; nothing is shown.
    bool loadFile(const QString &path, QString *errorMessage = nullptr);
    QString filePath() const;
    /// Opens a recovery copy as the unsaved state of `originalPath` (empty: untitled):
    /// the document is modified and Save writes to `originalPath`.
    bool restoreRecovered(const QString &recoveryFile, const QString &originalPath,
                          QString *errorMessage = nullptr);

    EditorDocument *editorDocument() const { return m_editor; }
    SchemaDocument *document() const { return m_document; }
    FileActions *fileActions() const { return m_fileActions; }
    ImportActions *importActions() const { return m_importActions; }
    RecoveryAutosave *recoveryAutosave() const { return m_autosave; }
    FileWatcher *fileWatcher() const { return m_watcher; }
    EditActions *editActions() const { return m_editActions; }
    ViewActions *viewActions() const { return m_viewActions; }
    LayoutActions *layoutActions() const { return m_layoutActions; }
    ToolBox *toolBox() const { return m_toolBox; }
    PropertyEditor *propertyEditor() const { return m_propertyEditor; }
    QDockWidget *propertiesDock() const { return m_propertiesDock; }
    QDockWidget *historyDock() const { return m_historyDock; }
    SchemaScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    TableListWidget *tableList() const { return m_tableList; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    LiveValidator *validator() const { return m_validator; }
    /// The status bar's summary of the findings ("1 error, 1 warning").
    QString findingsSummary() const;

public Q_SLOTS:
    /// Replaces the document with an empty schema (after the unsaved-changes question).
    void newFile();
    /// loadFile() for a person: asks about unsaved changes first, shows failures in a
    /// message box and remembers the file in the recent files.
    void openFile(const QString &path);
    void open();
    /// Reads the file again (after an edit outside Relata), keeping the viewport.
    void reload();
    /// Reads the file again without asking, keeping the viewport.
    void reloadFromDisk();
    /// Selects the table and scrolls it into the middle of the view.
    void showTable(relata::TableId id);
    /// Selects the tables (those of a finding) and scrolls them into the middle of the view.
    void showTables(const QList<relata::TableId> &ids);
    /// Selects a table by name, or the relation made by "table.column", shows its
    /// properties and scrolls it into view; false when there is no such object.
    bool selectObject(const QString &object);
    /// Selects a finding's tables and relations and scrolls them into view.
    void showFinding(const QList<relata::TableId> &tables);
    /// Shows the table's properties with its name ready to edit.
    void editTable(relata::TableId id);
    void showStatus(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool readFile(const QString &path, QString *errorMessage);
    void openWithoutAsking(const QString &path);
    void showLoadError(const QString &path, const QString &message);
    void createActions();
    void createToolBar();
    void createPropertiesDock();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void fillRecentMenu();
    void createDock();
    void createHistoryDock();
    void createFindingsDock();
    void updateFindings();
    void updateTitle();
    void onReloadRequested(bool askedUser);
    void onSceneSelectionChanged();

    EditorDocument *m_editor;
    SchemaDocument *m_document;
    FileActions *m_fileActions;
    ImportActions *m_importActions = nullptr;
    RecoveryAutosave *m_autosave;
    FileWatcher *m_watcher;
    SchemaScene *m_scene;
    DiagramView *m_view;
    TableListWidget *m_tableList = nullptr;
    QDockWidget *m_tablesDock = nullptr;
    LiveValidator *m_validator;
    ToolBox *m_toolBox;
    EditActions *m_editActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    LayoutActions *m_layoutActions = nullptr;
    PropertyEditor *m_propertyEditor = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    StatusIndicators *m_status = nullptr;
};

} // namespace relata
