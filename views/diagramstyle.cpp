#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

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
    , errorMark(0xc4, 0x4d, 0x4f)
    , warningMark(0xc9, 0x96, 0x2e)
    , infoMark(0x4f, 0x8a, 0xc2)
    , badgeText(Qt::white)
    , headerFont(sizedFont(10, QFont::DemiBold))
    , rowFont(sizedFont(9, QFont::Normal))
    , keyFont(sizedFont(9, QFont::DemiBold))
    , typeFont(sizedFont(8.5, QFont::Normal))
    , badgeFont(sizedFont(7, QFont::Bold))
    , nullableMark(u"?"_s)
{
    const QFontMetricsF headerMetrics(headerFont);
    const QFontMetricsF rowMetrics(rowFont);
    const QFontMetricsF typeMetrics(typeFont);
    headerHeight = std::ceil(headerMetrics.height() + 14);
    rowHeight = std::ceil(rowMetrics.height() + 9);
    headerTextTop = (headerHeight - headerMetrics.height()) / 2;
    rowTextTop = (rowHeight - rowMetrics.height()) / 2;
    typeTextTop = (rowHeight - typeMetrics.height()) / 2;
    typeMarkWidth = typeMetrics.horizontalAdvance(u" ?"_s);
    nullableMarkWidth = typeMetrics.horizontalAdvance(u"?"_s);
    nullableMark.setTextFormat(Qt::PlainText);
    nullableMark.prepare(QTransform(), typeFont);
}

QColor DiagramStyle::findingColor(Severity severity) const
{
    switch (severity) {
    case Severity::Error:
        return errorMark;
    case Severity::Warning:
        return warningMark;
    case Severity::Info:
        return infoMark;
    }
    return infoMark;
}

QColor DiagramStyle::findingColor(const QList<Finding> &findings) const
{
    if (findings.isEmpty())
        return {};
    // Severity orders from the worst (Error) to the mildest (Info).
    const auto worst = std::min_element(
            findings.cbegin(), findings.cend(),
            [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return findingColor(worst->severity);
}

QString findingsToolTip(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines.append(u"%1 · %2 — %3"_s.arg(finding.code, severityName(finding.severity),
                                           finding.message));
        if (!finding.fix.isEmpty())
            lines.append(u"    fix: "_s + finding.fix);
    }
    return lines.join(u'\n');
}

} // namespace relata
