#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QByteArray>
#include <QString>

namespace relata {

/// Limits that keep a hostile file from exhausting memory or stack.
constexpr qint64 kMaxRelataFileBytes = qint64(64) * 1024 * 1024;
constexpr int kMaxNameLength = 1024;

/// Parses the contents of a .relata file (docs/file-format.md).
/// On failure the message is one line: "LINE:COLUMN: ..." for JSON syntax errors,
/// "PATH: ..." (e.g. "tables[3].columns[2].type: expected a string") otherwise.
Result<Schema> parseRelata(const QByteArray &data);

/// Reads and parses a file; messages are prefixed with the path ("x.relata:3:7: ...").
Result<Schema> loadRelataFile(const QString &path);

/// The canonical text: fixed key order, 2-space indent, model order, trailing newline.
/// parseRelata(serializeRelata(s)) gives back s; serializing twice gives equal bytes.
QByteArray serializeRelata(const Schema &schema);

/// Writes atomically (QSaveFile): on any failure the previous file is left whole.
bool saveRelataFile(const Schema &schema, const QString &path, QString *errorString = nullptr);

} // namespace relata
