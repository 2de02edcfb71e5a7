#pragma once

#include "core/ids.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace relata {

class EditorDocument;
class FileActions;
class ImportDialog;
class Schema;

/// File ▸ Import from Database: runs the import dialog and lands its result as one undo
/// step, in a new document (after the unsaved-changes question) or beside the open
/// document's tables, laid out.
class ImportActions final : public QObject
{
    Q_OBJECT

public:
    ImportActions(EditorDocument *document, FileActions *files, QWidget *window);

    QAction *importAction() const { return m_action; }

    /// Lands `imported`: one undo step that adds its tables and relations, into an empty
    /// new document unless `merge`; returns the new tables' ids (empty when the person
    /// kept the open document, or there was nothing to add).
    QList<TableId> land(const Schema &imported, bool merge);

    /// Keeps the dialog's connection in the settings for the next import: all of it but
    /// the password.
    static void rememberConnection(const ImportDialog &dialog);

    /// For tests: called with the dialog before it runs, instead of showing it modally
    /// when it returns false.
    void setDialogHook(std::function<bool(ImportDialog &)> hook) { m_hook = std::move(hook); }

public Q_SLOTS:
    void importFromDatabase();

Q_SIGNALS:
    /// The tables an import added, and the import's summary in words.
    void landed(const QList<relata::TableId> &tables, const QString &summary);

private:
    EditorDocument *m_document;
    FileActions *m_files;
    QWidget *m_window;
    QAction *m_action;
    std::function<bool(ImportDialog &)> m_hook;
};

} // namespace relata
