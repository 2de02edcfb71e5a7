// inferRelations(): every naming strategy of SPEC §7 finds its parent, with a confidence
// and reasons; user patterns and given table prefixes.
#include "inferencetestutil.h"
#include "schemabuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace inferencetest;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)

namespace {

const QString kUsers = u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s;

/// users(id) and posts(id, <column>), the column indexed.
Schema usersAndPosts(const QString &column, const QString &type = u"int"_s)
{
    SchemaBuilder b;
    b.table(u"users"_s, kUsers, u"id"_s)
            .table(u"posts"_s, u"id int NOT NULL AUTO_INCREMENT, %1 %2"_s.arg(column, type),
                   u"id"_s)
            .index(u"posts"_s, u"ix_posts"_s, column);
    return b.schema();
}

Schema employees()
{
    SchemaBuilder b;
    b.table(u"employees"_s, u"emp_no int NOT NULL, name varchar(50)"_s, u"emp_no"_s)
            .table(u"titles"_s,
                   u"id int NOT NULL AUTO_INCREMENT, emp_no int NOT NULL, title varchar(50)"_s,
                   u"id"_s)
            .index(u"titles"_s, u"ix_emp"_s, u"emp_no"_s);
    return b.schema();
}

Schema languages()
{
    SchemaBuilder b;
    b.table(u"languages"_s, u"id int NOT NULL AUTO_INCREMENT, code char(2) NOT NULL"_s, u"id"_s)
            .index(u"languages"_s, u"uq_code"_s, u"code"_s, true)
            .table(u"films"_s, u"id int NOT NULL AUTO_INCREMENT, language_code char(2)"_s, u"id"_s)
            .index(u"films"_s, u"ix_lang"_s, u"language_code"_s);
    return b.schema();
}

/// A parent `parent(<key>)` and a child `child(<own key>, <column>)`, the column indexed.
Schema parentAndChild(const QString &parent, const QString &parentColumns, const QString &parentKey,
                      const QString &child, const QString &childColumns, const QString &childKey,
                      const QString &indexed)
{
    SchemaBuilder b;
    b.table(parent, parentColumns, parentKey).table(child, childColumns, childKey);
    if (!indexed.isEmpty())
        b.index(child, u"ix_child"_s, indexed);
    return b.schema();
}

Schema treeOf(const QString &column)
{
    SchemaBuilder b;
    b.table(u"categories"_s,
            u"id int NOT NULL AUTO_INCREMENT, %1 int, name varchar(50)"_s.arg(column), u"id"_s)
            .index(u"categories"_s, u"ix_parent"_s, column);
    return b.schema();
}

Schema wordpress()
{
    SchemaBuilder b;
    b.table(u"wp_posts"_s, u"ID bigint unsigned NOT NULL AUTO_INCREMENT, post_title varchar(200)"_s,
            u"ID"_s)
            .table(u"wp_postmeta"_s,
                   u"meta_id bigint unsigned NOT NULL AUTO_INCREMENT, "
                   u"post_id bigint unsigned NOT NULL, meta_key varchar(255)"_s,
                   u"meta_id"_s)
            .index(u"wp_postmeta"_s, u"post_id"_s, u"post_id"_s);
    return b.schema();
}

Schema qloApps()
{
    SchemaBuilder b;
    b.table(u"qlo_customer"_s,
            u"id_customer int unsigned NOT NULL AUTO_INCREMENT, email varchar(100)"_s,
            u"id_customer"_s)
            .table(u"qlo_orders"_s,
                   u"id_order int unsigned NOT NULL AUTO_INCREMENT, id_customer int unsigned"_s,
                   u"id_order"_s)
            .index(u"qlo_orders"_s, u"id_customer"_s, u"id_customer"_s);
    return b.schema();
}

Schema osmNodes()
{
    SchemaBuilder b;
    b.table(u"nodes"_s, u"node_id bigint NOT NULL, version bigint NOT NULL, visible tinyint(1)"_s,
            u"node_id,version"_s)
            .table(u"node_tags"_s,
                   u"node_id bigint NOT NULL, version bigint NOT NULL, k varchar(255) NOT NULL, "
                   u"v varchar(255)"_s,
                   u"node_id,version,k"_s);
    return b.schema();
}

Schema linkTable()
{
    SchemaBuilder b;
    b.table(u"area"_s, u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s, u"id"_s)
            .table(u"artist"_s, u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s, u"id"_s)
            .table(u"l_area_artist"_s,
                   u"id int NOT NULL AUTO_INCREMENT, entity0 int NOT NULL, entity1 int NOT NULL"_s,
                   u"id"_s)
            .index(u"l_area_artist"_s, u"ix0"_s, u"entity0"_s)
            .index(u"l_area_artist"_s, u"ix1"_s, u"entity1"_s);
    return b.schema();
}

const QString kAutoId = u"id int NOT NULL AUTO_INCREMENT, name varchar(50)"_s;

/// Tenant-keyed tables (Vitess-style sharding): carts (tenant_id, id), and
/// subscriptions (tenant_id, cart_id) referring to it.
Schema tenantKeyed()
{
    SchemaBuilder b;
    b.table(u"carts"_s, u"tenant_id bigint NOT NULL, id bigint NOT NULL"_s, u"tenant_id,id"_s)
            .table(u"subscriptions"_s,
                   u"tenant_id bigint NOT NULL, id bigint NOT NULL, cart_id bigint NOT NULL"_s,
                   u"tenant_id,id"_s)
            .index(u"subscriptions"_s, u"ix_cart"_s, u"tenant_id,cart_id"_s);
    return b.schema();
}

} // namespace

class TstRelationInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strategies_data();
    void strategies();
    void numbersAndLookAlikesNameNothing();
    void roleNameIsKept();
    void givenTablePrefix();
    void userPatterns_data();
    void userPatterns();
    void withoutPatternsNothingIsInferred();
};

void TstRelationInference::strategies_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QString>("child");
    QTest::addColumn<QString>("parent");
    QTest::newRow("key name of another table")
            << employees() << u"titles.emp_no"_s << u"employees.emp_no"_s;
    QTest::newRow("entity + key user_id")
            << usersAndPosts(u"user_id"_s) << u"posts.user_id"_s << u"users.id"_s;
    QTest::newRow("entity + key UserId")
            << usersAndPosts(u"UserId"_s) << u"posts.UserId"_s << u"users.id"_s;
    QTest::newRow("entity + key userid")
            << usersAndPosts(u"userid"_s) << u"posts.userid"_s << u"users.id"_s;
    QTest::newRow("entity + unique key language_code")
            << languages() << u"films.language_code"_s << u"languages.code"_s;
    QTest::newRow("inverted id_customer")
            << parentAndChild(u"customer"_s,
                              u"id_customer int NOT NULL AUTO_INCREMENT, email varchar(100)"_s,
                              u"id_customer"_s, u"orders"_s,
                              u"id_order int NOT NULL AUTO_INCREMENT, id_customer int"_s,
                              u"id_order"_s, u"id_customer"_s)
            << u"orders.id_customer"_s << u"customer.id_customer"_s;
    QTest::newRow("entity alone release")
            << parentAndChild(u"release"_s, kAutoId, u"id"_s, u"track"_s,
                              u"id int NOT NULL AUTO_INCREMENT, release int"_s, u"id"_s,
                              u"release"_s)
            << u"track.release"_s << u"release.id"_s;
    QTest::newRow("child table + column")
            << parentAndChild(u"artist_type"_s, kAutoId, u"id"_s, u"artist"_s,
                              u"id int NOT NULL AUTO_INCREMENT, name varchar(50), type int"_s,
                              u"id"_s, u"type"_s)
            << u"artist.type"_s << u"artist_type.id"_s;
    QTest::newRow("parent_id") << treeOf(u"parent_id"_s) << u"categories.parent_id"_s
                               << u"categories.id"_s;
    QTest::newRow("parent") << treeOf(u"parent"_s) << u"categories.parent"_s << u"categories.id"_s;
    QTest::newRow("role prefix") << parentAndChild(u"users"_s, kUsers, u"id"_s, u"issues"_s,
                                                   u"id int NOT NULL AUTO_INCREMENT, "
                                                   u"reported_user_id int"_s,
                                                   u"id"_s, u"reported_user_id"_s)
                                 << u"issues.reported_user_id"_s << u"users.id"_s;
    QTest::newRow("shared prefix wp_")
            << wordpress() << u"wp_postmeta.post_id"_s << u"wp_posts.ID"_s;
    QTest::newRow("shared prefix qlo_")
            << qloApps() << u"qlo_orders.id_customer"_s << u"qlo_customer.id_customer"_s;
    QTest::newRow("plural parent categories")
            << parentAndChild(u"categories"_s, kAutoId, u"id"_s, u"products"_s,
                              u"id int NOT NULL AUTO_INCREMENT, category_id int"_s, u"id"_s,
                              u"category_id"_s)
            << u"products.category_id"_s << u"categories.id"_s;
    QTest::newRow("plural parent addresses")
            << parentAndChild(u"addresses"_s, kAutoId, u"id"_s, u"orders"_s,
                              u"id int NOT NULL AUTO_INCREMENT, address_id int"_s, u"id"_s,
                              u"address_id"_s)
            << u"orders.address_id"_s << u"addresses.id"_s;
    QTest::newRow("singular parent user")
            << parentAndChild(u"user"_s, kAutoId, u"id"_s, u"posts"_s,
                              u"id int NOT NULL AUTO_INCREMENT, user_id int"_s, u"id"_s,
                              u"user_id"_s)
            << u"posts.user_id"_s << u"user.id"_s;
    QTest::newRow("plural column users_id")
            << usersAndPosts(u"users_id"_s) << u"posts.users_id"_s << u"users.id"_s;
    QTest::newRow("composite key")
            << osmNodes() << u"node_tags(node_id,version)"_s << u"nodes(node_id,version)"_s;
    QTest::newRow("tenant-keyed composite key")
            << tenantKeyed() << u"subscriptions(tenant_id,cart_id)"_s << u"carts(tenant_id,id)"_s;
    QTest::newRow("link table entity0")
            << linkTable() << u"l_area_artist.entity0"_s << u"area.id"_s;
    QTest::newRow("link table entity1")
            << linkTable() << u"l_area_artist.entity1"_s << u"artist.id"_s;
    QTest::newRow("one-to-one extension")
            << parentAndChild(u"artist"_s, kAutoId, u"id"_s, u"artist_meta"_s,
                              u"id int NOT NULL, rating int"_s, u"id"_s, QString())
            << u"artist_meta.id"_s << u"artist.id"_s;
}

void TstRelationInference::strategies()
{
    QFETCH(Schema, schema);
    QFETCH(QString, child);
    QFETCH(QString, parent);
    const InferenceResult result = inferRelations(schema);
    const QString problem = checkProposed(schema, result, child, parent);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // That column and nothing else is a reference here (the link table has two).
    QVERIFY2(result.ambiguous.isEmpty(), qPrintable(describe(schema, result)));
    const qsizetype expected = child.startsWith(u"l_area_artist"_s) ? 2 : 1;
    QVERIFY2(result.relations.size() == expected, qPrintable(describe(schema, result)));
}

/// Words that only look like names refer to nothing: a number (the 101 of report_101_id is
/// not refund_101s), and a table that only starts like another is no extension of it
/// (plan_75s.id is not plans.id).
void TstRelationInference::numbersAndLookAlikesNameNothing()
{
    SchemaBuilder b;
    b.table(u"refund_101s"_s, u"id bigint NOT NULL AUTO_INCREMENT"_s, u"id"_s)
            .table(u"refund_102s"_s, u"id bigint NOT NULL AUTO_INCREMENT, report_101_id bigint"_s,
                   u"id"_s)
            .table(u"plans"_s, u"id bigint NOT NULL AUTO_INCREMENT"_s, u"id"_s)
            .table(u"plan_75s"_s, u"id bigint NOT NULL, name varchar(20)"_s, u"id"_s);
    const Schema schema = b.schema();
    const InferenceResult result = inferRelations(schema);
    QVERIFY2(result.relations.isEmpty() && result.ambiguous.isEmpty(),
             qPrintable(describe(schema, result)));
    // The control: a table named exactly like its parent plus a suffix extends it.
    SchemaBuilder control;
    control.table(u"plans"_s, u"id bigint NOT NULL AUTO_INCREMENT"_s, u"id"_s)
            .table(u"plans_75"_s, u"id bigint NOT NULL, name varchar(20)"_s, u"id"_s);
    const Schema controlSchema = control.schema();
    const InferenceResult extended = inferRelations(controlSchema);
    const QString problem = checkProposed(controlSchema, extended, u"plans_75.id"_s, u"plans.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstRelationInference::roleNameIsKept()
{
    SchemaBuilder b;
    b.table(u"users"_s, kUsers, u"id"_s)
            .table(u"issues"_s,
                   u"id int NOT NULL AUTO_INCREMENT, reported_user_id int, user_id int"_s, u"id"_s)
            .index(u"issues"_s, u"ix_reported"_s, u"reported_user_id"_s)
            .index(u"issues"_s, u"ix_user"_s, u"user_id"_s);
    const Schema &schema = b.schema();
    const InferenceResult result = inferRelations(schema);
    const Relation *role = relationFrom(schema, result, u"issues.reported_user_id"_s);
    const Relation *plain = relationFrom(schema, result, u"issues.user_id"_s);
    QVERIFY2(role && plain, qPrintable(describe(schema, result)));
    QCOMPARE(parentOf(schema, *role), u"users.id"_s);
    QCOMPARE(role->nameOnChild, u"reported_user"_s);
    QCOMPARE(plain->nameOnChild, QString());
    // A role in front of the name makes the guess less sure.
    QVERIFY2(role->confidence < plain->confidence, qPrintable(describe(schema, result)));
}

void TstRelationInference::givenTablePrefix()
{
    // comments has no prefix of its own: only a given prefix makes wp_posts a `post` table.
    SchemaBuilder b;
    b.table(u"wp_posts"_s, u"ID bigint unsigned NOT NULL AUTO_INCREMENT, title text"_s, u"ID"_s)
            .table(u"comments"_s,
                   u"id bigint unsigned NOT NULL AUTO_INCREMENT, post_id bigint unsigned"_s,
                   u"id"_s)
            .index(u"comments"_s, u"ix_post"_s, u"post_id"_s);
    const Schema &schema = b.schema();
    InferenceOptions options;
    options.tablePrefixes = {u"wp_"_s};
    const InferenceResult withPrefix = inferRelations(schema, options);
    const QString problem
            = checkProposed(schema, withPrefix, u"comments.post_id"_s, u"wp_posts.ID"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Relation *given = relationFrom(schema, withPrefix, u"comments.post_id"_s);
    const InferenceResult without = inferRelations(schema);
    const Relation *found = relationFrom(schema, without, u"comments.post_id"_s);
    // Without the prefix, at best a weaker guess by the end of the name.
    QVERIFY2(!found || given->confidence > found->confidence,
             qPrintable(describe(schema, withPrefix) + u"\n--\n"_s + describe(schema, without)));
}

void TstRelationInference::userPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("column");
    QTest::newRow("column=table") << u"author_id=users"_s << u"author_id"_s;
    QTest::newRow("glob=table.column") << u"*_by=users.id"_s << u"created_by"_s;
    QTest::newRow("fk_{singular}") << u"fk_{singular}"_s << u"fk_user"_s;
    QTest::newRow("{table}_ref") << u"{table}_ref"_s << u"users_ref"_s;
}

void TstRelationInference::userPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, column);
    QCOMPARE(checkInferencePatterns({pattern}), QString());
    const Schema schema = usersAndPosts(column);
    InferenceOptions options;
    options.patterns = {pattern};
    const InferenceResult result = inferRelations(schema, options);
    const QString child = u"posts."_s + column;
    const QString problem = checkProposed(schema, result, child, u"users.id"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Relation *r = relationFrom(schema, result, child);
    QVERIFY2(r->reasons.join(u' ').contains(pattern), qPrintable(describe(schema, result)));
    // The pattern matches whole names only, case-insensitively.
    const Schema longer = usersAndPosts(column + u"_old"_s);
    QVERIFY2(!relationFrom(longer, inferRelations(longer, options), child + u"_old"_s),
             qPrintable(describe(longer, inferRelations(longer, options))));
    const Schema upper = usersAndPosts(column.toUpper());
    const QString upperChild = u"posts."_s + column.toUpper();
    const QString upperProblem
            = checkProposed(upper, inferRelations(upper, options), upperChild, u"users.id"_s);
    QVERIFY2(upperProblem.isEmpty(), qPrintable(upperProblem));
}

void TstRelationInference::withoutPatternsNothingIsInferred()
{
    // The names the patterns above catch say nothing by themselves.
    for (const QString &column : {u"author_id"_s, u"created_by"_s, u"users_ref"_s}) {
        const Schema schema = usersAndPosts(column);
        const InferenceResult result = inferRelations(schema);
        QVERIFY2(result.relations.isEmpty() && result.ambiguous.isEmpty(),
                 qPrintable(column + u'\n' + describe(schema, result)));
    }
}

QTEST_GUILESS_MAIN(TstRelationInference)
#include "tst_relationinference.moc"
