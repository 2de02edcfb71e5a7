#include "exportcommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "io/relatafile.h"
#include "sql/ddl.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The command's options, declared once for the help, the parser and the checks.
struct ExportOptionSet
{
    QCommandLineOption dialect{{u"d"_s, u"dialect"_s},
                               u"Target database: mysql (also MariaDB, Vitess), postgresql or "
                               u"sqlite. Default: the schema's own dialect."_s,
                               u"DIALECT"_s};
    QCommandLineOption output{{u"o"_s, u"output"_s},
                              u"Write the DDL to FILE (atomically) instead of standard output."_s,
                              u"FILE"_s};
    QCommandLineOption withConstraints{
            u"with-constraints"_s,
            u"Emit real FOREIGN KEY constraints (with their ON DELETE/UPDATE actions)."_s};
    QCommandLineOption noRelationComments{
            u"no-relation-comments"_s,
            u"Do not record relations in \"relata:\" column comments (an import then cannot "
            u"recover them)."_s};
    QCommandLineOption noMissingIndexes{
            u"no-missing-indexes"_s,
            u"Do not add the index each relation needs when the model has none (R007)."_s};
    QCommandLineOption ifNotExists{u"if-not-exists"_s,
                                   u"Write CREATE TABLE/INDEX IF NOT EXISTS."_s};
    QCommandLineOption dropFirst{u"drop-first"_s,
                                 u"Start with DROP TABLE IF EXISTS for every table, children "
                                 u"first. Destroys data: for scratch databases."_s};

    QList<QCommandLineOption> all() const
    {
        return {dialect,          output,      withConstraints, noRelationComments,
                noMissingIndexes, ifNotExists, dropFirst};
    }
};

QString description()
{
    return u"Export a schema. WHAT is `ddl`: CREATE TABLE statements for every table in\n"
           u"dependency order (parents first; loops broken and explained in a comment),\n"
           u"with types mapped to the target dialect, primary keys and every index,\n"
           u"including the index each relation needs. No FOREIGN KEY constraints unless\n"
           u"--with-constraints: each relation is recorded in a comment on its child\n"
           u"column (\"relata: references users(id) on delete cascade\") that an import\n"
           u"reads back. Every name is quoted, so any name works. See docs/ddl.md.\n\n"
           u"Exit status: 0 on success, 1 when the schema cannot be written as DDL (a\n"
           u"default that is not one SQL expression), 2 when the file cannot be read or\n"
           u"written or the command line is wrong."_s;
}

} // namespace

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return u"Export a schema as SQL DDL for MySQL, PostgreSQL or SQLite"_s;
}

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(name(), description());
    const ExportOptionSet set;
    for (const QCommandLineOption &option : set.all())
        options.addOption(option);
    options.addArgument(u"WHAT"_s, u"What to export: ddl."_s);
    options.addArgument(u"FILE"_s, u"The .relata file to read."_s);
    options.setArgumentCount(2, 2);
    options.addExample(u"export ddl shop.relata -o shop.sql"_s);
    options.addExample(u"export ddl --dialect postgresql --if-not-exists shop.relata"_s);
    options.addExample(u"export ddl --dialect sqlite --with-constraints shop.relata"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;
    const QString what = options.arguments().at(0);
    if (what != u"ddl")
        return options.usageError(err, u"unknown export '%1' (expected ddl)"_s.arg(what));
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

    const Result<Schema> loaded = loadRelataFile(options.arguments().at(1));
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    const Result<QString> text = generateDdl(loaded.value(), ddl);
    if (!text) {
        err << options.arguments().at(1) << u": "_s << text.errorString() << u'\n';
        return ExitFindings;
    }
    QString error;
    if (!writeOutput(text.value().toUtf8(), options.value(set.output), out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace relata
