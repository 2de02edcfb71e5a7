#pragma once

#include "core/ids.h"

#include <QHash>
#include <QPointF>

namespace relata {

class Schema;
class SchemaScene;

/// True when the schema has tables but no layout: every table sits at (0,0), as in a
/// file written without a "layout" section or a fresh import.
bool needsInitialPlacement(const Schema &schema);

/// Positions that put the tables in a simple grid in model order, each cell as large as
/// the boxes the scene draws, so nothing overlaps. A stand-in until auto-layout.
///
/// Apply it with SchemaDocument::moveTables() right after loading and outside the undo
/// stack: it is a presentation default, not an edit, so it must neither mark the file
/// modified nor be undoable.
QHash<TableId, QPointF> gridPlacement(const Schema &schema, const SchemaScene &scene);

} // namespace relata
