#include "layoutstrategy.h"

using namespace Qt::StringLiterals;

namespace relata {

LayoutAlgorithm chooseAlgorithm(const LayoutComponent &component, const LayoutThresholds &limits)
{
    if (component.nodes.size() <= 1)
        return LayoutAlgorithm::Single;
    const qsizetype layered = estimateLayeredSize(component);
    if (layered <= limits.fullDot)
        return LayoutAlgorithm::Dot;
    if (layered <= limits.boundedDot)
        return LayoutAlgorithm::DotBounded;
    return LayoutAlgorithm::Sfdp;
}

QString algorithmName(LayoutAlgorithm algorithm)
{
    switch (algorithm) {
    case LayoutAlgorithm::Single:
        return u"single"_s;
    case LayoutAlgorithm::Dot:
        return u"dot"_s;
    case LayoutAlgorithm::DotBounded:
        return u"bounded dot"_s;
    case LayoutAlgorithm::Sfdp:
        return u"sfdp"_s;
    }
    return QString();
}

QByteArray graphvizEngine(LayoutAlgorithm algorithm)
{
    switch (algorithm) {
    case LayoutAlgorithm::Single:
        return QByteArray();
    case LayoutAlgorithm::Dot:
    case LayoutAlgorithm::DotBounded:
        return QByteArrayLiteral("dot");
    case LayoutAlgorithm::Sfdp:
        return QByteArrayLiteral("sfdp");
    }
    return QByteArray();
}

} // namespace relata
