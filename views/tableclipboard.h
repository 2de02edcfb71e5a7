#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QList>
#include <QRectF>
#include <QString>

class QMimeData;

namespace relata {

/// Copying and pasting tables, through the system clipboard so that it works between
/// windows and between running Relata processes.
///
/// The copied tables travel as a small .relata document (the tables, and the relations
/// among them) under their own MIME type; plain text gets their CREATE TABLE
/// statements, for pasting into a SQL console.
namespace tableclipboard {

inline constexpr char16_t kMimeType[] = u"application/x-relata-tables";

/// The tables (in model order) and the relations between two of them, as clipboard data.
/// Null when no listed table exists.
QMimeData *copy(const Schema &schema, const QList<TableId> &tables);
/// True when the data holds tables Relata can paste.
bool canPaste(const QMimeData *mime);
/// The copied tables and their relations, or an error for data that is not ours or broken.
Result<Schema> paste(const QMimeData *mime);

/// How far to shift pasted tables: not at all when their place is free and visible,
/// by steps down-right while they would land exactly on tables already there (pasting
/// twice makes a visible staircase), and into the middle of `visibleArea` when their
/// own place is out of sight.
QPointF pasteOffset(const Schema &target, const Schema &pasted, const QRectF &visibleArea);

} // namespace tableclipboard
} // namespace relata
