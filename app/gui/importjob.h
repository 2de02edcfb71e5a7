#pragma once

#include "import/importrun.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace relata {

/// One import from a live database, off the UI thread: runImport() on a thread of its
/// own (a Qt SQL connection belongs to the thread that opens it), progress and the
/// result delivered to the object's thread through queued signals. cancel() asks the
/// importer to stop at its next step; the job then reports canceled().
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    /// Cancels a running import and waits for its thread.
    ~ImportJob() override;

    /// Starts the import; false when one is already running.
    bool start(const ConnectionSettings &settings, const ImportOptions &options);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(const QString &phase, double fraction);
    void finished(const relata::ImportRun &run);
    void failed(const QString &message);
    void canceled();

private:
    void deliver(Result<ImportRun> run);

    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace relata
