#include "packing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace relata {

namespace {

/// A horizontal piece of the skyline: below `top`, from `left` for `width`, is taken.
struct Step
{
    double left;
    double width;
    double top;
};

/// The highest top a box of `width` can have when its left edge is at `left`.
double topAt(const QList<Step> &skyline, double left, double width)
{
    double top = 0;
    for (const Step &s : skyline) {
        if (s.left < left + width && left < s.left + s.width)
            top = std::max(top, s.top);
    }
    return top;
}

/// Raises the skyline over [left, left + width) to `top`.
void raise(QList<Step> &skyline, double left, double width, double top)
{
    const double right = left + width;
    QList<Step> before;
    QList<Step> after;
    for (const Step &s : std::as_const(skyline)) {
        const double sRight = s.left + s.width;
        if (s.left < left)
            before.append({s.left, std::min(sRight, left) - s.left, s.top});
        if (sRight > right)
            after.append({std::max(s.left, right), sRight - std::max(s.left, right), s.top});
    }
    before.append({left, width, top});
    skyline = before + after;
}

} // namespace

QList<QPointF> packBoxes(const QList<QSizeF> &sizes, double gap, double aspect)
{
    QList<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (sizes.at(a).height() != sizes.at(b).height())
            return sizes.at(a).height() > sizes.at(b).height();
        return sizes.at(a).width() > sizes.at(b).width();
    });
    double area = 0;
    double widest = 0;
    for (const QSizeF &s : sizes) {
        area += (s.width() + gap) * (s.height() + gap);
        widest = std::max(widest, s.width() + gap);
    }
    const double rowWidth = std::max(widest, std::sqrt(area * aspect));

    QList<Step> skyline{{0, rowWidth, 0}};
    QList<QPointF> offsets(sizes.size());
    for (int i : order) {
        const double width = sizes.at(i).width() + gap;
        double bestLeft = 0;
        double bestTop = topAt(skyline, 0, width);
        for (const Step &s : std::as_const(skyline)) {
            const double top = topAt(skyline, s.left, width);
            if (s.left + width <= rowWidth && top < bestTop) {
                bestLeft = s.left;
                bestTop = top;
            }
        }
        offsets[i] = QPointF(bestLeft, bestTop);
        raise(skyline, bestLeft, width, bestTop + sizes.at(i).height() + gap);
    }
    return offsets;
}

} // namespace relata
