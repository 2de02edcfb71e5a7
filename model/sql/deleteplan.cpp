#include "deleteplan.h"

#include "core/naming.h"
#include "core/schema.h"
#include "ddlplan.h"
#include "dependencyorder.h"
#include "validate/relationgraph.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

bool isCheck(ReferentialAction action)
{
    return action == ReferentialAction::Restrict || action == ReferentialAction::NoAction;
}

/// The tables a cascade from `root` reaches, with their fewest levels, breadth first.
QHash<TableId, int> cascadeReach(TableId root,
                                 const QHash<TableId, QList<const Relation *>> &childrenOf)
{
    QHash<TableId, int> depth{{root, 0}};
    QList<TableId> queue{root};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const TableId parent = queue.at(i);
        for (const Relation *relation : childrenOf.value(parent)) {
            if (relation->onDelete != ReferentialAction::Cascade
                || depth.contains(relation->childTable))
                continue;
            depth.insert(relation->childTable, depth.value(parent) + 1);
            queue.append(relation->childTable);
        }
    }
    return depth;
}

/// The loops among the reached tables: strongly connected components of the cascade
/// relations between them with more than one table, or a table that cascades to itself.
QList<QList<TableId>> cascadeLoops(const QList<TableId> &tables,
                                   const QList<const Relation *> &cascades)
{
    QHash<TableId, int> node;
    for (qsizetype i = 0; i < tables.size(); ++i)
        node.insert(tables.at(i), int(i));
    QList<GraphEdge> edges;
    QSet<int> selfReferencing;
    for (const Relation *relation : cascades) {
        const int from = node.value(relation->parentTable, -1);
        const int to = node.value(relation->childTable, -1);
        if (from < 0 || to < 0)
            continue;
        if (from == to)
            selfReferencing.insert(from);
        edges.append({from, to, relation});
    }
    const RelationGraph graph(int(tables.size()), edges);
    const StronglyConnectedComponents components = stronglyConnectedComponents(graph);
    QList<QList<TableId>> loops;
    for (int c = 0; c < components.count(); ++c) {
        QList<TableId> members;
        for (int n = 0; n < graph.nodeCount(); ++n) {
            if (components.componentOf.at(n) == c)
                members.append(tables.at(n));
        }
        if (members.size() > 1 || selfReferencing.contains(node.value(members.first())))
            loops.append(members);
    }
    return loops;
}

} // namespace

int DeletePlan::levels() const
{
    int levels = 0;
    for (const DeleteTarget &target : deletes)
        levels = std::max(levels, target.depth);
    return levels;
}

bool DeletePlan::removes(TableId table) const
{
    return std::any_of(deletes.cbegin(), deletes.cend(),
                       [table](const DeleteTarget &target) { return target.table == table; });
}

DeletePlan planDelete(const Schema &schema, TableId root)
{
    return DeletePlanner(schema).plan(root);
}

DeletePlanner::DeletePlanner(const Schema &schema)
    : m_schema(schema)
{
    const QList<const Relation *> relations = DdlPlan::relationsToWrite(schema);
    for (qsizetype i = 0; i < relations.size(); ++i) {
        m_childrenOf[relations.at(i)->parentTable].append(relations.at(i));
        m_position.insert(relations.at(i), int(i));
    }
}

DeletePlan DeletePlanner::plan(TableId root) const
{
    const Schema &schema = m_schema;
    const QHash<TableId, QList<const Relation *>> &childrenOf = m_childrenOf;
    DeletePlan plan;
    plan.root = root;
    if (!schema.table(root))
        return plan;
    const QHash<TableId, int> depth = cascadeReach(root, childrenOf);

    // Children before parents: the creation order of the cascade relations between the
    // reached tables, reversed, with the root last even when it is on a loop.
    QList<const Relation *> cascades;
    QList<int> reached;
    for (auto it = depth.cbegin(); it != depth.cend(); ++it) {
        reached.append(schema.tableIndex(it.key()));
        for (const Relation *relation : childrenOf.value(it.key())) {
            if (relation->onDelete == ReferentialAction::Cascade
                && depth.contains(relation->childTable))
                cascades.append(relation);
        }
    }
    std::sort(reached.begin(), reached.end());
    std::sort(cascades.begin(), cascades.end(), [this](const Relation *a, const Relation *b) {
        return m_position.value(a) < m_position.value(b);
    });
    QList<TableId> order;
    for (const int position : dependencyOrder(schema, reached, cascades).tables) {
        const TableId id = schema.tables().at(position).id;
        if (depth.contains(id) && id != root)
            order.prepend(id);
    }
    order.append(root);
    plan.loops = cascadeLoops(order, cascades);
    for (const TableId table : std::as_const(order)) {
        DeleteTarget target;
        target.table = table;
        target.depth = depth.value(table);
        for (const Relation *relation : std::as_const(cascades)) {
            if (relation->childTable == table)
                target.reachedBy.append(relation);
        }
        for (qsizetype loop = 0; loop < plan.loops.size(); ++loop) {
            if (plan.loops.at(loop).contains(table))
                target.loop = int(loop);
        }
        plan.deletes.append(target);
        for (const Relation *relation : childrenOf.value(table)) {
            if (relation->onDelete == ReferentialAction::SetNull)
                plan.nulls.append(relation);
            else if (isCheck(relation->onDelete))
                plan.checks.append(relation);
        }
    }
    return plan;
}

namespace {

QString article(const QString &noun)
{
    // "a user", "a unit": a leading u mostly sounds like "you".
    static const QString vowels = u"aeioAEIO"_s;
    return !noun.isEmpty() && vowels.contains(noun.front()) ? u"an "_s : u"a "_s;
}

/// "a, b and c"
QString listed(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(u", "_s) + u" and "_s + items.last();
}

QString count(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

} // namespace

QString explainDeletePlan(const Schema &schema, const DeletePlan &plan)
{
    const Table *root = schema.table(plan.root);
    if (!root)
        return {};
    const QString name = singularize(root->name);
    QStringList parts;
    QStringList dependants;
    for (const DeleteTarget &target : plan.deletes) {
        if (target.table != plan.root)
            dependants.append(schema.table(target.table)->name);
    }
    std::reverse(dependants.begin(), dependants.end()); // nearest first
    if (!dependants.isEmpty())
        parts.append(u"deletes its %1 (%2, %3)"_s.arg(
                listed(dependants), count(plan.levels(), u"level"_s, u"levels"_s),
                count(dependants.size(), u"table"_s, u"tables"_s)));
    for (const QList<TableId> &loop : plan.loops) {
        QStringList names;
        for (const TableId id : loop)
            names.append(schema.table(id)->name);
        parts.append(loop.size() == 1 ? u"deletes the rows of %1 below it, level by level"_s.arg(
                             names.first())
                                      : u"goes round the loop %1 until no rows are left"_s.arg(
                                              names.join(u" → "_s)));
    }
    for (const Relation *relation : plan.nulls) {
        const Table *child = schema.table(relation->childTable);
        parts.append(u"sets %1 to null in %2"_s.arg(
                child->columnNames(relation->childColumns).join(u", "_s), child->name));
    }
    QStringList refusing;
    bool belowRoot = false;
    for (const Relation *relation : plan.checks) {
        const QString child = schema.table(relation->childTable)->name;
        if (!refusing.contains(child))
            refusing.append(child);
        belowRoot = belowRoot || relation->parentTable != plan.root;
    }
    if (!refusing.isEmpty())
        parts.append(u"is refused while rows of %1 refer to %2"_s.arg(
                listed(refusing), belowRoot ? u"the rows it deletes"_s : u"it"_s));
    const QString subject = u"deleting %1%2"_s.arg(article(name), name);
    if (parts.isEmpty())
        return subject + u" touches no other table"_s;
    return subject + u' ' + listed(parts);
}

} // namespace relata
