// RelataReader, continued: relations, groups and layout, which refer to tables and
// columns by name.
#include "relatareader.h"

#include "jsonwriter.h"
#include "relataformat.h"

#include <array>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr std::array kRelationKeys
        = {"child"_L1,       "childColumns"_L1, "parent"_L1,   "parentColumns"_L1,
           "nameOnChild"_L1, "nameOnParent"_L1, "onDelete"_L1, "onUpdate"_L1,
           "origin"_L1,      "confidence"_L1,   "decision"_L1, "reasons"_L1};
constexpr std::array kGroupKeys = {"name"_L1, "tables"_L1, "color"_L1};
constexpr std::array kLayoutKeys = {"tables"_L1, "view"_L1};
constexpr std::array kLayoutEntryKeys = {"table"_L1, "x"_L1, "y"_L1, "pinned"_L1};
constexpr std::array kViewKeys = {"zoom"_L1, "centerX"_L1, "centerY"_L1};

constexpr auto kActions = "no action, restrict, cascade or set null"_L1;

bool isColor(const QString &text)
{
    if (text.size() != 7 || text.front() != u'#')
        return false;
    return std::all_of(text.begin() + 1, text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

bool RelataReader::resolveTable(const QJsonValue &value, const JsonPath &path,
                                qsizetype *tableIndex)
{
    if (value.isUndefined())
        return fail(path, u"missing (expected a table name)"_s);
    if (!value.isString())
        return fail(path, u"expected a string"_s);
    const QString name = value.toString();
    const auto it = m_tableByName.constFind(name);
    if (it == m_tableByName.cend())
        return fail(path, u"no table named "_s + quoted(name));
    *tableIndex = *it;
    return true;
}

bool RelataReader::resolveColumn(const QJsonValue &value, const JsonPath &path,
                                 qsizetype tableIndex, ColumnId *out)
{
    if (!value.isString())
        return fail(path, u"expected a string"_s);
    const QString name = value.toString();
    const Table &table = m_schema.tables().at(tableIndex);
    const qsizetype column = m_columnsByName.at(tableIndex).value(name, -1);
    if (column < 0)
        return fail(path, u"no column %1 in table %2"_s.arg(quoted(name), quoted(table.name)));
    *out = table.columns.at(column).id;
    return true;
}

bool RelataReader::resolveColumns(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                                  qsizetype tableIndex, Need need, QList<ColumnId> *out)
{
    QJsonArray names;
    if (!getArray(o, key, path, &names, need))
        return false;
    const JsonPath arrayPath = path / key;
    if (names.isEmpty() && need == Need::Required)
        return fail(arrayPath, u"must not be empty"_s);
    out->reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        ColumnId id;
        if (!resolveColumn(names.at(i), arrayPath[i], tableIndex, &id))
            return false;
        if (out->contains(id))
            return fail(arrayPath[i],
                        u"column %1 is listed twice"_s.arg(quoted(names.at(i).toString())));
        out->append(id);
    }
    return true;
}

bool RelataReader::readRelation(const QJsonValue &value, const JsonPath &path)
{
    QJsonObject o;
    Relation relation;
    qsizetype child = -1;
    qsizetype parent = -1;
    if (!toObject(value, path, &o) || !resolveTable(o.value("child"_L1), path / "child"_L1, &child)
        || !resolveColumns(o, "childColumns"_L1, path, child, Need::Required,
                           &relation.childColumns)
        || !resolveTable(o.value("parent"_L1), path / "parent"_L1, &parent)
        || !resolveColumns(o, "parentColumns"_L1, path, parent, Need::Required,
                           &relation.parentColumns)
        || !readRelationDetails(o, path, &relation))
        return false;
    relation.childTable = m_schema.tables().at(child).id;
    relation.parentTable = m_schema.tables().at(parent).id;
    relation.extra = unknownKeys(o, kRelationKeys);
    m_schema.addRelation(std::move(relation));
    return true;
}

bool RelataReader::readRelationDetails(const QJsonObject &o, const JsonPath &path,
                                       Relation *relation)
{
    if (!getName(o, "nameOnChild"_L1, path, &relation->nameOnChild, Need::Optional)
        || !getName(o, "nameOnParent"_L1, path, &relation->nameOnParent, Need::Optional)
        || !getEnum(o, "onDelete"_L1, path, &relation->onDelete, referentialActionFromName,
                    "action"_L1, kActions)
        || !getEnum(o, "onUpdate"_L1, path, &relation->onUpdate, referentialActionFromName,
                    "action"_L1, kActions)
        || !getEnum(o, "origin"_L1, path, &relation->origin, relationOriginFromName, "origin"_L1,
                    "drawn, constraint, comment or inferred"_L1)
        || !getNumber(o, "confidence"_L1, path, &relation->confidence)
        || !getEnum(o, "decision"_L1, path, &relation->decision, relationDecisionFromName,
                    "decision"_L1, "pending, accepted or ignored"_L1))
        return false;
    if (!(relation->confidence >= 0 && relation->confidence <= 1))
        return fail(path / "confidence"_L1,
                    u"must be between 0 and 1 (got %1)"_s.arg(QString::number(
                            relation->confidence, 'g', QLocale::FloatingPointShortest)));
    relation->confidence = roundToDecimals(relation->confidence, format::kConfidenceDecimals);
    QJsonArray reasons;
    if (!getArray(o, "reasons"_L1, path, &reasons))
        return false;
    const JsonPath reasonsPath = path / "reasons"_L1;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        if (!reasons.at(i).isString())
            return fail(reasonsPath[i], u"expected a string"_s);
        relation->reasons.append(reasons.at(i).toString());
    }
    return true;
}

bool RelataReader::readGroup(const QJsonValue &value, const JsonPath &path)
{
    QJsonObject o;
    TableGroup group;
    QJsonArray tables;
    if (!toObject(value, path, &o) || !getString(o, "name"_L1, path, &group.name, Need::Required)
        || !checkName(group.name, path / "name"_L1, true)
        || !getArray(o, "tables"_L1, path, &tables)
        || !getString(o, "color"_L1, path, &group.color))
        return false;
    if (!group.color.isEmpty() && !isColor(group.color))
        return fail(path / "color"_L1, u"expected a color like \"#1e90ff\""_s);
    const JsonPath tablesPath = path / "tables"_L1;
    group.tables.reserve(tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        qsizetype table = -1;
        if (!resolveTable(tables.at(i), tablesPath[i], &table))
            return false;
        const TableId id = m_schema.tables().at(table).id;
        if (group.tables.contains(id))
            return fail(tablesPath[i],
                        u"table %1 is listed twice"_s.arg(quoted(tables.at(i).toString())));
        group.tables.append(id);
    }
    group.extra = unknownKeys(o, kGroupKeys);
    m_schema.groups.append(std::move(group));
    return true;
}

bool RelataReader::readLayout(const QJsonValue &value, const JsonPath &path)
{
    QJsonObject o;
    QJsonArray entries;
    if (!toObject(value, path, &o) || !getArray(o, "tables"_L1, path, &entries))
        return false;
    QList<bool> seen(m_schema.tables().size(), false);
    const JsonPath entriesPath = path / "tables"_L1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!readLayoutEntry(entries.at(i), entriesPath[i], &seen))
            return false;
    }
    QJsonObject extra = unknownKeys(o, kLayoutKeys);
    const QJsonValue view = o.value("view"_L1);
    if (!view.isUndefined() && !readView(view, path / "view"_L1, &extra))
        return false;
    if (!extra.isEmpty())
        m_schema.extra.insert(format::kLayoutExtraKey, extra);
    return true;
}

bool RelataReader::getCoordinate(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                                 double *out)
{
    if (!getNumber(o, key, path, out))
        return false;
    *out = roundToDecimals(format::clampCoordinate(*out), format::kPositionDecimals);
    return true;
}

bool RelataReader::readLayoutEntry(const QJsonValue &value, const JsonPath &path, QList<bool> *seen)
{
    QJsonObject o;
    qsizetype index = -1;
    double x = 0;
    double y = 0;
    bool pinned = false;
    if (!toObject(value, path, &o) || !resolveTable(o.value("table"_L1), path / "table"_L1, &index)
        || !getCoordinate(o, "x"_L1, path, &x) || !getCoordinate(o, "y"_L1, path, &y)
        || !getBool(o, "pinned"_L1, path, &pinned))
        return false;
    Table *table = m_schema.tableForEdit(m_schema.tables().at(index).id);
    if (seen->at(index))
        return fail(path / "table"_L1,
                    u"table %1 has a layout entry already"_s.arg(quoted(table->name)));
    (*seen)[index] = true;
    table->position = QPointF(x, y);
    table->pinned = pinned;
    const QJsonObject extra = unknownKeys(o, kLayoutEntryKeys);
    if (!extra.isEmpty())
        table->extra.insert(format::kLayoutExtraKey, extra);
    return true;
}

bool RelataReader::readView(const QJsonValue &value, const JsonPath &path, QJsonObject *layoutExtra)
{
    QJsonObject o;
    ViewState &view = m_schema.view;
    double centerX = 0;
    double centerY = 0;
    if (!toObject(value, path, &o) || !getNumber(o, "zoom"_L1, path, &view.zoom)
        || !getCoordinate(o, "centerX"_L1, path, &centerX)
        || !getCoordinate(o, "centerY"_L1, path, &centerY))
        return false;
    view.isSet = true;
    view.zoom = roundToDecimals(format::clampZoom(view.zoom), format::kZoomDecimals);
    view.center = QPointF(centerX, centerY);
    const QJsonObject extra = unknownKeys(o, kViewKeys);
    if (!extra.isEmpty())
        layoutExtra->insert(format::kViewExtraKey, extra);
    return true;
}

} // namespace relata
