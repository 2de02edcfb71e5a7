#include "filewatcher.h"

#include "commands/editordocument.h"
#include "io/relatafile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Editors write in several steps; the file is looked at once they are done.
constexpr int kSettleMs = 250;

QByteArray contentHash(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxRelataFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

FileWatcher::FileWatcher(EditorDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_question([this](const QString &) { return askToReload(); })
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FileWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onChanged);
}

void FileWatcher::watch(const QString &path)
{
    m_settle.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_knownHash.clear();
    m_knownSize = -1;
    if (m_path.isEmpty())
        return;
    const QFileInfo info(m_path);
    m_knownHash = contentHash(m_path);
    m_knownSize = info.size();
    m_knownModified = info.lastModified();
    rewatch();
}

void FileWatcher::rewatch()
{
    const QFileInfo info(m_path);
    if (info.exists() && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    if (!m_watcher.directories().contains(info.absolutePath()))
        m_watcher.addPath(info.absolutePath());
}

void FileWatcher::onChanged()
{
    if (!m_path.isEmpty())
        m_settle.start();
}

void FileWatcher::checkNow()
{
    m_settle.stop();
    if (m_path.isEmpty())
        return;
    rewatch(); // a replaced file is a new one: the old watch went with the old file
    const QFileInfo info(m_path);
    if (!info.exists())
        return; // gone (or half replaced): wait for it to come back
    if (info.size() == m_knownSize && info.lastModified() == m_knownModified)
        return;
    const QByteArray hash = contentHash(m_path);
    m_knownSize = info.size();
    m_knownModified = info.lastModified();
    if (hash.isEmpty() || hash == m_knownHash)
        return; // touched, or our own save, but the same contents
    m_knownHash = hash;
    if (!m_document->isDirty()) {
        Q_EMIT reloadRequested(false);
    } else if (m_question(m_path)) {
        Q_EMIT reloadRequested(true);
    } else {
        Q_EMIT keptOwnVersion();
    }
}

bool FileWatcher::askToReload() const
{
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    tr("“%1” was changed outside Relata.").arg(QFileInfo(m_path).fileName()),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Reload it and lose your unsaved changes, or keep your version? "
                              "Saving your version overwrites the file."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == reload;
}

} // namespace relata
