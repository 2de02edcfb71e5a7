#include "codegencompile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The first lines of a compiler's diagnostics, enough to say what went wrong.
QString firstLines(const QByteArray &output, int count)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(0, count).join(u" / "_s);
}

} // namespace

Compiler findCompiler(const QString &command)
{
    Compiler compiler;
    compiler.command = command;
    compiler.path = QStandardPaths::findExecutable(command);
    if (compiler.path.isEmpty())
        return compiler;
    QProcess process;
    process.start(compiler.path, {u"--version"_s});
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit)
        compiler.version
                = QString::fromUtf8(process.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
    return compiler;
}

QString compileModeLabel(CompileMode mode)
{
    switch (mode) {
    case CompileMode::SyntaxOnly:
        return u"-fsyntax-only"_s;
    case CompileMode::ObjectO0:
        return u"-c -O0"_s;
    case CompileMode::ObjectO2:
        return u"-c -O2"_s;
    }
    return {};
}

QStringList strictCxx17Flags()
{
    return {u"-std=c++17"_s, u"-Wall"_s, u"-Wextra"_s, u"-Wpedantic"_s, u"-Werror"_s};
}

CompileMeasurement timeCompile(const Compiler &compiler, CompileMode mode, const QString &source,
                               const QString &workDir, int runs)
{
    CompileMeasurement m;
    const QString object = QDir(workDir).filePath(QFileInfo(source).completeBaseName() + u".o"_s);
    QStringList arguments = strictCxx17Flags();
    if (mode == CompileMode::SyntaxOnly)
        arguments << u"-fsyntax-only"_s;
    else
        arguments << u"-c"_s << (mode == CompileMode::ObjectO0 ? u"-O0"_s : u"-O2"_s) << u"-o"_s
                  << object;
    arguments << source;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(object);
        QProcess process;
        process.setWorkingDirectory(workDir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(compiler.path, arguments);
        const bool finished = process.waitForFinished(-1);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            const QString diagnostics = firstLines(process.readAll(), 3);
            m.error = diagnostics.isEmpty() ? u"%1 did not run"_s.arg(compiler.command)
                                            : diagnostics;
            return m;
        }
        m.ms.append(ms);
    }
    if (mode != CompileMode::SyntaxOnly)
        m.objectBytes = QFileInfo(object).size();
    QFile::remove(object);
    return m;
}

} // namespace relata
