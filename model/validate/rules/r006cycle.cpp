// R006: relations among two or more tables form a loop.
#include "validate/relationgraph.h"
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

bool childColumnsNullable(const ValidationContext &context, const Relation &relation)
{
    const Table *child = context.schema().table(relation.childTable);
    for (ColumnId id : relation.childColumns) {
        const Column *column = child ? child->column(id) : nullptr;
        if (!column || !column->nullable)
            return false;
    }
    return true;
}

/// A relation that takes part in delete ordering. A self-reference is a hierarchy (R106);
/// set null on nullable columns only detaches the child rows, so it orders nothing: that
/// is exactly the change this rule recommends, and a loop with such an edge is broken.
bool ordersDeletes(const ValidationContext &context, const Relation &relation)
{
    if (relation.isSelfReference())
        return false;
    return relation.onDelete != ReferentialAction::SetNull
           || !childColumnsNullable(context, relation);
}

/// A loop in the child → parent direction: relations[i] leads from tables[i] to the next.
struct Loop
{
    QList<int> tables;
    QList<const Relation *> relations;
};

/// Finds, per component, the shortest loop through its first table by breadth-first search
/// inside the component. Marks are reused across components, so all searches together are
/// linear in the graph.
class LoopFinder
{
public:
    LoopFinder(const RelationGraph &graph, const StronglyConnectedComponents &components)
        : m_graph(graph)
        , m_components(components)
        , m_mark(graph.nodeCount(), -1)
        , m_via(graph.nodeCount(), nullptr)
    {}

    Loop shortestLoop(int component)
    {
        const int start = m_components.firstNode.at(component);
        QList<int> queue{start};
        m_mark[start] = component;
        for (qsizetype head = 0; head < queue.size(); ++head) {
            const int node = queue.at(head);
            for (const GraphEdge &edge : m_graph.edgesFrom(node)) {
                if (m_components.componentOf.at(edge.to) != component)
                    continue;
                if (edge.to == start)
                    return loopClosedBy(edge, start);
                if (m_mark.at(edge.to) != component) {
                    m_mark[edge.to] = component;
                    m_via[edge.to] = &edge;
                    queue.append(edge.to);
                }
            }
        }
        return {}; // not reached: a component of two or more tables has a loop through each
    }

private:
    Loop loopClosedBy(const GraphEdge &closing, int start) const
    {
        Loop loop;
        loop.tables.append(closing.from);
        loop.relations.append(closing.relation);
        for (int node = closing.from; node != start;) {
            const GraphEdge *edge = m_via.at(node);
            loop.tables.append(edge->from);
            loop.relations.append(edge->relation);
            node = edge->from;
        }
        std::reverse(loop.tables.begin(), loop.tables.end());
        std::reverse(loop.relations.begin(), loop.relations.end());
        return loop;
    }

    const RelationGraph &m_graph;
    const StronglyConnectedComponents &m_components;
    QList<int> m_mark;              ///< the component whose search last reached the node
    QList<const GraphEdge *> m_via; ///< the edge that reached the node
};

/// "make staff.store_id nullable and set its relation to on delete set null"
QString relaxation(const ValidationContext &context, const Relation &relation)
{
    const Table *child = context.schema().table(relation.childTable);
    QStringList notNull;
    for (ColumnId id : relation.childColumns) {
        const Column *column = child ? child->column(id) : nullptr;
        if (column && !column->nullable)
            notNull.append(context.columnRef(relation.childTable, id));
    }
    const QString columns = notNull.join(u" and "_s);
    if (relation.onDelete == ReferentialAction::SetNull)
        return u"make %1 nullable (its relation is already on delete set null)"_s.arg(columns);
    if (notNull.isEmpty())
        return u"set the relation %1 to on delete set null"_s.arg(
                context.schema().describe(relation));
    return u"make %1 nullable and set its relation to on delete set null"_s.arg(columns);
}

class CycleRule final : public ValidationRule
{
public:
    QString code() const override { return u"R006"_s; }
    QString name() const override { return u"cycle"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return u"Relations among two or more tables form a loop: no static delete order"_s;
    }
    QString help() const override
    {
        return u"Without constraints the application deletes children before parents. When "
               "relations loop (store → staff → store), no table of the loop can go first: "
               "every delete plan through it must repeat until no row changes, and a bulk "
               "cleanup may never finish. Each group of tables that reach one another is "
               "reported once, with its shortest loop through its first table. Break the "
               "loop by making one of its relations nullable with on delete set null (a "
               "relation that already is both orders nothing and closes no loop). A table "
               "that references itself is a hierarchy, not a cycle (R106)."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const RelationGraph graph = RelationGraph::fromRelations(
                context, RelationGraph::Direction::ChildToParent,
                [&context](const Relation &r) { return ordersDeletes(context, r); });
        const StronglyConnectedComponents components = stronglyConnectedComponents(graph);
        LoopFinder finder(graph, components);
        for (int c = 0; c < components.count(); ++c) {
            if (components.sizes.at(c) >= 2)
                findings.append(describe(context, finder.shortestLoop(c), components.sizes.at(c)));
        }
    }

private:
    Finding describe(const ValidationContext &context, const Loop &loop, int componentSize) const
    {
        const QList<Table> &tables = context.schema().tables();
        QStringList names;
        for (int t : loop.tables)
            names.append(tables.at(t).name);
        // The first relation whose columns are already nullable needs the smallest change.
        const auto nullable = std::find_if(
                loop.relations.cbegin(), loop.relations.cend(),
                [&context](const Relation *r) { return childColumnsNullable(context, *r); });
        const Relation &edge
                = nullable != loop.relations.cend() ? **nullable : *loop.relations.first();

        QString text = u"cycle: "_s + names.join(u" → "_s) + u" → "_s + names.first();
        if (componentSize > loop.tables.size())
            text += u" (the component has %1 tables)"_s.arg(componentSize);
        text += u"; no static delete order exists (relax %1: nullable + set null)"_s.arg(
                context.schema().describe(edge));
        Finding f = ValidationContext::finding(*this, text);
        f.objects = names;
        for (int t : loop.tables)
            f.tables.append(tables.at(t).id);
        for (const Relation *r : loop.relations)
            f.relations.append(r->id);
        f.columns = edge.childColumns;
        f.fix = relaxation(context, edge);
        return f;
    }
};

} // namespace

const ValidationRule &cycleRule()
{
    static const CycleRule rule;
    return rule;
}

} // namespace relata
