#include "layoutcommand.h"

#include "boxgeometry.h"
#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"
#include "io/relatafile.h"
#include "layout/layoutengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The cards, their column rows and the relations between them, as the engine wants
/// them. Tables outside `movable` (when it is not empty) and pinned tables stay.
LayoutInput layoutInput(const Schema &schema, const QSet<TableId> &movable)
{
    const QHash<TableId, BoxGeometry> boxes = measureBoxes(schema);
    LayoutInput input;
    for (const Table &table : schema.tables()) {
        const BoxGeometry box = boxes.value(table.id);
        LayoutNode node;
        node.table = table.id;
        node.size = box.size;
        node.rowCenters = box.rowCenters;
        node.fixed = table.pinned || (!movable.isEmpty() && !movable.contains(table.id));
        node.position = table.position;
        input.nodes.append(node);
    }
    for (const Relation &relation : schema.relations()) {
        const Table *child = schema.table(relation.childTable);
        const Table *parent = schema.table(relation.parentTable);
        if (!child || !parent || relation.childColumns.isEmpty()
            || relation.parentColumns.isEmpty())
            continue;
        LayoutEdge edge;
        edge.child = child->id;
        edge.childRow = std::max(0, child->columnIndex(relation.childColumns.first()));
        edge.parent = parent->id;
        edge.parentRow = std::max(0, parent->columnIndex(relation.parentColumns.first()));
        input.edges.append(edge);
    }
    return input;
}

/// Table names, one a line, from a file: names may hold commas.
std::optional<QStringList> readTableList(const QString &path, QString *error)
{
    const std::optional<QByteArray> data = readInputFile(path, 64 << 20, error);
    if (!data)
        return std::nullopt;
    QStringList names = QString::fromUtf8(*data).split(u'\n', Qt::SkipEmptyParts);
    for (QString &name : names) {
        if (name.endsWith(u'\r'))
            name.chop(1);
    }
    return names;
}

} // namespace

QString LayoutCommand::name() const
{
    return u"layout"_s;
}

QString LayoutCommand::summary() const
{
    return u"Place the tables automatically (Graphviz) and write the layout"_s;
}

int LayoutCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandOptions options(
            name(), u"Place the tables of a schema automatically, left to right with parents\n"
                    u"beside their children, measuring each card as the diagram draws it. Pinned\n"
                    u"tables stay where they are. Writes the schema with its new layout to\n"
                    u"standard output unless -o or --in-place is given."_s);
    const QCommandLineOption outputOption(
            {u"o"_s, u"output"_s}, u"Write the laid-out schema to FILE (atomically)."_s, u"FILE"_s);
    const QCommandLineOption inPlaceOption({u"i"_s, u"in-place"_s},
                                           u"Rewrite FILE itself (atomically)."_s);
    const QCommandLineOption tablesOption(
            u"tables"_s, u"Lay out only these tables (comma-separated); the others stay."_s,
            u"NAMES"_s);
    const QCommandLineOption tablesFileOption(
            u"tables-file"_s, u"Lay out only the tables named in FILE, one a line."_s, u"FILE"_s);
    const QCommandLineOption formatOption(
            u"format"_s,
            u"relata (the schema, default) or json (only the new positions and the "
            u"strategy used, for scripts)."_s,
            u"FORMAT"_s, u"relata"_s);
    for (const QCommandLineOption &option :
         {outputOption, inPlaceOption, tablesOption, tablesFileOption, formatOption})
        options.addOption(option);
    options.addArgument(u"FILE"_s, u"The .relata file to lay out."_s);
    options.setArgumentCount(1, 1);
    options.addExample(u"layout shop.relata -o shop.laid-out.relata"_s);
    options.addExample(u"layout --in-place --tables orders,order_items shop.relata"_s);
    options.addExample(u"layout --format json shop.relata"_s);
    if (const auto exit = options.parse(args, out, err))
        return *exit;

    const QString format = options.value(formatOption);
    if (format != u"relata"_s && format != u"json"_s)
        return options.usageError(err, u"--format must be relata or json"_s);
    if (options.isSet(outputOption) && options.isSet(inPlaceOption))
        return options.usageError(err, u"use only one of -o and --in-place"_s);
    if (options.isSet(inPlaceOption) && format == u"json"_s)
        return options.usageError(err, u"--in-place writes a schema, not --format json"_s);

    const QString path = options.arguments().constFirst();
    Result<Schema> loaded = loadRelataFile(path);
    if (!loaded) {
        err << loaded.errorString() << u'\n';
        return ExitUsage;
    }
    Schema schema = std::move(loaded).value();

    QStringList names;
    for (const QString &list : options.values(tablesOption))
        names += list.split(u',', Qt::SkipEmptyParts);
    if (options.isSet(tablesFileOption)) {
        QString error;
        const std::optional<QStringList> listed
                = readTableList(options.value(tablesFileOption), &error);
        if (!listed) {
            err << error << u'\n';
            return ExitUsage;
        }
        names += *listed;
    }
    QSet<TableId> movable;
    for (const QString &tableName : std::as_const(names)) {
        const Table *table = schema.tableByName(tableName.trimmed());
        if (!table) {
            err << u"%1: no table named \"%2\"\n"_s.arg(path, tableName.trimmed());
            return ExitUsage;
        }
        movable.insert(table->id);
    }

    Result<LayoutResult> result
            = createGraphvizLayoutEngine()->layout(layoutInput(schema, movable));
    if (!result) {
        err << u"%1: the layout failed: %2\n"_s.arg(path, result.errorString());
        return ExitUsage;
    }
    for (auto it = result.value().positions.cbegin(); it != result.value().positions.cend(); ++it) {
        if (Table *table = schema.tableForEdit(it.key()))
            table->position = QPointF(std::round(it.value().x()), std::round(it.value().y()));
    }
    const QByteArray data
            = format == u"json"_s ? positionsJson(schema, result.value()) : serializeRelata(schema);
    const QString target = options.isSet(inPlaceOption) ? path : options.value(outputOption);
    QString error;
    if (!writeOutput(data, target, out, &error)) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

QByteArray LayoutCommand::positionsJson(const Schema &schema, const LayoutResult &result)
{
    QJsonArray positions;
    for (const Table &table : schema.tables()) {
        if (!result.positions.contains(table.id))
            continue;
        positions.append(QJsonObject{{u"table"_s, table.name},
                                     {u"x"_s, table.position.x()},
                                     {u"y"_s, table.position.y()}});
    }
    QJsonObject root{{u"strategy"_s, result.strategy}, {u"positions"_s, positions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace relata
