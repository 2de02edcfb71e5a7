#include "dependencyorder.h"

#include "core/schema.h"
#include "validate/relationgraph.h"

#include <QHash>

#include <functional>
#include <set>

namespace relata {

namespace {

/// Kahn's algorithm over the components of the graph, then over the tables inside each.
class OrderBuilder
{
public:
    /// `nodeOf` gives a table's node; nodes are numbered in model order.
    OrderBuilder(int nodeCount, const std::function<int(TableId)> &nodeOf,
                 const QList<const Relation *> &relations)
        : m_graph(buildGraph(nodeCount, nodeOf, relations, false))
        , m_parents(buildGraph(nodeCount, nodeOf, relations, true))
        , m_components(stronglyConnectedComponents(m_graph))
        , m_waitingTables(m_graph.nodeCount(), 0)
        , m_waitingComponents(m_components.count(), 0)
        , m_members(m_components.count())
        , m_created(m_graph.nodeCount(), false)
    {
        for (int node = 0; node < m_graph.nodeCount(); ++node) {
            m_members[m_components.componentOf.at(node)].append(node);
            for (const GraphEdge &e : m_graph.edgesFrom(node)) {
                if (sameComponent(e))
                    ++m_waitingTables[e.to];
                else
                    ++m_waitingComponents[m_components.componentOf.at(e.to)];
            }
        }
    }

    DependencyOrder run()
    {
        std::set<int> ready; // components by number = model order of their first table
        for (int c = 0; c < m_components.count(); ++c) {
            if (m_waitingComponents.at(c) == 0)
                ready.insert(c);
        }
        while (!ready.empty()) {
            const int component = *ready.begin();
            ready.erase(ready.begin());
            createComponent(component);
            for (int node : std::as_const(m_members.at(component))) {
                for (const GraphEdge &e : m_graph.edgesFrom(node)) {
                    const int child = m_components.componentOf.at(e.to);
                    if (!sameComponent(e) && --m_waitingComponents[child] == 0)
                        ready.insert(child);
                }
            }
        }
        return std::move(m_order);
    }

private:
    /// Edges run parent → child (edgesFrom(parent) are the relations that wait for it), or
    /// child → parent when `upwards`.
    static RelationGraph buildGraph(int nodeCount, const std::function<int(TableId)> &nodeOf,
                                    const QList<const Relation *> &relations, bool upwards)
    {
        QList<GraphEdge> edges;
        edges.reserve(relations.size());
        for (const Relation *r : relations) {
            const int parent = nodeOf(r->parentTable);
            const int child = nodeOf(r->childTable);
            if (!r->isSelfReference() && parent >= 0 && child >= 0)
                edges.append(upwards ? GraphEdge{child, parent, r} : GraphEdge{parent, child, r});
        }
        return RelationGraph(nodeCount, edges);
    }

    bool sameComponent(const GraphEdge &e) const
    {
        return m_components.componentOf.at(e.from) == m_components.componentOf.at(e.to);
    }

    void create(int node, std::set<int> *ready)
    {
        m_created[node] = true;
        m_order.tables.append(node);
        for (const GraphEdge &e : m_graph.edgesFrom(node)) {
            if (ready && sameComponent(e) && --m_waitingTables[e.to] == 0 && !m_created.at(e.to))
                ready->insert(e.to);
        }
    }

    /// Tables of one component in model order as far as their parents allow; when every
    /// remaining one waits, the first is created anyway and its waiting relations deferred.
    void createComponent(int component)
    {
        const QList<int> &members = m_members.at(component);
        if (members.size() == 1) {
            create(members.constFirst(), nullptr);
            return;
        }
        std::set<int> ready;
        std::set<int> remaining(members.cbegin(), members.cend());
        for (int node : members) {
            if (m_waitingTables.at(node) == 0)
                ready.insert(node);
        }
        while (!remaining.empty()) {
            int node = -1;
            if (!ready.empty()) {
                node = *ready.begin();
                ready.erase(ready.begin());
            } else {
                node = *remaining.begin();
                deferWaitingRelations(node);
            }
            remaining.erase(node);
            create(node, &ready);
        }
    }

    /// The relations `child` still waits for: their parents come later.
    void deferWaitingRelations(int child)
    {
        for (const GraphEdge &e : m_parents.edgesFrom(child)) {
            if (sameComponent(e) && !m_created.at(e.to))
                m_order.deferred.append(e.relation);
        }
    }

    RelationGraph m_graph;
    RelationGraph m_parents; ///< the same edges, child → parent
    StronglyConnectedComponents m_components;
    QList<int> m_waitingTables;     ///< per table, relations to parents of its own component
                                    ///< not yet created
    QList<int> m_waitingComponents; ///< per component, relations from outside not yet met
    QList<QList<int>> m_members;    ///< per component, its tables in model order
    QList<bool> m_created;
    DependencyOrder m_order;
};

} // namespace

DependencyOrder dependencyOrder(const Schema &schema, const QList<const Relation *> &relations)
{
    const auto nodeOf = [&schema](TableId id) {
        return schema.tableIndex(id);
    };
    return OrderBuilder(int(schema.tables().size()), nodeOf, relations).run();
}

DependencyOrder dependencyOrder(const Schema &schema, const QList<int> &tables,
                                const QList<const Relation *> &relations)
{
    QHash<TableId, int> node;
    for (qsizetype i = 0; i < tables.size(); ++i)
        node.insert(schema.tables().at(tables.at(i)).id, int(i));
    const auto nodeOf = [&node](TableId id) {
        return node.value(id, -1);
    };
    DependencyOrder order = OrderBuilder(int(tables.size()), nodeOf, relations).run();
    for (int &position : order.tables)
        position = tables.at(position);
    return order;
}

} // namespace relata
