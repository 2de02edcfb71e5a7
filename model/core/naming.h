#pragma once

#include "relation.h"

#include <QString>

namespace relata {

class Schema;

/// English singular of a table name ("users" → "user", "categories" → "category",
/// "addresses" → "address"); names that look singular are returned unchanged.
QString singularize(const QString &name);

/// The relation's name on the child table ("user" on blocks): the given name, or
/// the singular of the parent table's name.
QString effectiveNameOnChild(const Schema &schema, const Relation &relation);
/// The relation's name on the parent table ("blocks" on users): the given name, or
/// the child table's name.
QString effectiveNameOnParent(const Schema &schema, const Relation &relation);

/// One-to-one when the child columns are the child table's primary key or a unique index.
RelationKind relationKind(const Schema &schema, const Relation &relation);

} // namespace relata
