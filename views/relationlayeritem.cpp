#include "relationlayeritem.h"

#include "relationitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace relata {

namespace {

bool sameLook(const DiagramPainter::RelationLook &a, const DiagramPainter::RelationLook &b)
{
    return a.unconfirmed == b.unconfirmed && a.selected == b.selected && a.accent == b.accent;
}

} // namespace

RelationLayerItem::RelationLayerItem(const DiagramStyle *style)
    : m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(0); // with the relations, under the tables
}

void RelationLayerItem::rebuild(const QList<const RelationItem *> &relations)
{
    prepareGeometryChange();
    m_groups.clear();
    m_bounds = QRectF();
    for (const RelationItem *item : relations) {
        if (!item->isVisible() || item->path().isEmpty())
            continue;
        DiagramPainter::RelationLook look;
        look.unconfirmed = item->isUnconfirmed();
        look.selected = item->isSelected();
        look.accent = item->findingColor();
        look.pixelWidth = look.accent.isValid() ? RelationItem::kFarFindingLineWidth
                                                : RelationItem::kFarLineWidth;
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&look](const Group &g) { return sameLook(g.look, look); });
        if (group == m_groups.end()) {
            m_groups.append(Group{look, {}});
            group = m_groups.end() - 1;
        }
        group->path.addPath(item->path());
        m_bounds |= item->boundingRect();
    }
    // Findings and the selection are drawn last, over the plain lines.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        return int(a.look.accent.isValid()) + 2 * int(a.look.selected)
               < int(b.look.accent.isValid()) + 2 * int(b.look.selected);
    });
    update();
}

void RelationLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                              QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing,
                           antialiased && lod >= RelationItem::kAliasedLevel);
    const DiagramPainter diagram(painter, *m_style);
    for (const Group &group : std::as_const(m_groups))
        diagram.drawRelationLine(group.path, group.look);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace relata
