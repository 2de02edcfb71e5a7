#pragma once

#include "infercorpus.h"
#include "inferencescore.h"

#include <QList>
#include <QString>

namespace relata {

/// One schema in one dialect: scored, or why it was not.
struct InferenceRow
{
    CorpusFile file;
    QString inputSchema; ///< the schema inferred on, when it is not `file.schema`
    QString problem;     ///< empty when scored: "not run: ..." or "failed: ..."
    int tables = 0;
    double inferenceMs = 0;
    InferenceScore score;
};

struct InferenceReportSettings
{
    double threshold = 0;
    int examples = 5;
    QString source; ///< where the models came from, in words
};

/// Overall precision and recall the defaults must reach.
constexpr double kTargetPrecision = 0.95;
constexpr double kTargetRecall = 0.80;

/// The micro-averaged score of the rows that ran.
InferenceScore overallScore(const QList<InferenceRow> &rows);

/// The Markdown section for BENCHMARKS.md: a table, the overall line, the targets and a
/// few wrong and missed relations per row, the evidence for tuning.
QString inferenceMarkdown(const QList<InferenceRow> &rows, const InferenceReportSettings &settings);

} // namespace relata
