#pragma once

#include "core/ids.h"
#include "core/relation.h"

#include <QList>
#include <QSet>

namespace relata {

class Schema;
struct Table;

/// The relations a diagram export draws, in model order: both tables exist and a person
/// has not ignored the relation. Unconfirmed (inferred, not yet accepted) relations are
/// kept only when `includeUnconfirmed`, since they are guesses the reader should see as such.
QList<const Relation *> exportedRelations(const Schema &schema, bool includeUnconfirmed);

/// The child columns of `relations`: the columns an export marks FK.
QSet<ColumnId> foreignKeyColumns(const QList<const Relation *> &relations);

/// True when any of the relation's child columns may be NULL, so a child row may have
/// no parent: the parent end is "zero or one" rather than "exactly one".
bool parentIsOptional(const Schema &schema, const Relation &relation);

/// The first child column's row index in the child table, or -1 when unknown: where
/// an edge leaves its table.
int childRow(const Schema &schema, const Relation &relation);
/// The first parent column's row index in the parent table, or -1 when unknown.
int parentRow(const Schema &schema, const Relation &relation);

} // namespace relata
