#pragma once

// Compiler runs for tst_cppgen_compile: independent processes, a few at a time.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cppgentest {

struct CompileJob
{
    QString name; ///< the test row: "hostile-names g++"
    QString program;
    QStringList arguments;
    QString workingDirectory;
};

struct JobResult
{
    bool finished = false; ///< started and exited normally (of its own accord)
    int exitCode = -1;
    QByteArray output; ///< standard output and standard error
    qint64 milliseconds = 0;
};

/// Runs every job, at most `parallel` at a time, and waits for all of them; jobs still
/// running after `timeoutMs` are killed and reported unfinished.
QList<JobResult> runJobs(const QList<CompileJob> &jobs, int parallel, int timeoutMs);

} // namespace cppgentest
