#pragma once

#include <QByteArray>
#include <QString>

namespace relata {

/// Writes `data` to `path` through a temporary file and a rename (QSaveFile), so that a
/// crash or a full disk mid-write leaves the previous file whole. On failure
/// `errorString` gets the reason in words ("cannot write x: No space left on device").
bool writeFileAtomically(const QString &path, const QByteArray &data,
                         QString *errorString = nullptr);

} // namespace relata
