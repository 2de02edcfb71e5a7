#include "recoverystore.h"

#include "io/atomicfile.h"
#include "io/relatafile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A sidecar is a few hundred bytes; anything much larger is not ours.
constexpr qint64 kMaxSidecarBytes = 64 * 1024;

} // namespace

QString RecoveryEntry::displayName() const
{
    return originalPath.isEmpty() ? QCoreApplication::translate("RecoveryStore", "untitled")
                                  : QFileInfo(originalPath).fileName();
}

RecoveryStore::RecoveryStore()
    : m_directory(defaultDirectory())
{}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::schemaPath(const QString &key) const
{
    return m_directory + u'/' + key + u".relata"_s;
}

QString RecoveryStore::sidecarPath(const QString &key) const
{
    return m_directory + u'/' + key + u".json"_s;
}

bool RecoveryStore::write(const QString &key, const Schema &schema, const QString &originalPath,
                          QString *errorString) const
{
    if (!QDir().mkpath(m_directory)) {
        if (errorString)
            *errorString = u"cannot create %1"_s.arg(m_directory);
        return false;
    }
    if (!saveRelataFile(schema, schemaPath(key), errorString))
        return false;
    QJsonObject sidecar;
    sidecar[u"original"_s] = originalPath.isEmpty() ? QJsonValue() : QJsonValue(originalPath);
    sidecar[u"savedAt"_s] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sidecar[u"pid"_s] = QCoreApplication::applicationPid();
    return writeFileAtomically(sidecarPath(key), QJsonDocument(sidecar).toJson(), errorString);
}

void RecoveryStore::remove(const QString &key) const
{
    // The sidecar first: an entry without it is never offered.
    QFile::remove(sidecarPath(key));
    QFile::remove(schemaPath(key));
}

QList<RecoveryEntry> RecoveryStore::entries() const
{
    QList<RecoveryEntry> result;
    const QDir dir(m_directory);
    const QStringList sidecars = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : sidecars) {
        RecoveryEntry entry;
        entry.key = QFileInfo(name).completeBaseName();
        entry.sidecarFile = sidecarPath(entry.key);
        entry.schemaFile = schemaPath(entry.key);
        QFile file(entry.sidecarFile);
        if (!QFileInfo::exists(entry.schemaFile) || file.size() > kMaxSidecarBytes
            || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        entry.originalPath = sidecar.value(u"original"_s).toString();
        entry.savedAt
                = QDateTime::fromString(sidecar.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        entry.pid = sidecar.value(u"pid"_s).toInteger();
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(entry.schemaFile).lastModified();
        result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return result;
}

QList<RecoveryEntry> RecoveryStore::orphanedEntries() const
{
    QList<RecoveryEntry> result = entries();
    result.removeIf([](const RecoveryEntry &entry) { return isProcessRunning(entry.pid); });
    return result;
}

bool RecoveryStore::isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 only asks whether the process exists; EPERM means it does, as another user's.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

} // namespace relata
