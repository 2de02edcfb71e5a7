#include "relatareader.h"

#include "jsonpath.h"
#include "relatafile.h"
#include "relataformat.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr std::array kTopKeys = {"format"_L1, "version"_L1,   "name"_L1,   "dialect"_L1,
                                 "tables"_L1, "relations"_L1, "groups"_L1, "layout"_L1};
constexpr std::array kTableKeys
        = {"name"_L1, "comment"_L1, "columns"_L1, "primaryKey"_L1, "indexes"_L1, "softDelete"_L1};
constexpr std::array kColumnKeys
        = {"name"_L1, "type"_L1, "nullable"_L1, "default"_L1, "autoIncrement"_L1, "comment"_L1};
constexpr std::array kIndexKeys = {"name"_L1, "columns"_L1, "unique"_L1};

constexpr auto kNotAnObject = "not a Relata file (expected a JSON object at the top level)"_L1;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::optional<Schema> RelataReader::read(const QByteArray &data)
{
    *this = RelataReader();
    std::optional<Schema> schema = parse(data);
    if (!schema && m_error.message.isEmpty())
        m_error.message = errorString();
    return schema;
}

std::optional<Schema> RelataReader::parse(const QByteArray &data)
{
    if (data.size() > kMaxRelataFileBytes) {
        m_error = RelataReadError::fileTooLarge(data.size());
        return std::nullopt;
    }
    QByteArrayView json(data);
    if (json.startsWith("\xef\xbb\xbf"))
        json = json.sliced(3);
    const char *first = std::find_if_not(json.begin(), json.end(), isBlank);
    if (first == json.end()) {
        fail({}, u"the file is empty"_s);
        return std::nullopt;
    }
    if (json.startsWith("\xff\xfe") || json.startsWith("\xfe\xff")) {
        fail({}, u"the file is UTF-16 encoded; a .relata file must be UTF-8"_s);
        return std::nullopt;
    }
    if (*first != '{' && *first != '[') { // a number, a string, text that is no JSON at all
        fail({}, QString(kNotAnObject));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = RelataReadError::fromJsonParseError(json, parseError);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail({}, QString(kNotAnObject));
        return std::nullopt;
    }
    const QJsonObject top = doc.object();
    if (!readHeader(top) || !readBody(top))
        return std::nullopt;
    return std::exchange(m_schema, Schema());
}

bool RelataReader::readHeader(const QJsonObject &top)
{
    const JsonPath root;
    const QJsonValue format = top.value("format"_L1);
    if (format.toString() != "relata"_L1)
        return fail(root / "format"_L1, u"not a Relata file (expected \"relata\")"_s);

    const QJsonValue version = top.value("version"_L1);
    if (version.isUndefined())
        return fail(root / "version"_L1, u"missing (expected an integer)"_s);
    const double v = version.toDouble(0.5);
    if (!version.isDouble() || v != std::trunc(v))
        return fail(root / "version"_L1, u"expected an integer"_s);
    const QString shown = QString::number(v, 'g', QLocale::FloatingPointShortest);
    if (v > format::kVersion)
        return fail(root / "version"_L1,
                    u"this file was written by a newer Relata (version %1); this version reads "
                    "version %2"_s.arg(shown, QString::number(format::kVersion)));
    if (v < format::kVersion)
        return fail(root / "version"_L1,
                    u"unsupported version %1 (this version reads version %2)"_s.arg(
                            shown, QString::number(format::kVersion)));

    QString dialect;
    if (!getString(top, "dialect"_L1, root, &dialect, Need::Required))
        return false;
    const std::optional<Dialect> d = dialectFromName(dialect);
    if (!d)
        return fail(root / "dialect"_L1,
                    u"unknown dialect %1 (expected mysql, postgresql or sqlite)"_s.arg(
                            quoted(dialect)));
    m_schema.dialect = *d;
    return getName(top, "name"_L1, root, &m_schema.name, Need::Optional);
}

bool RelataReader::readBody(const QJsonObject &top)
{
    const JsonPath root;
    QJsonArray tables, relations, groups;
    if (!getArray(top, "tables"_L1, root, &tables)
        || !getArray(top, "relations"_L1, root, &relations)
        || !getArray(top, "groups"_L1, root, &groups))
        return false;
    m_tableByName.reserve(tables.size());
    m_columnsByName.reserve(tables.size());
    const JsonPath tablesPath = root / "tables"_L1;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (!readTable(tables.at(i), tablesPath[i]))
            return false;
    }
    const JsonPath relationsPath = root / "relations"_L1;
    for (qsizetype i = 0; i < relations.size(); ++i) {
        if (!readRelation(relations.at(i), relationsPath[i]))
            return false;
    }
    const JsonPath groupsPath = root / "groups"_L1;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!readGroup(groups.at(i), groupsPath[i]))
            return false;
    }
    m_schema.extra = unknownKeys(top, kTopKeys);
    const QJsonValue layout = top.value("layout"_L1);
    return layout.isUndefined() || readLayout(layout, root / "layout"_L1);
}

bool RelataReader::checkName(const QString &name, const JsonPath &path, bool allowEmpty)
{
    if (name.isEmpty() && !allowEmpty)
        return fail(path, u"must not be empty"_s);
    if (name.size() > kMaxNameLength)
        return fail(path, u"name is too long (%1 characters; at most %2)"_s.arg(
                                  QString::number(name.size()), QString::number(kMaxNameLength)));
    if (name.contains(QChar(0)))
        return fail(path, u"must not contain a NUL character"_s);
    return true;
}

bool RelataReader::getName(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                           QString *out, Need need)
{
    return getString(o, key, path, out, need)
           && checkName(*out, path / key, need == Need::Optional);
}

bool RelataReader::readTable(const QJsonValue &value, const JsonPath &path)
{
    QJsonObject o;
    Table table;
    if (!toObject(value, path, &o) || !getName(o, "name"_L1, path, &table.name))
        return false;
    if (const auto first = m_tableByName.constFind(table.name); first != m_tableByName.cend())
        return fail(path / "name"_L1, u"duplicate table name %1 (first at tables[%2])"_s.arg(
                                              quoted(table.name), QString::number(*first)));
    QHash<QString, qsizetype> columnsByName;
    if (!getString(o, "comment"_L1, path, &table.comment)
        || !readColumns(o, path, &table, &columnsByName))
        return false;
    table.extra = unknownKeys(o, kTableKeys);
    if (table.extra.contains(format::kLayoutExtraKey))
        return fail(path / format::kLayoutExtraKey,
                    u"positions belong in the top-level \"layout\" section"_s);

    const qsizetype tableIndex = m_schema.tables().size();
    m_tableByName.insert(table.name, tableIndex);
    m_columnsByName.append(std::move(columnsByName));
    const TableId id = m_schema.addTable(std::move(table));

    QList<ColumnId> primaryKey;
    if (!resolveColumns(o, "primaryKey"_L1, path, tableIndex, Need::Optional, &primaryKey))
        return false;
    m_schema.tableForEdit(id)->primaryKey = std::move(primaryKey);
    if (!readIndexes(o, path, tableIndex))
        return false;
    const QJsonValue softDelete = o.value("softDelete"_L1);
    return softDelete.isUndefined()
           || resolveColumn(softDelete, path / "softDelete"_L1, tableIndex,
                            &m_schema.tableForEdit(id)->softDeleteColumn);
}

bool RelataReader::readColumns(const QJsonObject &o, const JsonPath &path, Table *table,
                               QHash<QString, qsizetype> *byName)
{
    QJsonArray columns;
    if (!getArray(o, "columns"_L1, path, &columns))
        return false;
    table->columns.reserve(columns.size());
    byName->reserve(columns.size());
    const JsonPath columnsPath = path / "columns"_L1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const JsonPath columnPath = columnsPath[i];
        Column column;
        if (!readColumn(columns.at(i), columnPath, &column))
            return false;
        if (const auto first = byName->constFind(column.name); first != byName->cend())
            return fail(columnPath / "name"_L1,
                        u"duplicate column name %1 in table %2 (first at columns[%3])"_s.arg(
                                quoted(column.name), quoted(table->name), QString::number(*first)));
        byName->insert(column.name, i);
        table->columns.append(std::move(column));
    }
    return true;
}

bool RelataReader::readColumn(const QJsonValue &value, const JsonPath &path, Column *column)
{
    QJsonObject o;
    QString type;
    if (!toObject(value, path, &o) || !getName(o, "name"_L1, path, &column->name)
        || !getString(o, "type"_L1, path, &type, Need::Required))
        return false;
    if (type.size() > format::kMaxTypeLength)
        return fail(path / "type"_L1,
                    u"too long (%1 characters; at most %2)"_s.arg(
                            QString::number(type.size()), QString::number(format::kMaxTypeLength)));
    column->type = SqlType::parse(type, m_schema.dialect);
    const QJsonValue defaultValue = o.value("default"_L1);
    if (defaultValue.isNull())
        column->defaultValue = QString(format::kNullDefault);
    else if (defaultValue.isString())
        column->defaultValue = defaultValue.toString();
    else if (!defaultValue.isUndefined())
        return fail(path / "default"_L1, u"expected a string or null"_s);
    if (!getBool(o, "nullable"_L1, path, &column->nullable)
        || !getBool(o, "autoIncrement"_L1, path, &column->autoIncrement)
        || !getString(o, "comment"_L1, path, &column->comment))
        return false;
    column->extra = unknownKeys(o, kColumnKeys);
    return true;
}

bool RelataReader::readIndexes(const QJsonObject &o, const JsonPath &path, qsizetype tableIndex)
{
    QJsonArray indexes;
    if (!getArray(o, "indexes"_L1, path, &indexes))
        return false;
    QList<Index> result;
    result.reserve(indexes.size());
    QHash<QString, qsizetype> byName;
    const JsonPath indexesPath = path / "indexes"_L1;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const JsonPath indexPath = indexesPath[i];
        QJsonObject io;
        Index index;
        if (!toObject(indexes.at(i), indexPath, &io)
            || !getName(io, "name"_L1, indexPath, &index.name))
            return false;
        if (const auto first = byName.constFind(index.name); first != byName.cend())
            return fail(indexPath / "name"_L1,
                        u"duplicate index name %1 in table %2 (first at indexes[%3])"_s.arg(
                                quoted(index.name), quoted(m_schema.tables().at(tableIndex).name),
                                QString::number(*first)));
        byName.insert(index.name, i);
        if (!resolveColumns(io, "columns"_L1, indexPath, tableIndex, Need::Required, &index.columns)
            || !getBool(io, "unique"_L1, indexPath, &index.unique))
            return false;
        index.id = m_schema.newIndexId();
        index.extra = unknownKeys(io, kIndexKeys);
        result.append(std::move(index));
    }
    m_schema.tableForEdit(m_schema.tables().at(tableIndex).id)->indexes = std::move(result);
    return true;
}

} // namespace relata
