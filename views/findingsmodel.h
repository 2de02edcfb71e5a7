#pragma once

#include "validate/finding.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>

namespace relata {

/// Findings as rows for the findings dock: severity icon with the code, and the message
/// (which names the objects); the fix in the tooltip.
///
/// The model holds a copy of the list: findings are small values, and a copy keeps the
/// rows stable while the validator computes the next list.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, MessageColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const Finding &finding) const;

    QList<Finding> m_findings;
    std::array<QIcon, 3> m_icons; ///< by Severity, drawn once
};

} // namespace relata
