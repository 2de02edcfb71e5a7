#include "importreviewmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString decisionText(RelationDecision decision)
{
    switch (decision) {
    case RelationDecision::Accepted:
        return ImportReviewModel::tr("Accept");
    case RelationDecision::Ignored:
        return ImportReviewModel::tr("Ignore");
    case RelationDecision::Pending:
        break;
    }
    return ImportReviewModel::tr("Later");
}

} // namespace

ImportReviewModel::ImportReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportReviewModel::setSchema(const Schema &schema)
{
    beginResetModel();
    m_schema = schema;
    m_rows.clear();
    for (const Relation &relation : schema.relations()) {
        if (relation.origin != RelationOrigin::Inferred)
            continue;
        m_rows.append({relation.id, schema.describe(relation), relation.confidence,
                       relation.reasons.join(u"; "_s), relation.decision});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.confidence > b.confidence; });
    endResetModel();
}

Schema ImportReviewModel::decidedSchema() const
{
    Schema schema = m_schema;
    for (const Row &row : m_rows) {
        if (Relation *relation = schema.relationForEdit(row.id))
            relation->decision = row.decision;
    }
    return schema;
}

void ImportReviewModel::setDecision(int row, RelationDecision decision)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).decision == decision)
        return;
    m_rows[row].decision = decision;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ImportReviewModel::acceptAtLeast(double confidence)
{
    int changed = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).confidence + 1e-9 >= confidence
            && m_rows.at(row).decision != RelationDecision::Accepted) {
            setDecision(row, RelationDecision::Accepted);
            ++changed;
        }
    }
    return changed;
}

int ImportReviewModel::rowOf(const QString &description) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).description == description)
            return row;
    }
    return -1;
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Decision)
        return row.decision == RelationDecision::Accepted ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && row.decision == RelationDecision::Ignored)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::ToolTipRole)
        return row.reasons;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Decision:
        return decisionText(row.decision);
    case RelationColumn:
        return row.description;
    case Confidence:
        return QString::number(row.confidence, 'f', 2);
    case Reasons:
        return row.reasons;
    default:
        return {};
    }
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Decision:
        return tr("Decision");
    case RelationColumn:
        return tr("Relation");
    case Confidence:
        return tr("Confidence");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Decision || role != Qt::CheckStateRole)
        return false;
    // The check box accepts; clearing it ignores.
    setDecision(index.row(), value.value<Qt::CheckState>() == Qt::Checked
                                     ? RelationDecision::Accepted
                                     : RelationDecision::Ignored);
    return true;
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Decision)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace relata
