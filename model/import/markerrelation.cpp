#include "markerrelation.h"

namespace relata {

namespace {

/// The relation already in the schema between the same columns, if any.
Relation *sameRelation(Schema &schema, const Relation &relation)
{
    for (const RelationId id : schema.relationsOf(relation.childTable)) {
        const Relation *existing = schema.relation(id);
        if (existing->childTable == relation.childTable
            && existing->parentTable == relation.parentTable
            && existing->childColumns == relation.childColumns
            && existing->parentColumns == relation.parentColumns)
            return schema.relationForEdit(id);
    }
    return nullptr;
}

} // namespace

bool addMarkerRelation(Schema &schema, Relation ends, const RelationMarker &marker)
{
    if (Relation *existing = sameRelation(schema, ends)) {
        existing->nameOnChild = marker.nameOnChild;
        existing->nameOnParent = marker.nameOnParent;
        return false;
    }
    ends.origin = RelationOrigin::Comment;
    ends.onDelete = marker.onDelete;
    ends.onUpdate = marker.onUpdate;
    ends.nameOnChild = marker.nameOnChild;
    ends.nameOnParent = marker.nameOnParent;
    schema.addRelation(std::move(ends));
    return true;
}

} // namespace relata
