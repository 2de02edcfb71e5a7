// inferRelations(): what is not a reference, how evidence moves the confidence, ambiguity,
// the threshold, pattern checking and determinism.
#include "inferencetestutil.h"
#include "schemabuilder.h"

#include <QHashSeed>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace inferencetest;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)
Q_DECLARE_METATYPE(relata::RelationOrigin)
Q_DECLARE_METATYPE(relata::RelationDecision)

namespace {

const QString kAutoId = u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s;

/// users(id <keyType>) and posts(id, user_id <childType>), user_id indexed when asked.
SchemaBuilder usersAndPosts(const QString &keyType = u"int"_s, const QString &childType = u"int"_s,
                            bool indexed = true)
{
    SchemaBuilder b;
    b.table(u"users"_s, u"id %1 NOT NULL AUTO_INCREMENT, name varchar(50)"_s.arg(keyType), u"id"_s)
            .table(u"posts"_s, u"id int NOT NULL AUTO_INCREMENT, user_id %1"_s.arg(childType),
                   u"id"_s);
    if (indexed)
        b.index(u"posts"_s, u"ix_user"_s, u"user_id"_s);
    return b;
}

double confidenceOf(const Schema &schema, const QString &child)
{
    const InferenceResult result = inferRelations(schema);
    const Relation *r = relationFrom(schema, result, child);
    return r ? r->confidence : -1.0;
}

QString nothingProposed(const Schema &schema, const InferenceResult &result)
{
    return result.relations.isEmpty() && result.ambiguous.isEmpty()
                   ? QString()
                   : u"expected nothing, got:\n"_s + describe(schema, result);
}

} // namespace

class TstRelationInferenceEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeFamilyMismatch();
    void parentColumnNotAKey();
    void alreadyCovered_data();
    void alreadyCovered();
    void generatedOwnKey();
    void polymorphicPair();
    void twinTables();
    void indexedScoresHigher();
    void integerWidthMismatch();
    void ambiguous();
    void threshold();
    void badPatterns_data();
    void badPatterns();
    void deterministic();
};

void TstRelationInferenceEvidence::typeFamilyMismatch()
{
    const Schema schema = usersAndPosts(u"int"_s, u"varchar(20)"_s).schema();
    const QString problem = nothingProposed(schema, inferRelations(schema));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInferenceEvidence::parentColumnNotAKey()
{
    // users' key is uid; its `id` is an ordinary column.
    SchemaBuilder keyed;
    keyed.table(u"users"_s, u"uid int NOT NULL AUTO_INCREMENT, id int"_s, u"uid"_s)
            .table(u"posts"_s, u"pid int NOT NULL AUTO_INCREMENT, user_id int"_s, u"pid"_s)
            .index(u"posts"_s, u"ix_user"_s, u"user_id"_s);
    QString problem = nothingProposed(keyed.schema(), inferRelations(keyed.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // No key at all.
    SchemaBuilder bare;
    bare.table(u"users"_s, u"id int NOT NULL, name varchar(50)"_s)
            .table(u"posts"_s, u"pid int NOT NULL AUTO_INCREMENT, user_id int"_s, u"pid"_s)
            .index(u"posts"_s, u"ix_user"_s, u"user_id"_s);
    problem = nothingProposed(bare.schema(), inferRelations(bare.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInferenceEvidence::alreadyCovered_data()
{
    QTest::addColumn<RelationOrigin>("origin");
    QTest::addColumn<RelationDecision>("decision");
    QTest::newRow("constraint") << RelationOrigin::Constraint << RelationDecision::Pending;
    QTest::newRow("drawn") << RelationOrigin::Drawn << RelationDecision::Pending;
    QTest::newRow("inferred, pending") << RelationOrigin::Inferred << RelationDecision::Pending;
    QTest::newRow("inferred, ignored") << RelationOrigin::Inferred << RelationDecision::Ignored;
    QTest::newRow("inferred, accepted") << RelationOrigin::Inferred << RelationDecision::Accepted;
}

void TstRelationInferenceEvidence::alreadyCovered()
{
    QFETCH(RelationOrigin, origin);
    QFETCH(RelationDecision, decision);
    SchemaBuilder b = usersAndPosts();
    // Covered, even though it points elsewhere.
    b.table(u"authors"_s, kAutoId, u"id"_s)
            .relation(u"posts"_s, u"user_id"_s, u"authors"_s, u"id"_s);
    b.lastRelation().origin = origin;
    b.lastRelation().decision = decision;
    const InferenceResult result = inferRelations(b.schema());
    const QString problem = nothingProposed(b.schema(), result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(result.belowThreshold, 0);
}

void TstRelationInferenceEvidence::generatedOwnKey()
{
    // artist_meta's own id is generated: its own row number, not artist's.
    SchemaBuilder mysql;
    mysql.table(u"artist"_s, kAutoId, u"id"_s)
            .table(u"artist_meta"_s, u"id int NOT NULL AUTO_INCREMENT, rating int"_s, u"id"_s);
    QString problem = nothingProposed(mysql.schema(), inferRelations(mysql.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // SQLite's INTEGER PRIMARY KEY is the row id, generated without saying so.
    SchemaBuilder sqlite(Dialect::Sqlite);
    sqlite.table(u"artist"_s, u"id integer NOT NULL, name text"_s, u"id"_s)
            .table(u"artist_meta"_s, u"id integer NOT NULL, rating integer"_s, u"id"_s);
    problem = nothingProposed(sqlite.schema(), inferRelations(sqlite.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A column default generates it too.
    SchemaBuilder defaulted;
    defaulted.table(u"artist"_s, kAutoId, u"id"_s)
            .table(u"artist_meta"_s, u"id int NOT NULL, rating int"_s, u"id"_s);
    Schema withDefault = defaulted.schema();
    Table *meta = withDefault.tableForEdit(defaulted.tableId(u"artist_meta"_s));
    meta->columns[0].defaultValue = u"nextval('artist_meta_seq')"_s;
    problem = nothingProposed(withDefault, inferRelations(withDefault));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Control: the same key, not generated, extends artist.
    const InferenceResult plain = inferRelations(defaulted.schema());
    problem = checkProposed(defaulted.schema(), plain, u"artist_meta.id"_s, u"artist.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInferenceEvidence::polymorphicPair()
{
    const QString comments = u"id int NOT NULL AUTO_INCREMENT, record_id int, %1body text"_s;
    SchemaBuilder polymorphic;
    polymorphic.table(u"records"_s, kAutoId, u"id"_s)
            .table(u"comments"_s, comments.arg(u"record_type varchar(50), "_s), u"id"_s)
            .index(u"comments"_s, u"ix_record"_s, u"record_id"_s);
    QString problem = nothingProposed(polymorphic.schema(), inferRelations(polymorphic.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The CamelCase spelling of the pair.
    SchemaBuilder camel;
    camel.table(u"records"_s, kAutoId, u"id"_s)
            .table(u"comments"_s,
                   u"id int NOT NULL AUTO_INCREMENT, RecordId int, RecordType varchar(50)"_s,
                   u"id"_s)
            .index(u"comments"_s, u"ix_record"_s, u"RecordId"_s);
    problem = nothingProposed(camel.schema(), inferRelations(camel.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Control: without the type column, record_id refers to records.
    SchemaBuilder plain;
    plain.table(u"records"_s, kAutoId, u"id"_s)
            .table(u"comments"_s, comments.arg(QString()), u"id"_s)
            .index(u"comments"_s, u"ix_record"_s, u"record_id"_s);
    problem = checkProposed(plain.schema(), inferRelations(plain.schema()), u"comments.record_id"_s,
                            u"records.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInferenceEvidence::twinTables()
{
    const QString columns = u"id int NOT NULL, name varchar(50), happened date"_s;
    SchemaBuilder twins;
    twins.table(u"events"_s, columns, u"id"_s).table(u"events_2024"_s, columns, u"id"_s);
    QString problem = nothingProposed(twins.schema(), inferRelations(twins.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Composite keys of partitions are not references either.
    const QString versioned = u"node_id bigint NOT NULL, version bigint NOT NULL, k int"_s;
    SchemaBuilder nodes;
    nodes.table(u"nodes"_s, versioned, u"node_id,version"_s)
            .table(u"nodes_archive"_s, versioned, u"node_id,version"_s);
    problem = nothingProposed(nodes.schema(), inferRelations(nodes.schema()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Control: one more column and events_2024 extends events.
    SchemaBuilder extension;
    extension.table(u"events"_s, columns, u"id"_s)
            .table(u"events_2024"_s, columns + u", extra int"_s, u"id"_s);
    problem = checkProposed(extension.schema(), inferRelations(extension.schema()),
                            u"events_2024.id"_s, u"events.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInferenceEvidence::indexedScoresHigher()
{
    const double indexed = confidenceOf(usersAndPosts().schema(), u"posts.user_id"_s);
    const double notIndexed
            = confidenceOf(usersAndPosts(u"int"_s, u"int"_s, false).schema(), u"posts.user_id"_s);
    QVERIFY2(notIndexed > 0, qPrintable(QString::number(notIndexed)));
    QVERIFY2(indexed > notIndexed, qPrintable(u"%1 vs %2"_s.arg(indexed).arg(notIndexed)));
    const Schema schema = usersAndPosts(u"int"_s, u"int"_s, false).schema();
    const InferenceResult result = inferRelations(schema);
    QVERIFY2(result.relations.first().reasons.join(u' ').contains(u"not indexed"_s),
             qPrintable(describe(schema, result)));
}

void TstRelationInferenceEvidence::integerWidthMismatch()
{
    const double same
            = confidenceOf(usersAndPosts(u"bigint"_s, u"bigint"_s).schema(), u"posts.user_id"_s);
    const Schema schema = usersAndPosts(u"bigint"_s, u"int"_s).schema();
    const InferenceResult result = inferRelations(schema);
    const QString problem = checkProposed(schema, result, u"posts.user_id"_s, u"users.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const double narrower = result.relations.first().confidence;
    QVERIFY2(same > narrower, qPrintable(u"%1 vs %2"_s.arg(same).arg(narrower)));
}

void TstRelationInferenceEvidence::ambiguous()
{
    SchemaBuilder b;
    b.table(u"user"_s, kAutoId, u"id"_s)
            .table(u"users"_s, kAutoId, u"id"_s)
            .table(u"comments"_s, u"id int NOT NULL AUTO_INCREMENT, user_id int"_s, u"id"_s)
            .index(u"comments"_s, u"ix_user"_s, u"user_id"_s);
    const InferenceResult result = inferRelations(b.schema());
    QVERIFY2(result.relations.isEmpty(), qPrintable(describe(b.schema(), result)));
    QCOMPARE(checkOnlyAmbiguous(b.schema(), result, u"comments.user_id"_s,
                                {u"user.id"_s, u"users.id"_s}),
             QString());
}

void TstRelationInferenceEvidence::threshold()
{
    SchemaBuilder b = usersAndPosts();
    b.table(u"comments"_s, u"id int NOT NULL AUTO_INCREMENT, user_id int, post_id int"_s, u"id"_s);
    const InferenceResult all = inferRelations(b.schema());
    QVERIFY2(all.relations.size() == 3 && all.belowThreshold == 0,
             qPrintable(describe(b.schema(), all)));
    InferenceOptions strict;
    strict.minConfidence = 0.99;
    const InferenceResult none = inferRelations(b.schema(), strict);
    QVERIFY2(none.relations.isEmpty() && none.ambiguous.isEmpty(),
             qPrintable(describe(b.schema(), none)));
    QCOMPARE(none.belowThreshold, 3);
    // Exactly at the threshold is kept.
    InferenceOptions exact;
    exact.minConfidence = all.relations.first().confidence;
    const InferenceResult kept = inferRelations(b.schema(), exact);
    QVERIFY2(relationFrom(b.schema(), kept, childOf(b.schema(), all.relations.first())),
             qPrintable(describe(b.schema(), kept)));
}

void TstRelationInferenceEvidence::badPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"pattern \"\""_s;
    QTest::newRow("no table") << u"x="_s << u"pattern \"x=\""_s;
    QTest::newRow("two placeholders")
            << u"{table}_{singular}"_s << u"pattern \"{table}_{singular}\""_s;
    QTest::newRow("no placeholder") << u"plain"_s << u"pattern \"plain\""_s;
    QTest::newRow("placeholder twice") << u"{table}_{table}"_s << u"pattern \"{table}_{table}\""_s;
}

void TstRelationInferenceEvidence::badPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const QString alone = checkInferencePatterns({pattern});
    QVERIFY2(alone.startsWith(message), qPrintable(alone));
    QVERIFY2(alone.size() > message.size(), qPrintable(alone)); // and says why
    // Among good ones, the bad one is named.
    const QString among = checkInferencePatterns({u"author_id=users"_s, pattern, u"fk_{table}"_s});
    QCOMPARE(among, alone);
    QCOMPARE(checkInferencePatterns({u"author_id=users"_s, u"*_by=users.id"_s, u"fk_{singular}"_s,
                                     u"{table}_ref"_s}),
             QString());
    QCOMPARE(checkInferencePatterns({}), QString());
}

void TstRelationInferenceEvidence::deterministic()
{
    SchemaBuilder b(Dialect::MySql);
    b.table(u"user"_s, kAutoId, u"id"_s)
            .table(u"users"_s, kAutoId, u"id"_s)
            .table(u"categories"_s, u"id int NOT NULL AUTO_INCREMENT, parent_id int"_s, u"id"_s)
            .table(u"wp_posts"_s, u"ID bigint unsigned NOT NULL AUTO_INCREMENT"_s, u"ID"_s)
            .table(u"wp_postmeta"_s,
                   u"meta_id bigint unsigned NOT NULL AUTO_INCREMENT, post_id bigint unsigned"_s,
                   u"meta_id"_s)
            .table(u"posts"_s,
                   u"id int NOT NULL AUTO_INCREMENT, user_id int, category_id int, "
                   u"created_by int, reported_user_id bigint, release int"_s,
                   u"id"_s)
            .table(u"release"_s, kAutoId, u"id"_s)
            .table(u"nodes"_s, u"node_id bigint NOT NULL, version bigint NOT NULL"_s,
                   u"node_id,version"_s)
            .table(u"node_tags"_s, u"node_id bigint NOT NULL, version bigint NOT NULL, k int"_s,
                   u"node_id,version,k"_s)
            .index(u"posts"_s, u"ix_category"_s, u"category_id"_s);
    InferenceOptions options;
    options.patterns = {u"*_by=users.id"_s};
    options.minConfidence = 0.7;
    // Another hash seed must not change the order or the choice of anything.
    QHashSeed::setDeterministicGlobalSeed();
    const InferenceResult first = inferRelations(b.schema(), options);
    QHashSeed::resetRandomGlobalSeed();
    const Schema copy = b.schema();
    const InferenceResult second = inferRelations(copy, options);
    const InferenceResult third = inferRelations(b.schema(), options);
    QVERIFY2(first.relations.size() >= 5, qPrintable(describe(b.schema(), first)));
    QVERIFY(!first.ambiguous.isEmpty());
    for (const InferenceResult *again : {&second, &third}) {
        QCOMPARE(describe(b.schema(), *again), describe(b.schema(), first));
        QVERIFY(again->relations == first.relations);
        QCOMPARE(again->belowThreshold, first.belowThreshold);
    }
}

QTEST_GUILESS_MAIN(TstRelationInferenceEvidence)
#include "tst_relationinference_evidence.moc"
