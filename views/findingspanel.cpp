#include "findingspanel.h"

#include "commands/editordocument.h"
#include "findingsmodel.h"
#include "quickfix/quickfix.h"
#include "quickfix/quickfixmenu.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace relata {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("No findings: the schema passes every check."), this))
    , m_stack(new QStackedLayout)
    , m_fixButton(new QPushButton(this))
    , m_fixHint(new QLabel(this))
    , m_fixMenu(new QMenu(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // drawn in the palette's disabled (grey) text colour
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    // The fix bar: the current finding's quick fixes, and its suggested fix in words.
    m_fixButton->setObjectName(u"quickFixButton"_s);
    m_fixButton->setText(tr("Quick Fix"));
    m_fixButton->setAutoDefault(false);
    m_fixButton->setToolTip(tr("Quick fixes for the selected finding (Ctrl+.)"));
    m_fixButton->setMenu(m_fixMenu);
    m_fixButton->setEnabled(false);
    m_fixMenu->setObjectName(u"quickFixMenu"_s);
    m_fixMenu->setToolTipsVisible(true);
    m_fixHint->setEnabled(false);
    m_fixHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fixHint->setTextFormat(Qt::PlainText);
    auto *fixBar = new QHBoxLayout;
    fixBar->setContentsMargins(4, 2, 4, 2);
    fixBar->addWidget(m_fixButton);
    fixBar->addWidget(m_fixHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(fixBar);
    layout->addLayout(m_stack, 1);

    auto *fixShortcut = new QAction(tr("Quick Fix"), m_view);
    fixShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fixShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(fixShortcut);
    connect(fixShortcut, &QAction::triggered, this, [this] {
        if (m_fixButton->isEnabled())
            m_fixButton->showMenu();
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPanel::onCurrentRowChanged);
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::onActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    connect(m_fixMenu, &QMenu::aboutToShow, this, &FindingsPanel::fillFixMenu);
    updateFixButton();
}

EditorDocument *FindingsPanel::editorDocument() const
{
    return m_editor;
}

void FindingsPanel::setEditorDocument(EditorDocument *editor)
{
    m_editor = editor;
    updateFixButton();
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    // Resetting the model clears the current row without a signal: nothing is re-selected
    // in the diagram behind the user's back.
    m_model->setFindings(findings);
    m_stack->setCurrentWidget(findings.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    updateFixButton();
}

const QList<Finding> &FindingsPanel::findings() const
{
    return m_model->findings();
}

int FindingsPanel::count() const
{
    return m_model->rowCount();
}

void FindingsPanel::setCurrentRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

int FindingsPanel::currentRow() const
{
    return m_view->currentIndex().row();
}

QMenu *FindingsPanel::createFixMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    if (row >= 0 && row < count() && m_editor)
        addQuickFixActions(menu, m_editor, {m_model->finding(row)});
    if (menu->isEmpty())
        menu->addAction(tr("No quick fix for this finding"))->setEnabled(false);
    return menu;
}

void FindingsPanel::onActivated(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT tablesActivated(m_model->finding(index.row()).tables);
}

void FindingsPanel::onCurrentRowChanged(const QModelIndex &current)
{
    updateFixButton();
    onActivated(current);
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_editor)
        return;
    m_view->setCurrentIndex(index);
    QMenu *menu = createFixMenu(index.row(), this);
    menu->setObjectName(u"findingContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void FindingsPanel::fillFixMenu()
{
    m_fixMenu->clear();
    const int row = currentRow();
    if (m_editor && row >= 0 && row < count())
        addQuickFixActions(m_fixMenu, m_editor, {m_model->finding(row)});
    if (m_fixMenu->isEmpty())
        m_fixMenu->addAction(tr("No quick fix for this finding"))->setEnabled(false);
}

void FindingsPanel::updateFixButton()
{
    const int row = currentRow();
    const bool hasRow = row >= 0 && row < count();
    const Finding *finding = hasRow ? &m_model->finding(row) : nullptr;
    const bool canFix = m_editor && finding && !quickFixes(m_editor->schema(), *finding).isEmpty();
    m_fixButton->setVisible(m_editor != nullptr);
    m_fixButton->setEnabled(canFix);
    const QString hint = finding ? finding->fix : QString();
    m_fixHint->setText(hint.isEmpty() ? QString() : tr("Fix: %1").arg(hint));
    m_fixHint->setToolTip(hint);
    m_fixHint->setVisible(m_editor != nullptr);
}

} // namespace relata
