#pragma once

#include "core/schemadocument.h"
#include "diagramstyle.h"
#include "validate/finding.h"

#include <QGraphicsScene>
#include <QHash>

namespace relata {

class RelationItem;
class RelationLayerItem;
class TableItem;
class Tool;

/// The diagram of one SchemaDocument.
///
/// The scene observes the document: it creates, updates and removes its items only
/// in response to the document's signals and never changes the model itself, so
/// that undo, import and file loading all show up the same way.
class SchemaScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit SchemaScene(SchemaDocument *document, QObject *parent = nullptr);
    ~SchemaScene() override;

    SchemaDocument *document() const { return m_document; }
    const DiagramStyle &diagramStyle() const { return m_style; }

    TableItem *tableItem(TableId id) const { return m_tableItems.value(id); }
    RelationItem *relationItem(RelationId id) const { return m_relationItems.value(id); }
    qsizetype tableItemCount() const { return m_tableItems.size(); }
    qsizetype relationItemCount() const { return m_relationItems.size(); }

    /// Makes `id` the only selected item; false when the table has no item.
    bool selectTable(TableId id);
    /// The tables among the selected items, in model order.
    QList<TableId> selectedTables() const;
    /// The relations among the selected items, in model order.
    QList<RelationId> selectedRelations() const;
    /// Selects the given tables and relations only.
    void setSelection(const QList<TableId> &tables, const QList<RelationId> &relations = {});
    /// The topmost table item at a scene position, or null.
    TableItem *tableItemAt(QPointF scenePos) const;
    /// The relation whose line passes at a scene position, or null.
    RelationItem *relationItemAt(QPointF scenePos) const;

    /// Zoomed far out (below RelationItem::kMarksLevel) the relations are drawn by one
    /// layer item instead of one item each; the view switches this as it zooms.
    void setFarView(bool far);
    bool isFarView() const { return m_farView; }
    const RelationLayerItem *relationLayer() const { return m_layer; }

    /// The tool that receives the mouse; null = plain QGraphicsScene behaviour.
    /// The scene does not own it.
    void setTool(Tool *tool);
    Tool *tool() const { return m_tool; }

    /// Marks the objects the findings are about: a relation finding marks its edge
    /// and the child table; any other finding marks its tables.
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    /// The area the diagram covers (tables and relations), for fit-to-view and export.
    QRectF diagramRect() const;

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void extendSceneRect(const QGraphicsItem *item);
    void createTableItem(TableId id);
    void addTableItem(TableId id);
    void removeTableItem(TableId id);
    void syncTable(TableId id);
    void addRelationItem(RelationId id);
    void removeRelationItem(RelationId id);
    void syncRelation(RelationItem *item);
    void syncRelationsOf(TableId id);
    void applyFindings();
    /// The layer draws what the relation items look like: redraw it soon.
    void scheduleLayerRebuild();
    void rebuildLayer();

    void onTableChanged(TableId id, SchemaDocument::TableChanges changes);
    void onColumnChanged(TableId table);
    void onRelationAdded(RelationId id);
    void onRelationRemoved(RelationId id);
    void onRelationChanged(RelationId id);

    SchemaDocument *m_document;
    DiagramStyle m_style;
    QHash<TableId, TableItem *> m_tableItems;
    QHash<RelationId, RelationItem *> m_relationItems;
    QList<Finding> m_findings;
    Tool *m_tool = nullptr;
    RelationLayerItem *m_layer;
    bool m_farView = false;
    bool m_layerRebuildPending = false;
};

} // namespace relata
