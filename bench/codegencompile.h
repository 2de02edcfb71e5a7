#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relata {

/// A C++ compiler found on PATH.
struct Compiler
{
    QString command; ///< as named: "g++", "clang++"
    QString path;    ///< empty when not found
    QString version; ///< the first line of `--version`
};

/// Looks `command` up on PATH and asks it for its version.
Compiler findCompiler(const QString &command);

/// How a translation unit is compiled: checked only, or compiled to an object file.
enum class CompileMode { SyntaxOnly, ObjectO0, ObjectO2 };

/// "-fsyntax-only", "-c -O0", "-c -O2"
QString compileModeLabel(CompileMode mode);

/// The flags every compilation gets: what SPEC §6 promises the header compiles with.
QStringList strictCxx17Flags();

struct CompileMeasurement
{
    QList<double> ms;       ///< wall-clock time of each compilation, in milliseconds
    qint64 objectBytes = 0; ///< the object file's size (object modes)
    QString error;          ///< the compiler's first lines when it failed; empty otherwise
};

/// Compiles `source` (in `workDir`, which holds the headers it includes) `runs` times with
/// `compiler`, strictCxx17Flags() and `mode`, timing each process; stops at the first
/// failure, with the compiler's diagnostics in `error`.
CompileMeasurement timeCompile(const Compiler &compiler, CompileMode mode, const QString &source,
                               const QString &workDir, int runs);

} // namespace relata
