#pragma once

#include "catalog.h"
#include "core/schema.h"
#include "sql/ddl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relatatest {

/// The relations DDL writes (sql/ddl.h): not ignored, not unconfirmed (inferred and not
/// accepted), naming tables and columns that exist, with column lists of equal length.
QList<const relata::Relation *> writtenRelations(const relata::Schema &schema);

/// A column type, as DDL for `target` writes it or as the target's catalog reports it,
/// reduced to what both say alike, so that the two can be compared as strings. MySQL and
/// PostgreSQL texts are parsed (SqlType) and compared by canonical name and sizes, with
/// the server's defaults filled in: display widths (`int(11)`) and character sets are left
/// out, `decimal` is `decimal(10,0)`, `char` is `char(1)`, MySQL times have precision 0,
/// MariaDB keeps `json` as `longtext` and `bool` as `tinyint(1)`. SQLite keeps the declared
/// text as written, so that text is compared as it is.
QString comparableType(const QString &text, relata::Dialect target);

/// Compares what a database holds after DDL for `target` generated from `schema` with
/// `options` was loaded with what that DDL promised:
/// - the same tables and columns (in order), by the names ExpectedNames gives;
/// - each column's type as the server reports it (comparableType() of mapType()'s text)
///   and its nullability;
/// - the primary keys, every index of the model with its name, columns and uniqueness,
///   and the index each relation needs (R007: its child columns a leftmost prefix of an
///   index), named by relationIndexName() when nothing else has that name; no other index;
/// - no FOREIGN KEY, or with `withConstraints` exactly one per written relation;
/// - with `relationComments`, the relation markers in the child columns' comments, read by
///   parseRelationMarkers(), give exactly the written relations back, and the rest of each
///   comment is the person's own comment.
/// Returns one line per difference; empty when the database holds what was promised.
QStringList compareCatalog(const relata::Schema &schema, relata::Dialect target,
                           const relata::DdlOptions &options, const Catalog &catalog);

} // namespace relatatest
