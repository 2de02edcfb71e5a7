#include "layoutactions.h"

#include "commands/applylayoutcommand.h"
#include "commands/editordocument.h"
#include "diagramview.h"
#include "layoutrunner.h"
#include "schemascene.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace relata {

namespace {
constexpr int kProgressDelayMs = 400; ///< quick layouts finish without a dialog
} // namespace

LayoutActions::LayoutActions(EditorDocument *editor, SchemaScene *scene, DiagramView *view,
                             QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_scene(scene)
    , m_view(view)
    , m_window(window)
    , m_runner(new LayoutRunner(this))
    , m_all(new QAction(tr("&Auto-Layout"), this))
    , m_selection(new QAction(tr("Auto-Layout &Selection"), this))
{
    m_all->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_all->setStatusTip(tr("Place every table that is not pinned, parents left of children"));
    m_selection->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    m_selection->setStatusTip(tr("Place the selected tables; the others stay where they are"));
    connect(m_all, &QAction::triggered, this, &LayoutActions::layoutAll);
    connect(m_selection, &QAction::triggered, this, &LayoutActions::layoutSelection);
    connect(m_runner, &LayoutRunner::finished, this, &LayoutActions::onFinished);
    connect(m_runner, &LayoutRunner::failed, this, &LayoutActions::onFailed);
    connect(m_runner, &LayoutRunner::canceled, this, &LayoutActions::onCanceled);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LayoutActions::updateEnabled);
    updateEnabled();
}

LayoutActions::~LayoutActions() = default;

void LayoutActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_all);
    menu->addAction(m_selection);
}

void LayoutActions::fillToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_all);
}

void LayoutActions::updateEnabled()
{
    const bool idle = !m_runner->isRunning();
    m_all->setEnabled(idle);
    m_selection->setEnabled(idle && m_scene->selectedTables().size() > 0);
}

void LayoutActions::layoutAll()
{
    m_wholeDiagram = true;
    start({});
}

void LayoutActions::layoutSelection()
{
    const QList<TableId> tables = m_scene->selectedTables();
    if (tables.isEmpty())
        return;
    m_wholeDiagram = false;
    start(tables);
}

void LayoutActions::start(const QList<TableId> &tables)
{
    if (m_editor->schema().tables().isEmpty())
        return;
    if (!m_runner->start(m_editor->schema(), tables)) {
        onFailed(m_runner->errorString());
        return;
    }
    m_undoIndexAtStart = m_editor->undoStack().index();
    m_progress = new QProgressDialog(
            tr("Laying out %n table(s)…", nullptr,
               int(tables.isEmpty() ? m_editor->schema().tables().size() : tables.size())),
            tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Auto-Layout"));
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &LayoutActions::cancel);
    Q_EMIT statusMessage(tr("Laying out…"));
    updateEnabled();
}

void LayoutActions::cancel()
{
    m_runner->cancel();
}

void LayoutActions::onFinished(const QHash<TableId, QPointF> &positions, const QString &strategy)
{
    finish();
    if (m_editor->undoStack().index() != m_undoIndexAtStart) {
        Q_EMIT statusMessage(tr("The schema changed while the layout ran; layout not applied."));
        return;
    }
    auto *command = new ApplyLayoutCommand(m_editor->schemaDocument(), positions);
    const qsizetype count = command->tableCount();
    m_editor->push(command);
    if (m_wholeDiagram)
        m_view->fitToView();
    Q_EMIT statusMessage(tr("Laid out %1 tables (%2).").arg(count).arg(strategy));
}

void LayoutActions::onFailed(const QString &message)
{
    finish();
    QMessageBox box(QMessageBox::Warning, tr("Auto-Layout"), tr("The layout failed."),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(message);
    box.exec();
}

void LayoutActions::onCanceled()
{
    finish();
    Q_EMIT statusMessage(tr("Layout canceled; the diagram is unchanged."));
}

void LayoutActions::finish()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateEnabled();
    Q_EMIT done();
}

} // namespace relata
