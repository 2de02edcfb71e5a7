#include "inferreport.h"

#include "benchutil.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString ratio(double value)
{
    return QString::number(value, 'f', 3);
}

QString rowName(const InferenceRow &row)
{
    QString name = row.file.schema;
    if (!row.inputSchema.isEmpty())
        name += u" (on %1)"_s.arg(row.inputSchema);
    return name;
}

QString scoreCells(const InferenceScore &s)
{
    return u"%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9"_s.arg(
            groupedNumber(s.truth), groupedNumber(s.predicted), groupedNumber(s.truePositives),
            groupedNumber(s.falsePositiveCount()), groupedNumber(s.falseNegativeCount()),
            groupedNumber(s.wrongParent), ratio(s.precision()), ratio(s.recall()),
            groupedNumber(s.ambiguous));
}

QString tableLines(const QList<InferenceRow> &rows)
{
    QString md = u"| schema | dialect | tables | FKs | inferred | TP | FP | FN | wrong parent "
                 u"| precision | recall | ambiguous | below threshold | inference |\n"
                 u"|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const InferenceRow &row : rows) {
        if (!row.problem.isEmpty()) {
            md += u"| %1 | %2 | %3 | | | | | | | | | | | |\n"_s.arg(rowName(row), row.file.dialect,
                                                                    row.problem);
            continue;
        }
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(
                rowName(row), row.file.dialect, groupedNumber(row.tables), scoreCells(row.score),
                groupedNumber(row.score.belowThreshold), formatMs(row.inferenceMs));
    }
    const InferenceScore total = overallScore(rows);
    md += u"| **overall** | | | %1 | %2 | |\n"_s.arg(scoreCells(total),
                                                     groupedNumber(total.belowThreshold));
    return md;
}

QString targetLines(const QList<InferenceRow> &rows)
{
    const InferenceScore total = overallScore(rows);
    qsizetype missing = 0;
    for (const InferenceRow &row : rows)
        missing += row.problem.isEmpty() ? 0 : 1;
    const QString incomplete
            = missing == 0
                      ? QString()
                      : u" (incomplete: %1 of %2 rows not scored)"_s.arg(missing).arg(rows.size());
    auto line = [&](const QString &what, double value, double target) {
        return u"- overall %1 %2 (target ≥ %3): %4%5\n"_s.arg(
                what, ratio(value), QString::number(target, 'f', 2),
                missing == 0 && value >= target ? u"met"_s : u"NOT met"_s, incomplete);
    };
    // The mean over rows, for comparison: there each schema and dialect weighs the same,
    // where the overall figures weigh each relation the same (so the largest schemas,
    // musicbrainz and zabbix, decide them).
    double precisionSum = 0;
    double recallSum = 0;
    int scored = 0;
    for (const InferenceRow &row : rows) {
        if (!row.problem.isEmpty())
            continue;
        precisionSum += row.score.precision();
        recallSum += row.score.recall();
        ++scored;
    }
    QString mean;
    if (scored > 0)
        mean = u"- for comparison, the mean over the %1 rows (each schema and dialect weighing "
               "the same): precision %2, recall %3\n"_s.arg(QString::number(scored),
                                                            ratio(precisionSum / scored),
                                                            ratio(recallSum / scored));
    return line(u"precision"_s, total.precision(), kTargetPrecision)
           + line(u"recall"_s, total.recall(), kTargetRecall) + mean;
}

QString exampleList(const QStringList &keys, int limit)
{
    QStringList shown;
    for (const QString &key : keys.mid(0, limit))
        shown.append(u'`' + key + u'`');
    QString text = shown.join(u", "_s);
    if (keys.size() > limit)
        text += u" and %1 more"_s.arg(keys.size() - limit);
    return text;
}

QString exampleLines(const QList<InferenceRow> &rows, int limit)
{
    QString md;
    for (const InferenceRow &row : rows) {
        const InferenceScore &s = row.score;
        if (!row.problem.isEmpty() || (s.falsePositives.isEmpty() && s.falseNegatives.isEmpty()))
            continue;
        md += u"- %1/%2:"_s.arg(row.file.schema, row.file.dialect);
        if (!s.falsePositives.isEmpty())
            md += u" wrong: "_s + exampleList(s.falsePositives, limit) + u';';
        if (!s.falseNegatives.isEmpty())
            md += u" missed: "_s + exampleList(s.falseNegatives, limit);
        if (md.endsWith(u';'))
            md.chop(1);
        md += u'\n';
    }
    if (md.isEmpty())
        return {};
    return u"\nExamples (the first %1 of each kind, sorted by name):\n\n"_s.arg(limit) + md;
}

} // namespace

InferenceScore overallScore(const QList<InferenceRow> &rows)
{
    InferenceScore total;
    for (const InferenceRow &row : rows) {
        if (row.problem.isEmpty())
            total.add(row.score);
    }
    return total;
}

QString inferenceMarkdown(const QList<InferenceRow> &rows, const InferenceReportSettings &settings)
{
    QString md = u"## Relation inference\n\n"_s;
    md += u"Each FK-bearing corpus schema, in each dialect it has, is imported without "
          "inference (%1); its FOREIGN KEY relations are the ground truth. All relations are "
          "then removed (the FKs' indexes stay, as when a FK is dropped) and "
          "`inferRelations()` runs with minConfidence %2; musicbrainz is inferred on "
          "musicbrainz-nofk and scored against musicbrainz's FKs. A relation counts as found "
          "when child table, child columns, parent table and parent columns match by name. "
          "TP, FP and FN are distinct relations; \"wrong parent\" counts the false positives "
          "whose child columns do have a FK, to another parent; \"ambiguous\" the references "
          "listed instead of guessed. Overall figures are micro-averaged over the rows "
          "scored.\n\n"_s.arg(settings.source, QString::number(settings.threshold));
    md += tableLines(rows) + u'\n' + targetLines(rows);
    md += exampleLines(rows, settings.examples);
    return md;
}

} // namespace relata
