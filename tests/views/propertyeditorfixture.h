#pragma once

// The schema and helpers the property editor tests share: users(id, username, email)
// ← blocks(id, user_id, url); profiles(user_id) is one-to-one with users through its
// primary key; comments.block_id → blocks.id was inferred.
#include "commands/editordocument.h"
#include "commands/relationcommands.h"
#include "commands/tablecommands.h"
#include "core/naming.h"
#include "properties/columnseditor.h"
#include "properties/columnsmodel.h"
#include "properties/indexeseditor.h"
#include "properties/propertyeditor.h"
#include "properties/propertylineedit.h"
#include "properties/relationpage.h"
#include "properties/tablepage.h"
#include "scenetestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relata::scenetest;

namespace propertytest {

inline TableId addTable(SchemaDocument &doc, const QString &name, const QList<Column> &columns,
                        int keyColumns = 1)
{
    Table t;
    t.name = name;
    t.columns = columns;
    const TableId id = doc.addTable(t);
    const Table *added = doc.schema().table(id);
    QList<ColumnId> key;
    for (int i = 0; i < keyColumns; ++i)
        key.append(added->columns.at(i).id);
    doc.setPrimaryKey(id, key);
    return id;
}

inline ColumnId col(const SchemaDocument &doc, TableId table, const QString &name)
{
    return doc.schema().table(table)->columnByName(name)->id;
}

} // namespace propertytest

using namespace propertytest;

class PropertyEditorFixture
{
protected:
    SchemaDocument &sd() { return m_doc->schemaDocument(); }
    const Schema &schema() { return m_doc->schema(); }
    QUndoStack &stack() { return m_doc->undoStack(); }
    const Table &table(TableId id) { return *schema().table(id); }
    const Relation &relation(RelationId id) { return *schema().relation(id); }
    TablePage *tablePage() { return m_editor->tablePage(); }
    RelationPage *relationPage() { return m_editor->relationPage(); }
    ColumnsModel *columnsModel() { return tablePage()->columnsEditor()->model(); }
    QTableView *columnsView() { return tablePage()->columnsEditor()->view(); }

    template<typename T>
    T *child(const QString &name)
    {
        T *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    /// Focuses the field, replaces its text by typing, and presses Return.
    static void typeInto(QLineEdit *edit, const QString &text, bool pressReturn = true)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        if (pressReturn)
            QTest::keyClick(edit, Qt::Key_Return);
    }

    void selectColumnRows(const QList<int> &rows)
    {
        columnsView()->clearSelection();
        for (int row : rows)
            columnsView()->selectionModel()->select(columnsModel()->index(row, 0),
                                                    QItemSelectionModel::Select
                                                            | QItemSelectionModel::Rows);
    }

    /// The last command is the only new one, has `text`, and undo gives `before` back.
    void checkOneStep(int countBefore, const QString &text, const Schema &before)
    {
        QCOMPARE(stack().count(), countBefore + 1);
        QCOMPARE(stack().text(stack().count() - 1), text);
        const Schema after = schema();
        QVERIFY(!(after == before));
        stack().undo();
        QVERIFY(schema() == before);
        stack().redo();
        QVERIFY(schema() == after);
    }

    void setUpFixture()
    {
        m_doc = std::make_unique<EditorDocument>();
        m_users = addTable(sd(), u"users"_s,
                           {column(u"id"_s, u"int"_s, false),
                            column(u"username"_s, u"varchar(120)"_s),
                            column(u"email"_s, u"varchar(200)"_s)});
        m_blocks = addTable(sd(), u"blocks"_s,
                            {column(u"id"_s, u"int"_s, false),
                             column(u"user_id"_s, u"int"_s, false), column(u"url"_s, u"text"_s)});
        m_profiles = addTable(sd(), u"profiles"_s, {column(u"user_id"_s, u"int"_s, false)});
        m_comments = addTable(sd(), u"comments"_s,
                              {column(u"id"_s, u"int"_s, false), column(u"block_id"_s, u"int"_s)});
        sd().addIndex(m_users,
                      Index{{}, u"ux_email"_s, {col(sd(), m_users, u"email"_s)}, true, {}});
        const ColumnId usersId = col(sd(), m_users, u"id"_s);
        Relation r;
        r.childTable = m_blocks;
        r.childColumns = {col(sd(), m_blocks, u"user_id"_s)};
        r.parentTable = m_users;
        r.parentColumns = {usersId};
        m_blocksUser = sd().addRelation(r);
        r.childTable = m_profiles;
        r.childColumns = {col(sd(), m_profiles, u"user_id"_s)};
        m_profilesUser = sd().addRelation(r);
        r.childTable = m_comments;
        r.childColumns = {col(sd(), m_comments, u"block_id"_s)};
        r.parentTable = m_blocks;
        r.parentColumns = {col(sd(), m_blocks, u"id"_s)};
        r.origin = RelationOrigin::Inferred;
        r.confidence = 0.8;
        m_commentsBlock = sd().addRelation(r);
        stack().clear();

        m_editor = std::make_unique<PropertyEditor>(m_doc.get());
        m_editor->resize(420, 700);
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    void tearDownFixture()
    {
        m_editor.reset();
        m_doc.reset();
    }

    std::unique_ptr<EditorDocument> m_doc;
    std::unique_ptr<PropertyEditor> m_editor;
    TableId m_users, m_blocks, m_profiles, m_comments;
    RelationId m_blocksUser, m_profilesUser, m_commentsBlock;
};
