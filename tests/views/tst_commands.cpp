#include "commands/columncommands.h"
#include "commands/editordocument.h"
#include "commands/keycommands.h"
#include "commands/movetablescommand.h"
#include "commands/relationcommands.h"
#include "commands/tablecommands.h"
#include "scenetestutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relata::scenetest;

namespace {

Table table(const QString &name, const QList<Column> &columns, QPointF position)
{
    Table t;
    t.name = name;
    t.columns = columns;
    t.position = position;
    return t;
}

/// users(id, username, email) ← blocks(id, user_id, url, deleted_at), then tags(id).
/// blocks has a soft-delete column and two indexes using user_id; users has a
/// unique index on email.
void buildSchema(SchemaDocument &doc)
{
    const TableId users = doc.addTable(
            table(u"users"_s,
                  {column(u"id"_s, u"int"_s, false), column(u"username"_s, u"varchar(120)"_s),
                   column(u"email"_s, u"varchar(200)"_s)},
                  QPointF(0, 0)));
    const TableId blocks = doc.addTable(
            table(u"blocks"_s,
                  {column(u"id"_s, u"int"_s, false), column(u"user_id"_s, u"int"_s, false),
                   column(u"url"_s, u"text"_s), column(u"deleted_at"_s, u"datetime"_s)},
                  QPointF(400, 0)));
    const TableId tags
            = doc.addTable(table(u"tags"_s, {column(u"id"_s, u"int"_s, false)}, QPointF(0, 300)));
    const Table *u = doc.schema().table(users);
    const Table *b = doc.schema().table(blocks);
    doc.setPrimaryKey(users, {u->columns.at(0).id});
    doc.setPrimaryKey(blocks, {b->columns.at(0).id});
    doc.setPrimaryKey(tags, {doc.schema().table(tags)->columns.at(0).id});
    doc.setSoftDeleteColumn(blocks, b->columns.at(3).id);
    doc.addIndex(users, Index{{}, u"ux_email"_s, {u->columns.at(2).id}, true, {}});
    doc.addIndex(blocks, Index{{}, u"ix_user"_s, {b->columns.at(1).id}, false, {}});
    doc.addIndex(
            blocks,
            Index{{}, u"ix_user_url"_s, {b->columns.at(1).id, b->columns.at(2).id}, false, {}});
    Relation r;
    r.childTable = blocks;
    r.childColumns = {b->columns.at(1).id};
    r.parentTable = users;
    r.parentColumns = {u->columns.at(0).id};
    doc.addRelation(r);
    Relation self; // a second relation, so restored relations must keep their order
    self.childTable = tags;
    self.childColumns = {doc.schema().table(tags)->columns.at(0).id};
    self.parentTable = users;
    self.parentColumns = {u->columns.at(0).id};
    doc.addRelation(self);
}

QStringList tableNames(const Schema &schema)
{
    QStringList names;
    for (const Table &t : schema.tables())
        names.append(t.name);
    return names;
}

} // namespace

class TestCommands final : public QObject
{
    Q_OBJECT

private:
    /// push (redo), undo, redo, undo: the schema alternates exactly between the two
    /// states, ids included.
    static void roundTrip(EditorDocument &doc, QUndoCommand *command)
    {
        const Schema before = doc.schema();
        doc.push(command);
        QCOMPARE(doc.undoStack().count(), 1);
        const Schema after = doc.schema();
        QVERIFY(!(after == before));
        doc.undoStack().undo();
        QVERIFY(doc.schema() == before);
        doc.undoStack().redo();
        QVERIFY(doc.schema() == after);
        doc.undoStack().undo();
        QVERIFY(doc.schema() == before);
    }

    TableId id(EditorDocument &doc, const QString &name)
    {
        return doc.schema().tableByName(name)->id;
    }
    ColumnId col(EditorDocument &doc, const QString &t, const QString &c)
    {
        return doc.schema().tableByName(t)->columnByName(c)->id;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<EditorDocument>();
        buildSchema(m_doc->schemaDocument());
        m_doc->undoStack().clear();
    }

    void addTables()
    {
        SchemaDocument &sd = m_doc->schemaDocument();
        auto *cmd = new AddTablesCommand(
                sd, {table(u"a"_s, {column(u"x"_s, u"int"_s)}, QPointF(1, 2)),
                     table(u"b"_s, {column(u"y"_s, u"int"_s)}, QPointF(3, 4))});
        QCOMPARE(cmd->text(), u"Add 2 tables"_s);
        roundTrip(*m_doc, cmd);
        QCOMPARE(AddTablesCommand(sd, {table(u"c"_s, {}, {})}).text(), u"Add table c"_s);
    }

    void addTablesRefusedIsNotRecorded()
    {
        SchemaDocument &sd = m_doc->schemaDocument();
        const Schema before = m_doc->schema();
        m_doc->push(new AddTablesCommand(
                sd, {table(u"fresh"_s, {}, {}), table(u"users"_s, {}, {})})); // users exists
        QCOMPARE(m_doc->undoStack().count(), 0);
        QVERIFY(m_doc->schema() == before);
    }

    void removeTables()
    {
        const TableId users = id(*m_doc, u"users"_s);
        const TableId tags = id(*m_doc, u"tags"_s);
        auto *cmd = new RemoveTablesCommand(m_doc->schemaDocument(), {tags, users});
        QCOMPARE(cmd->text(), u"Remove 2 tables"_s);
        roundTrip(*m_doc, cmd);
        m_doc->undoStack().redo();
        QCOMPARE(tableNames(m_doc->schema()), QStringList{u"blocks"_s});
        QVERIFY(m_doc->schema().relations().isEmpty());
        m_doc->undoStack().undo();
        QCOMPARE(tableNames(m_doc->schema()), (QStringList{u"users"_s, u"blocks"_s, u"tags"_s}));
        QCOMPARE(m_doc->schema().relations().size(), 2);
        QCOMPARE(m_doc->schema().relations().at(1).childTable, tags);
    }

    void renameTable()
    {
        auto *cmd = new RenameTableCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                           u"people"_s);
        QCOMPARE(cmd->text(), u"Rename table users to people"_s);
        roundTrip(*m_doc, cmd);
    }

    void renameTableRefused()
    {
        m_doc->push(new RenameTableCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                           u"blocks"_s));
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void addColumn()
    {
        auto *cmd = new AddColumnCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                         column(u"age"_s, u"int"_s), 1);
        QCOMPARE(cmd->text(), u"Add column users.age"_s);
        roundTrip(*m_doc, cmd);
    }

    void removeColumnRestoresKeysIndexesRelations_data()
    {
        QTest::addColumn<QString>("tableName");
        QTest::addColumn<QString>("columnName");
        QTest::newRow("foreign key in two indexes") << u"blocks"_s << u"user_id"_s;
        QTest::newRow("primary key, parent of relations") << u"users"_s << u"id"_s;
        QTest::newRow("soft delete") << u"blocks"_s << u"deleted_at"_s;
        QTest::newRow("unique index") << u"users"_s << u"email"_s;
    }

    void removeColumnRestoresKeysIndexesRelations()
    {
        QFETCH(QString, tableName);
        QFETCH(QString, columnName);
        const Schema before = m_doc->schema();
        roundTrip(*m_doc, new RemoveColumnCommand(m_doc->schemaDocument(), id(*m_doc, tableName),
                                                  col(*m_doc, tableName, columnName)));
        QVERIFY(m_doc->schema() == before);
    }

    void removeColumnEffects()
    {
        const TableId blocks = id(*m_doc, u"blocks"_s);
        m_doc->push(new RemoveColumnCommand(m_doc->schemaDocument(), blocks,
                                            col(*m_doc, u"blocks"_s, u"user_id"_s)));
        const Table *b = m_doc->schema().table(blocks);
        QCOMPARE(b->indexes.size(), 1); // ix_user emptied and removed, ix_user_url shrunk
        QCOMPARE(b->indexes.at(0).columns.size(), 1);
        QCOMPARE(m_doc->schema().relations().size(), 1);
        m_doc->undoStack().undo();
        b = m_doc->schema().table(blocks);
        QCOMPARE(b->indexes.size(), 2);
        QCOMPARE(b->indexes.at(0).name, u"ix_user"_s);
        QCOMPARE(m_doc->schema().relations().at(0).childTable, blocks);
    }

    void changeColumn()
    {
        const TableId users = id(*m_doc, u"users"_s);
        Column renamed = *m_doc->schema().table(users)->columnByName(u"username"_s);
        renamed.name = u"login"_s;
        auto *rename = new ChangeColumnCommand(m_doc->schemaDocument(), users, renamed);
        QCOMPARE(rename->text(), u"Rename column users.username to login"_s);
        roundTrip(*m_doc, rename);

        m_doc->undoStack().clear();
        Column changed = renamed;
        changed.name = u"username"_s;
        changed.type.text = u"varchar(60)"_s;
        changed.nullable = false;
        changed.defaultValue = u"''"_s;
        auto *change = new ChangeColumnCommand(m_doc->schemaDocument(), users, changed);
        QCOMPARE(change->text(), u"Change column users.username"_s);
        roundTrip(*m_doc, change);
    }

    void changeColumnThatChangesNothingIsNotRecorded()
    {
        const TableId users = id(*m_doc, u"users"_s);
        Column same = *m_doc->schema().table(users)->columnByName(u"username"_s);
        same.type = SqlType(); // only the text counts: the document parses it
        same.type.text = m_doc->schema().table(users)->columnByName(u"username"_s)->type.text;
        const Schema before = m_doc->schema();
        m_doc->push(new ChangeColumnCommand(m_doc->schemaDocument(), users, same));
        QCOMPARE(m_doc->undoStack().count(), 0);
        QVERIFY(!m_doc->isDirty());
        QVERIFY(m_doc->schema() == before);
    }

    void moveColumn()
    {
        roundTrip(*m_doc, new MoveColumnCommand(m_doc->schemaDocument(), id(*m_doc, u"blocks"_s),
                                                col(*m_doc, u"blocks"_s, u"url"_s), 0));
    }

    void setPrimaryKey()
    {
        const TableId blocks = id(*m_doc, u"blocks"_s);
        roundTrip(*m_doc, new SetPrimaryKeyCommand(m_doc->schemaDocument(), blocks,
                                                   {col(*m_doc, u"blocks"_s, u"user_id"_s),
                                                    col(*m_doc, u"blocks"_s, u"id"_s)}));
        m_doc->undoStack().clear();
        roundTrip(*m_doc, new SetPrimaryKeyCommand(m_doc->schemaDocument(), blocks, {}));
    }

    void addIndex()
    {
        const TableId blocks = id(*m_doc, u"blocks"_s);
        Index ix{{}, u"ix_url"_s, {col(*m_doc, u"blocks"_s, u"url"_s)}, false, {}};
        auto *cmd = new AddIndexCommand(m_doc->schemaDocument(), blocks, ix, 0);
        QCOMPARE(cmd->text(), u"Add index ix_url on blocks"_s);
        roundTrip(*m_doc, cmd);
    }

    void removeIndex()
    {
        const TableId blocks = id(*m_doc, u"blocks"_s);
        const IndexId first = m_doc->schema().table(blocks)->indexes.at(0).id;
        roundTrip(*m_doc, new RemoveIndexCommand(m_doc->schemaDocument(), blocks, first));
    }

    void addRelation()
    {
        Relation r;
        r.childTable = id(*m_doc, u"tags"_s);
        r.childColumns = {col(*m_doc, u"tags"_s, u"id"_s)};
        r.parentTable = id(*m_doc, u"blocks"_s);
        r.parentColumns = {col(*m_doc, u"blocks"_s, u"id"_s)};
        auto *cmd = new AddRelationCommand(m_doc->schemaDocument(), r, 0);
        QCOMPARE(cmd->text(), u"Add relation tags.id → blocks.id"_s);
        roundTrip(*m_doc, cmd);
    }

    void removeRelation()
    {
        const RelationId first = m_doc->schema().relations().at(0).id;
        roundTrip(*m_doc, new RemoveRelationCommand(m_doc->schemaDocument(), first));
    }

    void changeRelation()
    {
        Relation r = m_doc->schema().relations().at(0);
        r.onDelete = ReferentialAction::Cascade;
        r.nameOnChild = u"owner"_s;
        r.decision = RelationDecision::Accepted;
        roundTrip(*m_doc, new ChangeRelationCommand(m_doc->schemaDocument(), r));
    }

    void moveTables()
    {
        const TableId users = id(*m_doc, u"users"_s);
        const TableId blocks = id(*m_doc, u"blocks"_s);
        auto *cmd = new MoveTablesCommand(m_doc->schemaDocument(),
                                          {{users, QPointF(10, 10)}, {blocks, QPointF(20, 20)}});
        QCOMPARE(cmd->text(), u"Move 2 tables"_s);
        roundTrip(*m_doc, cmd);
    }

    void moveTablesMergesADrag()
    {
        SchemaDocument &sd = m_doc->schemaDocument();
        const TableId users = id(*m_doc, u"users"_s);
        const TableId blocks = id(*m_doc, u"blocks"_s);
        const Schema before = m_doc->schema();
        const int drag = MoveTablesCommand::nextDragId();
        for (int step = 1; step <= 5; ++step) {
            m_doc->push(new MoveTablesCommand(
                    sd, {{blocks, QPointF(400 + step, step)}, {users, QPointF(step, step)}}, drag));
        }
        QCOMPARE(m_doc->undoStack().count(), 1);
        QCOMPARE(m_doc->schema().table(users)->position, QPointF(5, 5));
        // Another set of tables is another step.
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(50, 50)}}, drag));
        QCOMPARE(m_doc->undoStack().count(), 2);
        QCOMPARE(m_doc->undoStack().text(1), u"Move table users"_s);
        // So is another drag of the same table, and a move outside any drag.
        const int second = MoveTablesCommand::nextDragId();
        QVERIFY(second != drag);
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(60, 60)}}, second));
        QCOMPARE(m_doc->undoStack().count(), 3);
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(70, 70)}}));
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(80, 80)}}));
        QCOMPARE(m_doc->undoStack().count(), 5);
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
        QVERIFY(m_doc->schema() == before);
    }

    void moveTablesBackToStartLeavesNoStep()
    {
        SchemaDocument &sd = m_doc->schemaDocument();
        const TableId users = id(*m_doc, u"users"_s);
        const int drag = MoveTablesCommand::nextDragId();
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(9, 9)}}, drag));
        m_doc->push(new MoveTablesCommand(sd, {{users, QPointF(0, 0)}}, drag));
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void dirtyFollowsTheStack()
    {
        QSignalSpy spy(m_doc.get(), &EditorDocument::dirtyChanged);
        QVERIFY(!m_doc->isDirty());
        m_doc->push(new RenameTableCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                           u"people"_s));
        QVERIFY(m_doc->isDirty());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toBool(), true);
        m_doc->undoStack().undo();
        QVERIFY(!m_doc->isDirty());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toBool(), false);

        m_doc->undoStack().redo();
        QVERIFY(m_doc->isDirty());
        m_doc->markSaved();
        QVERIFY(!m_doc->isDirty());
        QCOMPARE(spy.count(), 4);
        m_doc->undoStack().undo(); // before the saved state: dirty again
        QVERIFY(m_doc->isDirty());
        QCOMPARE(spy.count(), 5);
    }

    void resetSchemaClearsHistory()
    {
        QSignalSpy dirty(m_doc.get(), &EditorDocument::dirtyChanged);
        QSignalSpy name(m_doc.get(), &EditorDocument::fileNameChanged);
        m_doc->push(new RenameTableCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                           u"people"_s));
        Schema other;
        other.name = u"other"_s;
        m_doc->resetSchema(other, u"other.relata"_s);
        QCOMPARE(m_doc->undoStack().count(), 0);
        QVERIFY(!m_doc->isDirty());
        QCOMPARE(dirty.count(), 2);
        QCOMPARE(name.count(), 1);
        QCOMPARE(m_doc->fileName(), u"other.relata"_s);
        QVERIFY(m_doc->schema() == other);
    }

    void setTableComment()
    {
        auto *cmd = new SetTableCommentCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                               u"People who sign in"_s);
        QCOMPARE(cmd->text(), u"Change comment of table users"_s);
        roundTrip(*m_doc, cmd);
        m_doc->undoStack().redo();
        QCOMPARE(m_doc->schema().tableByName(u"users"_s)->comment, u"People who sign in"_s);
        const SetTableCommentCommand removal(m_doc->schemaDocument(), id(*m_doc, u"users"_s), {});
        QCOMPARE(removal.text(), u"Remove comment of table users"_s);
    }

    void setTableCommentThatChangesNothingIsNotRecorded()
    {
        m_doc->push(new SetTableCommentCommand(m_doc->schemaDocument(), id(*m_doc, u"users"_s),
                                               QString()));
        m_doc->push(new SetTableCommentCommand(m_doc->schemaDocument(), TableId(9999), u"x"_s));
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

private:
    std::unique_ptr<EditorDocument> m_doc;
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
