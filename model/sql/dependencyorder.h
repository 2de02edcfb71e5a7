#pragma once

#include "core/relation.h"

#include <QList>

namespace relata {

class Schema;

/// The order in which to create tables so that every parent exists before its children.
struct DependencyOrder
{
    QList<int> tables; ///< model positions, parents first
    /// Relations whose parent comes after their child because they close a loop: the edges
    /// that were cut to break each cycle, in creation order of their child table.
    QList<const Relation *> deferred;
};

/// Orders the tables of `schema` along `relations` (child → parent; self-references are
/// ignored, a table may refer to itself). Ties go to model order, so that a schema without
/// relations keeps its order and the output diffs well. Loops are found as the strongly
/// connected components of the relation graph; within one, tables come in model order as
/// far as their parents allow, and when none is free the first remaining one is created
/// early and its relations to tables not yet created are deferred. Linear up to a log factor.
DependencyOrder dependencyOrder(const Schema &schema, const QList<const Relation *> &relations);

/// The same order for `tables` only (model positions, ascending), along `relations` among
/// them: what dependencyOrder() gives those tables, in time linear in their number rather
/// than the schema's (a delete plan orders the few tables it reaches).
DependencyOrder dependencyOrder(const Schema &schema, const QList<int> &tables,
                                const QList<const Relation *> &relations);

} // namespace relata
