#pragma once

#include <QString>
#include <QStringList>

namespace relata::pgcatalog {

/// The pg_catalog queries the PostgreSQL importer runs, one per phase, each over every
/// selected schema at once (never one per table). Each takes one bound parameter: the
/// schema names as a text[] literal (see schemaArrayLiteral()), where {"*"} stands for every
/// non-system schema. Their columns are read by position, in the order documented next to
/// each query in postgrescatalog.cpp.
extern const QString schemasQuery;
extern const QString tablesQuery;
extern const QString columnsQuery;
extern const QString indexesQuery;
extern const QString constraintsQuery;
extern const QString otherObjectsQuery;

/// `{"public","sales"}`: a text[] literal for the queries' parameter, every name quoted so
/// that commas, braces, quotes and backslashes in a name survive.
QString schemaArrayLiteral(const QStringList &schemas);

} // namespace relata::pgcatalog
