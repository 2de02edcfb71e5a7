#pragma once

#include <QColor>
#include <QFont>

namespace relata {

/// Colors, fonts and metrics of the diagram, in one place so that every item draws
/// with the same look and a later theme (dark, print) changes one object.
///
/// Metrics derived from the fonts (row and header heights) are computed once in
/// the constructor; items read them when they lay themselves out.
struct DiagramStyle
{
    DiagramStyle();

    // Canvas
    QColor canvas;
    QColor canvasDots;

    // Table boxes
    QColor boxFill;
    QColor boxBorder;
    QColor boxShadow;
    QColor header;
    QColor headerText;
    QColor selection;
    QColor rowText;
    QColor typeText;
    QColor faintText; ///< nullable marker, secondary hints
    QColor rowSeparator;
    QColor keyMarker;
    QColor indexMarker;
    QColor referenceMarker;

    // Relations
    QColor relation;
    QColor unconfirmedRelation;
    QColor selectedRelation;

    QFont headerFont;
    QFont rowFont;
    QFont typeFont;

    qreal cornerRadius = 6;
    qreal shadowOffset = 3;
    qreal horizontalPadding = 10;
    qreal markerWidth = 14; ///< one marker slot (key, index, reference)
    qreal columnGap = 18;   ///< between the name and the type column
    qreal minimumBoxWidth = 170;
    qreal relationStub = 24; ///< straight part next to a box, where the end marks sit
    qreal relationWidth = 1.5;
    qreal headerHeight = 0; ///< computed from headerFont
    qreal rowHeight = 0;    ///< computed from rowFont
};

} // namespace relata
