#pragma once

#include "core/schemadocument.h"

#include <QAbstractListModel>
#include <QList>

namespace relata {

/// The tables of a SchemaDocument as a list model, kept in step with the
/// document's signals; feeds the searchable table list.
class TableListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TableIdRole = Qt::UserRole + 1 };

    explicit TableListModel(const SchemaDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    TableId tableAt(int row) const { return m_tables.value(row); }
    int rowOf(TableId id) const { return int(m_tables.indexOf(id)); }

private:
    void rebuild();
    void onTableAdded(TableId id);
    void onTableRemoved(TableId id);
    void onTableChanged(TableId id, SchemaDocument::TableChanges changes);

    const SchemaDocument *m_document;
    /// Mirrors the document's table order; a removed table's row is found here
    /// after the document has already forgotten it.
    QList<TableId> m_tables;
};

} // namespace relata
