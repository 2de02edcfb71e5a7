#pragma once

#include "core/ids.h"
#include "validate/finding.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>
#include <QString>

#include <optional>

namespace relata {

class SchemaDocument;
struct DiagramStyle;

/// A table drawn as a card: a header with the name and one row per column with its
/// markers (primary key, index, reference), name and type.
///
/// The item is thin: it copies what it draws from the document in syncFromModel(),
/// where it also computes its size and lays out its texts, and never changes the
/// model. SchemaScene calls syncFromModel() when the document says the table changed.
///
/// paint() only draws: the elided texts are QStaticTexts prepared in advance. Zoomed
/// out below the level where row text can be read, the card is drawn simplified: the
/// name scaled up to stay legible, the rows as faint bars or not at all.
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
    /// The column whose row is under `scenePos`; none over the header or outside.
    std::optional<ColumnId> columnAt(QPointF scenePos) const;
    /// The column's row in scene coordinates; empty when the table has no such column.
    QRectF rowSceneRect(ColumnId column) const;

    /// The findings about this table or its columns, shown as a badge with their count
    /// and a border in the worst one's color, and listed in the header's tooltip (and a
    /// column's findings in its row's). Set by the scene whenever the validator reports.
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    /// What paint() draws of a row's texts, prepared in layoutRows().
    struct RowText
    {
        QStaticText name;    ///< elided to the name column
        QStaticText type;    ///< elided to the type column
        qreal typeLeft = 0;  ///< the type is right-aligned: its left edge
        qreal nameWidth = 0; ///< of the elided name; the bar that stands for it zoomed out
    };
    /// The name on the simplified card at one of a few fixed scales, elided to fit.
    struct ScaledTitle
    {
        qreal scale = 1;
        QStaticText text;
        qreal width = 0; ///< at the header font's size
    };

    void layoutRows();
    void layoutRowTexts(qreal nameLeft, qreal typeLeft, const QList<qreal> &nameAdvances,
                        const QList<qreal> &typeAdvances);
    void layoutTitle();
    void layoutScaledTitles();
    QString headerToolTip() const;
    QString rowToolTip(const Row &row) const;
    void paintDetailed(QPainter *painter) const;
    void paintRowTexts(QPainter *painter) const;
    void paintSimplified(QPainter *painter, qreal levelOfDetail) const;
    void paintRowBars(QPainter *painter, qreal top) const;
    void paintRowMarkers(QPainter *painter, const Row &row, qreal top) const;
    void paintScaledTitle(QPainter *painter, const ScaledTitle &title, qreal pixel) const;
    const ScaledTitle &scaledTitle(qreal levelOfDetail) const;
    qreal nameLeft() const;

    const SchemaDocument *m_document;
    TableId m_table;
    const DiagramStyle *m_style;
    QString m_name;
    QString m_comment;
    QList<Row> m_rows;
    QList<RowText> m_rowTexts;
    QList<Finding> m_findings;
    QColor m_findingColor;             ///< the worst finding's; invalid without findings
    QStaticText m_title;               ///< the name elided to the header, less the badge
    QList<ScaledTitle> m_scaledTitles; ///< by growing scale; the first at 1
    qreal m_fullNameWidth = 0;         ///< at the header font's size
    QStaticText m_badgeLabel;          ///< the number of findings
    int m_markerSlots = 1;
    qreal m_typeWidth = 0;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace relata
