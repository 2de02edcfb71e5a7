#pragma once

#include "core/schemadocument.h"

#include <QAbstractTableModel>
#include <QList>

namespace relata {

/// The indexes of one table (name, columns, unique), read-only: the property editor
/// adds and removes indexes with buttons.
class IndexesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field { NameField, ColumnsField, UniqueField, FieldCount };

    explicit IndexesModel(const SchemaDocument *document, QObject *parent = nullptr);

    void setTable(TableId table);
    TableId table() const { return m_table; }
    IndexId indexId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Table *currentTable() const;
    QList<IndexId> documentRows() const;
    void onTableChanged(TableId table, SchemaDocument::TableChanges changes);

    const SchemaDocument *m_document;
    TableId m_table;
    QList<IndexId> m_rows;
};

} // namespace relata
