#pragma once

#include "core/ids.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace relata {

class EditorDocument;
class RelationPage;
class TablePage;

/// Shows and edits the diagram's selection: the one selected table or relation, or a
/// short summary when several or none are selected. Every edit is an undo command on
/// the editor's stack; the pages follow the document, so undo shows in them at once.
class PropertyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(EditorDocument *editor, QWidget *parent = nullptr);

    /// Shows the one selected table or relation; several or none selected shows a short
    /// summary/hint.
    void showSelection(const QList<TableId> &tables, const QList<RelationId> &relations);
    TableId shownTable() const;       ///< invalid when none
    RelationId shownRelation() const; ///< invalid when none
    /// Puts the keyboard in the shown table's name, selected, for a table just created.
    void focusName();

    TablePage *tablePage() const { return m_tablePage; }
    RelationPage *relationPage() const { return m_relationPage; }
    /// The text shown when no single object is.
    QString summaryText() const;

private:
    void showSummary(const QList<TableId> &tables, const QList<RelationId> &relations);
    void clear();
    void onReset();

    EditorDocument *m_editor;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    TablePage *m_tablePage;
    RelationPage *m_relationPage;
};

} // namespace relata
