#pragma once

#include "core/schema.h"

#include <QPointF>
#include <QString>

namespace relata {

/// A fresh name for a new or pasted table: `base`, or `base_2`, `base_3`… when that
/// is taken (names compare as the schema compares them).
QString unusedTableName(const Schema &schema, const QString &base);

/// The table that "add table" creates at `position` (top-left): a free name and an
/// auto-increment `id` primary key in the schema's dialect. Its ids are placeholders
/// for AddTablesCommand to replace.
Table newTable(const Schema &schema, QPointF position);

} // namespace relata
