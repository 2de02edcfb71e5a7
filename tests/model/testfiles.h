#pragma once

// Small file helpers shared by the .relata reader/writer tests.
#include "core/schema.h"
#include "io/relatafile.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace relatatest {

inline const QString kDataDir = QStringLiteral(RELATA_TEST_DATA);

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// The schema of a .relata file; an empty one, with a warning, when it cannot be read.
inline relata::Schema loadOrWarn(const QString &path)
{
    const relata::Result<relata::Schema> loaded = relata::loadRelataFile(path);
    if (!loaded)
        qWarning("%s", qPrintable(loaded.errorString()));
    return loaded ? loaded.value() : relata::Schema();
}

/// The schema of the JSON of a .relata file; an empty one, with a warning, when invalid.
inline relata::Schema parseOrWarn(const QString &json)
{
    const relata::Result<relata::Schema> parsed = relata::parseRelata(json.toUtf8());
    if (!parsed)
        qWarning("%s", qPrintable(parsed.errorString()));
    return parsed ? parsed.value() : relata::Schema();
}

} // namespace relatatest
