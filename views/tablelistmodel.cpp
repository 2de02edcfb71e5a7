#include "tablelistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

TableListModel::TableListModel(const SchemaDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &SchemaDocument::reset, this, &TableListModel::rebuild);
    connect(document, &SchemaDocument::tableAdded, this, &TableListModel::onTableAdded);
    connect(document, &SchemaDocument::tableRemoved, this, &TableListModel::onTableRemoved);
    connect(document, &SchemaDocument::tableChanged, this, &TableListModel::onTableChanged);
    rebuild();
}

int TableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

QVariant TableListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableId id = m_tables.at(index.row());
    const Table *table = m_document->schema().table(id);
    if (!table)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return table->name;
    case Qt::ToolTipRole: {
        const qsizetype n = table->columns.size();
        const QString columns = (n == 1 ? tr("%1 column") : tr("%1 columns")).arg(n);
        return table->comment.isEmpty() ? columns : table->comment + u"\n"_s + columns;
    }
    case TableIdRole:
        return id.value();
    default:
        return {};
    }
}

void TableListModel::rebuild()
{
    beginResetModel();
    m_tables.clear();
    for (const Table &table : m_document->schema().tables())
        m_tables.append(table.id);
    endResetModel();
}

void TableListModel::onTableAdded(TableId id)
{
    int row = m_document->schema().tableIndex(id);
    if (row < 0 || m_tables.contains(id))
        return;
    row = std::min(row, int(m_tables.size()));
    beginInsertRows({}, row, row);
    m_tables.insert(row, id);
    endInsertRows();
}

void TableListModel::onTableRemoved(TableId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tables.removeAt(row);
    endRemoveRows();
}

void TableListModel::onTableChanged(TableId id, SchemaDocument::TableChanges changes)
{
    using Change = SchemaDocument::TableChange;
    if (!(changes & (Change::Name | Change::Comment | Change::Columns)))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace relata
