#include "recoveryoffer.h"

#include "commands/editordocument.h"
#include "mainwindow.h"
#include "recoveryautosave.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

bool holdsNothing(MainWindow *window)
{
    const EditorDocument *document = window->editorDocument();
    return document->fileName().isEmpty() && !document->isDirty()
           && document->schema().tables().isEmpty();
}

} // namespace

RecoveryOffer::RecoveryOffer(const RecoveryStore &store)
    : m_store(store)
    , m_question([this](const QList<RecoveryEntry> &entries) {
        RecoveryDialog dialog(entries, m_parent);
        dialog.exec();
        return dialog.choice();
    })
{}

QList<MainWindow *> RecoveryOffer::run(MainWindow *window)
{
    const QList<RecoveryEntry> entries = m_store.orphanedEntries();
    if (entries.isEmpty())
        return {};
    m_parent = window;
    const RecoveryDialog::Choice choice = m_question(entries);
    if (choice == RecoveryDialog::Later)
        return {};
    if (choice == RecoveryDialog::Discard) {
        for (const RecoveryEntry &entry : entries)
            m_store.remove(entry.key);
        return {};
    }
    QList<MainWindow *> recovered;
    for (const RecoveryEntry &entry : entries) {
        MainWindow *target = window && holdsNothing(window) ? window : nullptr;
        if (!target) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        QString error;
        if (!target->restoreRecovered(entry.schemaFile, entry.originalPath, &error)) {
            QMessageBox::warning(
                    target, QObject::tr("Recover Unsaved Work"),
                    QObject::tr("Could not recover “%1”: %2").arg(entry.displayName(), error));
            continue;
        }
        // The window keeps its own copy from now on; the old one has done its work.
        target->recoveryAutosave()->saveNow();
        m_store.remove(entry.key);
        recovered.append(target);
    }
    return recovered;
}

} // namespace relata
