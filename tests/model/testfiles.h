#pragma once

// Small file helpers shared by the .relata reader/writer tests.
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

} // namespace relatatest
