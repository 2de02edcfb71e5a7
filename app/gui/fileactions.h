#pragma once

#include "recentfiles.h"

#include <QMessageBox>
#include <QObject>

#include <functional>

class QWidget;

namespace relata {

class EditorDocument;

/// Saving the open document: Save, Save As, the unsaved-changes question and the
/// recent files list. The window asks it before replacing or closing the document.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    /// Returns Save, Discard or Cancel.
    using Question = std::function<QMessageBox::StandardButton()>;

    FileActions(EditorDocument *document, QWidget *window);

    /// Replaces the message box that asks whether to save changes (for tests).
    void setUnsavedChangesQuestion(Question question) { m_question = std::move(question); }

    /// Before the document is replaced or closed: true when it may go (it was clean,
    /// was saved, or the changes are to be discarded), false when the user cancelled.
    bool maybeSave();

    /// Writes the document to `path` (".relata" is appended when missing) and makes it
    /// the document's file. On failure the document is unchanged; the message goes to
    /// `errorMessage`, or to a message box when that is null.
    bool saveFileAs(const QString &path, QString *errorMessage = nullptr);

    RecentFiles &recentFiles() { return m_recent; }
    /// `path`, with ".relata" appended unless it already ends so.
    static QString withRelataSuffix(const QString &path);

Q_SIGNALS:
    /// The document was written to `path`, which now holds exactly what it shows.
    void fileSaved(const QString &path);

public Q_SLOTS:
    /// Saves to the document's file, or asks for one (Save As) when it has none.
    bool save();
    /// Asks for a file name and saves there.
    bool saveAs();

private:
    QMessageBox::StandardButton askToSave() const;

    EditorDocument *m_document;
    QWidget *m_window;
    Question m_question;
    RecentFiles m_recent;
};

} // namespace relata
