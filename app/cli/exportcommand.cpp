#include "exportcommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"
#include "exportcpp.h"
#include "exportoptions.h"

#include "export/dotexport.h"
#include "export/mermaidexport.h"
#include "io/relatafile.h"
#include "sql/ddl.h"
#include "sql/deletescripttext.h"
#include "sql/orphancleanup.h"
#include "validate/validator.h"

#ifdef RELATA_CLI_CAN_DRAW
#include "diagramexport.h"
#include "gridplacement.h"
#include "schemascene.h"

#include <QApplication>
#endif

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QStringList kTextExports{u"ddl"_s,   u"dot"_s,     u"mermaid"_s,
                               u"plans"_s, u"cleanup"_s, u"cpp"_s};

QString description()
{
    return u"Export a schema. WHAT is one of:\n"
           u"  ddl      CREATE TABLE statements for every table in dependency order, types\n"
           u"           mapped to the target dialect, primary keys and every index, including\n"
           u"           the index each relation needs. No FOREIGN KEY constraints unless\n"
           u"           --with-constraints: each relation is recorded in a comment on its\n"
           u"           child column that an import reads back. See docs/ddl.md.\n"
           u"  dot      Graphviz DOT: one node per table with its columns, one edge per\n"
           u"           relation between the column rows (render with dot -Tsvg).\n"
           u"  mermaid  A Mermaid erDiagram, for Markdown on GitHub, GitLab and wikis.\n"
           u"  plans    The delete plan of every table as SQL: what ON DELETE CASCADE, SET\n"
           u"           NULL and RESTRICT would have done, carried out by the application in\n"
           u"           one transaction, set-wise (the statements depend on the relations, not\n"
           u"           on the rows), with the plan in words. See docs/delete-plans.md.\n"
           u"  cpp      A C++17 header (standard library only) declaring every table, its\n"
           u"           columns and key, each relation from both ends (like Drizzle's one()\n"
           u"           and many()) as compile-time constants, and each table's delete plan,\n"
           u"           which relata_gen::delete_rows() runs through the application's\n"
           u"           executor; --qt-sql FILE adds an executor for QSqlDatabase. See\n"
           u"           docs/codegen.md.\n"
           u"  cleanup  Per relation, a small statement that deletes (or sets null) child\n"
           u"           rows whose parent is gone, to run until nothing is left.\n"
           u"  svg, png, pdf\n"
           u"           A picture of the diagram exactly as Relata draws it, at the positions\n"
           u"           saved in the file. Drawn without a display (Qt's offscreen platform,\n"
           u"           unless QT_QPA_PLATFORM names another). png and pdf need -o FILE.\n\n"
           u"Exit status: 0 on success, 1 when the schema cannot be exported (a default that\n"
           u"is not one SQL expression, an empty diagram), 2 when the file cannot be read or\n"
           u"written or the command line is wrong."_s;
}

/// Options given for an export they do not apply to are mistakes worth reporting.
std::optional<QString> misplacedOption(const CommandOptions &options, const ExportOptionSet &set,
                                       const QString &what)
{
    for (const auto &[option, exports] : set.restricted()) {
        if (options.isSet(option) && !exports.contains(what))
            return u"--%1 does not apply to '%2' (only to %3)"_s.arg(option.names().constLast(),
                                                                     what, exports.join(u", "_s));
    }
    return std::nullopt;
}

int writeResult(const QByteArray &data, const QString &path, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!writeOutput(data, path, out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

int exportDdl(const CommandOptions &options, const ExportOptionSet &set, const Schema &schema,
              QTextStream &out, QTextStream &err)
{
    DdlOptions ddl;
    if (options.isSet(set.dialect)) {
        ddl.dialect = dialectFromName(options.value(set.dialect));
        if (!ddl.dialect)
            return options.usageError(
                    err, u"unknown dialect '%1' (expected mysql, postgresql or sqlite)"_s.arg(
                                 options.value(set.dialect)));
    }
    ddl.withConstraints = options.isSet(set.withConstraints);
    ddl.relationComments = !options.isSet(set.noRelationComments);
    ddl.missingIndexes = !options.isSet(set.noMissingIndexes);
    ddl.ifNotExists = options.isSet(set.ifNotExists);
    ddl.dropFirst = options.isSet(set.dropFirst);
    const Result<QString> text = generateDdl(schema, ddl);
    if (!text) {
        err << options.arguments().at(1) << u": "_s << text.errorString() << u'\n';
        return ExitFindings;
    }
    return writeResult(text.value().toUtf8(), options.value(set.output), out, err);
}

/// --dialect (default: the schema's) and --batch; a usage error's exit code otherwise.
std::optional<int> readPlanOptions(const CommandOptions &options, const ExportOptionSet &set,
                                   const Schema &schema, QTextStream &err, Dialect *dialect,
                                   int *batch)
{
    *dialect = schema.dialect;
    if (options.isSet(set.dialect)) {
        const std::optional<Dialect> given = dialectFromName(options.value(set.dialect));
        if (!given)
            return options.usageError(
                    err, u"unknown dialect '%1' (expected mysql, postgresql or sqlite)"_s.arg(
                                 options.value(set.dialect)));
        *dialect = *given;
    }
    *batch = 100;
    if (options.isSet(set.batch)) {
        bool ok = false;
        *batch = options.value(set.batch).toInt(&ok);
        if (!ok || *batch < 1)
            return options.usageError(err, u"bad batch '%1' (expected a whole number of rows, "
                                           u"at least 1)"_s.arg(options.value(set.batch)));
    }
    return std::nullopt;
}

int exportPlans(const QString &what, const CommandOptions &options, const ExportOptionSet &set,
                const Schema &schema, QTextStream &out, QTextStream &err)
{
    Dialect dialect = schema.dialect;
    int batch = 100;
    if (const auto exit = readPlanOptions(options, set, schema, err, &dialect, &batch))
        return *exit;
    if (what == u"cleanup")
        return writeResult(orphanCleanupText(schema, dialect, batch).toUtf8(),
                           options.value(set.output), out, err);
    DeleteStrategy strategy = DeleteStrategy::Inline;
    if (options.isSet(set.strategy)) {
        const std::optional<DeleteStrategy> given
                = deleteStrategyFromName(options.value(set.strategy));
        if (!given)
            return options.usageError(
                    err, u"unknown strategy '%1' (expected inline, scheduled or queue)"_s.arg(
                                 options.value(set.strategy)));
        strategy = *given;
    }
    if (options.isSet(set.batch) && strategy != DeleteStrategy::Scheduled)
        return options.usageError(err, u"--batch applies to --strategy scheduled only"_s);
    TableId table;
    if (options.isSet(set.table)) {
        const Table *found = schema.tableByName(options.value(set.table));
        if (!found)
            return options.usageError(err, u"no table '%1' in %2"_s.arg(options.value(set.table),
                                                                        options.arguments().at(1)));
        table = found->id;
    }
    const Result<QString> text = deletePlansText(schema, dialect, table, strategy, batch);
    if (!text) {
        err << options.arguments().at(1) << u": "_s << text.errorString() << u'\n';
        return ExitFindings;
    }
    return writeResult(text.value().toUtf8(), options.value(set.output), out, err);
}

int exportText(const QString &what, const CommandOptions &options, const ExportOptionSet &set,
               const Schema &schema, QTextStream &out, QTextStream &err)
{
    const Result<QString> text = what == u"dot" ? generateDot(schema) : generateMermaid(schema);
    if (!text) {
        err << options.arguments().at(1) << u": "_s << text.errorString() << u'\n';
        return ExitFindings;
    }
    return writeResult(text.value().toUtf8(), options.value(set.output), out, err);
}

#ifdef RELATA_CLI_CAN_DRAW
/// Reads the picture options; a usage error message when one is wrong.
std::optional<QString> readPictureOptions(const CommandOptions &options, const ExportOptionSet &set,
                                          PictureOptions *picture)
{
    if (options.isSet(set.scale)) {
        bool ok = false;
        picture->scale = options.value(set.scale).toDouble(&ok);
        if (!ok || picture->scale < 0.05 || picture->scale > 16)
            return u"bad scale '%1' (expected a number from 0.05 to 16)"_s.arg(
                    options.value(set.scale));
    }
    const QString background = options.value(set.background);
    if (background == u"white")
        picture->background = PictureBackground::White;
    else if (!background.isEmpty() && background != u"canvas")
        return u"unknown background '%1' (expected canvas or white)"_s.arg(background);
    return std::nullopt;
}

int renderPicture(PictureFormat format, const PictureOptions &picture, const QString &file,
                  const QString &output, QTextStream &out, QTextStream &err)
{
    const Result<Schema> loaded = loadRelataFile(file);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    SchemaDocument document;
    document.setSchema(loaded.value());
    SchemaScene scene(&document);
    // As the application does on opening: a file without a layout gets a grid.
    if (needsInitialPlacement(document.schema()))
        document.moveTables(gridPlacement(document.schema(), scene));
    // Exactly as on screen: the findings are marked on what they concern.
    scene.setFindings(validate(document.schema()));
    const Result<QByteArray> data = renderDiagram(scene, format, picture);
    if (!data) {
        err << file << u": "_s << data.errorString() << u'\n';
        return ExitFindings;
    }
    return writeResult(data.value(), output, out, err);
}
#endif

/// svg, png, pdf: checks the options, then draws the diagram with the views layer.
int exportPicture(const QString &what, const CommandOptions &options, const ExportOptionSet &set,
                  QTextStream &out, QTextStream &err)
{
#ifdef RELATA_CLI_CAN_DRAW
    const QString output = options.value(set.output);
    if (what != u"svg" && (output.isEmpty() || output == u"-"))
        return options.usageError(err, u"%1 is binary: give -o FILE"_s.arg(what));
    PictureOptions picture;
    if (const auto message = readPictureOptions(options, set, &picture))
        return options.usageError(err, *message);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << cliProgramName() << u" export: drawing needs a QApplication\n"_s;
        return ExitUsage;
    }
    return renderPicture(*pictureFormatFromName(what), picture, options.arguments().at(1), output,
                         out, err);
#else
    Q_UNUSED(options);
    Q_UNUSED(set);
    Q_UNUSED(out);
    err << cliProgramName()
        << u" export: this relata-cli was built without drawing support "
           u"(no GUI layer); '"_s
        << what << u"' is not available\n"_s;
    return ExitUsage;
#endif
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return u"Export a schema as SQL DDL, delete plans, a C++ header, Graphviz DOT, Mermaid, or an SVG, PNG or PDF picture"_s;
}

bool ExportCommand::drawsPicture(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const ExportOptionSet set;
    parser.addOptions(set.all());
    const QCommandLineOption help({u"h"_s, u"help"_s}, QString());
    parser.addOption(help);
    // Errors are reported when the command runs; here only WHAT matters.
    parser.parse(QStringList{u"export"_s} + args);
    const QStringList positional = parser.positionalArguments();
    return !parser.isSet(help) && !positional.isEmpty()
           && kPictureExports.contains(positional.constFirst());
}

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(name(), description());
    const ExportOptionSet set;
    for (const QCommandLineOption &option : set.all())
        options.addOption(option);
    options.addArgument(
            u"WHAT"_s,
            u"What to export: ddl, dot, mermaid, plans, cleanup, cpp, svg, png or pdf."_s);
    options.addArgument(u"FILE"_s, u"The .relata file to read."_s);
    options.setArgumentCount(2, 2);
    options.addExample(u"export ddl shop.relata -o shop.sql"_s);
    options.addExample(u"export ddl --dialect postgresql --if-not-exists shop.relata"_s);
    options.addExample(u"export mermaid shop.relata -o shop.mmd"_s);
    options.addExample(u"export plans --dialect mysql --table recipes recipes.relata"_s);
    options.addExample(u"export plans --strategy scheduled --batch 500 recipes.relata"_s);
    options.addExample(u"export cleanup --dialect postgresql shop.relata -o cleanup.sql"_s);
    options.addExample(
            u"export cpp --namespace shop shop.relata -o shop.hpp --qt-sql shop_qtsql.hpp"_s);
    options.addExample(u"export dot shop.relata | dot -Tpdf -o shop-graphviz.pdf"_s);
    options.addExample(u"export png --scale 2 shop.relata -o shop.png"_s);
    options.addExample(u"export pdf --background white shop.relata -o shop.pdf"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;
    const QString what = options.arguments().at(0);
    const bool picture = kPictureExports.contains(what);
    if (!picture && !kTextExports.contains(what))
        return options.usageError(err, u"unknown export '%1' (expected ddl, dot, mermaid, plans, "
                                       u"cleanup, cpp, svg, png or "
                                       "pdf)"_s.arg(what));
    if (const auto message = misplacedOption(options, set, what))
        return options.usageError(err, *message);
    if (picture)
        return exportPicture(what, options, set, out, err);

    const QString file = options.arguments().at(1);
    const Result<Schema> loaded = loadRelataFile(file);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    if (what == u"ddl")
        return exportDdl(options, set, loaded.value(), out, err);
    if (what == u"plans" || what == u"cleanup")
        return exportPlans(what, options, set, loaded.value(), out, err);
    if (what == u"cpp")
        return exportCpp(options, set, loaded.value(), out, err);
    return exportText(what, options, set, loaded.value(), out, err);
}

} // namespace relata
