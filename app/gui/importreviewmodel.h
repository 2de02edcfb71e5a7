#pragma once

#include "core/schema.h"

#include <QAbstractTableModel>

namespace relata {

/// The review page's table: one row per inferred relation of an imported schema, with
/// its confidence and reasons, and the decision a person makes about it (accept, ignore,
/// or leave it for later: it stays in the model, unconfirmed and drawn dashed).
class ImportReviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Decision, RelationColumn, Confidence, Reasons, ColumnCount };

    explicit ImportReviewModel(QObject *parent = nullptr);

    /// Lists the inferred relations of `schema`, most confident first, each with the
    /// decision it has (pending unless a previous model's decision was carried over).
    void setSchema(const Schema &schema);
    /// The schema with the decisions made here.
    Schema decidedSchema() const;

    RelationDecision decision(int row) const { return m_rows.at(row).decision; }
    void setDecision(int row, RelationDecision decision);
    /// Accepts every relation at or above `confidence`; returns how many changed.
    int acceptAtLeast(double confidence);
    int rowOf(const QString &description) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        RelationId id;
        QString description; ///< "blocks.user_id → users.id"
        double confidence = 0;
        QString reasons;
        RelationDecision decision = RelationDecision::Pending;
    };
    Schema m_schema;
    QList<Row> m_rows;
};

} // namespace relata
