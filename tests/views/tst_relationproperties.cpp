// The property editor's relation page: actions, cardinality, names and the decision about
// an inferred relation, each edit one undo step.
#include "propertyeditorfixture.h"

class TestRelationProperties final : public QObject, protected PropertyEditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void relationActions_data()
    {
        QTest::addColumn<bool>("onDelete");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("text");
        QTest::newRow("delete cascade")
                << true << u"c"_s << int(ReferentialAction::Cascade)
                << u"Set on delete of blocks.user_id → users.id to cascade"_s;
        QTest::newRow("update restrict")
                << false << u"r"_s << int(ReferentialAction::Restrict)
                << u"Set on update of blocks.user_id → users.id to restrict"_s;
        QTest::newRow("delete set null")
                << true << u"s"_s << int(ReferentialAction::SetNull)
                << u"Set on delete of blocks.user_id → users.id to set null"_s;
    }

    void relationActions()
    {
        QFETCH(bool, onDelete);
        QFETCH(QString, key);
        QFETCH(int, action);
        QFETCH(QString, text);
        m_editor->showSelection({}, {m_blocksUser});
        QComboBox *box = onDelete ? relationPage()->onDeleteBox() : relationPage()->onUpdateBox();
        QCOMPARE(box->currentText(), u"no action"_s);
        const Schema before = schema();
        box->setFocus();
        QTest::keyClicks(box, key);
        const Relation &r = relation(m_blocksUser);
        QCOMPARE(int(onDelete ? r.onDelete : r.onUpdate), action);
        checkOneStep(0, text, before);
        stack().undo();
        QCOMPARE(box->currentText(), u"no action"_s);
        stack().redo();
        QCOMPARE(box->currentData().toInt(), action);
    }

    void cardinalityBothWays()
    {
        m_editor->showSelection({}, {m_blocksUser});
        QComboBox *box = relationPage()->cardinalityBox();
        QVERIFY(box->isEnabled());
        QCOMPARE(box->currentText(), u"many-to-one"_s);
        Schema before = schema();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(relationKind(schema(), relation(m_blocksUser)), RelationKind::OneToOne);
        QCOMPARE(table(m_blocks).indexes.size(), 1);
        QCOMPARE(table(m_blocks).indexes.first().name, u"ux_blocks_user_id"_s);
        QVERIFY(table(m_blocks).indexes.first().unique);
        QCOMPARE(box->currentText(), u"one-to-one"_s);
        checkOneStep(0, u"Make blocks.user_id → users.id one-to-one"_s, before);
        stack().undo();
        QCOMPARE(box->currentText(), u"many-to-one"_s);
        stack().redo();

        // A second unique index on the same columns: both go, in one step, and come back.
        Index second{{}, u"ux_other"_s, {col(sd(), m_blocks, u"user_id"_s)}, true, {}};
        sd().addIndex(m_blocks, second, 0);
        before = schema();
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(relationKind(schema(), relation(m_blocksUser)), RelationKind::ManyToOne);
        QVERIFY(table(m_blocks).indexes.isEmpty());
        QCOMPARE(box->currentText(), u"many-to-one"_s);
        checkOneStep(1, u"Make blocks.user_id → users.id many-to-one"_s, before);
    }

    void cardinalityFromThePrimaryKeyIsFixed()
    {
        m_editor->showSelection({}, {m_profilesUser});
        QComboBox *box = relationPage()->cardinalityBox();
        QCOMPARE(box->currentText(), u"one-to-one"_s);
        QVERIFY(!box->isEnabled());
        QVERIFY(box->toolTip().contains(u"primary key"_s));
        m_editor->showSelection({}, {m_blocksUser});
        QVERIFY(box->isEnabled());
    }

    void relationNames()
    {
        m_editor->showSelection({}, {m_blocksUser});
        PropertyLineEdit *onChild = relationPage()->nameOnChildEdit();
        PropertyLineEdit *onParent = relationPage()->nameOnParentEdit();
        QCOMPARE(onChild->placeholderText(), u"user"_s);
        QCOMPARE(onParent->placeholderText(), u"blocks"_s);
        Schema before = schema();
        typeInto(onChild, u"owner"_s);
        QCOMPARE(relation(m_blocksUser).nameOnChild, u"owner"_s);
        checkOneStep(0, u"Set name of blocks.user_id → users.id on blocks to owner"_s, before);
        before = schema();
        typeInto(onParent, u"posts"_s);
        QCOMPARE(relation(m_blocksUser).nameOnParent, u"posts"_s);
        checkOneStep(1, u"Set name of blocks.user_id → users.id on users to posts"_s, before);
        stack().undo();
        stack().undo();
        QCOMPARE(onChild->text(), QString());
        QCOMPARE(onParent->text(), QString());
        m_doc->push(new RenameTableCommand(sd(), m_users, u"people"_s)); // placeholder follows
        QCOMPARE(onChild->placeholderText(), singularize(u"people"_s));
        QVERIFY(onChild->placeholderText() != u"user"_s);
    }

    void acceptInferredRelation()
    {
        m_editor->showSelection({}, {m_blocksUser});
        QPushButton *accept = relationPage()->acceptButton();
        QVERIFY(!accept->isVisible()); // drawn relations have no decision
        m_editor->showSelection({}, {m_commentsBlock});
        QVERIFY(accept->isVisible());
        QVERIFY(accept->isEnabled());
        const Schema before = schema();
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(relation(m_commentsBlock).decision, RelationDecision::Accepted);
        QVERIFY(!accept->isEnabled());
        checkOneStep(0, u"Accept inferred relation comments.block_id → blocks.id"_s, before);
        stack().undo();
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(relationPage()->ignoreButton(), Qt::LeftButton);
        QCOMPARE(relation(m_commentsBlock).decision, RelationDecision::Ignored);
        QCOMPARE(stack().text(0), u"Ignore inferred relation comments.block_id → blocks.id"_s);
    }
};

QTEST_MAIN(TestRelationProperties)
#include "tst_relationproperties.moc"
