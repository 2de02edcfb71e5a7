#pragma once

#include "core/ids.h"
#include "validate/finding.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QStaticText>
#include <QString>

namespace relata {

class SchemaDocument;
class TableItem;
struct DiagramStyle;

/// A relation drawn from the child column's row to the parent column's row.
///
/// Ends in crow's-foot notation: a crow's foot on the child side ("many"; a bar
/// when the relation is one-to-one), a bar on the parent side ("one"). When the
/// child columns are nullable a child row may have no parent, so the parent end
/// shows a ring before the bar ("zero or one"); otherwise two bars ("exactly one").
/// Unconfirmed (inferred, not accepted) relations are dashed. A self-reference is
/// a loop on the right side of its table. A relation with findings is drawn in the
/// worst finding's color with a badge in the middle of its path. Zoomed far out only
/// the line is drawn, a pixel wide, without the end marks.
///
/// The item lives at the scene origin; its path is in scene coordinates.
class RelationItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    RelationItem(const SchemaDocument *document, RelationId relation, const DiagramStyle *style);

    int type() const override { return Type; }
    RelationId relationId() const { return m_relation; }
    /// The tables the relation joined when last synced; still known after the
    /// relation has left the model, so the scene can refresh their markers.
    TableId childTable() const { return m_childTable; }
    TableId parentTable() const { return m_parentTable; }

    /// Re-reads the relation and routes it between the two table items. Hides the
    /// item when either table has no item (a relation to a missing table).
    void syncFromModel(const TableItem *child, const TableItem *parent);

    QPointF childEnd() const { return m_childEnd; }
    QPointF parentEnd() const { return m_parentEnd; }
    bool isUnconfirmed() const { return m_unconfirmed; }
    bool isOptional() const { return m_optional; }
    bool isOneToOne() const { return m_oneToOne; }
    const QPainterPath &path() const { return m_path; }
    /// The worst finding's color; invalid without findings.
    QColor findingColor() const { return m_findingColor; }
    /// The middle of the path, where the findings badge sits.
    QPointF middle() const { return m_middle; }

    /// The findings about this relation, shown as a colored line and mark and listed
    /// in the tooltip. Set by the scene whenever the validator reports.
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;

    /// Below this level of detail the end marks are a few pixels wide and only clutter:
    /// the line alone is drawn. Further out than that, the scene's RelationLayerItem
    /// draws every relation in one go (see SchemaScene::setFarView).
    static constexpr qreal kMarksLevel = 0.3;
    /// Zoomed far out, lines are this many pixels wide: thin, and a little wider in a
    /// finding's color so that the color still shows.
    static constexpr qreal kFarLineWidth = 0.8;
    static constexpr qreal kFarFindingLineWidth = 1.0;
    /// Further out still, thousands of relations are on screen at once: drawn without
    /// antialiasing, they take a third less time (relata-bench-canvas, 2,000 tables
    /// fitted) and, a pixel wide and crossing each other, look much the same.
    static constexpr qreal kAliasedLevel = 0.15;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void route(const TableItem &child, ColumnId childColumn, const TableItem &parent,
               ColumnId parentColumn);
    void buildPath(QPointF childControl, QPointF parentControl);
    QString toolTipText() const;
    /// The parts of the path that reach into `area`. Stroking costs in proportion to the
    /// whole path, however little of it is on screen; zoomed in, most of a long
    /// relation is not.
    QPainterPath visiblePart(const QRectF &area) const;

    const SchemaDocument *m_document;
    RelationId m_relation;
    const DiagramStyle *m_style;
    TableId m_childTable;
    TableId m_parentTable;
    QPainterPath m_path;
    QList<Finding> m_findings;
    QColor m_findingColor;    ///< the worst finding's; invalid without findings
    QStaticText m_badgeLabel; ///< the number of findings
    QString m_description;    ///< the tooltip without the findings
    QPointF m_middle;
    QPointF m_childEnd;
    QPointF m_childOutward;
    QPointF m_parentEnd;
    QPointF m_parentOutward;
    bool m_unconfirmed = false;
    bool m_optional = false;
    bool m_oneToOne = false;
};

} // namespace relata
