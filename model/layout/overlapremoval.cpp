#include "overlapremoval.h"

#include <algorithm>
#include <numeric>

namespace relata {

namespace {

bool tooClose(const QRectF &a, const QRectF &b, double gap)
{
    return a.left() < b.right() + gap && b.left() < a.right() + gap && a.top() < b.bottom() + gap
           && b.top() < a.bottom() + gap;
}

QList<int> orderBy(const QList<QRectF> &boxes, bool byTop)
{
    QList<int> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QRectF &ra = boxes.at(a);
        const QRectF &rb = boxes.at(b);
        if (byTop && ra.top() != rb.top())
            return ra.top() < rb.top();
        return ra.left() < rb.left();
    });
    return order;
}

} // namespace

qsizetype countOverlaps(const QList<QRectF> &boxes, double gap)
{
    const QList<int> order = orderBy(boxes, false);
    qsizetype count = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QRectF &a = boxes.at(order.at(i));
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            const QRectF &b = boxes.at(order.at(j));
            if (b.left() >= a.right() + gap)
                break;
            if (tooClose(a, b, gap))
                ++count;
        }
    }
    return count;
}

void removeOverlaps(QList<QRectF> &boxes, const QList<bool> &movable, double gap)
{
    QList<int> placed;
    for (int i = 0; i < boxes.size(); ++i) {
        if (!movable.value(i))
            placed.append(i);
    }
    for (int i : orderBy(boxes, true)) {
        if (!movable.value(i))
            continue;
        QRectF &box = boxes[i];
        for (bool moved = true; moved;) {
            moved = false;
            for (int other : std::as_const(placed)) {
                const QRectF &blocker = boxes.at(other);
                if (tooClose(box, blocker, gap)) {
                    box.moveTop(blocker.bottom() + gap);
                    moved = true;
                }
            }
        }
        placed.append(i);
    }
}

} // namespace relata
