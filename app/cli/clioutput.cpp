#include "clioutput.h"

#include "io/atomicfile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace relata {

bool writeOutput(const QByteArray &data, const QString &path, QTextStream &out,
                 QString *errorString)
{
    if (path.isEmpty() || path == u"-") {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    return writeFileAtomically(path, data, errorString);
}

std::optional<QByteArray> readInputFile(const QString &path, qint64 maxBytes, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        if (errorString)
            *errorString = u"%1: file too large"_s.arg(path);
        return std::nullopt;
    }
    return data;
}

} // namespace relata
