#pragma once

#include "mysqlcatalog.h"
#include "schemaimporter.h"

#include "sql/relationmarker.h"

namespace relata::mysqlimport {

/// A relation marker read from a column comment, resolved once every table exists.
struct PendingMarker
{
    QString table;
    QString column;
    RelationMarker marker;
};

/// The schema under construction with what the summary and the markers need.
struct BuildState
{
    ImportResult result;
    QList<PendingMarker> markers;
};

/// Base tables in name order with their columns, primary keys and indexes; the relation
/// markers found in column comments go to `state.markers`, the comments keep the rest.
void addTables(const mysqlcatalog::Catalog &catalog, BuildState &state);

/// One relation (origin Constraint) per FOREIGN KEY whose tables were imported.
void addConstraintRelations(const mysqlcatalog::Catalog &catalog, BuildState &state);

/// One relation (origin Comment) per marker, unless a FOREIGN KEY already gave it, in
/// which case the marker only contributes the relation's names.
void addMarkerRelations(BuildState &state);

/// Column defaults as Relata writes them for MySQL: MariaDB 10.2.7+ reports them that way
/// (string literals quoted, NULL as the word NULL); MySQL and older MariaDB report string
/// literals bare and mark expressions with DEFAULT_GENERATED.
std::optional<QString> normalizedDefault(const mysqlcatalog::ColumnRow &row, const SqlType &type,
                                         bool quotedLiterals);

/// The whole Schema and summary from a catalog read.
ImportResult buildMySqlSchema(const mysqlcatalog::Catalog &catalog);

} // namespace relata::mysqlimport
