#include "dotwriter.h"

#include <algorithm>
#include <cmath>

namespace relata {

namespace {

QByteArray inches(double units)
{
    return QByteArray::number(units / kPointsPerInch, 'f', 4);
}

QByteArray graphAttributes(LayoutAlgorithm algorithm)
{
    QByteArray attrs = "splines=\"\", outputorder=nodesfirst";
    switch (algorithm) {
    case LayoutAlgorithm::Dot:
    case LayoutAlgorithm::DotBounded:
        attrs += ", rankdir=LR, nodesep=" + inches(kBoxGap) + ", ranksep=" + inches(kRankGap);
        if (algorithm == LayoutAlgorithm::DotBounded)
            attrs += ", mclimit=0.05, nslimit=0.05, searchsize=10, remincross=false";
        break;
    case LayoutAlgorithm::Sfdp:
        // prism removes overlaps keeping the proximity structure; sep is per side.
        attrs += ", overlap=prism, sep=\"+" + QByteArray::number(kBoxGap / 2) + "\", start=1";
        break;
    case LayoutAlgorithm::Single:
        break;
    }
    return attrs;
}

/// Where the rows of `node` start and end, from its top, in whole points: the first and
/// last rows reach half a row pitch beyond their centres, the others meet halfway.
QList<int> rowBounds(const LayoutNode &node)
{
    const QList<qreal> &c = node.rowCenters;
    const qsizetype n = c.size();
    const double pitch = n > 1 ? (c.last() - c.first()) / double(n - 1) : 22.0;
    const double height = node.size.height();
    QList<int> bounds;
    int previous = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        const double y = i == 0   ? c.first() - pitch / 2
                         : i == n ? c.last() + pitch / 2
                                  : (c.at(i - 1) + c.at(i)) / 2;
        previous = std::max(previous, int(std::lround(std::clamp(y, 0.0, height))));
        bounds.append(previous);
    }
    return bounds;
}

QByteArray cell(int width, int height, const QByteArray &port)
{
    QByteArray td = "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + QByteArray::number(width)
                    + "\" HEIGHT=\"" + QByteArray::number(std::max(height, 1)) + '"';
    if (!port.isEmpty())
        td += " PORT=\"" + port + '"';
    return td + "></TD></TR>";
}

/// An HTML-like table with one cell per row of the card (port "r<i>"), plus a header and
/// a footer cell for the space above the first row and below the last.
QByteArray portTable(const LayoutNode &node)
{
    const int width = int(std::floor(node.size.width()));
    const int height = int(std::floor(node.size.height()));
    const QList<int> bounds = rowBounds(node);
    QByteArray html = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
    if (bounds.first() > 0)
        html += cell(width, bounds.first(), QByteArray());
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
        html += cell(width, bounds.at(i + 1) - bounds.at(i), 'r' + QByteArray::number(i));
    if (height - bounds.last() > 0)
        html += cell(width, height - bounds.last(), QByteArray());
    return html + "</TABLE>>";
}

QByteArray endpoint(int node, int row, const char *side)
{
    QByteArray text = dotNodeName(node);
    if (row >= 0)
        text += ":r" + QByteArray::number(row) + ':' + side;
    return text;
}

} // namespace

QByteArray dotNodeName(int index)
{
    return 'n' + QByteArray::number(index);
}

QByteArray writeDot(const LayoutInput &input, const LayoutComponent &component,
                    LayoutAlgorithm algorithm)
{
    const bool ports
            = algorithm == LayoutAlgorithm::Dot || algorithm == LayoutAlgorithm::DotBounded;
    QByteArray dot = "digraph relata {\ngraph [" + graphAttributes(algorithm) + "];\n";
    dot += ports ? "node [shape=plaintext, fixedsize=true, margin=0];\n"
                 : "node [shape=box, fixedsize=true, margin=0, label=\"\"];\n";
    for (int index : component.nodes) {
        const LayoutNode &node = input.nodes.at(index);
        dot += dotNodeName(index) + " [width=" + inches(node.size.width())
               + ", height=" + inches(node.size.height());
        if (ports && !node.rowCenters.isEmpty())
            dot += ", label=" + portTable(node);
        else if (ports)
            dot += ", label=\"\"";
        dot += "];\n";
    }
    for (const IndexedEdge &e : component.edges) {
        dot += ports ? endpoint(e.parent, e.parentRow, "e") + " -> "
                               + endpoint(e.child, e.childRow, "w")
                     : dotNodeName(e.parent) + " -> " + dotNodeName(e.child);
        dot += ";\n";
    }
    return dot + "}\n";
}

} // namespace relata
