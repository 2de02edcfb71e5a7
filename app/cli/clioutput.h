#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <optional>

namespace relata {

/// Writes a command's result: to `out` when `path` is empty or "-", otherwise to the file
/// `path`, atomically (QSaveFile), so a failed write never leaves half a file behind.
/// Returns false and sets `errorString` when the file cannot be written.
bool writeOutput(const QByteArray &data, const QString &path, QTextStream &out,
                 QString *errorString);

/// Reads a whole file (at most `maxBytes`); std::nullopt and `errorString` on failure.
std::optional<QByteArray> readInputFile(const QString &path, qint64 maxBytes, QString *errorString);

} // namespace relata
