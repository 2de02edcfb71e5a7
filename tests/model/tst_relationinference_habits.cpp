// inferRelations(): evidence that comes from the schema as a whole and from the names around
// a column: how the schema indexes its references, a key borrowed from another table, and a
// key word before an entity.
#include "inferencetestutil.h"
#include "schemabuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace inferencetest;
using relatatest::SchemaBuilder;

namespace {

const QString kAutoId = u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s;

/// "aa", "ab", ... : table names that are words, not numbers.
QString letters(int n)
{
    return QString(QChar(u'a' + n / 26)) + QChar(u'a' + n % 26);
}

/// `indexed` parents p_aa, p_ab, ... referred to by indexed columns of `links`, one
/// `loose` column per further parent that is not indexed, and `others` more parents referred
/// to by columns that are not indexed either (a schema that does not index its references).
SchemaBuilder linksSchema(int indexed, int others)
{
    SchemaBuilder b;
    QStringList columns = {u"id int NOT NULL AUTO_INCREMENT"_s};
    const int parents = indexed + others + 1;
    for (int i = 0; i < parents; ++i) {
        b.table(u"p_"_s + letters(i), kAutoId, u"id"_s);
        columns.append(u"p_%1_id int"_s.arg(letters(i)));
    }
    b.table(u"links"_s, columns.join(u", "_s), u"id"_s);
    for (int i = 0; i < indexed; ++i)
        b.index(u"links"_s, u"ix_"_s + letters(i), u"p_%1_id"_s.arg(letters(i)));
    return b;
}

} // namespace

class TstRelationInferenceHabits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unindexedInASchemaThatIndexes();
    void unindexedInASchemaThatDoesNot();
    void smallSchemaSaysLittle();
    void borrowedKeyIsAmbiguous();
    void keyWordBeforeEntity();
};

// 60 references indexed and one not: the one is not taken at the default threshold, and at
// a lower one it comes with the reason.
void TstRelationInferenceHabits::unindexedInASchemaThatIndexes()
{
    const int indexed = 60;
    const SchemaBuilder b = linksSchema(indexed, 0);
    const QString loose = u"links.p_%1_id"_s.arg(letters(indexed));
    const InferenceResult result = inferRelations(b.schema());
    QCOMPARE(result.relations.size(), indexed);
    QVERIFY2(!relationFrom(b.schema(), result, loose), qPrintable(describe(b.schema(), result)));
    QCOMPARE(result.belowThreshold, 1);
    QCOMPARE(result.unindexedBelowThreshold, 1);
    QCOMPARE(result.indexHabit, u"60 of the 61 references found in the schema are indexed"_s);

    InferenceOptions lenient;
    lenient.minConfidence = 0.3;
    const InferenceResult all = inferRelations(b.schema(), lenient);
    const Relation *r = relationFrom(b.schema(), all, loose);
    QVERIFY2(r, qPrintable(describe(b.schema(), all)));
    QVERIFY2(r->confidence < 0.6, qPrintable(describe(b.schema(), all)));
    QVERIFY2(r->reasons.contains(u"60 of the 61 references found in the schema are indexed"_s),
             qPrintable(r->reasons.join(u"; "_s)));
    const Relation *firm = relationFrom(b.schema(), all, u"links.p_aa_id"_s);
    QVERIFY(firm);
    QCOMPARE(firm->confidence, 1.0);
}

// Half the references indexed: an unindexed column keeps its usual confidence.
void TstRelationInferenceHabits::unindexedInASchemaThatDoesNot()
{
    const SchemaBuilder b = linksSchema(30, 30);
    const InferenceResult result = inferRelations(b.schema());
    QCOMPARE(result.relations.size(), 61);
    const Relation *r = relationFrom(b.schema(), result, u"links.p_%1_id"_s.arg(letters(60)));
    QVERIFY2(r, qPrintable(describe(b.schema(), result)));
    QCOMPARE(r->confidence, 0.9);
    QVERIFY2(r->reasons.join(u' ').contains(u"not indexed"_s), qPrintable(r->reasons.join(u' ')));
    QVERIFY(!r->reasons.join(u' ').contains(u"references found in the schema"_s));
    QVERIFY(result.indexHabit.isEmpty());
    QCOMPARE(result.unindexedBelowThreshold, 0);
}

// Four indexed references and one not say little about a schema's habits.
void TstRelationInferenceHabits::smallSchemaSaysLittle()
{
    const SchemaBuilder b = linksSchema(4, 0);
    const InferenceResult result = inferRelations(b.schema());
    QCOMPARE(result.relations.size(), 5);
    const Relation *r = relationFrom(b.schema(), result, u"links.p_ae_id"_s);
    QVERIFY2(r, qPrintable(describe(b.schema(), result)));
    QCOMPARE(r->confidence, 0.9);
}

// problem.eventid is the key of events, borrowed: problem_tag.eventid may mean either,
// so it is listed; alerts.eventid means events.
void TstRelationInferenceHabits::borrowedKeyIsAmbiguous()
{
    SchemaBuilder b;
    b.table(u"events"_s, u"eventid bigint NOT NULL AUTO_INCREMENT, name varchar(50)"_s,
            u"eventid"_s)
            .table(u"problem"_s, u"eventid bigint NOT NULL, severity int"_s, u"eventid"_s)
            .table(u"problem_tag"_s,
                   u"problemtagid bigint NOT NULL AUTO_INCREMENT, eventid bigint NOT NULL"_s,
                   u"problemtagid"_s)
            .index(u"problem_tag"_s, u"ix_event"_s, u"eventid"_s)
            .table(u"alerts"_s, u"alertid bigint NOT NULL AUTO_INCREMENT, eventid bigint"_s,
                   u"alertid"_s)
            .index(u"alerts"_s, u"ix_event"_s, u"eventid"_s);
    const InferenceResult result = inferRelations(b.schema());
    QCOMPARE(checkProposed(b.schema(), result, u"alerts.eventid"_s, u"events.eventid"_s),
             QString());
    QCOMPARE(checkProposed(b.schema(), result, u"problem.eventid"_s, u"events.eventid"_s),
             QString());
    QCOMPARE(checkOnlyAmbiguous(b.schema(), result, u"problem_tag.eventid"_s,
                                {u"events.eventid"_s, u"problem.eventid"_s}),
             QString());
}

// iconid_maintenance holds an icon; begin_area still names area.
void TstRelationInferenceHabits::keyWordBeforeEntity()
{
    SchemaBuilder b;
    b.table(u"maintenances"_s, u"maintenanceid bigint NOT NULL AUTO_INCREMENT, name varchar(50)"_s,
            u"maintenanceid"_s)
            .table(u"area"_s, kAutoId, u"id"_s)
            .table(u"sysmaps_elements"_s,
                   u"selementid bigint NOT NULL AUTO_INCREMENT, iconid_maintenance bigint, "
                   "begin_area int"_s,
                   u"selementid"_s)
            .index(u"sysmaps_elements"_s, u"ix_icon"_s, u"iconid_maintenance"_s)
            .index(u"sysmaps_elements"_s, u"ix_area"_s, u"begin_area"_s);
    const InferenceResult result = inferRelations(b.schema());
    QVERIFY2(!relationFrom(b.schema(), result, u"sysmaps_elements.iconid_maintenance"_s),
             qPrintable(describe(b.schema(), result)));
    QCOMPARE(checkProposed(b.schema(), result, u"sysmaps_elements.begin_area"_s, u"area.id"_s),
             QString());
}

QTEST_GUILESS_MAIN(TstRelationInferenceHabits)
#include "tst_relationinference_habits.moc"
