// The Delete Plan panel: follows the diagram's selection and the document's edits.
#include "core/schemadocument.h"
#include "deleteplanpanel.h"
#include "io/relatafile.h"
#include "schemascene.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

class TstDeletePlanPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsSelectionAndEdits();
};

void TstDeletePlanPanel::followsSelectionAndEdits()
{
    SchemaDocument document;
    document.setSchema(
            loadRelataFile(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/recipes.relata"))
                    .value());
    SchemaScene scene(&document);
    DeletePlanPanel panel(&scene);
    QVERIFY(!panel.table().isValid());
    QVERIFY(panel.summary().startsWith(u"Select a table"_s));
    QVERIFY(panel.script().isEmpty());

    const TableId recipes = document.schema().tableByName(u"recipes"_s)->id;
    scene.setSelection({recipes});
    QCOMPARE(panel.table(), recipes);
    QCOMPARE(panel.summary(),
             u"Deleting a recipe deletes its ingredients and steps (1 level, 2 tables)."_s);
    QVERIFY(panel.script().contains(u"DELETE c FROM `steps`"_s));

    // An edit of a relation shows at once: steps now set null instead of cascading.
    const Relation *steps = nullptr;
    for (const Relation &r : document.schema().relations()) {
        if (document.schema().table(r.childTable)->name == u"steps"_s)
            steps = &r;
    }
    QVERIFY(steps);
    document.setRelationActions(steps->id, ReferentialAction::SetNull, steps->onUpdate);
    QTRY_COMPARE(panel.summary(),
                 u"Deleting a recipe deletes its ingredients (1 level, 1 table) and sets "
                 "recipe_id to null in steps."_s);
    QVERIFY(!panel.script().contains(u"DELETE c FROM `steps`"_s));
    QVERIFY(panel.script().contains(
            u"UPDATE `steps` c JOIN `relata_delete_2` p ON c.`recipe_id` = p.`id` SET c.`recipe_id` = NULL"_s));

    // The table goes: the panel says so instead of showing a stale plan.
    document.removeTable(recipes);
    QTRY_VERIFY(!panel.table().isValid());
    QVERIFY(panel.script().isEmpty());
}

QTEST_MAIN(TstDeletePlanPanel)
#include "tst_deleteplanpanel.moc"
