// SchemaDocument's keys, indexes and relations: the signals of each edit, one-to-one
// detection, index coverage, restoring removed objects with their ids, and reset.
#include "core/naming.h"
#include "core/schemadocument.h"
#include "schemadocumentfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace schemadocumenttest;

class TstSchemaDocumentRelations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TstSchemaDocumentRelations)
#include "tst_schemadocument_relations.moc"
