#pragma once

#include "core/ids.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;

namespace relata {

class SchemaDocument;
class TableListModel;

/// A filter field over an alphabetical list of the document's tables; picking a
/// table (click, keys, or Enter in the filter) reports it so the window can show it.
class TableListWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TableListWidget(const SchemaDocument *document, QWidget *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const;
    /// Tables that pass the filter.
    int visibleCount() const;
    /// The table in visible row `row`, in the list's (sorted) order.
    TableId visibleTable(int row) const;
    /// Highlights `id` without reporting it (used when the selection comes from the canvas).
    void setCurrentTable(TableId id);
    TableId currentTable() const;

Q_SIGNALS:
    void tableActivated(relata::TableId id);

private:
    void onCurrentChanged(const QModelIndex &current);
    void activateFirstMatch();

    TableListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    bool m_quiet = false;
};

} // namespace relata
