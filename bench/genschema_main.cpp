// relata-genschema: writes a synthetic schema of N tables, the same bytes for the same
// N and seed on every machine. Input for the benchmarks and for trying Relata on a big
// schema without a big database.

#include "schemagenerator.h"

#include "io/relatafile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "relata-genschema: %s\n", qPrintable(message));
}

std::optional<SchemaGeneratorOptions> readOptions(const QCommandLineParser &parser, QString *error)
{
    SchemaGeneratorOptions options;
    bool ok = false;
    options.tables = parser.value(u"tables"_s).toInt(&ok);
    if (!parser.isSet(u"tables"_s) || !ok || options.tables < 1) {
        *error = u"--tables expects a positive number"_s;
        return std::nullopt;
    }
    options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok) {
        *error = u"--seed expects a non-negative number"_s;
        return std::nullopt;
    }
    const std::optional<Dialect> dialect = dialectFromName(parser.value(u"dialect"_s));
    if (!dialect) {
        *error = u"unknown dialect '%1' (expected mysql, postgresql or sqlite)"_s.arg(
                parser.value(u"dialect"_s));
        return std::nullopt;
    }
    options.dialect = *dialect;
    if (!parser.isSet(u"output"_s) || !parser.positionalArguments().isEmpty()) {
        *error = u"expected one output file (-o FILE) and no other argument"_s;
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relata-genschema"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Writes a deterministic synthetic schema (.relata) of N tables."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tablesOption(u"tables"_s, u"Number of tables."_s, u"N"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption dialectOption(
            u"dialect"_s, u"mysql (default), postgresql or sqlite."_s, u"NAME"_s, u"mysql"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          u"Output file; - for standard output."_s, u"FILE"_s);
    parser.addOptions({tablesOption, seedOption, dialectOption, outputOption});
    parser.process(app);

    QString error;
    const std::optional<SchemaGeneratorOptions> options = readOptions(parser, &error);
    if (!options) {
        printError(error);
        printError(u"usage: relata-genschema --tables N [--seed S] [--dialect mysql] -o FILE"_s);
        return 2;
    }
    const Schema schema = generateSchema(*options);
    const QString output = parser.value(outputOption);
    if (output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(serializeRelata(schema)) < 0) {
            printError(u"cannot write to standard output"_s);
            return 1;
        }
        return 0;
    }
    if (!saveRelataFile(schema, output, &error)) {
        printError(error.isEmpty() ? u"cannot write %1"_s.arg(output) : error);
        return 1;
    }
    std::fprintf(stderr, "%s: %lld tables, %lld relations\n", qPrintable(output),
                 qint64(schema.tables().size()), qint64(schema.relations().size()));
    return 0;
}
