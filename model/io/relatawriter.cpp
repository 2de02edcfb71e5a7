#include "relatawriter.h"

#include "relataformat.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Roughly the bytes a schema takes, so that the output is allocated once or twice.
qsizetype estimatedSize(const Schema &schema)
{
    qsizetype size = 256 + schema.relations().size() * 256;
    for (const Table &t : schema.tables())
        size += 200 + t.columns.size() * 110 + t.indexes.size() * 100;
    return size;
}

QJsonObject objectMember(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

} // namespace

QByteArray RelataWriter::write(const Schema &schema)
{
    m_schema = &schema;
    m_json = JsonWriter(estimatedSize(schema));
    m_json.beginObject();
    m_json.key("format"_L1);
    m_json.string(u"relata");
    m_json.key("version"_L1);
    m_json.integer(format::kVersion);
    if (!schema.name.isEmpty()) {
        m_json.key("name"_L1);
        m_json.string(schema.name);
    }
    m_json.key("dialect"_L1);
    m_json.string(dialectName(schema.dialect));
    if (!schema.tables().isEmpty()) {
        m_json.key("tables"_L1);
        m_json.beginArray();
        for (const Table &table : schema.tables())
            writeTable(table);
        m_json.endArray();
    }
    if (!schema.relations().isEmpty()) {
        m_json.key("relations"_L1);
        m_json.beginArray();
        for (const Relation &relation : schema.relations())
            writeRelation(relation);
        m_json.endArray();
    }
    if (!schema.groups.isEmpty()) {
        m_json.key("groups"_L1);
        m_json.beginArray();
        for (const TableGroup &group : schema.groups)
            writeGroup(group);
        m_json.endArray();
    }
    writeExtra(schema.extra, format::kLayoutExtraKey);
    writeLayout();
    m_json.endObject();
    m_schema = nullptr;
    return m_json.take();
}

void RelataWriter::writeTable(const Table &table)
{
    m_json.beginObject();
    m_json.key("name"_L1);
    m_json.string(table.name);
    if (!table.comment.isEmpty()) {
        m_json.key("comment"_L1);
        m_json.string(table.comment);
    }
    if (!table.columns.isEmpty()) {
        m_json.key("columns"_L1);
        m_json.beginArray();
        for (const Column &column : table.columns)
            writeColumn(column);
        m_json.endArray();
    }
    if (!table.primaryKey.isEmpty())
        writeColumnNames("primaryKey"_L1, &table, table.primaryKey);
    if (!table.indexes.isEmpty()) {
        m_json.key("indexes"_L1);
        m_json.beginArray();
        for (const Index &index : table.indexes)
            writeIndex(table, index);
        m_json.endArray();
    }
    if (table.softDeleteColumn.isValid()) {
        const Column *column = table.column(table.softDeleteColumn);
        m_json.key("softDelete"_L1);
        m_json.string(column ? column->name : QString());
    }
    writeExtra(table.extra, format::kLayoutExtraKey);
    m_json.endObject();
}

void RelataWriter::writeColumn(const Column &column)
{
    m_json.beginObject();
    m_json.key("name"_L1);
    m_json.string(column.name);
    m_json.key("type"_L1);
    m_json.string(column.type.text);
    if (!column.nullable) {
        m_json.key("nullable"_L1);
        m_json.boolean(false);
    }
    if (column.defaultValue) {
        m_json.key("default"_L1);
        if (*column.defaultValue == format::kNullDefault)
            m_json.null();
        else
            m_json.string(*column.defaultValue);
    }
    if (column.autoIncrement) {
        m_json.key("autoIncrement"_L1);
        m_json.boolean(true);
    }
    if (!column.comment.isEmpty()) {
        m_json.key("comment"_L1);
        m_json.string(column.comment);
    }
    writeExtra(column.extra);
    m_json.endObject();
}

void RelataWriter::writeIndex(const Table &table, const Index &index)
{
    m_json.beginObject();
    m_json.key("name"_L1);
    m_json.string(index.name);
    writeColumnNames("columns"_L1, &table, index.columns);
    m_json.key("unique"_L1);
    m_json.boolean(index.unique);
    writeExtra(index.extra);
    m_json.endObject();
}

void RelataWriter::writeColumnNames(QLatin1StringView key, const Table *table,
                                    const QList<ColumnId> &ids)
{
    m_json.key(key);
    m_json.beginArray(JsonWriter::Style::Compact);
    for (const ColumnId id : ids) {
        const Column *column = table ? table->column(id) : nullptr;
        m_json.string(column ? QStringView(column->name) : QStringView());
    }
    m_json.endArray();
}

void RelataWriter::writeRelation(const Relation &r)
{
    const Table *child = m_schema->table(r.childTable);
    const Table *parent = m_schema->table(r.parentTable);
    m_json.beginObject();
    m_json.key("child"_L1);
    m_json.string(child ? QStringView(child->name) : QStringView());
    writeColumnNames("childColumns"_L1, child, r.childColumns);
    m_json.key("parent"_L1);
    m_json.string(parent ? QStringView(parent->name) : QStringView());
    writeColumnNames("parentColumns"_L1, parent, r.parentColumns);
    const auto optionalString = [this](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty()) {
            m_json.key(key);
            m_json.string(value);
        }
    };
    optionalString("nameOnChild"_L1, r.nameOnChild);
    optionalString("nameOnParent"_L1, r.nameOnParent);
    if (r.onDelete != ReferentialAction::NoAction)
        optionalString("onDelete"_L1, referentialActionName(r.onDelete));
    if (r.onUpdate != ReferentialAction::NoAction)
        optionalString("onUpdate"_L1, referentialActionName(r.onUpdate));
    if (r.origin != RelationOrigin::Drawn)
        optionalString("origin"_L1, relationOriginName(r.origin));
    if (r.origin == RelationOrigin::Inferred || r.confidence != 1.0) {
        m_json.key("confidence"_L1);
        m_json.fixed(std::clamp(r.confidence, 0.0, 1.0), format::kConfidenceDecimals);
    }
    if (r.decision != RelationDecision::Pending)
        optionalString("decision"_L1, relationDecisionName(r.decision));
    if (!r.reasons.isEmpty()) {
        m_json.key("reasons"_L1);
        m_json.beginArray();
        for (const QString &reason : r.reasons)
            m_json.string(reason);
        m_json.endArray();
    }
    writeExtra(r.extra);
    m_json.endObject();
}

void RelataWriter::writeGroup(const TableGroup &group)
{
    m_json.beginObject();
    m_json.key("name"_L1);
    m_json.string(group.name);
    if (!group.tables.isEmpty()) {
        m_json.key("tables"_L1);
        m_json.beginArray(JsonWriter::Style::Compact);
        for (const TableId id : group.tables) {
            const Table *table = m_schema->table(id);
            m_json.string(table ? QStringView(table->name) : QStringView());
        }
        m_json.endArray();
    }
    if (!group.color.isEmpty()) {
        m_json.key("color"_L1);
        m_json.string(group.color);
    }
    writeExtra(group.extra);
    m_json.endObject();
}

void RelataWriter::writeLayout()
{
    QJsonObject extra = objectMember(m_schema->extra, format::kLayoutExtraKey);
    const QJsonObject viewExtra = objectMember(extra, format::kViewExtraKey);
    extra.remove(format::kViewExtraKey);
    extra.remove("tables"_L1);
    const bool hasView = m_schema->view.isSet || !viewExtra.isEmpty();
    if (m_schema->tables().isEmpty() && !hasView && extra.isEmpty())
        return;
    m_json.key("layout"_L1);
    m_json.beginObject();
    if (!m_schema->tables().isEmpty()) {
        m_json.key("tables"_L1);
        m_json.beginArray();
        for (const Table &table : m_schema->tables())
            writeLayoutEntry(table);
        m_json.endArray();
    }
    if (hasView)
        writeView(viewExtra);
    writeExtra(extra);
    m_json.endObject();
}

void RelataWriter::writeLayoutEntry(const Table &table)
{
    m_json.beginObject(JsonWriter::Style::Compact);
    m_json.key("table"_L1);
    m_json.string(table.name);
    m_json.key("x"_L1);
    m_json.fixed(format::clampCoordinate(table.position.x()), format::kPositionDecimals);
    m_json.key("y"_L1);
    m_json.fixed(format::clampCoordinate(table.position.y()), format::kPositionDecimals);
    if (table.pinned) {
        m_json.key("pinned"_L1);
        m_json.boolean(true);
    }
    writeExtra(objectMember(table.extra, format::kLayoutExtraKey));
    m_json.endObject();
}

void RelataWriter::writeView(const QJsonObject &extra)
{
    const ViewState &view = m_schema->view;
    m_json.key("view"_L1);
    m_json.beginObject(JsonWriter::Style::Compact);
    m_json.key("zoom"_L1);
    m_json.fixed(format::clampZoom(view.zoom), format::kZoomDecimals);
    m_json.key("centerX"_L1);
    m_json.fixed(format::clampCoordinate(view.center.x()), format::kPositionDecimals);
    m_json.key("centerY"_L1);
    m_json.fixed(format::clampCoordinate(view.center.y()), format::kPositionDecimals);
    writeExtra(extra);
    m_json.endObject();
}

void RelataWriter::writeExtra(const QJsonObject &extra, QLatin1StringView skip)
{
    if (extra.isEmpty())
        return;
    if (skip.isEmpty() || !extra.contains(skip)) {
        m_json.members(extra);
        return;
    }
    QJsonObject rest = extra;
    rest.remove(skip);
    m_json.members(rest);
}

} // namespace relata
