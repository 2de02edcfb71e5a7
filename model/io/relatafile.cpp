#include "relatafile.h"

#include "atomicfile.h"
#include "relatareader.h"
#include "relatawriter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Reads at most kMaxRelataFileBytes + 1 bytes, so that neither a huge file nor an endless
/// device (a pipe, /dev/zero) can exhaust memory.
std::optional<QByteArray> readBounded(QFile &file, QString *error)
{
    if (!file.isSequential() && file.size() > kMaxRelataFileBytes) {
        *error = RelataReadError::fileTooLarge(file.size()).message;
        return std::nullopt;
    }
    constexpr qint64 kChunk = 1024 * 1024;
    constexpr qint64 kLimit = kMaxRelataFileBytes + 1;
    QByteArray data;
    data.reserve(file.isSequential() ? kChunk : file.size() + 1);
    while (data.size() < kLimit) {
        if (data.size() == data.capacity())
            data.reserve(std::min(kLimit, std::max(kChunk, 2 * data.capacity())));
        const qsizetype old = data.size();
        const qint64 room = std::min<qint64>(data.capacity(), kLimit) - old;
        data.resize(old + room);
        const qint64 n = file.read(data.data() + old, room);
        if (n < 0) {
            *error = u"cannot read: "_s + file.errorString();
            return std::nullopt;
        }
        data.resize(old + n);
        if (n == 0)
            break;
    }
    return data;
}

} // namespace

Result<Schema> parseRelata(const QByteArray &data)
{
    RelataReader reader;
    std::optional<Schema> schema = reader.read(data);
    if (!schema)
        return Result<Schema>::failure(reader.error().toString());
    return std::move(*schema);
}

Result<Schema> loadRelataFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Schema>::failure(path + u": cannot open: "_s + file.errorString());
    QString error;
    const std::optional<QByteArray> data = readBounded(file, &error);
    if (!data)
        return Result<Schema>::failure(path + u": "_s + error);
    file.close();
    RelataReader reader;
    std::optional<Schema> schema = reader.read(*data);
    if (!schema)
        return Result<Schema>::failure(reader.error().toString(path));
    return std::move(*schema);
}

QByteArray serializeRelata(const Schema &schema)
{
    return RelataWriter().write(schema);
}

bool saveRelataFile(const Schema &schema, const QString &path, QString *errorString)
{
    return writeFileAtomically(path, serializeRelata(schema), errorString);
}

} // namespace relata
