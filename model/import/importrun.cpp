#include "importrun.h"

using namespace Qt::StringLiterals;

namespace relata {

Result<ImportRun> runImport(const ConnectionSettings &settings, const ImportOptions &options,
                            const ImportProgress &progress, const std::atomic_bool *cancel)
{
    const std::unique_ptr<SchemaImporter> importer = createSchemaImporter(settings.driver);
    if (!importer)
        return Result<ImportRun>::failure(
                u"unknown driver \"%1\" (expected mariadb, mysql, postgresql or sqlite)"_s.arg(
                        settings.driver));
    Result<ImportResult> read = importer->import(settings, progress, cancel);
    if (!read.ok())
        return Result<ImportRun>::failure(read.errorString());
    ImportRun run;
    run.result = std::move(read.value());
    Schema &schema = run.result.schema;
    if (options.infer) {
        if (progress)
            progress(u"inferring relations"_s, 0.0);
        run.inference = inferRelations(schema, options.inference);
        run.result.summary.inferredRelations = int(run.inference.relations.size());
        for (Relation &relation : run.inference.relations)
            schema.addRelation(std::move(relation));
        run.inference.relations.clear();
    }
    if (cancel && cancel->load())
        return Result<ImportRun>::failure(u"import cancelled"_s);
    if (options.previous)
        run.carriedOver = carryOverDecisions(schema, *options.previous);
    if (progress)
        progress(u"done"_s, 1.0);
    return run;
}

} // namespace relata
