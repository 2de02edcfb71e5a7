#pragma once

#include "validate/finding.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStaticText>

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

    // Findings: muted tones, so that a diagram with many findings stays calm and the
    // selection (a ring in `selection`) still stands out.
    QColor errorMark;
    QColor warningMark;
    QColor infoMark;
    QColor badgeText;

    QFont headerFont;
    QFont rowFont;
    QFont keyFont; ///< primary-key column names, a little bolder than rowFont
    QFont typeFont;
    QFont badgeFont;
    /// The faint "?" after a nullable column's type; shared, so laid out once per zoom.
    QStaticText nullableMark;

    /// The color of a severity's marks on the diagram.
    QColor findingColor(Severity severity) const;
    /// The color of the worst of the findings; invalid when there are none.
    QColor findingColor(const QList<Finding> &findings) const;

    qreal cornerRadius = 6;
    qreal shadowOffset = 3;
    qreal horizontalPadding = 10;
    qreal markerWidth = 14; ///< one marker slot (key, index, reference)
    qreal columnGap = 18;   ///< between the name and the type column
    qreal minimumBoxWidth = 170;
    qreal relationStub = 24; ///< straight part next to a box, where the end marks sit
    /// One pixel at 100 %: wider lines take a much slower way through the raster
    /// engine, and a large diagram has hundreds of long relations crossing the view.
    qreal relationWidth = 1.0;
    qreal relationMarkWidth = 1.5; ///< the crow's foot, bars and ring
    qreal badgeRadius = 7.5;       ///< the findings badge on a table's header
    qreal relationBadgeRadius = 6.5;
    qreal headerHeight = 0; ///< computed from headerFont
    qreal rowHeight = 0;    ///< computed from rowFont
    // Where text sits, so that items place their cached texts without measuring in paint().
    qreal headerTextTop = 0; ///< from the header's top to the title's top
    qreal rowTextTop = 0;    ///< from a row's top to its name's top
    qreal typeTextTop = 0;   ///< from a row's top to its type's top
    qreal typeMarkWidth = 0; ///< room after the type for the nullable mark (" ?")
    qreal nullableMarkWidth = 0;
};

/// One line per finding, "R007 · warning — message", each followed by its fix: what the
/// tooltips of marked tables and relations list.
QString findingsToolTip(const QList<Finding> &findings);

} // namespace relata
