#include "tablelistwidget.h"

#include "tablelistmodel.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace relata {

TableListWidget::TableListWidget(const SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new TableListModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->sort(0);

    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    setFocusProxy(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, &TableListWidget::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, &TableListWidget::activateFirstMatch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableListWidget::onCurrentChanged);
    connect(m_list, &QListView::clicked, this, &TableListWidget::onCurrentChanged);
}

void TableListWidget::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else
        m_proxy->setFilterFixedString(text);
}

QString TableListWidget::filterText() const
{
    return m_filter->text();
}

int TableListWidget::visibleCount() const
{
    return m_proxy->rowCount();
}

TableId TableListWidget::visibleTable(int row) const
{
    return TableId(m_proxy->index(row, 0).data(TableListModel::TableIdRole).toUInt());
}

void TableListWidget::setCurrentTable(TableId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id)));
    m_quiet = true;
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
    }
    m_quiet = false;
}

TableId TableListWidget::currentTable() const
{
    return TableId(m_list->currentIndex().data(TableListModel::TableIdRole).toUInt());
}

void TableListWidget::onCurrentChanged(const QModelIndex &current)
{
    if (m_quiet || !current.isValid())
        return;
    Q_EMIT tableActivated(TableId(current.data(TableListModel::TableIdRole).toUInt()));
}

void TableListWidget::activateFirstMatch()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid())
        return;
    m_quiet = true;
    m_list->setCurrentIndex(first);
    m_quiet = false;
    onCurrentChanged(first);
}

} // namespace relata
