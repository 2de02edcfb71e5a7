#include "tableclipboard.h"

#include "io/relatafile.h"
#include "sql/ddl.h"

#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

namespace relata::tableclipboard {

namespace {

constexpr qreal kPasteStep = 32;

QString mimeType()
{
    return QString::fromUtf16(kMimeType);
}

QRectF positionsRect(const Schema &schema)
{
    QRectF rect;
    for (const Table &t : schema.tables())
        rect |= QRectF(t.position, QSizeF(1, 1));
    return rect;
}

} // namespace

QMimeData *copy(const Schema &schema, const QList<TableId> &tables)
{
    Schema fragment;
    fragment.name = schema.name;
    fragment.dialect = schema.dialect;
    const QSet<TableId> wanted(tables.cbegin(), tables.cend());
    for (const Table &table : schema.tables()) {
        if (wanted.contains(table.id))
            fragment.addTable(table);
    }
    if (fragment.tables().isEmpty())
        return nullptr;
    for (const Relation &relation : schema.relations()) {
        if (wanted.contains(relation.childTable) && wanted.contains(relation.parentTable))
            fragment.addRelation(relation);
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), serializeRelata(fragment));
    if (Result<QString> ddl = generateDdl(fragment); ddl)
        mime->setText(ddl.value());
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(mimeType());
}

Result<Schema> paste(const QMimeData *mime)
{
    if (!canPaste(mime))
        return Result<Schema>::failure(QObject::tr("The clipboard holds no Relata tables."));
    Result<Schema> parsed = parseRelata(mime->data(mimeType()));
    if (!parsed) {
        return Result<Schema>::failure(
                QObject::tr("The copied tables cannot be read: %1").arg(parsed.errorString()));
    }
    return parsed;
}

QPointF pasteOffset(const Schema &target, const Schema &pasted, const QRectF &visibleArea)
{
    QPointF offset;
    const QRectF own = positionsRect(pasted);
    if (!visibleArea.isEmpty() && !visibleArea.intersects(own)) {
        const QPointF center = visibleArea.center() - QPointF(own.width(), own.height()) / 2;
        offset = QPointF(std::round(center.x() - own.left()), std::round(center.y() - own.top()));
    }
    QSet<QPair<qint64, qint64>> taken;
    for (const Table &t : target.tables())
        taken.insert({qRound64(t.position.x()), qRound64(t.position.y())});
    const auto collides = [&] {
        for (const Table &t : pasted.tables()) {
            const QPointF p = t.position + offset;
            if (taken.contains({qRound64(p.x()), qRound64(p.y())}))
                return true;
        }
        return false;
    };
    for (int i = 0; i < 1000 && collides(); ++i)
        offset += QPointF(kPasteStep, kPasteStep);
    return offset;
}

} // namespace relata::tableclipboard
