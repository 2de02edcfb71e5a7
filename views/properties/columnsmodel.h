#pragma once

#include "core/schemadocument.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoCommand;

namespace relata {

class EditorDocument;

/// The columns of one table, one row each, for the property editor's table view.
///
/// Reads the document and writes through undo commands: every cell edit pushes one
/// command on the editor's stack. Rows follow the document: a changed column only
/// updates its row, an added, removed or moved column resets the model.
class ColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field {
        NameField,
        TypeField,
        PrimaryKeyField,
        NullableField,
        DefaultField,
        CommentField,
        FieldCount,
    };
    Q_ENUM(Field)

    explicit ColumnsModel(EditorDocument *editor, QObject *parent = nullptr);

    void setTable(TableId table);
    TableId table() const { return m_table; }
    ColumnId columnId(int row) const;
    int rowOf(ColumnId column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was not applied (an empty or duplicate name...); `message` says why.
    void editRefused(const QString &message);

private:
    const Table *currentTable() const;
    QList<ColumnId> documentRows() const;
    void syncRows();
    void onColumnChanged(TableId table, ColumnId column);
    void onTableChanged(TableId table, SchemaDocument::TableChanges changes);
    QVariant displayData(const Column &column, int field) const;
    QUndoCommand *editCommand(const Table &table, const Column &column, int field,
                              const QVariant &value);
    QUndoCommand *renameCommand(const Table &table, const Column &column, const QString &name);
    QUndoCommand *primaryKeyCommand(const Table &table, const Column &column, bool inKey);

    EditorDocument *m_editor;
    TableId m_table;
    QList<ColumnId> m_rows;
};

} // namespace relata
