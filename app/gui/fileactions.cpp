#include "fileactions.h"

#include "commands/editordocument.h"
#include "io/relatafile.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace relata {

FileActions::FileActions(EditorDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_question([this] { return askToSave(); })
{}

QString FileActions::withRelataSuffix(const QString &path)
{
    if (path.endsWith(u".relata"_s, Qt::CaseInsensitive))
        return path;
    return path + u".relata"_s;
}

bool FileActions::maybeSave()
{
    if (!m_document->isDirty())
        return true;
    switch (m_question()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton FileActions::askToSave() const
{
    const QString name = m_document->fileName().isEmpty()
                                 ? tr("untitled")
                                 : QFileInfo(m_document->fileName()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

bool FileActions::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveFileAs(m_document->fileName());
}

bool FileActions::saveAs()
{
    QString dir = m_document->fileName();
    if (dir.isEmpty())
        dir = m_document->schema().name + u".relata"_s;
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Schema As"), dir, tr("Relata schemas (*.relata);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveFileAs(path);
}

bool FileActions::saveFileAs(const QString &path, QString *errorMessage)
{
    const QString target = QFileInfo(withRelataSuffix(path)).absoluteFilePath();
    QString error;
    if (!saveRelataFile(m_document->schema(), target, &error)) {
        if (error.isEmpty())
            error = tr("%1: the file could not be written").arg(target);
        if (errorMessage) {
            *errorMessage = error;
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Save Schema"),
                            tr("Could not save “%1”.").arg(QFileInfo(target).fileName()),
                            QMessageBox::Ok, m_window);
            box.setInformativeText(error);
            box.exec();
        }
        return false;
    }
    m_document->setFileName(target);
    m_document->markSaved();
    m_recent.add(target);
    Q_EMIT fileSaved(target);
    return true;
}

} // namespace relata
