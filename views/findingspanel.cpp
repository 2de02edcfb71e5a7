#include "findingspanel.h"

#include "findingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeView>

namespace relata {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("No findings: the schema passes every check."), this))
    , m_stack(new QStackedLayout(this))
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
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // drawn in the palette's disabled (grey) text colour
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPanel::onActivated);
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::onActivated);
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    // Resetting the model clears the current row without a signal: nothing is re-selected
    // in the diagram behind the user's back.
    m_model->setFindings(findings);
    m_stack->setCurrentWidget(findings.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
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

void FindingsPanel::onActivated(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT tablesActivated(m_model->finding(index.row()).tables);
}

} // namespace relata
