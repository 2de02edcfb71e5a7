#pragma once

#include "core/schema.h"
#include "sql/relationmarker.h"

namespace relata {

/// Adds the relation a comment marker describes, its ends already resolved in `ends`
/// (child and parent tables and columns). DDL written with constraints carries both a
/// FOREIGN KEY and a marker for the same relation: then the constraint stays and the
/// marker only adds the names a FOREIGN KEY cannot hold. Otherwise the relation is added
/// with origin Comment and the marker's actions and names. True when a relation was added.
bool addMarkerRelation(Schema &schema, Relation ends, const RelationMarker &marker);

} // namespace relata
