// relata-bench-infer: how well relation inference finds the FOREIGN KEYs of the real-world
// corpus when the constraints are stripped, as precision and recall per schema and overall.
// Prints a Markdown section for BENCHMARKS.md (scripts/bench).

#include "benchargs.h"
#include "infercorpus.h"
#include "inferencescore.h"
#include "inferreport.h"

#include "infer/relationinference.h"
#include "io/relatafile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

const QStringList kSchemas
        = {u"sakila"_s,    u"chinook"_s, u"employees"_s,     u"pagila"_s,     u"northwind"_s,
           u"roundcube"_s, u"zabbix"_s,  u"openstreetmap"_s, u"musicbrainz"_s};
/// Schemas inferred on a copy of themselves loaded without FOREIGN KEYs.
const QHash<QString, QString> kInferredOn = {{u"musicbrainz"_s, u"musicbrainz-nofk"_s}};

struct InferBenchOptions
{
    QString corpusDir;
    QStringList schemas = kSchemas;
    InferenceOptions inference;
    QString saveDir;
    QString fromDir;
    int examples = 5;
};

QString cachePath(const QString &dir, const CorpusFile &file)
{
    return QDir(dir).filePath(u"%1.%2.relata"_s.arg(file.schema, file.dialect));
}

/// The imported model of `file`: read from the cache, or loaded into a server and imported
/// (and then saved to the cache when asked).
Result<Schema> groundTruthModel(const CorpusFile &file, const InferBenchOptions &options)
{
    if (!options.fromDir.isEmpty())
        return loadRelataFile(cachePath(options.fromDir, file));
    benchProgress(u"%1/%2: loading and importing"_s.arg(file.schema, file.dialect));
    Result<Schema> schema = importCorpusFile(options.corpusDir, file);
    if (schema.ok() && !options.saveDir.isEmpty()) {
        QString error;
        if (!saveRelataFile(schema.value(), cachePath(options.saveDir, file), &error))
            return Result<Schema>::failure(u"cannot save: "_s + error);
    }
    return schema;
}

/// `schema` with every relation removed: the constraints stripped.
Schema withoutRelations(Schema schema)
{
    QList<RelationId> ids;
    for (const Relation &relation : schema.relations())
        ids.append(relation.id);
    for (RelationId id : std::as_const(ids))
        schema.takeRelation(id);
    return schema;
}

InferenceRow scoreFile(const CorpusFile &file, const InferBenchOptions &options)
{
    InferenceRow row{file, kInferredOn.value(file.schema), {}, 0, 0, {}};
    if (options.fromDir.isEmpty()) {
        if (const QString why = corpusDialectUnavailable(file.dialect); !why.isEmpty()) {
            row.problem = u"not run: "_s + why;
            return row;
        }
    }
    const Result<Schema> truth = groundTruthModel(file, options);
    if (!truth.ok()) {
        row.problem = u"failed: "_s + truth.errorString();
        return row;
    }
    Result<Schema> input = truth;
    if (!row.inputSchema.isEmpty())
        input = groundTruthModel({row.inputSchema, file.dialect}, options);
    if (!input.ok()) {
        row.problem = u"failed: "_s + input.errorString();
        return row;
    }
    const Schema stripped = withoutRelations(input.value());
    row.tables = int(stripped.tables().size());
    benchProgress(
            u"%1/%2: inferring on %3 tables"_s.arg(file.schema, file.dialect).arg(row.tables));
    QElapsedTimer timer;
    timer.start();
    const InferenceResult inferred = inferRelations(stripped, options.inference);
    row.inferenceMs = double(timer.nsecsElapsed()) / 1e6;
    row.score = scoreInference(constraintKeys(truth.value()),
                               relationKeys(stripped, inferred.relations));
    row.score.ambiguous = int(inferred.ambiguous.size());
    row.score.belowThreshold = inferred.belowThreshold;
    return row;
}

std::optional<InferBenchOptions> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Scores relation inference against the FOREIGN KEYs of the corpus schemas; "
            "prints Markdown. Loads the schemas into the servers of RELATA_TEST_MYSQL_* and "
            "RELATA_TEST_PG_* and into SQLite files."_s);
    parser.addHelpOption();
    const QCommandLineOption schemas(u"schemas"_s, u"Schemas to score (default: all)."_s,
                                     u"a,b,..."_s, kSchemas.join(u','));
    const QCommandLineOption threshold(u"threshold"_s,
                                       u"minConfidence (default: the "
                                       "default of InferenceOptions)."_s,
                                       u"X"_s);
    const QCommandLineOption save(u"save"_s,
                                  u"Save each imported model as "
                                  "DIR/<schema>.<dialect>.relata."_s,
                                  u"DIR"_s);
    const QCommandLineOption from(u"from"_s,
                                  u"Read the models saved by --save instead of "
                                  "loading and importing."_s,
                                  u"DIR"_s);
    const QCommandLineOption examples(u"examples"_s,
                                      u"Wrong and missed relations shown per row (default 5)."_s,
                                      u"N"_s, u"5"_s);
    const QCommandLineOption corpus(u"corpus"_s, u"The corpus directory."_s, u"DIR"_s,
                                    defaultCorpusDir());
    parser.addOptions({schemas, threshold, save, from, examples, corpus});
    parser.process(app);

    InferBenchOptions o;
    o.corpusDir = parser.value(corpus);
    o.schemas = parser.value(schemas).split(u',', Qt::SkipEmptyParts);
    o.saveDir = parser.value(save);
    o.fromDir = parser.value(from);
    bool ok = true;
    o.examples = parser.value(examples).toInt(&ok);
    if (parser.isSet(threshold)) {
        bool thresholdOk = false;
        o.inference.minConfidence = parser.value(threshold).toDouble(&thresholdOk);
        ok = ok && thresholdOk;
    }
    if (!ok || o.examples < 0 || o.schemas.isEmpty()
        || (!o.saveDir.isEmpty() && !o.fromDir.isEmpty())) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    if (!o.saveDir.isEmpty() && !QDir().mkpath(o.saveDir)) {
        benchProgress(u"cannot create %1"_s.arg(o.saveDir));
        return std::nullopt;
    }
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-bench-infer"_s);
    const std::optional<InferBenchOptions> options = parseOptions(app);
    if (!options)
        return 2;
    const QList<CorpusFile> files = corpusFiles(options->corpusDir, options->schemas);
    for (const QString &schema : options->schemas) {
        const bool found = std::any_of(files.cbegin(), files.cend(),
                                       [&](const CorpusFile &f) { return f.schema == schema; });
        if (!found) {
            benchProgress(u"no schema %1 in %2"_s.arg(schema, options->corpusDir));
            return 2;
        }
    }
    QList<InferenceRow> rows;
    for (const CorpusFile &file : files)
        rows.append(scoreFile(file, *options));
    const InferenceReportSettings report{
            options->inference.minConfidence, options->examples,
            options->fromDir.isEmpty() ? u"loaded into MariaDB, PostgreSQL and SQLite, "
                                         "imported with `runImport()`"_s
                                       : u"models read from .relata files saved earlier"_s};
    std::printf("%s", inferenceMarkdown(rows, report).toUtf8().constData());
    for (const InferenceRow &row : std::as_const(rows)) {
        if (!row.problem.isEmpty())
            return 1;
    }
    return 0;
}
