#include "importjob.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace relata {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{}

ImportJob::~ImportJob()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
}

bool ImportJob::start(const ConnectionSettings &settings, const ImportOptions &options)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QPointer<ImportJob> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_thread = std::thread([self, cancel, settings, options] {
        const ImportProgress report = [self](const QString &phase, double fraction) {
            QMetaObject::invokeMethod(
                    self,
                    [self, phase, fraction] {
                        if (self)
                            Q_EMIT self->progress(phase, fraction);
                    },
                    Qt::QueuedConnection);
        };
        Result<ImportRun> run = runImport(settings, options, report, cancel.get());
        QMetaObject::invokeMethod(
                self,
                [self, run = std::move(run), cancel]() mutable {
                    if (!self)
                        return;
                    self->m_running = false;
                    // Read here, not on the worker: a Cancel pressed before the result
                    // reached this thread wins, even when the import had just finished.
                    if (cancel->load())
                        Q_EMIT self->canceled();
                    else
                        self->deliver(std::move(run));
                },
                Qt::QueuedConnection);
    });
    return true;
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::deliver(Result<ImportRun> run)
{
    if (run)
        Q_EMIT finished(run.value());
    else
        Q_EMIT failed(run.errorString());
}

} // namespace relata
