#include "compilejobs.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <functional>
#include <memory>

namespace cppgentest {

QList<JobResult> runJobs(const QList<CompileJob> &jobs, int parallel, int timeoutMs)
{
    QList<JobResult> results(jobs.size());
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    std::function<void()> startMore;
    const auto done = [&](qsizetype i, QProcess *process, const QElapsedTimer &timer) {
        results[i].output += process->readAll();
        results[i].milliseconds = timer.elapsed();
        process->deleteLater();
        --running;
        startMore();
        if (running == 0)
            loop.quit();
    };
    startMore = [&] {
        while (running < parallel && next < jobs.size()) {
            const qsizetype i = next++;
            const CompileJob &job = jobs.at(i);
            auto *process = new QProcess(&loop);
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->setWorkingDirectory(job.workingDirectory);
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            QObject::connect(process, &QProcess::finished, &loop,
                             [&, i, process, timer](int code, QProcess::ExitStatus status) {
                                 results[i].finished = status == QProcess::NormalExit;
                                 results[i].exitCode = code;
                                 done(i, process, *timer);
                             });
            QObject::connect(
                    process, &QProcess::errorOccurred, &loop,
                    [&, i, process, timer, program = job.program](QProcess::ProcessError error) {
                        if (error != QProcess::FailedToStart)
                            return;
                        results[i].output = "cannot start " + program.toUtf8() + ": "
                                            + process->errorString().toUtf8();
                        done(i, process, *timer);
                    });
            ++running;
            process->start(job.program, job.arguments);
        }
    };
    startMore();
    QTimer::singleShot(timeoutMs, &loop, [&] {
        for (QProcess *process : loop.findChildren<QProcess *>()) {
            process->disconnect(&loop);
            process->kill();
            process->waitForFinished(5000);
        }
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i].finished)
                results[i].output
                        += "\n(not finished after " + QByteArray::number(timeoutMs) + " ms)";
        }
        loop.quit();
    });
    if (running > 0)
        loop.exec();
    return results;
}

} // namespace cppgentest
