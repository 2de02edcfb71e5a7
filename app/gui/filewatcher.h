#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace relata {

class EditorDocument;

/// Notices when the open file changes outside Relata. It remembers what the file held
/// when it was read or saved here, so Relata's own saves are not reported; it watches
/// the folder as well, because many editors replace a file instead of writing into it,
/// which ends a watch on the file itself.
///
/// A clean document is reloaded without asking; with unsaved changes the user chooses
/// between the file on disk and the changes.
class FileWatcher final : public QObject
{
    Q_OBJECT

public:
    /// True: reload from disk; false: keep the edits in the window.
    using Question = std::function<bool(const QString &path)>;

    FileWatcher(EditorDocument *document, QWidget *window);

    /// Starts watching `path` (empty: stops), taking its current contents as ours: call
    /// after reading or saving it.
    void watch(const QString &path);
    QString path() const { return m_path; }
    void setQuestion(Question question) { m_question = std::move(question); }

    /// Looks at the file now instead of after the settling delay (for tests).
    void checkNow();

Q_SIGNALS:
    /// The file holds something else than Relata read or wrote: read it again.
    void reloadRequested(bool askedUser);
    /// The user keeps the edits although the file changed on disk.
    void keptOwnVersion();

private:
    void onChanged();
    bool askToReload() const;
    void rewatch();

    EditorDocument *m_document;
    QWidget *m_window;
    Question m_question;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash;
    QDateTime m_knownModified;
    qint64 m_knownSize = -1;
};

} // namespace relata
