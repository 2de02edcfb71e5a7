#pragma once

#include "core/ids.h"
#include "tool.h"

#include <QPointF>

#include <optional>

class QGraphicsPathItem;
class QGraphicsRectItem;

namespace relata {

/// Draws a relation: press on the referencing column's row (the child side), drag to
/// the referenced column's row (the parent side), release. The new relation is
/// many-to-one with `no action` both ways and derived names; its properties are edited
/// afterwards. Same table is fine (a self reference); the same column, or a relation
/// that exists already, is refused with a message.
class ConnectTool final : public Tool
{
public:
    explicit ConnectTool(ToolBox *box);
    ~ConnectTool() override;

    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

    bool isConnecting() const { return m_from.has_value(); }

private:
    struct End
    {
        TableId table;
        ColumnId column;
    };
    std::optional<End> endAt(QPointF scenePos) const;
    /// Why a relation between the two ends cannot be made; empty when it can.
    QString refusal(const End &from, const End &to) const;
    void connect(const End &from, const End &to);
    void updateFeedback(QPointF scenePos);
    void removeFeedback();

    std::optional<End> m_from;
    QGraphicsPathItem *m_line = nullptr;
    QGraphicsRectItem *m_source = nullptr;
    QGraphicsRectItem *m_target = nullptr;
};

} // namespace relata
