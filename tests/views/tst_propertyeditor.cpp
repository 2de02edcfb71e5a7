// The property editor: following the selection, and editing a table, its columns and
// its indexes like a user does, each edit one undo step.
#include "propertyeditorfixture.h"

class TestPropertyEditor final : public QObject, protected PropertyEditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    // ---- selection ----------------------------------------------------------

    void showsOneTableOrRelation()
    {
        m_editor->showSelection({m_users}, {});
        QCOMPARE(m_editor->shownTable(), m_users);
        QVERIFY(!m_editor->shownRelation().isValid());
        QVERIFY(tablePage()->isVisible());
        QCOMPARE(tablePage()->nameEdit()->text(), u"users"_s);
        QCOMPARE(columnsModel()->rowCount(), 3);
        QCOMPARE(columnsModel()->index(1, ColumnsModel::TypeField).data().toString(),
                 u"varchar(120)"_s);

        m_editor->showSelection({}, {m_blocksUser});
        QCOMPARE(m_editor->shownRelation(), m_blocksUser);
        QVERIFY(!m_editor->shownTable().isValid());
        QVERIFY(relationPage()->isVisible());
        QCOMPARE(relationPage()->summaryLabel()->text(), u"blocks.user_id → users.id"_s);
    }

    void summaryForNoneOrSeveral_data()
    {
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("relations");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << 0 << u"Select a table or a relation"_s;
        QTest::newRow("two tables") << 2 << 0 << u"2 tables selected."_s;
        QTest::newRow("two relations") << 0 << 2 << u"2 relations selected."_s;
        QTest::newRow("mixed") << 1 << 1 << u"1 table and 1 relation selected."_s;
    }

    void summaryForNoneOrSeveral()
    {
        QFETCH(int, tables);
        QFETCH(int, relations);
        QFETCH(QString, expected);
        m_editor->showSelection({m_users}, {});
        m_editor->showSelection(QList<TableId>{m_users, m_blocks}.first(tables),
                                QList<RelationId>{m_blocksUser, m_profilesUser}.first(relations));
        QVERIFY(!m_editor->shownTable().isValid());
        QVERIFY(!m_editor->shownRelation().isValid());
        QVERIFY(!tablePage()->isVisible());
        QVERIFY(!relationPage()->isVisible());
        QVERIFY2(m_editor->summaryText().startsWith(expected), qPrintable(m_editor->summaryText()));
        QVERIFY(child<QLabel>(u"selectionSummary"_s)->isVisible());
    }

    void clearsWhenTheShownObjectIsRemoved()
    {
        m_editor->showSelection({m_blocks}, {});
        m_doc->push(new RemoveTablesCommand(sd(), {m_blocks}));
        QVERIFY(!m_editor->shownTable().isValid());
        QVERIFY(m_editor->summaryText().startsWith(u"Select"_s));
        QCOMPARE(columnsModel()->rowCount(), 0);

        m_editor->showSelection({}, {m_profilesUser});
        m_doc->push(new RemoveRelationCommand(sd(), m_profilesUser));
        QVERIFY(!m_editor->shownRelation().isValid());

        stack().undo();
        m_editor->showSelection({}, {m_profilesUser});
        m_doc->push(new RemoveTablesCommand(sd(), {m_users})); // takes its relations along
        QVERIFY(!m_editor->shownRelation().isValid());
        QVERIFY(!relationPage()->isVisible());

        stack().undo();
        m_editor->showSelection({m_users}, {});
        m_doc->resetSchema(Schema(), QString());
        QVERIFY(!m_editor->shownTable().isValid());
    }

    // ---- table ----------------------------------------------------------------

    void renameTable()
    {
        m_editor->showSelection({m_users}, {});
        PropertyLineEdit *name = tablePage()->nameEdit();
        const Schema before = schema();
        typeInto(name, u"people"_s);
        QCOMPARE(table(m_users).name, u"people"_s);
        checkOneStep(0, u"Rename table users to people"_s, before);
        stack().undo();
        QCOMPARE(name->text(), u"users"_s); // the page follows undo, even with the focus
        stack().redo();
        QCOMPARE(name->text(), u"people"_s);
        QTest::keyClick(name, Qt::Key_Return); // finishing again records nothing
        QCOMPARE(stack().count(), 1);
    }

    void renameTableRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate") << u"blocks"_s << u"already a table named blocks"_s;
        QTest::newRow("empty") << u""_s << u"needs a name"_s;
        QTest::newRow("blank") << u"   "_s << u"needs a name"_s;
    }

    void renameTableRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        m_editor->showSelection({m_users}, {});
        typeInto(tablePage()->nameEdit(), name);
        QCOMPARE(stack().count(), 0);
        QCOMPARE(table(m_users).name, u"users"_s);
        QCOMPARE(tablePage()->nameEdit()->text(), u"users"_s);
        QVERIFY(tablePage()->messageLabel()->isVisible());
        QVERIFY2(tablePage()->messageLabel()->text().contains(message),
                 qPrintable(tablePage()->messageLabel()->text()));

        typeInto(tablePage()->nameEdit(), u"people"_s); // a good edit hides the message
        QVERIFY(!tablePage()->messageLabel()->isVisible());
    }

    void commentCommitsOnFocusOut()
    {
        m_editor->showSelection({m_users}, {});
        const Schema before = schema();
        typeInto(tablePage()->commentEdit(), u"People who sign in"_s, false);
        QCOMPARE(stack().count(), 0);
        tablePage()->nameEdit()->setFocus();
        QCOMPARE(table(m_users).comment, u"People who sign in"_s);
        checkOneStep(0, u"Change comment of table users"_s, before);
        stack().undo();
        QCOMPARE(tablePage()->commentEdit()->text(), QString());
    }

    void typingIsNotOverwrittenUnlessTheObjectChanges()
    {
        m_editor->showSelection({m_users}, {});
        PropertyLineEdit *name = tablePage()->nameEdit();
        typeInto(name, u"peo"_s, false);
        m_doc->push(new SetTableCommentCommand(sd(), m_users, u"note"_s));
        m_doc->push(new RenameTableCommand(sd(), m_users, u"members"_s));
        QCOMPARE(tablePage()->commentEdit()->text(), u"note"_s);
        QCOMPARE(name->text(), u"peo"_s);
        m_editor->showSelection({m_blocks}, {});
        QCOMPARE(name->text(), u"blocks"_s);
    }

    // ---- columns --------------------------------------------------------------

    void columnField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << int(ColumnsModel::NameField) << QVariant(u"link"_s)
                              << u"Rename column blocks.url to link"_s;
        QTest::newRow("type") << int(ColumnsModel::TypeField) << QVariant(u"varchar(500)"_s)
                              << u"Change type of blocks.url to varchar(500)"_s;
        QTest::newRow("not null") << int(ColumnsModel::NullableField)
                                  << QVariant(int(Qt::Unchecked)) << u"Make blocks.url NOT NULL"_s;
        QTest::newRow("default") << int(ColumnsModel::DefaultField) << QVariant(u"''"_s)
                                 << u"Set default of blocks.url to ''"_s;
        QTest::newRow("comment") << int(ColumnsModel::CommentField)
                                 << QVariant(u"Where it points"_s)
                                 << u"Change comment of column blocks.url"_s;
    }

    void columnField()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        m_editor->showSelection({m_blocks}, {});
        const bool checkable = field == ColumnsModel::NullableField;
        const int role = checkable ? Qt::CheckStateRole : Qt::EditRole;
        const QModelIndex index = columnsView()->model()->index(2, field);
        QSignalSpy resets(columnsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(columnsModel(), &QAbstractItemModel::dataChanged);
        const Schema before = schema();
        QVERIFY(columnsView()->model()->setData(index, value, role));
        QCOMPARE(index.data(role), value);
        checkOneStep(0, text, before);
        QCOMPARE(resets.count(), 0); // a changed column updates its row only
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 2);
        stack().undo();
        QVERIFY(index.data(role) != value);
        QVERIFY(!columnsView()->model()->setData(index, index.data(role), role)); // no change
        QCOMPARE(stack().count(), 1);
    }

    void removeDefault()
    {
        sd().setColumnDefault(m_blocks, col(sd(), m_blocks, u"url"_s), u"'x'"_s);
        m_editor->showSelection({m_blocks}, {});
        const Schema before = schema();
        QVERIFY(columnsModel()->setData(columnsModel()->index(2, ColumnsModel::DefaultField),
                                        u""_s));
        QVERIFY(!table(m_blocks).columns.at(2).defaultValue.has_value());
        checkOneStep(0, u"Remove default of blocks.url"_s, before);
    }

    void renameColumnWithTheDelegate()
    {
        m_editor->showSelection({m_blocks}, {});
        const QModelIndex index = columnsModel()->index(2, ColumnsModel::NameField);
        columnsView()->setCurrentIndex(index);
        columnsView()->edit(index);
        auto *editor = columnsView()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"url"_s);
        editor->selectAll();
        QTest::keyClicks(editor, u"link"_s);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(table(m_blocks).columns.at(2).name, u"link"_s);
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().text(0), u"Rename column blocks.url to link"_s);
        stack().undo();
        QCOMPARE(index.data().toString(), u"url"_s);
    }

    void renameColumnRefused()
    {
        m_editor->showSelection({m_blocks}, {});
        const QModelIndex index = columnsModel()->index(2, ColumnsModel::NameField);
        QVERIFY(!columnsModel()->setData(index, u"user_id"_s));
        QCOMPARE(stack().count(), 0);
        QCOMPARE(index.data().toString(), u"url"_s);
        QVERIFY(tablePage()->messageLabel()->isVisible());
        QVERIFY(tablePage()->messageLabel()->text().contains(u"user_id"_s));
    }

    void primaryKeyToggle()
    {
        m_editor->showSelection({m_blocks}, {});
        const QModelIndex url = columnsModel()->index(2, ColumnsModel::PrimaryKeyField);
        const Schema before = schema();
        QVERIFY(columnsModel()->setData(url, int(Qt::Checked), Qt::CheckStateRole));
        const ColumnId urlId = col(sd(), m_blocks, u"url"_s);
        QCOMPARE(table(m_blocks).primaryKey,
                 (QList<ColumnId>{col(sd(), m_blocks, u"id"_s), urlId}));
        QVERIFY(!table(m_blocks).column(urlId)->nullable); // a key column holds no NULL
        QCOMPARE(url.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        checkOneStep(0, u"Add blocks.url to the primary key"_s, before);

        const QModelIndex id = columnsModel()->index(0, ColumnsModel::PrimaryKeyField);
        QVERIFY(columnsModel()->setData(id, int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(table(m_blocks).primaryKey, QList<ColumnId>{urlId});
        QCOMPARE(stack().text(1), u"Remove blocks.id from the primary key"_s);
        stack().undo();
        QCOMPARE(id.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void addColumn()
    {
        m_editor->showSelection({m_blocks}, {});
        const Schema before = schema();
        QTest::mouseClick(child<QToolButton>(u"addColumnButton"_s), Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.size(), 4);
        const Column &added = table(m_blocks).columns.at(3);
        QCOMPARE(added.name, u"column_1"_s);
        QCOMPARE(added.type.text, u"int"_s);
        auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEditor && columnsView()->isAncestorOf(nameEditor)); // the name is open
        QCOMPARE(nameEditor->text(), u"column_1"_s);
        QCOMPARE(columnsView()->currentIndex(), columnsModel()->index(3, ColumnsModel::NameField));
        checkOneStep(0, u"Add column blocks.column_1"_s, before);
        QTest::mouseClick(child<QToolButton>(u"addColumnButton"_s), Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.at(4).name, u"column_2"_s);
    }

    void addColumnUsesTheDialectsType()
    {
        sd().setDialect(Dialect::PostgreSql);
        m_editor->showSelection({m_blocks}, {});
        QTest::mouseClick(child<QToolButton>(u"addColumnButton"_s), Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.last().type.text, u"integer"_s);
    }

    void removeColumn()
    {
        m_editor->showSelection({m_blocks}, {});
        auto *remove = child<QToolButton>(u"removeColumnButton"_s);
        QVERIFY(!remove->isEnabled());
        selectColumnRows({2});
        QVERIFY(remove->isEnabled());
        const Schema before = schema();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!table(m_blocks).columnByName(u"url"_s));
        QCOMPARE(columnsModel()->rowCount(), 2);
        checkOneStep(0, u"Remove column blocks.url"_s, before);
        stack().undo();
        QCOMPARE(columnsModel()->rowCount(), 3);

        selectColumnRows({1, 2}); // two columns, one step
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.size(), 1);
        QCOMPARE(stack().text(stack().index() - 1), u"Remove 2 columns from blocks"_s);
        stack().undo();
        QVERIFY(schema() == before);
    }

    void moveColumn()
    {
        m_editor->showSelection({m_blocks}, {});
        auto *up = child<QToolButton>(u"moveColumnUpButton"_s);
        auto *down = child<QToolButton>(u"moveColumnDownButton"_s);
        selectColumnRows({2});
        QVERIFY(!down->isEnabled());
        const Schema before = schema();
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.at(1).name, u"url"_s);
        QCOMPARE(columnsModel()->index(1, 0).data().toString(), u"url"_s);
        checkOneStep(0, u"Move column blocks.url up"_s, before);
        QCOMPARE(tablePage()->columnsEditor()->selectedColumns(),
                 QList<ColumnId>{col(sd(), m_blocks, u"url"_s)}); // the selection moves along
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(table(m_blocks).columns.at(2).name, u"url"_s);
        QCOMPARE(stack().text(1), u"Move column blocks.url down"_s);
        selectColumnRows({0});
        QVERIFY(!up->isEnabled());
    }

    // ---- indexes --------------------------------------------------------------

    void addIndex_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<bool>("unique");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QList<int>{1} << false << u"ix_blocks_user_id"_s
                               << u"Add index ix_blocks_user_id on blocks"_s;
        QTest::newRow("unique") << QList<int>{2} << true << u"ux_blocks_url"_s
                                << u"Add unique index ux_blocks_url on blocks"_s;
        QTest::newRow("two columns") << QList<int>{2, 1} << false << u"ix_blocks_user_id_url"_s
                                     << u"Add index ix_blocks_user_id_url on blocks"_s;
    }

    void addIndex()
    {
        QFETCH(QList<int>, rows);
        QFETCH(bool, unique);
        QFETCH(QString, name);
        QFETCH(QString, text);
        m_editor->showSelection({m_blocks}, {});
        auto *add = child<QToolButton>(u"addIndexButton"_s);
        QVERIFY(!add->isEnabled());
        selectColumnRows(rows);
        QVERIFY(add->isEnabled());
        child<QCheckBox>(u"uniqueIndexBox"_s)->setChecked(unique);
        const Schema before = schema();
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table(m_blocks).indexes.size(), 1);
        const Index &index = table(m_blocks).indexes.first();
        QCOMPARE(index.name, name);
        QCOMPARE(index.unique, unique);
        QCOMPARE(table(m_blocks).columnNames(index.columns).join(u'_'),
                 name.section(u'_', 2)); // columns in table order
        const QTableView *view = tablePage()->indexesEditor()->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), name);
        checkOneStep(0, text, before);
        QTest::mouseClick(add, Qt::LeftButton); // the same again gets a fresh name
        QCOMPARE(table(m_blocks).indexes.at(1).name, name + u"_2"_s);
    }

    void removeIndex()
    {
        m_editor->showSelection({m_users}, {});
        QTableView *view = tablePage()->indexesEditor()->view();
        auto *remove = child<QToolButton>(u"removeIndexButton"_s);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"email"_s);
        QVERIFY(!remove->isEnabled());
        view->selectRow(0);
        const Schema before = schema();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(table(m_users).indexes.isEmpty());
        QCOMPARE(view->model()->rowCount(), 0);
        checkOneStep(0, u"Remove index ux_email from users"_s, before);
        stack().undo();
        QCOMPARE(view->model()->rowCount(), 1);
    }

    // ---- relations ------------------------------------------------------------
};

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
