// Generated C++ headers through real compilers: g++ and clang++, C++17, every warning an
// error. The headers of the examples and of the hostile names are built into a program
// that prints what the header declares, compared with the model; a 500-table synthetic
// schema is only parsed; one translation unit holds two generated headers and the Qt SQL
// adapter, with Qt's headers.
#include "compilejobs.h"
#include "cppgenprogram.h"
#include "examples.h"

#include "codegen/cppheader.h"
#include "codegen/cppnames.h"
#include "io/relatafile.h"
#include "schemagenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cppgentest;

namespace {

const QList<relata::Dialect> kDialects{relata::Dialect::MySql, relata::Dialect::PostgreSql,
                                       relata::Dialect::Sqlite};
const QString kAdapter = u"relata_qt_sql.h"_s;

/// The flags every compile has.
QStringList strictFlags()
{
    return {u"-std=c++17"_s, u"-Wall"_s, u"-Wextra"_s, u"-Wpedantic"_s, u"-Werror"_s};
}

/// Qt's include directories (Qt6::Core and Qt6::Sql), from CMake.
QStringList qtIncludeFlags()
{
    QStringList flags;
    const QStringList dirs = QStringLiteral(RELATA_QT_INCLUDE_DIRS).split(u'|', Qt::SkipEmptyParts);
    for (const QString &dir : dirs)
        flags << u"-isystem"_s << dir;
    return flags;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The first lines where `actual` and `expected` differ, hex names decoded, for a message.
QString firstDifference(const QStringList &actual, const QStringList &expected)
{
    const auto readable = [](const QStringList &lines, qsizetype i) {
        if (i >= lines.size())
            return u"(nothing)"_s;
        const QString line = lines.at(i);
        const qsizetype space = line.indexOf(u' ');
        if (line.startsWith(u"script"_s) || space < 0)
            return line;
        const QByteArray bytes = QByteArray::fromHex(line.mid(space + 1).toLatin1());
        return line + u" (\""_s + QString::fromUtf8(bytes) + u"\")"_s;
    };
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        if (actual.value(i) != expected.value(i)) {
            return u"line %1 of %2:\n  printed:  %3\n  expected: %4"_s.arg(i + 1)
                    .arg(expected.size())
                    .arg(readable(actual, i), readable(expected, i));
        }
    }
    return {};
}

QString lastLines(const QByteArray &output, qsizetype limit = 60)
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n');
    QString text = lines.mid(0, limit).join(u'\n');
    if (lines.size() > limit)
        text += u"\n... and %1 more lines"_s.arg(lines.size() - limit);
    return text;
}

} // namespace

class TstCppGenCompile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compile_data();
    void compile();
    void run_data();
    void run();

private:
    void addRunnable(const QString &name, const relata::Schema &schema);
    void addSynthetic();
    void addMixed(const QList<QPair<QString, QString>> &headers);
    QString writeHeader(const QString &name, const relata::Schema &schema);

    QTemporaryDir m_dir;
    QList<QPair<QString, QString>> m_compilers; // name, path
    QList<CompileJob> m_jobs;
    QList<JobResult> m_results;
    /// Per program to run (file name of the executable): what it must print.
    QMap<QString, QStringList> m_expected;
    QString m_failure; // why a header could not be written
};

QString TstCppGenCompile::writeHeader(const QString &name, const relata::Schema &schema)
{
    const QString nameSpace = u"cg_"_s + relata::cppIdentifier(name);
    const relata::Result<QByteArray> header
            = relata::generateCppHeader(schema, {nameSpace, kDialects, name + u".relata"_s});
    if (!header) {
        m_failure += name + u": "_s + header.errorString() + u'\n';
        return {};
    }
    if (!writeFile(m_dir.filePath(nameSpace + u".h"_s), header.value()))
        m_failure += u"cannot write "_s + nameSpace + u".h\n"_s;
    if (!writeFile(m_dir.filePath(nameSpace + u"_main.cpp"_s),
                   dumpProgram(nameSpace + u".h"_s, nameSpace)))
        m_failure += u"cannot write "_s + nameSpace + u"_main.cpp\n"_s;
    return nameSpace;
}

void TstCppGenCompile::addRunnable(const QString &name, const relata::Schema &schema)
{
    const QString nameSpace = writeHeader(name, schema);
    if (nameSpace.isEmpty())
        return;
    for (const auto &[compiler, path] : std::as_const(m_compilers)) {
        const QString executable = nameSpace + u'_' + compiler;
        m_jobs.append({name + u' ' + compiler, path,
                       strictFlags() << nameSpace + u"_main.cpp"_s << u"-o"_s << executable,
                       m_dir.path()});
        m_expected.insert(executable, expectedDump(schema, kDialects));
    }
}

void TstCppGenCompile::addSynthetic()
{
    const relata::Schema schema = relata::generateSchema({500, 1, relata::Dialect::MySql});
    const QString nameSpace = writeHeader(u"synthetic-500"_s, schema);
    if (nameSpace.isEmpty())
        return;
    for (const auto &[compiler, path] : std::as_const(m_compilers)) {
        m_jobs.append({u"synthetic-500 "_s + compiler, path,
                       strictFlags() << u"-fsyntax-only"_s << nameSpace + u"_main.cpp"_s,
                       m_dir.path()});
    }
}

void TstCppGenCompile::addMixed(const QList<QPair<QString, QString>> &headers)
{
    if (!writeFile(m_dir.filePath(kAdapter), relata::generateQtSqlAdapterHeader())
        || !writeFile(m_dir.filePath(u"mixed.cpp"_s), mixedUnit(headers, kAdapter))) {
        m_failure += u"cannot write the Qt adapter or mixed.cpp\n"_s;
        return;
    }
    for (const auto &[compiler, path] : std::as_const(m_compilers)) {
        m_jobs.append({u"two headers and the Qt adapter "_s + compiler, path,
                       strictFlags()
                               << u"-fPIC"_s << u"-DQT_NO_CAST_FROM_ASCII"_s
                               << u"-DQT_NO_KEYWORDS"_s << qtIncludeFlags() << u"-c"_s
                               << u"mixed.cpp"_s << u"-o"_s << u"mixed_"_s + compiler + u".o"_s,
                       m_dir.path()});
    }
}

void TstCppGenCompile::initTestCase()
{
    for (const QString &compiler : {u"g++"_s, u"clang++"_s}) {
        const QString path = QStandardPaths::findExecutable(compiler);
        if (path.isEmpty())
            QFAIL(qPrintable(compiler + u" is not installed (Debian packages g++, clang)"_s));
        m_compilers.append({compiler, path});
    }
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY(!QStringLiteral(RELATA_QT_INCLUDE_DIRS).isEmpty());
    QString error;
    const QMap<QString, relata::Schema> examples = relatatest::loadExamples(&error);
    QVERIFY2(!examples.isEmpty(), qPrintable(error));
    const relata::Result<relata::Schema> hostile
            = relata::loadRelataFile(QStringLiteral(RELATA_TEST_DATA "/hostile-names.relata"));
    QVERIFY2(hostile.ok(), qPrintable(hostile.errorString()));
    QElapsedTimer timer;
    timer.start();
    // The slowest first, so that two compilers stay busy to the end.
    addSynthetic();
    addMixed({{u"cg_hostile_names.h"_s, u"cg_hostile_names"_s},
              {u"cg_linkinbio.h"_s, u"cg_linkinbio"_s}});
    addRunnable(u"hostile-names"_s, hostile.value());
    for (auto it = examples.cbegin(); it != examples.cend(); ++it)
        addRunnable(it.key(), it.value());
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    QVERIFY(examples.contains(u"linkinbio"_s));
    const qint64 generated = timer.restart();
    m_results = runJobs(m_jobs, 2, 100'000);
    qDebug("generated in %lld ms, %lld compiles in %lld ms", qlonglong(generated),
           qlonglong(m_jobs.size()), qlonglong(timer.elapsed()));
}

void TstCppGenCompile::compile_data()
{
    QTest::addColumn<int>("job");
    for (int i = 0; i < int(m_jobs.size()); ++i)
        QTest::newRow(qPrintable(m_jobs.at(i).name)) << i;
}

/// The compiler accepts the header without a single diagnostic.
void TstCppGenCompile::compile()
{
    QFETCH(int, job);
    const JobResult &result = m_results.at(job);
    const QString command = m_jobs.at(job).program + u' ' + m_jobs.at(job).arguments.join(u' ');
    QVERIFY2(result.finished && result.exitCode == 0 && result.output.trimmed().isEmpty(),
             qPrintable(u"%1\nexit code %2:\n%3"_s.arg(command)
                                .arg(result.exitCode)
                                .arg(lastLines(result.output))));
    qDebug("%lld ms", qlonglong(result.milliseconds));
}

void TstCppGenCompile::run_data()
{
    QTest::addColumn<QString>("executable");
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

/// The program built on the header prints exactly the model's names and script sizes.
void TstCppGenCompile::run()
{
    QFETCH(QString, executable);
    const QString path = m_dir.filePath(executable);
    QVERIFY2(QFile::exists(path), qPrintable(executable + u" was not built (see compile)"_s));
    QProcess process;
    process.start(path, {});
    QVERIFY2(process.waitForFinished(20'000), qPrintable(process.errorString()));
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QStringList printed
            = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList &expected = m_expected[executable];
    QVERIFY(expected.size() > 10);
    QVERIFY2(printed == expected, qPrintable(firstDifference(printed, expected)));
}

QTEST_GUILESS_MAIN(TstCppGenCompile)
#include "tst_cppgen_compile.moc"
