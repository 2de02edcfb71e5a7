#pragma once

#include "core/schema.h"
#include "jsonchecker.h"
#include "relatareaderror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace relata {

/// Turns the text of a .relata file (docs/file-format.md) into a Schema. Everything is
/// checked before it reaches the model; the first problem found is reported.
///
/// Ids are assigned as SchemaDocument assigns them when a schema is built in file order:
/// each table with its columns, then its indexes; then the relations.
class RelataReader : private JsonChecker
{
public:
    std::optional<Schema> read(const QByteArray &data);
    const RelataReadError &error() const { return m_error; }

private:
    std::optional<Schema> parse(const QByteArray &data);
    bool readHeader(const QJsonObject &top);
    bool readBody(const QJsonObject &top);
    bool checkName(const QString &name, const JsonPath &path, bool allowEmpty);
    bool getName(const QJsonObject &o, QLatin1StringView key, const JsonPath &path, QString *out,
                 Need need = Need::Required);
    bool readTable(const QJsonValue &value, const JsonPath &path);
    bool readColumns(const QJsonObject &o, const JsonPath &path, Table *table,
                     QHash<QString, qsizetype> *byName);
    bool readColumn(const QJsonValue &value, const JsonPath &path, Column *column);
    bool readIndexes(const QJsonObject &o, const JsonPath &path, qsizetype tableIndex);

    // relatareader_links.cpp: what refers to tables by name.
    bool readRelation(const QJsonValue &value, const JsonPath &path);
    bool readRelationDetails(const QJsonObject &o, const JsonPath &path, Relation *relation);
    bool readGroup(const QJsonValue &value, const JsonPath &path);
    bool readLayout(const QJsonValue &value, const JsonPath &path);
    bool readLayoutEntry(const QJsonValue &value, const JsonPath &path, QList<bool> *seen);
    bool readView(const QJsonValue &value, const JsonPath &path, QJsonObject *layoutExtra);
    bool getCoordinate(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                       double *out);
    bool resolveTable(const QJsonValue &value, const JsonPath &path, qsizetype *tableIndex);
    bool resolveColumns(const QJsonObject &o, QLatin1StringView key, const JsonPath &path,
                        qsizetype tableIndex, Need need, QList<ColumnId> *out);
    bool resolveColumn(const QJsonValue &value, const JsonPath &path, qsizetype tableIndex,
                       ColumnId *out);

    Schema m_schema;
    RelataReadError m_error;
    QHash<QString, qsizetype> m_tableByName;
    QList<QHash<QString, qsizetype>> m_columnsByName; ///< per table, in model order
};

} // namespace relata
