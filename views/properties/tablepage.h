#pragma once

#include "core/schemadocument.h"

#include <QWidget>

class QLabel;

namespace relata {

class ColumnsEditor;
class EditorDocument;
class IndexesEditor;
class PropertyLineEdit;

/// The property page of one table: name, comment, columns and indexes.
class TablePage final : public QWidget
{
    Q_OBJECT

public:
    explicit TablePage(EditorDocument *editor, QWidget *parent = nullptr);

    /// Shows `table` (invalid clears the page).
    void setTable(TableId table);
    TableId table() const { return m_table; }

    PropertyLineEdit *nameEdit() const { return m_name; }
    PropertyLineEdit *commentEdit() const { return m_comment; }
    ColumnsEditor *columnsEditor() const { return m_columns; }
    IndexesEditor *indexesEditor() const { return m_indexes; }
    /// Says why the last edit was refused; hidden when there is nothing to say.
    QLabel *messageLabel() const { return m_message; }

private:
    void refresh(bool force);
    void onTableChanged(TableId table, SchemaDocument::TableChanges changes);
    void commitName(const QString &text);
    void commitComment(const QString &text);
    void showMessage(const QString &message);

    EditorDocument *m_editor;
    TableId m_table;
    PropertyLineEdit *m_name;
    PropertyLineEdit *m_comment;
    QLabel *m_message;
    ColumnsEditor *m_columns;
    IndexesEditor *m_indexes;
};

} // namespace relata
