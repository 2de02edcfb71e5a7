#pragma once

#include "diagrampainter.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>

namespace relata {

class RelationItem;
struct DiagramStyle;

/// Every relation of the diagram as a few combined paths, drawn in one go when the view
/// is zoomed far out.
///
/// There, thousands of relations are on screen at once and each RelationItem would cost
/// the view its own transform, clip and state changes for a line a pixel wide. The
/// layer groups the relations' paths by look (plain, unconfirmed, selected, each
/// finding color) and draws each group with one pen, as RelationItem draws a single
/// line at that level of detail. It takes no mouse input: the relation items still
/// answer hit tests.
class RelationLayerItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit RelationLayerItem(const DiagramStyle *style);

    int type() const override { return Type; }

    /// Regroups the paths of the visible relation items.
    void rebuild(const QList<const RelationItem *> &relations);
    qsizetype groupCount() const { return m_groups.size(); }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Group
    {
        DiagramPainter::RelationLook look;
        QPainterPath path;
    };

    const DiagramStyle *m_style;
    QList<Group> m_groups;
    QRectF m_bounds;
};

} // namespace relata
