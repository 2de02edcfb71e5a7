#include "severityicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace relata {

namespace {

/// The badge at `size` device-independent pixels, drawn for `ratio` device pixels each.
QPixmap badge(Severity severity, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF box(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(severity));
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.9);
        triangle.lineTo(s * 0.04, s * 0.9);
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(box);
    }
    // The mark: a bar and a dot, upside down for "i".
    p.setBrush(Qt::white);
    const qreal w = s * 0.13;
    const bool info = severity == Severity::Info;
    const qreal top = severity == Severity::Warning ? s * 0.34 : s * 0.24;
    const qreal barTop = info ? top + w * 1.7 : top;
    const qreal barHeight = severity == Severity::Warning ? s * 0.28 : s * 0.32;
    const qreal dotTop = info ? top : top + barHeight + w * 0.7;
    p.drawRoundedRect(QRectF(s * 0.5 - w / 2, barTop, w, barHeight), w / 2, w / 2);
    p.drawEllipse(QRectF(s * 0.5 - w * 0.6, dotTop, w * 1.2, w * 1.2));
    return pixmap;
}

} // namespace

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd6, 0x33, 0x3a);
    case Severity::Warning:
        return QColor(0xe8, 0x9a, 0x0c);
    case Severity::Info:
        return QColor(0x3f, 0x7f, 0xd6);
    }
    Q_UNREACHABLE();
    return QColor();
}

QIcon severityIcon(Severity severity)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(badge(severity, size, ratio));
    }
    return icon;
}

} // namespace relata
