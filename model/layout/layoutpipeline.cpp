#include "layoutpipeline.h"

#include "dotwriter.h"
#include "layoutgraph.h"
#include "layoutquality.h"
#include "overlapremoval.h"
#include "packing.h"

#include <QMap>
#include <QSet>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The least distance the final check accepts between two boxes. Every strategy keeps
/// boxes further apart (kBoxGap); this catches what a strategy got wrong.
constexpr double kMinGap = 12.0;

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

std::optional<QString> inputProblem(const LayoutInput &input)
{
    QSet<quint32> seen;
    for (const LayoutNode &node : input.nodes) {
        const QString id = QString::number(node.table.value());
        if (!node.table.isValid())
            return u"A table to lay out has no identity."_s;
        if (seen.contains(node.table.value()))
            return u"Table %1 is given twice to the layout."_s.arg(id);
        seen.insert(node.table.value());
        const QSizeF s = node.size;
        if (!std::isfinite(s.width()) || !std::isfinite(s.height()) || s.width() <= 0
            || s.height() <= 0 || s.width() > 1e6 || s.height() > 1e6)
            return u"Table %1 has no usable box size for the layout."_s.arg(id);
        if (node.fixed && !finite(node.position))
            return u"Table %1 is pinned at an invalid position."_s.arg(id);
    }
    return std::nullopt;
}

QRectF boundsOf(const QList<QRectF> &boxes)
{
    QRectF bounds;
    for (const QRectF &box : boxes)
        bounds = bounds.isNull() ? box : bounds.united(box);
    return bounds;
}

/// The boxes of one component in its node order, its bounding box's top-left at (0, 0).
Result<QList<QRectF>> layOutComponent(const LayoutInput &input, const LayoutComponent &component,
                                      LayoutAlgorithm algorithm, const GraphvizRun &run)
{
    QList<QRectF> boxes;
    if (algorithm == LayoutAlgorithm::Single) {
        boxes.append(QRectF(QPointF(0, 0), input.nodes.at(component.nodes.first()).size));
        return boxes;
    }
    const Result<QHash<int, QPointF>> centers
            = run(graphvizEngine(algorithm), writeDot(input, component, algorithm));
    if (!centers)
        return Result<QList<QRectF>>::failure(
                u"Graphviz could not lay out a group of %1 tables (%2): %3"_s.arg(
                        QString::number(component.nodes.size()), algorithmName(algorithm),
                        centers.errorString()));
    for (int index : component.nodes) {
        const auto it = centers->constFind(index);
        if (it == centers->cend() || !finite(*it))
            return Result<QList<QRectF>>::failure(u"Graphviz gave no position for table %1."_s.arg(
                    QString::number(input.nodes.at(index).table.value())));
        const QSizeF size = input.nodes.at(index).size;
        // Graphviz: centre, y up. Relata: top-left, y down.
        boxes.append(
                QRectF(QPointF(it->x() - size.width() / 2, -it->y() - size.height() / 2), size));
    }
    const QPointF shift = boundsOf(boxes).topLeft();
    for (QRectF &box : boxes)
        box.translate(-shift);
    return boxes;
}

/// Where the packed components start: right of the fixed boxes, level with their top, so
/// nothing new lands on a pinned table; the origin when nothing is fixed.
QPointF packingOrigin(const LayoutInput &input)
{
    QList<QRectF> fixed;
    for (const LayoutNode &node : input.nodes) {
        if (node.fixed)
            fixed.append(QRectF(node.position, node.size));
    }
    if (fixed.isEmpty())
        return QPointF(0, 0);
    const QRectF bounds = boundsOf(fixed);
    return QPointF(std::round(bounds.right() + kRankGap), std::round(bounds.top()));
}

QString describe(const QMap<LayoutAlgorithm, int> &used, qsizetype components, bool repaired)
{
    QStringList parts;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(QString::number(it.value()), algorithmName(it.key())));
    QString text = components == 1 ? u"1 component: "_s
                                   : u"%1 components: "_s.arg(QString::number(components));
    text += parts.join(u", "_s);
    if (repaired)
        text += u"; overlaps removed"_s;
    return text;
}

} // namespace

Result<LayoutResult> runLayoutPipeline(const LayoutInput &input, const GraphvizRun &run,
                                       const LayoutThresholds &limits)
{
    if (const std::optional<QString> problem = inputProblem(input))
        return Result<LayoutResult>::failure(*problem);
    const QList<LayoutComponent> components = freeComponents(input);
    QList<QList<QRectF>> laidOut;
    QList<QSizeF> sizes;
    QMap<LayoutAlgorithm, int> used;
    for (const LayoutComponent &component : components) {
        const LayoutAlgorithm algorithm = chooseAlgorithm(component, limits);
        ++used[algorithm];
        Result<QList<QRectF>> boxes = layOutComponent(input, component, algorithm, run);
        if (!boxes)
            return Result<LayoutResult>::failure(boxes.errorString());
        sizes.append(boundsOf(boxes.value()).size());
        laidOut.append(std::move(boxes).value());
    }

    const QList<QPointF> offsets = packBoxes(sizes, kRankGap);
    const QPointF origin = packingOrigin(input);
    QList<QRectF> boxes = placedBoxes(input, {});
    QList<bool> movable(input.nodes.size(), false);
    for (qsizetype c = 0; c < components.size(); ++c) {
        for (qsizetype k = 0; k < components.at(c).nodes.size(); ++k) {
            const int index = components.at(c).nodes.at(k);
            const QPointF p = laidOut.at(c).at(k).topLeft() + offsets.at(c) + origin;
            boxes[index].moveTopLeft(QPointF(std::round(p.x()), std::round(p.y())));
            movable[index] = true;
        }
    }
    // Pinned tables that already overlap each other are the person's choice, not ours.
    QList<QRectF> fixedBoxes;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!movable.at(i))
            fixedBoxes.append(boxes.at(i));
    }
    const qsizetype accepted = countOverlaps(fixedBoxes, kMinGap);
    const bool repaired = countOverlaps(boxes, kMinGap) > accepted;
    if (repaired)
        removeOverlaps(boxes, movable, kMinGap);
    if (countOverlaps(boxes, kMinGap) > accepted)
        return Result<LayoutResult>::failure(u"The layout could not keep the tables apart."_s);

    LayoutResult result;
    for (qsizetype i = 0; i < input.nodes.size(); ++i) {
        if (movable.at(i))
            result.positions.insert(input.nodes.at(i).table, boxes.at(i).topLeft());
    }
    result.strategy = describe(used, components.size(), repaired);
    return result;
}

} // namespace relata
