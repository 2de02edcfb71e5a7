#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace relata {

struct Schema;

/// One document's recovery copy: a normal .relata file plus a sidecar saying whose it is.
struct RecoveryEntry
{
    QString key;          ///< the file names' stem, unique per window and process
    QString schemaFile;   ///< the .relata copy of the unsaved document
    QString sidecarFile;  ///< the JSON beside it
    QString originalPath; ///< the document's own file; empty for an untitled document
    QDateTime savedAt;
    qint64 pid = 0; ///< the process that wrote it

    /// The original file's name, or "untitled".
    QString displayName() const;
};

/// The folder of recovery copies (AppDataLocation + "/recovery"). Each open document
/// with unsaved changes has at most one entry there; it goes when the document is saved,
/// closed cleanly or its changes are discarded, so whatever is left after a crash is
/// work that was lost.
class RecoveryStore final
{
public:
    RecoveryStore();
    explicit RecoveryStore(const QString &directory);

    QString directory() const { return m_directory; }
    static QString defaultDirectory();

    /// Writes the schema, then the sidecar, each atomically; false with a reason when
    /// either cannot be written.
    bool write(const QString &key, const Schema &schema, const QString &originalPath,
               QString *errorString = nullptr) const;
    /// Removes the entry's files; a missing entry is not an error.
    void remove(const QString &key) const;
    /// Every complete entry, newest first.
    QList<RecoveryEntry> entries() const;
    /// The entries whose writer is no longer running: what a crash left behind. A
    /// running instance's entries are its own, live work and are not offered.
    QList<RecoveryEntry> orphanedEntries() const;

    static bool isProcessRunning(qint64 pid);

private:
    QString schemaPath(const QString &key) const;
    QString sidecarPath(const QString &key) const;

    QString m_directory;
};

} // namespace relata
