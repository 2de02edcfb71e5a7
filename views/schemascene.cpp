#include "schemascene.h"

#include "diagrampainter.h"
#include "relationitem.h"
#include "tableitem.h"

#include <QPainter>

namespace relata {

namespace {
constexpr qreal kSceneMargin = 200; ///< room to pan around the diagram
} // namespace

SchemaScene::SchemaScene(SchemaDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    // The index only pays off for static scenes; items here move with the model.
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
    // would do it after them.
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
    addItem(item);
    syncRelation(item);
}

void SchemaScene::removeRelationItem(RelationId id)
{
    delete m_relationItems.take(id);
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
