#include "atomicfile.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace relata {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *errorString)
{
    const auto failed = [&](const QString &reason) {
        if (errorString)
            *errorString = u"cannot write %1: %2"_s.arg(path, reason.isEmpty() ? u"unknown error"_s
                                                                               : reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // A short write reports no error (and commit() would then succeed with a truncated
    // file); writing the rest again makes the device say why it failed.
    for (qsizetype done = 0; done < data.size();) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return failed(reason);
        }
        done += n;
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace relata
