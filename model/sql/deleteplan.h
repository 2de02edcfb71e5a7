#pragma once

#include "core/ids.h"

#include <QHash>
#include <QList>
#include <QString>

namespace relata {

class Schema;
struct Relation;

/// A table whose rows a delete removes: the root, or a dependant a cascade reaches.
struct DeleteTarget
{
    TableId table;
    int depth = 0; ///< cascade levels below the root (its fewest); the root is 0
    /// The cascade relations through which rows of this table are reached, in model order
    /// (for the root, only those of a self-reference or a loop back to it).
    QList<const Relation *> reachedBy;
    int loop = -1; ///< the loop (DeletePlan::loops) the table is on, or -1
};

/// What deleting rows of one table sets off, as a database with FOREIGN KEY constraints
/// would carry it out (SPEC §5), derived from the relation graph: which dependants a
/// cascade deletes, which child columns are set null, which relations refuse the delete
/// while a child row is left, and in which order, children before parents.
///
/// Only the relations a database would have count: confirmed ones (not inferred and
/// unaccepted, not ignored) naming tables and columns that exist, as in the DDL.
struct DeletePlan
{
    TableId root;
    /// Every table whose rows the delete may remove, in the order to delete them: the
    /// deepest dependants first and the root last. Tables on one loop come together.
    QList<DeleteTarget> deletes;
    /// `set null` relations whose parent is deleted: the child columns to clear, before
    /// any delete, in the order of `deletes` (deepest parent first).
    QList<const Relation *> nulls;
    /// `restrict` and `no action` relations whose parent is deleted: the delete is refused
    /// while a child row that is not itself deleted refers to a deleted row. Checked first.
    QList<const Relation *> checks;
    /// Self-references and cycles (R006) among the deleted tables: the rows they reach are
    /// found by a loop that runs until it finds no more. Each loop lists its tables.
    QList<QList<TableId>> loops;

    /// The number of cascade levels below the root.
    int levels() const;
    /// Whether the plan deletes rows of `table`.
    bool removes(TableId table) const;
};

/// The delete plan of `root` in `schema`.
DeletePlan planDelete(const Schema &schema, TableId root);

/// Plans the deletes of many roots of one schema: the relation graph is read once, and
/// each plan then costs what it reaches rather than the schema's size (the C++ header and
/// `export plans` plan every table of schemas with thousands).
class DeletePlanner
{
public:
    explicit DeletePlanner(const Schema &schema);
    DeletePlan plan(TableId root) const;

private:
    const Schema &m_schema;
    QHash<TableId, QList<const Relation *>> m_childrenOf; ///< the relations that count
    QHash<const Relation *, int> m_position;              ///< in model order
};

/// The plan in words: "deleting a recipe deletes its ingredients and steps (1 level, 2
/// tables); sets recipe_id to null in comments; is refused while an order_line refers to
/// it".
QString explainDeletePlan(const Schema &schema, const DeletePlan &plan);

} // namespace relata
