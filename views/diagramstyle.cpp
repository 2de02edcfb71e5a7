#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <cmath>

namespace relata {

namespace {

QFont sizedFont(qreal pointSize, QFont::Weight weight)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting); // scales smoothly when zooming
    return font;
}

} // namespace

DiagramStyle::DiagramStyle()
    : canvas(0xf4, 0xf6, 0xf9)
    , canvasDots(0xd3, 0xd9, 0xe2)
    , boxFill(Qt::white)
    , boxBorder(0xd5, 0xdb, 0xe3)
    , boxShadow(15, 23, 42, 22)
    , header(0x3f, 0x63, 0xc9)
    , headerText(Qt::white)
    , selection(0xf0, 0x8c, 0x00)
    , rowText(0x1f, 0x29, 0x33)
    , typeText(0x6b, 0x77, 0x85)
    , faintText(0xa3, 0xac, 0xb9)
    , rowSeparator(0xee, 0xf1, 0xf5)
    , keyMarker(0xe0, 0x9b, 0x0f)
    , indexMarker(0x5c, 0x7c, 0xd6)
    , referenceMarker(0x0f, 0xa3, 0x7f)
    , relation(0x7b, 0x87, 0x94)
    , unconfirmedRelation(0xe8, 0x59, 0x0c)
    , selectedRelation(0x3f, 0x63, 0xc9)
    , headerFont(sizedFont(10, QFont::DemiBold))
    , rowFont(sizedFont(9, QFont::Normal))
    , typeFont(sizedFont(8.5, QFont::Normal))
{
    headerHeight = std::ceil(QFontMetricsF(headerFont).height() + 14);
    rowHeight = std::ceil(QFontMetricsF(rowFont).height() + 9);
}

} // namespace relata
