#include "infocommand.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"

#include "core/dialect.h"
#include "core/schema.h"
#include "io/relatafile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

struct SchemaCounts
{
    qsizetype tables = 0;
    qsizetype columns = 0;
    qsizetype indexes = 0;
    qsizetype relations = 0;
    qsizetype inferred = 0;
    qsizetype unconfirmed = 0;
    qsizetype selfReferences = 0;
};

SchemaCounts countObjects(const Schema &schema)
{
    SchemaCounts counts;
    counts.tables = schema.tables().size();
    for (const Table &table : schema.tables()) {
        counts.columns += table.columns.size();
        counts.indexes += table.indexes.size();
    }
    counts.relations = schema.relations().size();
    for (const Relation &relation : schema.relations()) {
        counts.inferred += relation.origin == RelationOrigin::Inferred ? 1 : 0;
        counts.unconfirmed += relation.isUnconfirmed() ? 1 : 0;
        counts.selfReferences += relation.isSelfReference() ? 1 : 0;
    }
    return counts;
}

QString counted(qsizetype n, const QString &singular, const QString &plural)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? singular : plural);
}

} // namespace

QString InfoCommand::name() const
{
    return u"info"_s;
}

QString InfoCommand::summary() const
{
    return u"Print a summary of a schema: dialect and object counts"_s;
}

int InfoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(
            name(), u"Print a summary of a schema file: its name and dialect, how many tables,\n"
                    u"columns, indexes and relations it has, and how many relations are inferred,\n"
                    u"still unconfirmed, or self-references."_s);
    const QCommandLineOption formatOption({u"f"_s, u"format"_s},
                                          u"Output format: text (the default) or json."_s,
                                          u"FORMAT"_s, u"text"_s);
    const QCommandLineOption outputOption(
            {u"o"_s, u"output"_s}, u"Write the summary to FILE instead of standard output."_s,
            u"FILE"_s);
    options.addOption(formatOption);
    options.addOption(outputOption);
    options.addArgument(u"FILE"_s, u"The .relata file to read."_s);
    options.setArgumentCount(1, 1);
    options.addExample(u"info shop.relata"_s);
    options.addExample(u"info --format json shop.relata"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;

    const QString format = options.value(formatOption);
    if (format != u"text" && format != u"json")
        return options.usageError(err,
                                  u"unknown format '%1' (expected text or json)"_s.arg(format));

    const QString path = options.arguments().constFirst();
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    const QByteArray result
            = format == u"json" ? summaryJson(path, loaded.value()) : summaryText(loaded.value());
    QString error;
    if (!writeOutput(result, options.value(outputOption), out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

QByteArray InfoCommand::summaryText(const Schema &schema)
{
    const SchemaCounts c = countObjects(schema);
    const QString name = schema.name.isEmpty() ? u"(unnamed)"_s : schema.name;
    const QStringList first{
            dialectName(schema.dialect),
            counted(c.tables, u"table"_s, u"tables"_s),
            counted(c.columns, u"column"_s, u"columns"_s),
            counted(c.indexes, u"index"_s, u"indexes"_s),
            counted(c.relations, u"relation"_s, u"relations"_s),
    };
    const QStringList second{
            u"%1 inferred"_s.arg(c.inferred),
            u"%1 unconfirmed"_s.arg(c.unconfirmed),
            counted(c.selfReferences, u"self-reference"_s, u"self-references"_s),
    };
    const QString text = name + u": "_s + first.join(u", "_s) + u"\nrelations: "_s
                         + second.join(u", "_s) + u'\n';
    return text.toUtf8();
}

QByteArray InfoCommand::summaryJson(const QString &path, const Schema &schema)
{
    const SchemaCounts c = countObjects(schema);
    const QJsonObject object{
            {u"file"_s, path},
            {u"name"_s, schema.name},
            {u"dialect"_s, dialectName(schema.dialect)},
            {u"tables"_s, c.tables},
            {u"columns"_s, c.columns},
            {u"indexes"_s, c.indexes},
            {u"relations"_s, c.relations},
            {u"inferredRelations"_s, c.inferred},
            {u"unconfirmedRelations"_s, c.unconfirmed},
            {u"selfReferences"_s, c.selfReferences},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace relata
