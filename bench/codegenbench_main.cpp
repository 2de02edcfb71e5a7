// relata-bench-codegen: how long generateCppHeader() takes on synthetic schemas of 1,000
// and 10,000 tables and how large the header is; then how long g++ and clang++ take to
// compile a translation unit that only includes the header of 100 and 500 tables, with the
// flags SPEC §6 promises (-std=c++17 -Wall -Wextra -Wpedantic -Werror). Prints a Markdown
// section for BENCHMARKS.md (scripts/bench). Never a pass/fail test of speed; a header that
// differs between runs or does not compile is a failure (exit status 1).

#include "benchargs.h"
#include "benchutil.h"
#include "codegencompile.h"
#include "schemagenerator.h"

#include "codegen/cppheader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

constexpr int kTargetTables = 10000;
constexpr double kTargetMs = 1000;
const QList<CompileMode> kModes{CompileMode::SyntaxOnly, CompileMode::ObjectO0,
                                CompileMode::ObjectO2};

struct Options
{
    QList<int> sizes{1000, 10000};
    QList<int> compileSizes{100, 500};
    int runs = 5;
    int compileRuns = 3;
    quint64 seed = 1;
    bool smoke = false;
};

struct Generation
{
    int tables = 0;
    qint64 relations = 0;
    QList<double> ms;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 peakKib = -1; ///< of this process once the size was measured
    QString error;
};

struct CompileRow
{
    int tables = 0;
    qint64 headerBytes = 0;
    Compiler compiler;
    QList<CompileMeasurement> byMode; ///< in the order of kModes
};

/// One untimed run for the reference output, then `runs` timed ones that must equal it
/// (compared outside the timing).
Generation measureGeneration(int tables, const Options &options)
{
    Generation g;
    g.tables = tables;
    const Schema schema = generateSchema({tables, options.seed, Dialect::MySql});
    g.relations = schema.relations().size();
    const Result<QByteArray> first = generateCppHeader(schema, CppOptions());
    if (!first) {
        g.error = first.errorString();
        return g;
    }
    g.bytes = first.value().size();
    g.lines = first.value().count('\n');
    for (int i = 0; i < options.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> again = generateCppHeader(schema, CppOptions());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!again || again.value() != first.value()) {
            g.error = u"the header differs between runs"_s;
            return g;
        }
        g.ms.append(ms);
    }
    g.peakKib = peakResidentKib();
    return g;
}

/// Writes the header of `tables` tables and a translation unit that only includes it into
/// `dir`; returns the unit's path, or an empty string with `error` set.
QString writeUnit(const QDir &dir, int tables, const Options &options, qint64 *headerBytes,
                  QString *error)
{
    const Schema schema = generateSchema({tables, options.seed, Dialect::MySql});
    const Result<QByteArray> header = generateCppHeader(schema, CppOptions());
    if (!header) {
        *error = header.errorString();
        return {};
    }
    *headerBytes = header.value().size();
    const QString headerName = u"synthetic_%1.hpp"_s.arg(tables);
    const QString unit = dir.filePath(u"include_%1.cpp"_s.arg(tables));
    QFile h(dir.filePath(headerName));
    QFile u(unit);
    if (!h.open(QIODevice::WriteOnly) || h.write(header.value()) != header.value().size()
        || !u.open(QIODevice::WriteOnly)
        || u.write("#include \"" + headerName.toUtf8() + "\"\n") < 0) {
        *error = u"cannot write into %1"_s.arg(dir.path());
        return {};
    }
    return unit;
}

QList<CompileRow> measureCompiles(const QList<Compiler> &compilers, const Options &options,
                                  bool *failed)
{
    QList<CompileRow> rows;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        benchProgress(u"no temporary directory: "_s + dir.errorString());
        *failed = true;
        return rows;
    }
    for (int n : options.compileSizes) {
        benchProgress(u"%1 tables: writing the header"_s.arg(n));
        qint64 headerBytes = 0;
        QString error;
        const QString unit = writeUnit(QDir(dir.path()), n, options, &headerBytes, &error);
        for (const Compiler &compiler : compilers) {
            CompileRow row{n, headerBytes, compiler, {}};
            for (CompileMode mode : kModes) {
                if (unit.isEmpty()) {
                    row.byMode.append({{}, 0, error});
                    continue;
                }
                benchProgress(u"%1 tables: %2 %3, %4 runs"_s.arg(n).arg(
                        compiler.command, compileModeLabel(mode),
                        QString::number(options.compileRuns)));
                row.byMode.append(
                        timeCompile(compiler, mode, unit, dir.path(), options.compileRuns));
                if (!row.byMode.constLast().error.isEmpty()) {
                    benchProgress(row.byMode.constLast().error);
                    *failed = true;
                }
            }
            rows.append(row);
        }
    }
    return rows;
}

QString cell(QString text)
{
    return text.replace(u'|', u'/').replace(u'\n', u' ');
}

QString generationTable(const QList<Generation> &results)
{
    QString md = u"| tables | relations | `generateCppHeader()` | header | lines | peak memory |\n"
                 "|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const Generation &g : results) {
        md += u"| %1 | %2 | "_s.arg(groupedNumber(g.tables), groupedNumber(g.relations));
        if (!g.error.isEmpty()) {
            md += u"failed: %1 | | | |\n"_s.arg(cell(g.error));
            continue;
        }
        md += u"%1 | %2 | %3 | %4 |\n"_s.arg(
                formatSamples(g.ms), formatBytes(g.bytes), groupedNumber(g.lines),
                g.peakKib < 0 ? u"–"_s : formatBytes(g.peakKib * 1024));
    }
    return md;
}

QString targetLine(const QList<Generation> &results)
{
    for (const Generation &g : results) {
        if (g.tables != kTargetTables)
            continue;
        const double ms = median(g.ms);
        return u"\n`generateCppHeader()` of %1 tables: %2 (target < %3 ms): %4\n"_s.arg(
                groupedNumber(g.tables), formatMs(ms), groupedNumber(qint64(kTargetMs)),
                g.error.isEmpty() && ms < kTargetMs ? u"met"_s : u"NOT met"_s);
    }
    return {};
}

QString compileTable(const QList<CompileRow> &rows)
{
    QString md = u"| tables | header | compiler"_s;
    QString line = u"|---:|---:|---"_s;
    for (CompileMode mode : kModes) {
        md += u" | `%1`"_s.arg(compileModeLabel(mode));
        line += u"|---:"_s;
    }
    md += u" | object file (`-O0` / `-O2`) |\n"_s + line + u"|---:|\n"_s;
    for (const CompileRow &row : rows) {
        md += u"| %1 | %2 | %3"_s.arg(groupedNumber(row.tables), formatBytes(row.headerBytes),
                                      row.compiler.command);
        for (const CompileMeasurement &m : row.byMode)
            md += u" | "_s
                  + (m.error.isEmpty() ? formatSamples(m.ms)
                                       : u"failed: `%1`"_s.arg(cell(m.error)));
        md += u" | %1 / %2 B |\n"_s.arg(groupedNumber(row.byMode.value(1).objectBytes),
                                        groupedNumber(row.byMode.value(2).objectBytes));
    }
    return md;
}

QString markdown(const QList<Generation> &generations, const QList<CompileRow> &compiles,
                 const QList<Compiler> &compilers, const QStringList &missing,
                 const Options &options)
{
    const auto timing = [](int runs) {
        return runs == 1 ? u"a single run"_s
                         : u"the median of %1 runs, the fastest and slowest in "
                           "parentheses"_s.arg(runs);
    };
    QString md = u"## Generated C++\n\n"_s;
    md += u"Input: the schema of `relata-genschema --tables N --seed %1` (MySQL dialect), "
          "generated in memory. `generateCppHeader(schema, CppOptions())` writes the whole "
          "header into one byte array: the runtime part, a struct per table with its columns "
          "and key, both ends of every relation, every table's delete plan with the MySQL "
          "statements of its inline delete script (the schema's own dialect, the default), "
          "and the table list; the delete plans, most of the header, are shared out over the %3 "
          "cores, at least 500 tables to a core, so other work on the machine shows in the "
          "times. Time: %2, after one untimed run whose output every timed run must equal. "
          "*Peak memory*: the peak resident set of the benchmark process after "
          "that size (schema, header and the copies compared).\n\n"_s.arg(
                  QString::number(options.seed), timing(options.runs),
                  QString::number(QThread::idealThreadCount()));
    md += generationTable(generations) + targetLine(generations);
    md += u"\n### Compiling the generated header\n\nA translation unit that only includes the "
          "header (`#include \"synthetic_N.hpp\"`), compiled with `%1` by each compiler, "
          "checked only (`-fsyntax-only`) and to an object file at `-O0` and `-O2`; each "
          "compiler is a fresh process, timed from start to exit: %2. The object file is "
          "the size of the `.o` written.\n\n"_s.arg(strictCxx17Flags().join(u' '),
                                                    timing(options.compileRuns));
    md += compileTable(compiles) + u'\n';
    for (const Compiler &compiler : compilers)
        md += u"- %1: %2\n"_s.arg(compiler.command, compiler.version);
    for (const QString &command : missing)
        md += u"- %1: not found on PATH, not measured\n"_s.arg(command);
    return md;
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Times C++ header generation on synthetic schemas built in memory, and the "
            "compilation of the headers with g++ and clang++; prints Markdown."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"sizes"_s, u"Table counts to generate (default 1000,10000)."_s,
                                   u"N,N,..."_s, u"1000,10000"_s);
    const QCommandLineOption compileSizes(u"compile-sizes"_s,
                                          u"Table counts to compile (default 100,500)."_s,
                                          u"N,N,..."_s, u"100,500"_s);
    const QCommandLineOption runs(u"runs"_s, u"Generation runs per size (default 5)."_s, u"R"_s,
                                  u"5"_s);
    const QCommandLineOption compileRuns(u"compile-runs"_s,
                                         u"Compilations per figure (default 3)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption seed(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption smoke(u"smoke"_s,
                                   u"One brief run on small schemas; a missing compiler is no "
                                   "failure."_s);
    parser.addOptions({sizes, compileSizes, runs, compileRuns, seed, smoke});
    parser.process(app);
    Options options;
    bool runsOk = false;
    bool compileRunsOk = false;
    bool seedOk = false;
    options.runs = parser.value(runs).toInt(&runsOk);
    options.compileRuns = parser.value(compileRuns).toInt(&compileRunsOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!runsOk || options.runs < 1 || !compileRunsOk || options.compileRuns < 1 || !seedOk
        || !parseBenchSizes(parser.value(sizes), &options.sizes)
        || !parseBenchSizes(parser.value(compileSizes), &options.compileSizes)) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    options.smoke = parser.isSet(smoke);
    if (options.smoke) {
        options.sizes = {60, 120};
        options.compileSizes = {20};
        options.runs = 1;
        options.compileRuns = 1;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-codegen"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    bool failed = false;
    QList<Generation> generations;
    for (int n : options->sizes) {
        benchProgress(u"%1 tables: generating the header, %2 runs"_s.arg(n).arg(options->runs));
        generations.append(measureGeneration(n, *options));
        if (!generations.constLast().error.isEmpty()) {
            benchProgress(generations.constLast().error);
            failed = true;
        }
    }
    QList<Compiler> compilers;
    QStringList missing;
    for (const QString &command : {u"g++"_s, u"clang++"_s}) {
        const Compiler compiler = findCompiler(command);
        if (compiler.path.isEmpty())
            missing << command;
        else
            compilers << compiler;
    }
    const QList<CompileRow> compiles = measureCompiles(compilers, *options, &failed);
    std::printf("%s",
                markdown(generations, compiles, compilers, missing, *options).toUtf8().constData());
    return failed || (!missing.isEmpty() && !options->smoke) ? 1 : 0;
}
