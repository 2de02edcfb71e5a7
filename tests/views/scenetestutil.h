#pragma once

// Small schemas and helpers the views tests share.
#include "core/schema.h"
#include "validate/finding.h"

#include <QGraphicsScene>

using namespace Qt::StringLiterals;

namespace relata::scenetest {

/// A column whose type is parsed as a file reader would (MySQL), so that schemas built
/// here compare equal with what the document gives back after an undo.
inline Column column(const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = SqlType::parse(type, Dialect::MySql);
    c.nullable = nullable;
    return c;
}

/// users(id) ← blocks(user_id), at fixed positions.
inline Schema linkSchema()
{
    Schema schema;
    schema.name = u"links"_s;
    Table users;
    users.name = u"users"_s;
    users.columns = {column(u"id"_s, u"int"_s, false), column(u"username"_s, u"varchar(120)"_s)};
    users.position = QPointF(0, 0);
    const TableId usersId = schema.addTable(users);
    schema.tableForEdit(usersId)->primaryKey = {schema.table(usersId)->columns.at(0).id};

    Table blocks;
    blocks.name = u"blocks"_s;
    blocks.columns = {column(u"id"_s, u"int"_s, false), column(u"user_id"_s, u"int"_s, false),
                      column(u"url"_s, u"text"_s)};
    blocks.position = QPointF(400, 0);
    const TableId blocksId = schema.addTable(blocks);
    const Table *b = schema.table(blocksId);
    schema.tableForEdit(blocksId)->primaryKey = {b->columns.at(0).id};

    Relation r;
    r.childTable = blocksId;
    r.childColumns = {b->columns.at(1).id};
    r.parentTable = usersId;
    r.parentColumns = {schema.table(usersId)->columns.at(0).id};
    schema.addRelation(r);
    return schema;
}

inline Finding finding(const QString &code, Severity severity, QList<TableId> tables,
                       QList<RelationId> relations = {})
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.message = u"message of "_s + code;
    f.fix = u"fix for "_s + code;
    f.tables = std::move(tables);
    f.relations = std::move(relations);
    return f;
}

template<typename T>
inline qsizetype countItems(const QGraphicsScene &scene)
{
    qsizetype n = 0;
    for (QGraphicsItem *item : scene.items()) {
        if (qgraphicsitem_cast<T *>(item))
            ++n;
    }
    return n;
}

} // namespace relata::scenetest
