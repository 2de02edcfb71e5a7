#pragma once

#include "core/relation.h"

class QUndoCommand;

namespace relata {

class SchemaDocument;

/// Whether the child table's primary key alone makes `relation` one-to-one; then no
/// index edit can make it many-to-one.
bool isOneToOneByPrimaryKey(const SchemaDocument &document, const Relation &relation);

/// One undo step that gives `relation` the cardinality `kind`, or nullptr when it
/// already has it or cannot get it.
///
/// One-to-one is derived from the child table's keys (relationKind()), so the
/// command edits indexes: one-to-one adds a unique index `ux_<table>_<columns>` on
/// the child columns, many-to-one removes the unique indexes on exactly those
/// columns. The primary key is never touched.
QUndoCommand *makeCardinalityCommand(SchemaDocument &document, const Relation &relation,
                                     RelationKind kind);

} // namespace relata
