// SchemaDocument: the only way to change a schema. Each edit of tables and columns with
// its signals, refused edits, renames that keep references, and dialect changes.
#include "core/naming.h"
#include "core/schemadocument.h"
#include "schemadocumentfixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace schemadocumenttest;

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
};

QTEST_GUILESS_MAIN(TstSchemaDocument)
#include "tst_schemadocument.moc"
