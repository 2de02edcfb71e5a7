#pragma once

// Runs the real relata-cli binary for the CLI tests.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace clitest {

using namespace Qt::StringLiterals;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &environment
                                              = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELATA_CLI), args);
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString examplesDir()
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples"_s;
}

inline QString example(const QString &file)
{
    return examplesDir() + u'/' + file;
}

inline QStringList allExamples()
{
    QStringList paths;
    const QStringList files
            = QDir(examplesDir()).entryList({u"*.relata"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        paths.append(example(file));
    return paths;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QString quoted(const CliRun &run)
{
    return u"exit %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
}

/// Declares the columns of a usage table: args, exit code, what stdout and stderr contain
/// (an empty list means the stream must be empty).
inline void addUsageColumns()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("outContains");
    QTest::addColumn<QStringList>("errContains");
}

/// Runs one row of a usage table.
inline void checkUsageRow()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, outContains);
    QFETCH(QStringList, errContains);

    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, qPrintable(quoted(run)));
    QVERIFY2(outContains.isEmpty() == run.out.isEmpty(), qPrintable(quoted(run)));
    QVERIFY2(errContains.isEmpty() == run.err.isEmpty(), qPrintable(quoted(run)));
    for (const QString &text : outContains)
        QVERIFY2(run.out.contains(text), qPrintable(text + u"\n"_s + quoted(run)));
    for (const QString &text : errContains)
        QVERIFY2(run.err.contains(text), qPrintable(text + u"\n"_s + quoted(run)));
}

} // namespace clitest
