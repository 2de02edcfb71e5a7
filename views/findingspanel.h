#pragma once

#include "core/ids.h"
#include "validate/finding.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QModelIndex;
class QStackedLayout;
class QPushButton;
class QTreeView;

namespace relata {

class EditorDocument;
class FindingsModel;

/// The findings dock's content: one row per finding (severity icon, code, message; the
/// fix in the tooltip), or a short "no findings" note. Choosing a row reports
/// the finding's tables, so that the window can select and show them.
///
/// With an editor document set, the current finding's quick fixes are offered by the Fix
/// button (Ctrl+. in the list) and by the row's context menu; each applies as one undo
/// step, and the validator's next run takes the finding off the list.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    /// The document quick fixes change; null (the default) offers none.
    void setEditorDocument(EditorDocument *editor);
    EditorDocument *editorDocument() const;

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const;
    int count() const;
    /// Makes `row` current (as a click does), which reports its tables.
    void setCurrentRow(int row);
    int currentRow() const;
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fixButton; }

    /// A menu with the quick fixes of the finding in `row` (a disabled note when it has
    /// none), owned by `parent`; what the Fix button and the row's context menu show.
    QMenu *createFixMenu(int row, QWidget *parent);

Q_SIGNALS:
    /// The tables a chosen finding is about (child side first); may be empty.
    void tablesActivated(const QList<relata::TableId> &tables);

private:
    void onActivated(const QModelIndex &index);
    void onCurrentRowChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);
    void fillFixMenu();
    void updateFixButton();

    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QPushButton *m_fixButton;
    QLabel *m_fixHint;
    QMenu *m_fixMenu;
    QPointer<EditorDocument> m_editor;
};

} // namespace relata
