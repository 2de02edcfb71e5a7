#include "schemascene.h"

#include "diagrampainter.h"
#include "relationitem.h"
#include "relationlayeritem.h"
#include "tableitem.h"
#include "tools/tool.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTimer>

namespace relata {

namespace {
constexpr qreal kSceneMargin = 200; ///< room to pan around the diagram
} // namespace

SchemaScene::SchemaScene(SchemaDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_layer(new RelationLayerItem(&m_style))
{
    Q_ASSERT(document);
    m_layer->setVisible(false);
    addItem(m_layer);
    connect(this, &QGraphicsScene::selectionChanged, this, &SchemaScene::scheduleLayerRebuild);
    // No index: measured on 2,000 tables (relata-bench-canvas), a BSP tree made hit tests
    // two to three times slower and frames no faster, as long relations span many of its
    // cells; and every move would have to update it. A linear scan is ~0.4 ms.
    setItemIndexMethod(NoIndex);
    connect(document, &SchemaDocument::reset, this, &SchemaScene::rebuild);
    connect(document, &SchemaDocument::tableAdded, this, &SchemaScene::addTableItem);
    connect(document, &SchemaDocument::tableRemoved, this, &SchemaScene::removeTableItem);
    connect(document, &SchemaDocument::tableChanged, this, &SchemaScene::onTableChanged);
    connect(document, &SchemaDocument::columnAdded, this, &SchemaScene::onColumnChanged);
    connect(document, &SchemaDocument::columnRemoved, this, &SchemaScene::onColumnChanged);
    connect(document, &SchemaDocument::columnChanged, this, &SchemaScene::onColumnChanged);
    connect(document, &SchemaDocument::relationAdded, this, &SchemaScene::onRelationAdded);
    connect(document, &SchemaDocument::relationRemoved, this, &SchemaScene::onRelationRemoved);
    connect(document, &SchemaDocument::relationChanged, this, &SchemaScene::onRelationChanged);
    rebuild();
}

SchemaScene::~SchemaScene()
{
    // Delete the items while the hashes still exist; QGraphicsScene's destructor
    // would do it after them. Deleting selected items reports a selection change,
    // which no one may act on now.
    blockSignals(true);
    qDeleteAll(m_relationItems);
    m_relationItems.clear();
    qDeleteAll(m_tableItems);
    m_tableItems.clear();
}

bool SchemaScene::selectTable(TableId id)
{
    TableItem *item = tableItem(id);
    if (!item)
        return false;
    clearSelection();
    item->setSelected(true);
    return true;
}

QList<TableId> SchemaScene::selectedTables() const
{
    QList<TableId> ids;
    for (const Table &table : m_document->schema().tables()) {
        const TableItem *item = tableItem(table.id);
        if (item && item->isSelected())
            ids.append(table.id);
    }
    return ids;
}

QList<RelationId> SchemaScene::selectedRelations() const
{
    QList<RelationId> ids;
    for (const Relation &relation : m_document->schema().relations()) {
        const RelationItem *item = relationItem(relation.id);
        if (item && item->isSelected())
            ids.append(relation.id);
    }
    return ids;
}

void SchemaScene::setSelection(const QList<TableId> &tables, const QList<RelationId> &relations)
{
    // One selectionChanged for the whole change, not one per item.
    QSignalBlocker blocker(this);
    clearSelection();
    for (TableId id : tables) {
        if (TableItem *item = tableItem(id))
            item->setSelected(true);
    }
    for (RelationId id : relations) {
        if (RelationItem *item = relationItem(id))
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

TableItem *SchemaScene::tableItemAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos);
    for (QGraphicsItem *item : under) {
        auto *table = qgraphicsitem_cast<TableItem *>(item);
        if (table && table->sceneBoxRect().contains(scenePos))
            return table;
    }
    return nullptr;
}

RelationItem *SchemaScene::relationItemAt(QPointF scenePos) const
{
    // Not items(): zoomed far out the relation items have no contents, which the
    // scene's lookup skips; their own hit test is a cheap distance check.
    RelationItem *best = nullptr;
    for (RelationItem *item : m_relationItems) {
        if (item->isVisible() && item->contains(scenePos)
            && (!best || item->zValue() > best->zValue()))
            best = item;
    }
    return best;
}

void SchemaScene::setFarView(bool far)
{
    if (far == m_farView)
        return;
    m_farView = far;
    for (RelationItem *item : std::as_const(m_relationItems))
        item->setFlag(QGraphicsItem::ItemHasNoContents, far);
    m_layer->setVisible(far);
    if (far)
        rebuildLayer();
}

void SchemaScene::scheduleLayerRebuild()
{
    if (!m_farView || m_layerRebuildPending)
        return;
    m_layerRebuildPending = true;
    // One rebuild for a burst of changes (a drag, an undo of many relations).
    QTimer::singleShot(0, this, &SchemaScene::rebuildLayer);
}

void SchemaScene::rebuildLayer()
{
    m_layerRebuildPending = false;
    if (!m_farView)
        return;
    QList<const RelationItem *> items;
    items.reserve(m_relationItems.size());
    for (const Relation &relation : m_document->schema().relations()) {
        if (const RelationItem *item = relationItem(relation.id))
            items.append(item);
    }
    m_layer->rebuild(items);
}

void SchemaScene::setTool(Tool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->cancel();
    m_tool = tool;
}

void SchemaScene::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    applyFindings();
}

void SchemaScene::applyFindings()
{
    QHash<TableId, QList<Finding>> byTable;
    QHash<RelationId, QList<Finding>> byRelation;
    for (const Finding &finding : std::as_const(m_findings)) {
        for (RelationId id : finding.relations)
            byRelation[id].append(finding);
        if (!finding.relations.isEmpty()) {
            if (!finding.tables.isEmpty())
                byTable[finding.tables.first()].append(finding);
            continue;
        }
        for (TableId id : finding.tables)
            byTable[id].append(finding);
    }
    for (auto it = m_tableItems.cbegin(); it != m_tableItems.cend(); ++it)
        it.value()->setFindings(byTable.value(it.key()));
    for (auto it = m_relationItems.cbegin(); it != m_relationItems.cend(); ++it)
        it.value()->setFindings(byRelation.value(it.key()));
    scheduleLayerRebuild();
}

void SchemaScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mousePressEvent(event);
    else
        QGraphicsScene::mousePressEvent(event);
}

void SchemaScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseMoveEvent(event);
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void SchemaScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseReleaseEvent(event);
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void SchemaScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseDoubleClickEvent(event);
    else
        QGraphicsScene::mouseDoubleClickEvent(event);
}

QRectF SchemaScene::diagramRect() const
{
    QRectF rect;
    for (const TableItem *item : m_tableItems)
        rect |= item->sceneBoundingRect();
    for (const RelationItem *item : m_relationItems) {
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

void SchemaScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    DiagramPainter(painter, m_style).drawCanvas(rect, painter->worldTransform().m11());
}

void SchemaScene::rebuild()
{
    clearSelection();
    qDeleteAll(m_relationItems);
    m_relationItems.clear();
    qDeleteAll(m_tableItems);
    m_tableItems.clear();
    const Schema &schema = m_document->schema();
    for (const Table &table : schema.tables())
        createTableItem(table.id);
    for (const Relation &relation : schema.relations())
        addRelationItem(relation.id);
    // Shrink to the new diagram; later edits only grow it (see extendSceneRect).
    setSceneRect(diagramRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void SchemaScene::extendSceneRect(const QGraphicsItem *item)
{
    const QRectF wanted = item->sceneBoundingRect().adjusted(-kSceneMargin, -kSceneMargin,
                                                             kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
}

void SchemaScene::createTableItem(TableId id)
{
    auto *item = new TableItem(m_document, id, &m_style);
    m_tableItems.insert(id, item);
    addItem(item);
    item->syncFromModel();
    extendSceneRect(item);
}

void SchemaScene::addTableItem(TableId id)
{
    if (m_tableItems.contains(id))
        return;
    createTableItem(id);
    // Relations may already name this table (undo re-adds the table first).
    syncRelationsOf(id);
}

void SchemaScene::removeTableItem(TableId id)
{
    delete m_tableItems.take(id);
    // The document removes a table's relations first; hide any it did not know of.
    for (RelationItem *item : std::as_const(m_relationItems)) {
        if (item->childTable() == id || item->parentTable() == id)
            syncRelation(item);
    }
}

void SchemaScene::syncTable(TableId id)
{
    if (TableItem *item = tableItem(id)) {
        item->syncFromModel();
        extendSceneRect(item);
        syncRelationsOf(id);
    }
}

void SchemaScene::onTableChanged(TableId id, SchemaDocument::TableChanges changes)
{
    // Column edits were handled by the column signal that comes right before.
    if (changes != SchemaDocument::TableChanges(SchemaDocument::TableChange::Columns))
        syncTable(id);
}

void SchemaScene::onColumnChanged(TableId table)
{
    syncTable(table);
}

void SchemaScene::addRelationItem(RelationId id)
{
    if (m_relationItems.contains(id))
        return;
    auto *item = new RelationItem(m_document, id, &m_style);
    m_relationItems.insert(id, item);
    item->setFlag(QGraphicsItem::ItemHasNoContents, m_farView);
    addItem(item);
    syncRelation(item);
}

void SchemaScene::removeRelationItem(RelationId id)
{
    delete m_relationItems.take(id);
    scheduleLayerRebuild();
}

void SchemaScene::syncRelation(RelationItem *item)
{
    const Relation *relation = m_document->schema().relation(item->relationId());
    if (!relation) {
        item->syncFromModel(nullptr, nullptr);
        return;
    }
    item->syncFromModel(tableItem(relation->childTable), tableItem(relation->parentTable));
    if (item->isVisible())
        extendSceneRect(item);
    scheduleLayerRebuild();
}

void SchemaScene::syncRelationsOf(TableId id)
{
    for (RelationId relation : m_document->schema().relationsOf(id)) {
        if (RelationItem *item = relationItem(relation))
            syncRelation(item);
    }
}

void SchemaScene::onRelationAdded(RelationId id)
{
    addRelationItem(id);
    // The child table's rows gain a reference marker.
    if (const Relation *relation = m_document->schema().relation(id))
        syncTable(relation->childTable);
}

void SchemaScene::onRelationRemoved(RelationId id)
{
    const RelationItem *item = relationItem(id);
    const TableId child = item ? item->childTable() : TableId();
    removeRelationItem(id);
    syncTable(child);
}

void SchemaScene::onRelationChanged(RelationId id)
{
    const RelationItem *item = relationItem(id);
    const TableId oldChild = item ? item->childTable() : TableId();
    if (!item)
        addRelationItem(id);
    syncTable(oldChild);
    if (const Relation *relation = m_document->schema().relation(id)) {
        if (relation->childTable != oldChild)
            syncTable(relation->childTable);
    }
    if (RelationItem *current = relationItem(id))
        syncRelation(current);
}

} // namespace relata
