// relata-bench-validate: how long validation with every rule takes on synthetic schemas of
// 1,000, 10,000 and 50,000 tables, each rule's share, and whether the time grows linearly
// with the schema. Prints a Markdown section for BENCHMARKS.md (scripts/bench). Never a
// pass/fail test of speed.

#include "benchargs.h"
#include "benchutil.h"
#include "schemagenerator.h"
#include "validatemeasure.h"

#include "validate/validationrule.h"
#include "validate/validator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

constexpr int kTargetTables = 10000;
constexpr double kTargetMs = 300;
/// Growth exponents (time ∝ tables^k) below this count as linear: linear work gives 1 and
/// quadratic work 2, while a schema that outgrows the CPU caches adds a little to 1.
constexpr double kLinearExponent = 1.5;

struct SizeResult
{
    int tables = 0;
    ValidateMeasurement m;
    bool failed = false; ///< a run found a different number of findings than the first
};

/// What a row of the figures is about: the whole validate(), the context alone, or a rule.
const QString kTotal = u"validate()"_s;
const QString kContext = u"context"_s;

QList<double> samplesOf(const SizeResult &r, const QString &what)
{
    if (what == kTotal)
        return r.m.totals;
    if (what == kContext)
        return r.m.contexts;
    return r.m.rules.value(what);
}

double medianOf(const SizeResult &r, const QString &what)
{
    return median(samplesOf(r, what));
}

/// The fastest run: the figure other processes on the machine disturb least, so the one
/// to compare between sizes.
double fastestOf(const SizeResult &r, const QString &what)
{
    const QList<double> samples = samplesOf(r, what);
    return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend());
}

double perThousand(const SizeResult &r, const QString &what)
{
    return r.m.tables > 0 ? medianOf(r, what) * 1000.0 / double(r.m.tables) : 0;
}

/// "0.41 → 0.44 → 0.52 ms": the cost per 1,000 tables at each size.
QString growth(const QList<SizeResult> &results, const QString &what)
{
    QStringList steps;
    for (const SizeResult &r : results)
        steps.append(formatMs(perThousand(r, what)).chopped(3));
    return steps.join(u" → "_s) + u" ms"_s;
}

/// k in time ∝ tables^k between two sizes: 1 for linear growth, 2 for quadratic.
double exponent(const SizeResult &from, const SizeResult &to, const QString &what)
{
    const double t0 = fastestOf(from, what);
    const double t1 = fastestOf(to, what);
    if (t0 <= 0 || t1 <= 0 || from.m.tables <= 0 || to.m.tables <= from.m.tables)
        return 1;
    return std::log(t1 / t0) / std::log(double(to.m.tables) / double(from.m.tables));
}

/// The steepest growth between consecutive sizes.
double steepest(const QList<SizeResult> &results, const QString &what)
{
    double k = 0;
    for (qsizetype i = 1; i < results.size(); ++i)
        k = std::max(k, exponent(results.at(i - 1), results.at(i), what));
    return k;
}

QStringList ruleCodes()
{
    QStringList codes;
    for (const ValidationRule *rule : validationRules())
        codes.append(rule->code());
    return codes;
}

/// "| first | 1,000 | 10,000 |" and its alignment line, plus `extra` columns.
QString tableHead(const QList<SizeResult> &results, const QString &first, const QString &extra)
{
    QString head = u"| "_s + first;
    QString line = u"|---"_s;
    for (const SizeResult &r : results) {
        head += u" | "_s + groupedNumber(r.tables);
        line += u"|---:"_s;
    }
    if (!extra.isEmpty()) {
        head += u" | "_s + extra;
        line += u"|---:"_s;
    }
    return head + u" |\n"_s + line + u"|\n"_s;
}

QString totalsTable(const QList<SizeResult> &results)
{
    QString md = u"| tables | relations | `validate()` | per 1,000 tables | findings |\n"
                 "|---:|---:|---:|---:|---:|\n"_s;
    for (const SizeResult &r : results) {
        int findings = 0;
        for (int n : r.m.findings)
            findings += n;
        md += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
                groupedNumber(r.m.tables), groupedNumber(r.m.relations),
                r.failed ? u"failed: findings differ between runs"_s : formatSamples(r.m.totals),
                formatMs(perThousand(r, kTotal)), groupedNumber(findings));
    }
    return md;
}

QString rulesTable(const QList<SizeResult> &results)
{
    QString md = tableHead(results, u"part"_s, u"per 1,000 tables"_s);
    for (const QString &what : QStringList{kContext} + ruleCodes()) {
        md += u"| "_s + what;
        for (const SizeResult &r : results)
            md += u" | "_s + formatMs(medianOf(r, what));
        md += u" | "_s + growth(results, what) + u" |\n"_s;
    }
    return md;
}

QString findingsTable(const QList<SizeResult> &results)
{
    QString md = tableHead(results, u"code"_s, QString());
    for (const QString &code : ruleCodes()) {
        md += u"| "_s + code;
        for (const SizeResult &r : results)
            md += u" | "_s + groupedNumber(r.m.findings.value(code));
        md += u" |\n"_s;
    }
    return md;
}

QString targetLine(const QList<SizeResult> &results)
{
    for (const SizeResult &r : results) {
        if (r.tables != kTargetTables)
            continue;
        const double ms = median(r.m.totals);
        const bool met = !r.failed && ms < kTargetMs;
        return u"`validate()` of %1 tables: %2 (target < %3 ms): %4\n"_s.arg(
                groupedNumber(r.tables), formatMs(ms), groupedNumber(qint64(kTargetMs)),
                met ? u"met"_s : u"NOT met"_s);
    }
    return QString();
}

/// "1,000 → 10,000 tables: time ×18.5 (exponent 1.27); …", from the fastest runs.
QString steps(const QList<SizeResult> &results, const QString &what)
{
    QStringList parts;
    for (qsizetype i = 1; i < results.size(); ++i) {
        const SizeResult &from = results.at(i - 1);
        const SizeResult &to = results.at(i);
        const double t0 = fastestOf(from, what);
        parts.append(u"%1 → %2 tables: time ×%3 (exponent %4)"_s.arg(
                groupedNumber(from.tables), groupedNumber(to.tables),
                t0 > 0 ? QString::number(fastestOf(to, what) / t0, 'f', 1) : u"?"_s,
                QString::number(exponent(from, to, what), 'f', 2)));
    }
    return parts.join(u"; "_s);
}

/// Whether the whole run grows linearly, the rule with the largest share at the largest
/// size, and among the rules that matter (5% of the time or more) the one that grows
/// most steeply: the first suspect when validation stops scaling.
QString growthLines(const QList<SizeResult> &results)
{
    if (results.size() < 2)
        return QString();
    const bool linear = steepest(results, kTotal) < kLinearExponent;
    QString md = u"Growth of `validate()`, fastest runs: %1. %2 (linear when every exponent k "
                 "of time ∝ tables^k is under %3: linear work gives 1, quadratic work 2, and a "
                 "schema that outgrows the CPU caches adds a little to 1).\n"_s.arg(
                         steps(results, kTotal), linear ? u"Linear"_s : u"NOT linear"_s,
                         QString::number(kLinearExponent));
    const SizeResult &largest = results.last();
    double rulesMs = 0;
    for (const QString &code : ruleCodes())
        rulesMs += medianOf(largest, code);
    if (rulesMs <= 0)
        return md;
    QString heaviest;
    QString steepestRule;
    for (const QString &code : ruleCodes()) {
        if (heaviest.isEmpty() || medianOf(largest, code) > medianOf(largest, heaviest))
            heaviest = code;
        const bool matters = medianOf(largest, code) >= 0.05 * rulesMs;
        if (matters
            && (steepestRule.isEmpty()
                || steepest(results, code) > steepest(results, steepestRule)))
            steepestRule = code;
    }
    md += u"\nLargest part at %1 tables: %2, %3% of the rules' time. "_s.arg(
            groupedNumber(largest.tables), heaviest,
            QString::number(qRound(100 * medianOf(largest, heaviest) / rulesMs)));
    md += u"Steepest of the rules with 5% or more of it: %1 (%2).\n"_s.arg(
            steepestRule, steps(results, steepestRule));
    return md;
}

QString markdown(const QList<SizeResult> &results, const BenchArgs &options)
{
    QString md = u"## Validation\n\n"_s;
    const QString timing = options.runs == 1
                                   ? u"Each time is from a single run"_s
                                   : u"Each time is the median of %1 runs, with the fastest "
                                     "and slowest in parentheses"_s.arg(options.runs);
    md += u"Input: the schema of `relata-genschema --tables N --seed %1` (MySQL dialect), "
          "generated in memory: a file of 50,000 tables would exceed the loader's size limit. "
          "`validate(schema)` with default options runs every rule. %2, after one untimed run "
          "that counts the findings.\n\n"_s.arg(QString::number(options.seed), timing);
    md += totalsTable(results);
    md += u"\nEach part alone (median): the `ValidationContext` that `validate()` builds once, "
          "then each rule's `check()` on it.\n\n"_s;
    md += rulesTable(results);
    md += u"\nFindings per code:\n\n"_s + findingsTable(results) + u'\n';
    return md + targetLine(results) + u'\n' + growthLines(results);
}

int runBenchmarks(const BenchArgs &options)
{
    QList<SizeResult> results;
    for (int n : options.sizes) {
        benchProgress(u"%1 tables: generating"_s.arg(n));
        const Schema schema = generateSchema({n, options.seed, Dialect::MySql});
        benchProgress(u"%1 tables: validating, %2 runs"_s.arg(n).arg(options.runs));
        SizeResult r;
        r.tables = n;
        r.m = measureValidation(schema, options.runs);
        r.failed = r.m.totals.size() < options.runs;
        results.append(r);
    }
    std::printf("%s", markdown(results, options).toUtf8().constData());
    const bool failed = std::any_of(results.cbegin(), results.cend(),
                                    [](const SizeResult &r) { return r.failed; });
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-validate"_s);
    const std::optional<BenchArgs> options
            = parseBenchArgs(app, u"Times validation with every rule on synthetic schemas "
                                  "built in memory; prints Markdown."_s);
    if (!options)
        return 2;
    return runBenchmarks(*options);
}
