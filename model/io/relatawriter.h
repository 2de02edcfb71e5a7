#pragma once

#include "core/schema.h"
#include "jsonwriter.h"

#include <QByteArray>

namespace relata {

/// Writes a Schema as the canonical text of a .relata file (docs/file-format.md): the
/// same schema always gives the same bytes, so that files diff and merge well.
///
/// References are written by name; an id that no longer resolves (which validation reports
/// as R001) is written as an empty name, and reading such a file fails with that path.
class RelataWriter
{
public:
    QByteArray write(const Schema &schema);

private:
    void writeTable(const Table &table);
    void writeColumn(const Column &column);
    void writeIndex(const Table &table, const Index &index);
    void writeRelation(const Relation &relation);
    void writeGroup(const TableGroup &group);
    void writeLayout();
    void writeLayoutEntry(const Table &table);
    void writeView(const QJsonObject &extra);
    void writeColumnNames(QLatin1StringView key, const Table *table, const QList<ColumnId> &ids);
    void writeExtra(const QJsonObject &extra, QLatin1StringView skip = {});

    JsonWriter m_json;
    const Schema *m_schema = nullptr;
};

} // namespace relata
