#include "indexesmodel.h"

using namespace Qt::StringLiterals;

namespace relata {

IndexesModel::IndexesModel(const SchemaDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &SchemaDocument::tableChanged, this, &IndexesModel::onTableChanged);
    connect(document, &SchemaDocument::tableRemoved, this, [this](TableId id) {
        if (id == m_table)
            setTable({});
    });
    connect(document, &SchemaDocument::reset, this,
            [this] { setTable(currentTable() ? m_table : TableId()); });
}

void IndexesModel::setTable(TableId table)
{
    beginResetModel();
    m_table = table;
    m_rows = documentRows();
    endResetModel();
}

IndexId IndexesModel::indexId(int row) const
{
    return m_rows.value(row);
}

const Table *IndexesModel::currentTable() const
{
    return m_document->schema().table(m_table);
}

QList<IndexId> IndexesModel::documentRows() const
{
    QList<IndexId> rows;
    if (const Table *t = currentTable()) {
        for (const Index &ix : t->indexes)
            rows.append(ix.id);
    }
    return rows;
}

void IndexesModel::onTableChanged(TableId table, SchemaDocument::TableChanges changes)
{
    using Change = SchemaDocument::TableChange;
    if (table != m_table || !(changes & (Change::Indexes | Change::Columns)))
        return;
    if (documentRows() != m_rows)
        setTable(m_table);
    else if (!m_rows.isEmpty()) // a renamed column shows in the columns text
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, FieldCount - 1));
}

int IndexesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndexesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant IndexesModel::data(const QModelIndex &index, int role) const
{
    const Table *t = currentTable();
    const Index *ix = t && index.isValid() ? t->index(indexId(index.row())) : nullptr;
    if (!ix)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameField:
            return ix->name;
        case ColumnsField:
            return t->columnNames(ix->columns).join(u", "_s);
        case UniqueField:
            return role == Qt::DisplayRole && ix->unique ? tr("unique") : QVariant();
        default:
            return {};
        }
    }
    return {};
}

QVariant IndexesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameField:
        return tr("Name");
    case ColumnsField:
        return tr("Columns");
    case UniqueField:
        return tr("Unique");
    default:
        return {};
    }
}

} // namespace relata
