#include "recoveryautosave.h"

#include "commands/editordocument.h"

#include <QCoreApplication>

#include <atomic>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

std::atomic<int> s_defaultInterval{RecoveryAutosave::kDefaultIntervalMs};

QString nextKey()
{
    static std::atomic<int> counter{0};
    return u"%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
}

} // namespace

RecoveryAutosave::RecoveryAutosave(EditorDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_key(nextKey())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval());
    connect(&m_timer, &QTimer::timeout, this, &RecoveryAutosave::saveNow);
    connect(&document->undoStack(), &QUndoStack::indexChanged, this,
            &RecoveryAutosave::onDocumentChanged);
    connect(document, &EditorDocument::dirtyChanged, this, &RecoveryAutosave::onDocumentChanged);
    connect(document, &EditorDocument::fileNameChanged, this, &RecoveryAutosave::onDocumentChanged);
}

RecoveryAutosave::~RecoveryAutosave() = default;

void RecoveryAutosave::setDefaultInterval(int milliseconds)
{
    s_defaultInterval = milliseconds;
}

int RecoveryAutosave::defaultInterval()
{
    return s_defaultInterval;
}

void RecoveryAutosave::onDocumentChanged()
{
    if (!m_document->isDirty()) {
        discard();
        return;
    }
    // Not restarted by every edit: a steady stream of edits must not put the copy off.
    if (!m_timer.isActive())
        m_timer.start();
}

bool RecoveryAutosave::saveNow()
{
    m_timer.stop();
    if (!m_document->isDirty())
        return false;
    QString error;
    if (!m_store.write(m_key, m_document->schema(), m_document->fileName(), &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_hasCopy = true;
    Q_EMIT copyWritten(m_store.directory() + u'/' + m_key + u".relata"_s);
    return true;
}

void RecoveryAutosave::discard()
{
    m_timer.stop();
    if (!m_hasCopy)
        return;
    m_store.remove(m_key);
    m_hasCopy = false;
}

} // namespace relata
