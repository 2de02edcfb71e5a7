#pragma once

#include "core/ids.h"
#include "validate/finding.h"

#include <QList>
#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedLayout;
class QTreeView;

namespace relata {

class FindingsModel;

/// The findings dock's content: one row per finding (severity icon, code, message; the
/// fix in the tooltip), or a short "no findings" note. Choosing a row reports
/// the finding's tables, so that the window can select and show them.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const;
    int count() const;
    /// Makes `row` current (as a click does), which reports its tables.
    void setCurrentRow(int row);
    int currentRow() const;
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The tables a chosen finding is about (child side first); may be empty.
    void tablesActivated(const QList<relata::TableId> &tables);

private:
    void onActivated(const QModelIndex &index);

    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace relata
