// R012: deleting one row cascades too far.
#include "validate/relationgraph.h"
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// What one delete reaches: tables other than the root, and levels below it.
struct Reach
{
    int tables = 0;
    int depth = 0;
    int deepest = -1;     ///< the first table found at `depth`
    bool complete = true; ///< false when the search stopped at both limits
};

/// Breadth-first search from one table along cascade and set null relations. A cascade
/// deletes the child rows, so the search goes on from the child; set null only updates the
/// child, which is counted but not gone through. Each table is counted once and gone
/// through once (a loop of cascades ends), and the search stops once both limits are
/// exceeded. Marks hold the root they belong to, so no array is cleared between roots.
class CascadeSearch
{
public:
    CascadeSearch(const RelationGraph &graph, int maxTables, int maxDepth)
        : m_graph(graph)
        , m_maxTables(maxTables)
        , m_maxDepth(maxDepth)
        , m_nodes(graph.nodeCount())
    {}

    Reach explore(int root)
    {
        Reach reach;
        m_nodes[root] = {root, root, 0, nullptr, nullptr};
        m_queue.clear();
        m_queue.append(root);
        for (qsizetype head = 0; head < m_queue.size(); ++head) {
            const int node = m_queue.at(head);
            const int depth = m_nodes.at(node).deleteDepth + 1;
            for (const GraphEdge &edge : m_graph.edgesFrom(node)) {
                Node &child = m_nodes[edge.to];
                if (child.reached != root) {
                    child.reached = root;
                    child.reachedVia = &edge;
                    ++reach.tables;
                    if (depth > reach.depth) {
                        reach.depth = depth;
                        reach.deepest = edge.to;
                    }
                    if (reach.tables > m_maxTables && reach.depth > m_maxDepth) {
                        reach.complete = false;
                        return reach;
                    }
                }
                if (child.deleted != root
                    && edge.relation->onDelete == ReferentialAction::Cascade) {
                    child.deleted = root;
                    child.deletedVia = &edge;
                    child.deleteDepth = depth;
                    m_queue.append(edge.to);
                }
            }
        }
        return reach;
    }

    /// The edges from `root` to `node` as the last explore(root) found them, root first.
    QList<const GraphEdge *> chainTo(int root, int node) const
    {
        QList<const GraphEdge *> chain{m_nodes.at(node).reachedVia};
        for (int at = chain.first()->from; at != root; at = chain.last()->from)
            chain.append(m_nodes.at(at).deletedVia);
        std::reverse(chain.begin(), chain.end());
        return chain;
    }

private:
    /// One table's marks, together so that visiting a table touches one cache line.
    struct Node
    {
        int reached = -1;    ///< the root whose search counted the table
        int deleted = -1;    ///< the root whose search deletes from (goes through) it
        int deleteDepth = 0; ///< levels below the root at which it is gone through
        const GraphEdge *reachedVia = nullptr;
        const GraphEdge *deletedVia = nullptr;
    };

    const RelationGraph &m_graph;
    int m_maxTables;
    int m_maxDepth;
    QList<Node> m_nodes;
    QList<int> m_queue;
};

QString counted(int n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

class CascadeBlastRadiusRule final : public ValidationRule
{
public:
    QString code() const override { return u"R012"_s; }
    QString name() const override { return u"cascade-blast-radius"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return u"Deleting one row cascades through too many tables or levels"_s;
    }
    QString help() const override
    {
        return u"Without constraints the application carries out every on delete cascade "
               "itself. When deleting one row cascades through many tables, or many levels "
               "deep, that one delete becomes a long transaction that locks rows across the "
               "schema and can time out. Tables updated by set null are counted, but the "
               "search does not go on from them. The limits are options (defaults: more than "
               "5 tables or more than 3 levels). Fix: soft-delete the row and purge its "
               "dependants from a scheduled job in small batches, or change some relations of "
               "the chain to restrict or no action."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const ValidationOptions &options = context.options();
        const RelationGraph graph = RelationGraph::fromRelations(
                context, RelationGraph::Direction::ParentToChild, [](const Relation &r) {
                    return r.onDelete == ReferentialAction::Cascade
                           || r.onDelete == ReferentialAction::SetNull;
                });
        CascadeSearch search(graph, options.maxCascadeTables, options.maxCascadeDepth);
        for (int root = 0; root < graph.nodeCount(); ++root) {
            if (graph.edgesFrom(root).empty())
                continue;
            const Reach reach = search.explore(root);
            const bool exceeds = reach.tables > options.maxCascadeTables
                                 || reach.depth > options.maxCascadeDepth;
            if (exceeds && reach.deepest >= 0)
                findings.append(describe(context, reach, search.chainTo(root, reach.deepest)));
        }
    }

private:
    Finding describe(const ValidationContext &context, const Reach &reach,
                     const QList<const GraphEdge *> &chain) const
    {
        const QList<Table> &tables = context.schema().tables();
        const Table &root = tables.at(chain.first()->from);
        QStringList names{root.name};
        QList<TableId> ids{root.id};
        QList<RelationId> relations;
        for (const GraphEdge *edge : chain) {
            names.append(tables.at(edge->to).name);
            ids.append(tables.at(edge->to).id);
            relations.append(edge->relation->id);
        }
        QString path = names.join(u" → "_s);
        if (chain.last()->relation->onDelete == ReferentialAction::SetNull)
            path += u" (set null)"_s;
        const QString atLeast = reach.complete ? QString() : u"at least "_s;
        Finding f = ValidationContext::finding(
                *this, u"deleting one %1 row cascades through %2%3, %2%4 deep (%5)"_s.arg(
                               root.name, atLeast, counted(reach.tables, u"table"_s, u"tables"_s),
                               counted(reach.depth, u"level"_s, u"levels"_s), path));
        f.objects = names;
        f.tables = ids;
        f.relations = relations;
        f.fix = u"soft-delete %1 rows and purge their dependants from a scheduled job in "
                "batches, or change some of these relations from cascade to restrict"_s.arg(
                        root.name);
        return f;
    }
};

} // namespace

const ValidationRule &cascadeBlastRadiusRule()
{
    static const CascadeBlastRadiusRule rule;
    return rule;
}

} // namespace relata
