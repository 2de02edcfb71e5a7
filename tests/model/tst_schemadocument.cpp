#include "core/naming.h"
#include "core/schemadocument.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

Column makeColumn(const QString &name, const QString &type, bool nullable = true)
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

Changes changesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).value<Changes>();
}

} // namespace

class TstSchemaDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsConsistent()
    {
        Fixture f;
        QVERIFY(f.users.isValid() && f.blocks.isValid() && f.relation.isValid());
        QCOMPARE(f.doc.schema().tables().size(), 2);
        QCOMPARE(f.doc.schema().describe(f.rel()), u"blocks.user_id → users.id"_s);
        QCOMPARE(effectiveNameOnChild(f.doc.schema(), f.rel()), u"user"_s);
        QCOMPARE(effectiveNameOnParent(f.doc.schema(), f.rel()), u"blocks"_s);
        QCOMPARE(relationKind(f.doc.schema(), f.rel()), RelationKind::ManyToOne);
        // Ids are unique across kinds.
        QSet<quint32> ids{f.users.value(),       f.blocks.value(),          f.usersId.value(),
                          f.usersName.value(),   f.blocksId.value(),        f.blocksUserId.value(),
                          f.blocksLabel.value(), f.blocksUserIndex.value(), f.relation.value()};
        QCOMPARE(ids.size(), 9);
    }

    void addTable()
    {
        Fixture f;
        QSignalSpy added(&f.doc, &SchemaDocument::tableAdded);
        Table t;
        t.name = u"tags"_s;
        t.columns = {makeColumn(u"id"_s, u"int"_s)};
        const TableId id = f.doc.addTable(t, 0);
        QVERIFY(id.isValid());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<TableId>(), id);
        QCOMPARE(f.doc.schema().tables().first().name, u"tags"_s);
        QCOMPARE(f.doc.schema().tableIndex(f.users), 1);
        QVERIFY(f.doc.schema().tables().first().columns.first().id.isValid());
    }

    void addTableWithFreshIds()
    {
        Fixture f;
        // A copy of users: every id is taken already.
        Table copy = *f.doc.schema().table(f.users);
        copy.name = u"people"_s;
        copy.primaryKey = {copy.columns.first().id};
        copy.softDeleteColumn = copy.columns.last().id;
        QHash<ColumnId, ColumnId> map;
        const TableId id = f.doc.addTableWithFreshIds(copy, -1, &map);
        QVERIFY(id.isValid());
        QVERIFY(id != f.users);
        const Table *added = f.doc.schema().table(id);
        QCOMPARE(added->columns.size(), copy.columns.size());
        QCOMPARE(map.size(), copy.columns.size());
        QSet<ColumnId> seen;
        for (const Table &t : f.doc.schema().tables()) {
            for (const Column &c : t.columns)
                QVERIFY2(!seen.contains(c.id), "column ids must stay unique in the schema");
            for (const Column &c : t.columns)
                seen.insert(c.id);
        }
        QCOMPARE(added->primaryKey, QList<ColumnId>{map.value(copy.columns.first().id)});
        QCOMPARE(added->primaryKey, QList<ColumnId>{added->columns.first().id});
        QCOMPARE(added->softDeleteColumn, added->columns.last().id);
        for (int i = 0; i < added->indexes.size(); ++i) {
            QVERIFY(added->indexes.at(i).id != copy.indexes.at(i).id);
            QCOMPARE(added->columnNames(added->indexes.at(i).columns),
                     copy.columnNames(copy.indexes.at(i).columns));
        }
    }

    void addTableRejectsBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("empty name") << QString() << QStringList{u"id"_s};
        QTest::newRow("duplicate table") << u"users"_s << QStringList{u"id"_s};
        QTest::newRow("duplicate column") << u"t"_s << QStringList{u"id"_s, u"id"_s};
        QTest::newRow("empty column name") << u"t"_s << QStringList{QString()};
    }
    void addTableRejectsBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, columns);
        Fixture f;
        QSignalSpy added(&f.doc, &SchemaDocument::tableAdded);
        Table t;
        t.name = name;
        for (const QString &c : columns)
            t.columns.append(makeColumn(c, u"int"_s));
        QVERIFY(!f.doc.addTable(t).isValid());
        QCOMPARE(added.size(), 0);
        QCOMPARE(f.doc.schema().tables().size(), 2);
    }

    void removeTableRemovesItsRelationsFirst()
    {
        Fixture f;
        QStringList order;
        connect(&f.doc, &SchemaDocument::relationRemoved, this,
                [&](RelationId) { order << u"relation"_s; });
        connect(&f.doc, &SchemaDocument::tableRemoved, this, [&](TableId id) {
            order << u"table"_s;
            QCOMPARE(id, f.users);
        });
        QVERIFY(f.doc.removeTable(f.users));
        QCOMPARE(order, (QStringList{u"relation"_s, u"table"_s}));
        QVERIFY(!f.doc.schema().table(f.users));
        QVERIFY(f.doc.schema().relations().isEmpty());
        QVERIFY(!f.doc.removeTable(f.users));
    }

    void renameTableKeepsRelationsIndexesAndPosition()
    {
        Fixture f;
        f.doc.moveTable(f.blocks, QPointF(300, 40));
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        QVERIFY(f.doc.renameTable(f.blocks, u"links"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changesOf(changed, 0), Changes(Change::Name));
        QCOMPARE(f.table(f.blocks).name, u"links"_s);
        QCOMPARE(f.table(f.blocks).position, QPointF(300, 40));
        QCOMPARE(f.table(f.blocks).indexes.first().columns, QList<ColumnId>{f.blocksUserId});
        QCOMPARE(f.rel().childTable, f.blocks);
        QCOMPARE(f.doc.schema().describe(f.rel()), u"links.user_id → users.id"_s);
        QCOMPARE(effectiveNameOnParent(f.doc.schema(), f.rel()), u"links"_s);
        // Collisions and empty names are refused without a signal.
        QVERIFY(!f.doc.renameTable(f.blocks, u"users"_s));
        QVERIFY(!f.doc.renameTable(f.blocks, QString()));
        QCOMPARE(changed.size(), 1);
    }

    void tableProperties()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        QVERIFY(f.doc.setTableComment(f.users, u"people"_s));
        QVERIFY(f.doc.setTablePinned(f.users, true));
        QVERIFY(f.doc.setSoftDeleteColumn(f.users, f.usersName));
        QVERIFY(f.doc.moveTables({{f.users, QPointF(1, 2)}, {f.blocks, QPointF(3, 4)}}));
        QCOMPARE(changed.size(), 5);
        QCOMPARE(changesOf(changed, 0), Changes(Change::Comment));
        QCOMPARE(changesOf(changed, 1), Changes(Change::Pinned));
        QCOMPARE(changesOf(changed, 2), Changes(Change::SoftDelete));
        QCOMPARE(changesOf(changed, 3), Changes(Change::Position));
        QCOMPARE(f.table(f.users).comment, u"people"_s);
        QVERIFY(f.table(f.users).pinned);
        QCOMPARE(f.table(f.users).softDeleteColumn, f.usersName);
        QCOMPARE(f.table(f.blocks).position, QPointF(3, 4));
        // No-op edits emit nothing; a column of another table is refused.
        QVERIFY(f.doc.setTableComment(f.users, u"people"_s));
        QVERIFY(!f.doc.setSoftDeleteColumn(f.users, f.blocksLabel));
        QVERIFY(!f.doc.moveTables({{f.users, QPointF(9, 9)}, {TableId(999), QPointF()}}));
        QCOMPARE(f.table(f.users).position, QPointF(1, 2));
        QCOMPARE(changed.size(), 5);
    }

    void addColumn()
    {
        Fixture f;
        QSignalSpy added(&f.doc, &SchemaDocument::columnAdded);
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        const ColumnId id = f.doc.addColumn(f.users, makeColumn(u"email"_s, u"varchar(255)"_s), 1);
        QVERIFY(id.isValid());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(1).value<ColumnId>(), id);
        QCOMPARE(changesOf(changed, 0), Changes(Change::Columns));
        QCOMPARE(f.table(f.users).columns.at(1).name, u"email"_s);
        QVERIFY(!f.doc.addColumn(f.users, makeColumn(u"email"_s, u"int"_s)).isValid());
        QVERIFY(!f.doc.addColumn(TableId(999), makeColumn(u"x"_s, u"int"_s)).isValid());
        QCOMPARE(added.size(), 1);
    }

    void removeColumnCleansKeysIndexesAndRelations()
    {
        Fixture f;
        f.doc.setSoftDeleteColumn(f.blocks, f.blocksUserId);
        QSignalSpy removed(&f.doc, &SchemaDocument::columnRemoved);
        QSignalSpy relRemoved(&f.doc, &SchemaDocument::relationRemoved);
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        QVERIFY(f.doc.removeColumn(f.blocks, f.blocksUserId));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(relRemoved.size(), 1);
        QCOMPARE(changesOf(changed, 0),
                 Changes(Change::Columns) | Change::Indexes | Change::SoftDelete);
        QVERIFY(f.table(f.blocks).indexes.isEmpty()); // the index had only that column
        QVERIFY(!f.table(f.blocks).softDeleteColumn.isValid());
        QVERIFY(f.doc.schema().relations().isEmpty());
        QCOMPARE(f.table(f.blocks).columns.size(), 2);

        QSignalSpy pkChanged(&f.doc, &SchemaDocument::tableChanged);
        QVERIFY(f.doc.removeColumn(f.users, f.usersId));
        QVERIFY(changesOf(pkChanged, 0).testFlag(Change::PrimaryKey));
        QVERIFY(f.table(f.users).primaryKey.isEmpty());
        QVERIFY(!f.doc.removeColumn(f.users, f.usersId));
    }

    void renameColumnKeepsRelationsAndIndexes()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::columnChanged);
        QVERIFY(f.doc.renameColumn(f.users, f.usersId, u"user_pk"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.doc.schema().describe(f.rel()), u"blocks.user_id → users.user_pk"_s);
        QCOMPARE(f.table(f.users).primaryKey, QList<ColumnId>{f.usersId});
        QVERIFY(f.doc.renameColumn(f.blocks, f.blocksUserId, u"owner_id"_s));
        QCOMPARE(f.table(f.blocks).indexes.first().columns, QList<ColumnId>{f.blocksUserId});
        QCOMPARE(f.doc.schema().describe(f.rel()), u"blocks.owner_id → users.user_pk"_s);
        QVERIFY(!f.doc.renameColumn(f.blocks, f.blocksUserId, u"label"_s));
        QVERIFY(!f.doc.renameColumn(f.blocks, f.blocksUserId, QString()));
        QCOMPARE(changed.size(), 2);
    }

    void moveColumn()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::columnChanged);
        QVERIFY(f.doc.moveColumn(f.blocks, f.blocksLabel, 0));
        QCOMPARE(f.table(f.blocks).columnNames({f.table(f.blocks).columns.at(0).id}),
                 QStringList{u"label"_s});
        QCOMPARE(changed.size(), 1);
        QVERIFY(!f.doc.moveColumn(f.blocks, f.blocksLabel, 3));
        QVERIFY(!f.doc.moveColumn(f.blocks, f.usersId, 0));
        QCOMPARE(f.rel().childColumns, QList<ColumnId>{f.blocksUserId});
    }

    void columnProperties()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::columnChanged);
        QVERIFY(f.doc.setColumnType(f.blocks, f.blocksUserId, u"int"_s));
        QVERIFY(f.doc.setColumnNullable(f.blocks, f.blocksUserId, false));
        QVERIFY(f.doc.setColumnDefault(f.blocks, f.blocksUserId, u"0"_s));
        QVERIFY(f.doc.setColumnAutoIncrement(f.blocks, f.blocksId, true));
        QVERIFY(f.doc.setColumnComment(f.blocks, f.blocksUserId, u"owner"_s));
        QCOMPARE(changed.size(), 5);
        const Column *c = f.table(f.blocks).column(f.blocksUserId);
        QCOMPARE(c->type.text, u"int"_s);
        QCOMPARE(c->type, SqlType::parse(u"int"_s, Dialect::MySql));
        QVERIFY(!c->nullable);
        QCOMPARE(c->defaultValue, std::optional<QString>(u"0"_s));
        QCOMPARE(c->comment, u"owner"_s);
        QVERIFY(f.table(f.blocks).column(f.blocksId)->autoIncrement);
        // Same value again: no signal.
        QVERIFY(f.doc.setColumnNullable(f.blocks, f.blocksUserId, false));
        QVERIFY(!f.doc.setColumnNullable(f.blocks, f.usersId, false));
        QCOMPARE(changed.size(), 5);

        Column whole = *c;
        whole.name = u"owner_id"_s;
        whole.defaultValue.reset();
        QVERIFY(f.doc.changeColumn(f.blocks, whole));
        QCOMPARE(changed.size(), 6);
        QCOMPARE(f.table(f.blocks).column(f.blocksUserId)->name, u"owner_id"_s);
        whole.name = u"label"_s;
        QVERIFY(!f.doc.changeColumn(f.blocks, whole));
    }

    void setDialectReparsesTypes()
    {
        Fixture f;
        f.doc.setColumnType(f.users, f.usersId, u"serial"_s);
        QCOMPARE(f.table(f.users).column(f.usersId)->type,
                 SqlType::parse(u"serial"_s, Dialect::MySql));
        QSignalSpy reset(&f.doc, &SchemaDocument::reset);
        f.doc.setDialect(Dialect::PostgreSql);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.table(f.users).column(f.usersId)->type,
                 SqlType::parse(u"serial"_s, Dialect::PostgreSql));
        QCOMPARE(f.table(f.users).column(f.usersId)->type.text, u"serial"_s);
    }

    void primaryKey()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        QVERIFY(f.doc.setPrimaryKey(f.blocks, {f.blocksId, f.blocksUserId}));
        QCOMPARE(changesOf(changed, 0), Changes(Change::PrimaryKey));
        QCOMPARE(f.table(f.blocks).primaryKey, (QList<ColumnId>{f.blocksId, f.blocksUserId}));
        QVERIFY(!f.doc.setPrimaryKey(f.blocks, {f.blocksId, f.blocksId}));
        QVERIFY(!f.doc.setPrimaryKey(f.blocks, {f.usersId}));
        QVERIFY(f.doc.setPrimaryKey(f.blocks, {}));
        QCOMPARE(changed.size(), 2);
    }

    void indexes()
    {
        Fixture f;
        QSignalSpy changed(&f.doc, &SchemaDocument::tableChanged);
        Index ix;
        ix.name = u"uq_users_name"_s;
        ix.columns = {f.usersName};
        ix.unique = true;
        const IndexId id = f.doc.addIndex(f.users, ix);
        QVERIFY(id.isValid());
        QCOMPARE(changesOf(changed, 0), Changes(Change::Indexes));
        QVERIFY(f.table(f.users).isKey({f.usersName}));

        Index edited = *f.table(f.users).index(id);
        edited.unique = false;
        QVERIFY(f.doc.changeIndex(f.users, edited));
        QVERIFY(!f.table(f.users).isKey({f.usersName}));
        QVERIFY(f.doc.removeIndex(f.users, id));
        QCOMPARE(changed.size(), 3);
        QVERIFY(f.table(f.users).indexes.isEmpty());

        Index bad;
        bad.name = u"bad"_s;
        QVERIFY(!f.doc.addIndex(f.users, bad).isValid()); // no columns
        bad.columns = {f.blocksLabel};
        QVERIFY(!f.doc.addIndex(f.users, bad).isValid()); // other table's column
        QVERIFY(!f.doc.removeIndex(f.users, id));
        QCOMPARE(changed.size(), 3);
    }

    void relations()
    {
        Fixture f;
        QSignalSpy added(&f.doc, &SchemaDocument::relationAdded);
        QSignalSpy changed(&f.doc, &SchemaDocument::relationChanged);
        QSignalSpy removed(&f.doc, &SchemaDocument::relationRemoved);

        QVERIFY(f.doc.setRelationActions(f.relation, ReferentialAction::Cascade,
                                         ReferentialAction::Restrict));
        QVERIFY(f.doc.setRelationNames(f.relation, u"owner"_s, u"links"_s));
        QVERIFY(f.doc.setRelationDecision(f.relation, RelationDecision::Accepted));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(f.rel().onDelete, ReferentialAction::Cascade);
        QCOMPARE(f.rel().onUpdate, ReferentialAction::Restrict);
        QCOMPARE(effectiveNameOnChild(f.doc.schema(), f.rel()), u"owner"_s);
        QCOMPARE(effectiveNameOnParent(f.doc.schema(), f.rel()), u"links"_s);

        Relation inferred = f.rel();
        inferred.origin = RelationOrigin::Inferred;
        inferred.confidence = 0.75;
        inferred.decision = RelationDecision::Pending;
        QVERIFY(f.doc.changeRelation(inferred));
        QCOMPARE(changed.size(), 4);
        QVERIFY(f.rel().isUnconfirmed());
        QCOMPARE(f.rel().confidence, 0.75);

        Relation self;
        self.childTable = f.users;
        self.childColumns = {f.usersName};
        self.parentTable = f.users;
        self.parentColumns = {f.usersId};
        const RelationId selfId = f.doc.addRelation(self);
        QCOMPARE(added.size(), 1);
        QVERIFY(f.doc.schema().relation(selfId)->isSelfReference());
        QCOMPARE(f.doc.schema().relationsOf(f.users), (QList<RelationId>{f.relation, selfId}));

        QVERIFY(f.doc.removeRelation(f.relation));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!f.doc.removeRelation(f.relation));
        QVERIFY(!f.doc.setRelationDecision(f.relation, RelationDecision::Ignored));
        QCOMPARE(changed.size(), 4);
    }

    void oneToOneWhenChildColumnsAreUnique()
    {
        Fixture f;
        Index ix;
        ix.name = u"uq_blocks_user_id"_s;
        ix.columns = {f.blocksUserId};
        ix.unique = true;
        f.doc.changeIndex(f.blocks, [&] {
            Index e = ix;
            e.id = f.blocksUserIndex;
            return e;
        }());
        QCOMPARE(relationKind(f.doc.schema(), f.rel()), RelationKind::OneToOne);
    }

    void indexCoverage()
    {
        // A lookup by (a) uses an index on (a, b); by (b) it cannot. Order matters, and the
        // primary key counts as an index.
        Fixture f;
        const ColumnId x = f.doc.addColumn(f.blocks, makeColumn(u"x"_s, u"int"_s));
        const ColumnId y = f.doc.addColumn(f.blocks, makeColumn(u"y"_s, u"int"_s));
        const ColumnId z = f.doc.addColumn(f.blocks, makeColumn(u"z"_s, u"int"_s));
        Index xyz;
        xyz.name = u"ix_xyz"_s;
        xyz.columns = {x, y, z};
        f.doc.addIndex(f.blocks, xyz);
        const Table &t = f.table(f.blocks);
        QVERIFY(t.isIndexed({x}));
        QVERIFY(t.isIndexed({x, y}));
        QVERIFY(t.isIndexed({x, y, z}));
        QVERIFY(!t.isIndexed({y, x}));
        QVERIFY(!t.isIndexed({y}));
        QVERIFY(!t.isIndexed({x, z}));
        QVERIFY(t.isIndexed({f.blocksId}));     // primary key
        QVERIFY(t.isIndexed({f.blocksUserId})); // idx_blocks_user_id
        QVERIFY(!t.isIndexed({f.blocksLabel}));
        QVERIFY(!t.isIndexed({}));
    }

    void restoringRemovedObjectsKeepsIds()
    {
        // Undo restores a removed table with its original ids and position in model order.
        Fixture f;
        const Table saved = f.table(f.users);
        const Relation savedRelation = f.rel();
        QVERIFY(f.doc.removeTable(f.users));
        QCOMPARE(f.doc.addTable(saved, 0), f.users);
        QCOMPARE(f.doc.addRelation(savedRelation, 0), f.relation);
        QCOMPARE(f.table(f.users), saved);
        QCOMPARE(f.doc.schema().describe(f.rel()), u"blocks.user_id → users.id"_s);
        // A later new object never reuses a restored id.
        Table t;
        t.name = u"tags"_s;
        const TableId fresh = f.doc.addTable(t);
        QVERIFY(fresh.value() > f.relation.value());
        // Adding the same ids again is refused.
        QVERIFY(!f.doc.addTable(saved).isValid());
        QVERIFY(!f.doc.addRelation(savedRelation).isValid());
    }

    void setSchemaEmitsReset()
    {
        Fixture f;
        QSignalSpy reset(&f.doc, &SchemaDocument::reset);
        QSignalSpy props(&f.doc, &SchemaDocument::schemaPropertiesChanged);
        f.doc.setSchema(Schema());
        QCOMPARE(reset.size(), 1);
        QVERIFY(f.doc.schema().tables().isEmpty());
        QVERIFY(f.doc.setSchemaName(u"shop"_s));
        QCOMPARE(props.size(), 1);
        QCOMPARE(f.doc.schema().name, u"shop"_s);
    }
};

QTEST_GUILESS_MAIN(TstSchemaDocument)
#include "tst_schemadocument.moc"
