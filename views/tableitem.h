#pragma once

#include "core/ids.h"

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace relata {

class SchemaDocument;
struct DiagramStyle;

/// A table drawn as a card: a header with the name and one row per column with its
/// markers (primary key, index, reference), name and type.
///
/// The item is thin: it copies what it draws from the document in syncFromModel(),
/// where it also computes its size, and never changes the model. SchemaScene calls
/// syncFromModel() when the document says the table changed.
class TableItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    /// What one row shows, copied from the model.
    struct Row
    {
        ColumnId column;
        QString name;
        QString type;
        bool primaryKey = false;
        bool indexed = false; ///< part of an index
        bool unique = false;  ///< part of a unique index
        bool referencing = false;
        bool nullable = true;
    };

    TableItem(const SchemaDocument *document, TableId table, const DiagramStyle *style);

    int type() const override { return Type; }
    TableId tableId() const { return m_table; }

    /// Re-reads name, columns, keys, indexes and position from the document.
    void syncFromModel();

    QString name() const { return m_name; }
    const QList<Row> &rows() const { return m_rows; }
    /// The card without its shadow, in item coordinates.
    QRectF boxRect() const { return {0, 0, m_width, m_height}; }
    /// The card in scene coordinates; what relations and placement work with.
    QRectF sceneBoxRect() const { return boxRect().translated(pos()); }
    /// Vertical center of the column's row in scene coordinates; the header's center
    /// when the table has no such column.
    qreal rowCenterY(ColumnId column) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void layoutRows();
    QString rowToolTip(const Row &row) const;
    void paintRow(QPainter *painter, const Row &row, const QRectF &rect, bool detailed) const;

    const SchemaDocument *m_document;
    TableId m_table;
    const DiagramStyle *m_style;
    QString m_name;
    QList<Row> m_rows;
    int m_markerSlots = 1;
    qreal m_typeWidth = 0;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace relata
