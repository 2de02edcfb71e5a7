#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

namespace relata {

class EditorDocument;

/// Keeps a recovery copy of one document while it has unsaved changes: written at most
/// one interval after the first change since the last copy, removed as soon as the
/// document is clean again (saved, reverted by undo, replaced) or closed cleanly.
class RecoveryAutosave final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30 * 1000;

    explicit RecoveryAutosave(EditorDocument *document, QObject *parent = nullptr);
    ~RecoveryAutosave() override;

    /// The interval new documents start with (the command line's --autosave-seconds).
    static void setDefaultInterval(int milliseconds);
    static int defaultInterval();

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    /// Where the copies go (tests use a temporary folder).
    void setStore(const RecoveryStore &store) { m_store = store; }
    const RecoveryStore &store() const { return m_store; }

    /// The entry's key: unique per document and process.
    QString key() const { return m_key; }
    bool isPending() const { return m_timer.isActive(); }
    bool hasCopy() const { return m_hasCopy; }

    /// Writes the copy now when the document has unsaved changes.
    bool saveNow();
    /// Removes the copy: the document is saved, its changes are discarded or it is
    /// closed without them.
    void discard();

Q_SIGNALS:
    void copyWritten(const QString &schemaFile);
    void failed(const QString &message);

private:
    void onDocumentChanged();

    EditorDocument *m_document;
    RecoveryStore m_store;
    QString m_key;
    QTimer m_timer;
    bool m_hasCopy = false;
};

} // namespace relata
