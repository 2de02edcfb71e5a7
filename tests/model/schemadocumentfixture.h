#pragma once

// The schema the SchemaDocument tests share: users(id, name) ← blocks(id, user_id,
// label), with an index on blocks(user_id).
#include "core/schemadocument.h"

#include <QSignalSpy>

namespace schemadocumenttest {

using namespace Qt::StringLiterals;
using namespace relata;

inline Column makeColumn(const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type.text = type;
    c.nullable = nullable;
    return c;
}

/// users(id, name) ← blocks(id, user_id, label); index on blocks(user_id).
struct Fixture
{
    SchemaDocument doc;
    TableId users, blocks;
    ColumnId usersId, usersName, blocksId, blocksUserId, blocksLabel;
    IndexId blocksUserIndex;
    RelationId relation;

    Fixture()
    {
        Table u;
        u.name = u"users"_s;
        u.columns = {makeColumn(u"id"_s, u"bigint unsigned"_s, false),
                     makeColumn(u"name"_s, u"varchar(120)"_s)};
        users = doc.addTable(u);
        const Table *ut = doc.schema().table(users);
        usersId = ut->columns.at(0).id;
        usersName = ut->columns.at(1).id;
        doc.setPrimaryKey(users, {usersId});

        Table b;
        b.name = u"blocks"_s;
        b.columns = {makeColumn(u"id"_s, u"bigint unsigned"_s, false),
                     makeColumn(u"user_id"_s, u"bigint unsigned"_s),
                     makeColumn(u"label"_s, u"varchar(200)"_s)};
        blocks = doc.addTable(b);
        const Table *bt = doc.schema().table(blocks);
        blocksId = bt->columns.at(0).id;
        blocksUserId = bt->columns.at(1).id;
        blocksLabel = bt->columns.at(2).id;
        doc.setPrimaryKey(blocks, {blocksId});
        Index ix;
        ix.name = u"idx_blocks_user_id"_s;
        ix.columns = {blocksUserId};
        blocksUserIndex = doc.addIndex(blocks, ix);

        Relation r;
        r.childTable = blocks;
        r.childColumns = {blocksUserId};
        r.parentTable = users;
        r.parentColumns = {usersId};
        relation = doc.addRelation(r);
    }
    const Table &table(TableId id) const { return *doc.schema().table(id); }
    const Relation &rel() const { return *doc.schema().relation(relation); }
};

using Changes = SchemaDocument::TableChanges;
using Change = SchemaDocument::TableChange;

inline Changes changesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).value<Changes>();
}

} // namespace schemadocumenttest
