#pragma once

#include <QString>
#include <QStringList>

namespace relata {

class SqlDialect;

/// The name of the index a relation needs on its child columns (R007):
/// `idx_<table>_<col>_<col>`, fitted to the dialect's length limit. R007's suggested fix and
/// the DDL writers both call it, so that the index the DDL creates is the one the finding
/// named, and a later validation of the imported database finds it.
QString relationIndexName(const SqlDialect &dialect, const QString &table,
                          const QStringList &columns);

} // namespace relata
