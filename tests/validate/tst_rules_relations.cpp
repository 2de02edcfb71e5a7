// R001 (missing object), R002 (column count), R003 (parent not a key) and R005 (set null on
// NOT NULL) through validate(). R004 (types) has its own file, tst_rules_types.cpp.
#include "schemabuilder.h"

#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)

namespace {

using A = ReferentialAction;

/// Runs one rule alone and compares every finding, in order, with the expected ones.
void checkRule(const QString &code)
{
    QFETCH(Schema, schema);
    QFETCH(QStringList, messages);
    QFETCH(QList<QStringList>, objects);
    QFETCH(QStringList, fixes);
    ValidationOptions options;
    options.only = {code};
    const QList<Finding> findings = validate(schema, options);
    QStringList gotMessages;
    QList<QStringList> gotObjects;
    QStringList gotFixes;
    for (const Finding &f : findings) {
        QCOMPARE(f.code, code);
        QCOMPARE(f.severity, Severity::Error);
        gotMessages.append(f.message);
        gotObjects.append(f.objects);
        gotFixes.append(f.fix);
    }
    QCOMPARE(gotMessages, messages);
    QCOMPARE(findings.size(), objects.size());
    QCOMPARE(gotObjects, objects);
    QCOMPARE(gotFixes, fixes);
}

void addColumns()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
    QTest::addColumn<QStringList>("fixes");
}

/// A row that must not fire.
void quietRow(const char *name, const Schema &schema)
{
    QTest::newRow(name) << schema << QStringList() << QList<QStringList>() << QStringList();
}

/// A row that fires once.
void firingRow(const char *name, const Schema &schema, const QString &message,
               const QStringList &objects, const QString &fix)
{
    QTest::newRow(name) << schema << QStringList{message} << QList<QStringList>{objects}
                        << QStringList{fix};
}

/// users (id, email, name) keyed by id, blocks (id, user_id, user_email) keyed by id.
SchemaBuilder usersAndBlocks(Dialect dialect = Dialect::MySql)
{
    SchemaBuilder b(dialect);
    b.table(u"users"_s, u"id bigint unsigned NOT NULL, email varchar(100), name varchar(50)"_s,
            u"id"_s)
            .table(u"blocks"_s,
                   u"id int NOT NULL, user_id bigint unsigned, user_email varchar(100)"_s, u"id"_s);
    return b;
}

/// customers keyed by (id, region), orders referring to them.
SchemaBuilder customersAndOrders()
{
    SchemaBuilder b;
    b.table(u"customers"_s, u"id int NOT NULL, region char(2) NOT NULL, name varchar(50)"_s,
            u"id, region"_s)
            .table(u"orders"_s,
                   u"id int NOT NULL, customer_id int NOT NULL, region char(2) NOT NULL, "
                   "note text"_s,
                   u"id"_s);
    return b;
}

/// customers keyed by id, orders with a NOT NULL customer_id and a nullable note_id.
SchemaBuilder singleKeyOrders()
{
    SchemaBuilder b;
    b.table(u"customers"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"orders"_s, u"id int NOT NULL, customer_id int NOT NULL, note_id int"_s,
                   u"id"_s);
    return b;
}

const QString PointElsewhere = u"delete the relation or point it at an existing column"_s;
const QString PointAtTable = u"delete the relation or point it at an existing table"_s;
const QString SameCount = u"give both sides the same number of columns, in matching order"_s;
const QString NullableOr = u"make %1 nullable, or use cascade or restrict"_s;

void missingObjectFiringRows()
{
    firingRow("child column missing",
              usersAndBlocks().relation(u"blocks"_s, u"usr_id"_s, u"users"_s, u"id"_s).schema(),
              u"blocks.? → users.id: the child column does not exist in blocks"_s,
              {u"blocks"_s, u"users.id"_s}, PointElsewhere);
    firingRow("parent column missing",
              usersAndBlocks().relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"uid"_s).schema(),
              u"blocks.user_id → users.?: the parent column does not exist in users"_s,
              {u"blocks.user_id"_s, u"users"_s}, PointElsewhere);
    firingRow("parent table missing",
              usersAndBlocks().relation(u"blocks"_s, u"user_id"_s, u"accounts"_s, u"id"_s).schema(),
              u"blocks.user_id → ?.?: the parent table does not exist"_s, {u"blocks.user_id"_s},
              PointAtTable);
    firingRow("child table missing",
              usersAndBlocks().relation(u"posts"_s, u"user_id"_s, u"users"_s, u"id"_s).schema(),
              u"?.? → users.id: the child table does not exist"_s, {u"users.id"_s}, PointAtTable);
    firingRow("both ends broken",
              usersAndBlocks().relation(u"blocks"_s, u"usr_id"_s, u"accounts"_s, u"id"_s).schema(),
              u"blocks.? → ?.?: the child column does not exist in blocks; "
              "the parent table does not exist"_s,
              {u"blocks"_s}, PointAtTable);
    firingRow(
            "second of two composite columns missing",
            customersAndOrders()
                    .relation(u"orders"_s, u"customer_id, regn"_s, u"customers"_s, u"id, region"_s)
                    .schema(),
            u"orders (customer_id, ?) → customers (id, region): "
            "child column 2 of 2 does not exist in orders"_s,
            {u"orders"_s, u"customers.id"_s, u"customers.region"_s}, PointElsewhere);
    firingRow("two of three parent columns missing",
              customersAndOrders()
                      .relation(u"orders"_s, u"id, customer_id, region"_s, u"customers"_s,
                                u"uid, id, reg"_s)
                      .schema(),
              u"orders (id, customer_id, region) → customers (?, id, ?): "
              "parent columns 1 and 3 of 3 do not exist in customers"_s,
              {u"orders.id"_s, u"orders.customer_id"_s, u"orders.region"_s, u"customers"_s},
              PointElsewhere);
    {
        // The everyday cause: a column deleted after the relation was drawn.
        SchemaBuilder b = usersAndBlocks();
        b.relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s)
                .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s);
        Schema schema = b.schema();
        Table *blocks = schema.tableForEdit(b.tableId(u"blocks"_s));
        blocks->columns.removeAt(blocks->columnIndex(b.columnId(u"blocks"_s, u"user_id"_s)));
        blocks->columns.removeAt(blocks->columnIndex(b.columnId(u"blocks"_s, u"user_email"_s)));
        QTest::newRow("columns deleted afterwards, in model order")
                << schema
                << QStringList{u"blocks.? → users.id: the child column does not exist in blocks"_s,
                               u"blocks.? → users.email: the child column does not exist in "
                               "blocks"_s}
                << QList<QStringList>{{u"blocks"_s, u"users.id"_s}, {u"blocks"_s, u"users.email"_s}}
                << QStringList{PointElsewhere, PointElsewhere};
    }
}

void missingObjectQuietRows()
{
    quietRow("resolving relation",
             usersAndBlocks().relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s).schema());
    {
        SchemaBuilder b = usersAndBlocks();
        b.relation(u"blocks"_s, u"usr_id"_s, u"users"_s, u"id"_s);
        b.lastRelation().origin = RelationOrigin::Inferred;
        b.lastRelation().decision = RelationDecision::Ignored;
        quietRow("ignored relation naming a missing column", b.schema());
    }
    quietRow("column count differs: R002's business",
             customersAndOrders()
                     .relation(u"orders"_s, u"customer_id, region"_s, u"customers"_s, u"id"_s)
                     .schema());
    {
        // Ids, not names, hold a relation together: renaming keeps it whole.
        SchemaBuilder b = usersAndBlocks();
        b.relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
        Schema schema = b.schema();
        schema.tableForEdit(b.tableId(u"users"_s))->name = u"accounts"_s;
        schema.tableForEdit(b.tableId(u"blocks"_s))
                ->column(b.columnId(u"blocks"_s, u"user_id"_s))
                ->name
                = u"account_id"_s;
        quietRow("table and column renamed", schema);
    }
    {
        SchemaBuilder b;
        b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
                .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
        quietRow("self-reference", b.schema());
    }
    quietRow("no relations", usersAndBlocks().schema());
}

void parentNotKeyFiringRows()
{
    const QStringList byEmail{u"blocks.user_email"_s, u"users.email"_s};
    firingRow("plain column",
              usersAndBlocks()
                      .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s)
                      .schema(),
              u"blocks.user_email → users.email: users has no primary key or unique index on "
              "(email)"_s,
              byEmail, u"CREATE UNIQUE INDEX uq_users_email ON users (email);"_s);
    firingRow("non-unique index",
              usersAndBlocks()
                      .index(u"users"_s, u"ix_email"_s, u"email"_s)
                      .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s)
                      .schema(),
              u"blocks.user_email → users.email: users has no primary key or unique index on "
              "(email)"_s,
              byEmail, u"CREATE UNIQUE INDEX uq_users_email ON users (email);"_s);
    firingRow("part of a unique index, name already taken",
              usersAndBlocks()
                      .index(u"users"_s, u"uq_users_email"_s, u"email, name"_s, true)
                      .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s)
                      .schema(),
              u"blocks.user_email → users.email: users has no primary key or unique index on "
              "(email)"_s,
              byEmail, u"CREATE UNIQUE INDEX uq_users_email_2 ON users (email);"_s);
    firingRow("part of a composite primary key",
              customersAndOrders()
                      .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s)
                      .schema(),
              u"orders.customer_id → customers.id: customers has no primary key or unique "
              "index on (id)"_s,
              {u"orders.customer_id"_s, u"customers.id"_s},
              u"CREATE UNIQUE INDEX uq_customers_id ON customers (id);"_s);
}

/// Fixes name their identifiers as the dialect reads them.
void parentNotKeyQuotingRows()
{
    {
        SchemaBuilder b;
        b.table(u"order items"_s, u"line_no int NOT NULL"_s)
                .table(u"notes"_s, u"id int NOT NULL, line int"_s, u"id"_s)
                .relation(u"notes"_s, u"line"_s, u"order items"_s, u"line_no"_s);
        Schema schema = b.schema();
        schema.tableForEdit(b.tableId(u"order items"_s))
                ->column(b.columnId(u"order items"_s, u"line_no"_s))
                ->name
                = u"line `no"_s;
        firingRow("MySQL names that need quoting", schema,
                  u"notes.line → order items.line `no: order items has no primary key or unique "
                  "index on (line `no)"_s,
                  {u"notes.line"_s, u"order items.line `no"_s},
                  u"CREATE UNIQUE INDEX `uq_order items_line ``no` ON `order items` "
                  "(`line ``no`);"_s);
    }
    firingRow("reserved word",
              SchemaBuilder()
                      .table(u"group"_s, u"id int NOT NULL, name varchar(50)"_s, u"id"_s)
                      .table(u"members"_s, u"id int NOT NULL, group_name varchar(50)"_s, u"id"_s)
                      .relation(u"members"_s, u"group_name"_s, u"group"_s, u"name"_s)
                      .schema(),
              u"members.group_name → group.name: group has no primary key or unique index on "
              "(name)"_s,
              {u"members.group_name"_s, u"group.name"_s},
              u"CREATE UNIQUE INDEX uq_group_name ON `group` (name);"_s);
    {
        SchemaBuilder b(Dialect::PostgreSql);
        b.table(u"Users"_s, u"id integer NOT NULL, Email text"_s, u"id"_s)
                .table(u"posts"_s, u"id integer NOT NULL, author_email text"_s, u"id"_s)
                .relation(u"posts"_s, u"author_email"_s, u"Users"_s, u"Email"_s);
        firingRow("PostgreSQL folds bare names", b.schema(),
                  u"posts.author_email → Users.Email: Users has no primary key or unique index "
                  "on (Email)"_s,
                  {u"posts.author_email"_s, u"Users.Email"_s},
                  u"CREATE UNIQUE INDEX \"uq_Users_Email\" ON \"Users\" (\"Email\");"_s);
    }
}

void parentNotKeyQuietRows()
{
    quietRow("primary key",
             usersAndBlocks().relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s).schema());
    quietRow("unique index", usersAndBlocks()
                                     .index(u"users"_s, u"uq_email"_s, u"email"_s, true)
                                     .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s)
                                     .schema());
    quietRow("composite primary key in another order",
             customersAndOrders()
                     .relation(u"orders"_s, u"region, customer_id"_s, u"customers"_s,
                               u"region, id"_s)
                     .schema());
    quietRow("composite unique index",
             usersAndBlocks()
                     .index(u"users"_s, u"uq_email_name"_s, u"email, name"_s, true)
                     .relation(u"blocks"_s, u"user_email, user_id"_s, u"users"_s, u"email, name"_s)
                     .schema());
    {
        SchemaBuilder b = usersAndBlocks();
        b.relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"email"_s);
        b.lastRelation().decision = RelationDecision::Ignored;
        quietRow("ignored", b.schema());
    }
    quietRow("missing parent column: R001's business",
             usersAndBlocks()
                     .relation(u"blocks"_s, u"user_email"_s, u"users"_s, u"mail"_s)
                     .schema());
}

void setNullNotNullFiringRows()
{
    const QStringList byCustomer{u"orders.customer_id"_s, u"customers.id"_s};
    firingRow("on delete",
              singleKeyOrders()
                      .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s, A::SetNull)
                      .schema(),
              u"orders.customer_id → customers.id: on delete set null, but orders.customer_id "
              "is NOT NULL"_s,
              byCustomer, NullableOr.arg(u"orders.customer_id"_s));
    {
        SchemaBuilder b = singleKeyOrders();
        b.relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s, A::Cascade);
        b.lastRelation().onUpdate = A::SetNull;
        firingRow("on update", b.schema(),
                  u"orders.customer_id → customers.id: on update set null, but "
                  "orders.customer_id is NOT NULL"_s,
                  byCustomer, NullableOr.arg(u"orders.customer_id"_s));
        b.lastRelation().onDelete = A::SetNull;
        firingRow("on delete and on update", b.schema(),
                  u"orders.customer_id → customers.id: on delete and on update set null, but "
                  "orders.customer_id is NOT NULL"_s,
                  byCustomer, NullableOr.arg(u"orders.customer_id"_s));
    }
    firingRow(
            "composite, both NOT NULL",
            customersAndOrders()
                    .relation(u"orders"_s, u"customer_id, region"_s, u"customers"_s,
                              u"id, region"_s, A::SetNull)
                    .schema(),
            u"orders (customer_id, region) → customers (id, region): on delete set null, but "
            "orders.customer_id and orders.region are NOT NULL"_s,
            {u"orders.customer_id"_s, u"orders.region"_s, u"customers.id"_s, u"customers.region"_s},
            NullableOr.arg(u"orders.customer_id and orders.region"_s));
    {
        SchemaBuilder b;
        b.table(u"users"_s, u"id int NOT NULL"_s, u"id"_s)
                .table(u"roles"_s, u"id int NOT NULL"_s, u"id"_s)
                .table(u"user_roles"_s, u"user_id int, role_id int"_s, u"user_id, role_id"_s)
                .relation(u"user_roles"_s, u"user_id"_s, u"users"_s, u"id"_s, A::SetNull);
        firingRow("primary-key column, nullable as declared", b.schema(),
                  u"user_roles.user_id → users.id: on delete set null, but user_roles.user_id "
                  "is NOT NULL"_s,
                  {u"user_roles.user_id"_s, u"users.id"_s},
                  u"use cascade or restrict: user_roles.user_id cannot be made nullable in a "
                  "primary key"_s);
    }
}

void setNullNotNullQuietRows()
{
    quietRow("set null on a nullable column",
             singleKeyOrders()
                     .relation(u"orders"_s, u"note_id"_s, u"customers"_s, u"id"_s, A::SetNull)
                     .schema());
    quietRow("cascade on NOT NULL",
             singleKeyOrders()
                     .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s, A::Cascade)
                     .schema());
    quietRow("restrict on NOT NULL",
             singleKeyOrders()
                     .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s, A::Restrict)
                     .schema());
    quietRow("no action on NOT NULL",
             singleKeyOrders()
                     .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s)
                     .schema());
    {
        SchemaBuilder b = singleKeyOrders();
        b.relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s, A::SetNull);
        b.lastRelation().decision = RelationDecision::Ignored;
        quietRow("ignored", b.schema());
    }
}

} // namespace

class TstRulesRelations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingObject_data();
    void missingObject() { checkRule(u"R001"_s); }
    void missingObjectSubjects();
    void columnCount_data();
    void columnCount() { checkRule(u"R002"_s); }
    void parentNotKey_data();
    void parentNotKey() { checkRule(u"R003"_s); }
    void setNullNotNull_data();
    void setNullNotNull() { checkRule(u"R005"_s); }
};

void TstRulesRelations::missingObject_data()
{
    addColumns();
    missingObjectFiringRows();
    missingObjectQuietRows();
}

void TstRulesRelations::missingObjectSubjects()
{
    // The GUI selects the subjects by id: only objects that exist are named.
    SchemaBuilder b = usersAndBlocks();
    b.relation(u"blocks"_s, u"usr_id"_s, u"users"_s, u"id"_s);
    ValidationOptions options;
    options.only = {u"R001"_s};
    const QList<Finding> findings = validate(b.schema(), options);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.relations, QList<RelationId>{b.schema().relations().first().id});
    QCOMPARE(f.tables, (QList<TableId>{b.tableId(u"blocks"_s), b.tableId(u"users"_s)}));
    QCOMPARE(f.columns, QList<ColumnId>{b.columnId(u"users"_s, u"id"_s)});
}

void TstRulesRelations::columnCount_data()
{
    addColumns();
    firingRow("two child columns, one parent column",
              customersAndOrders()
                      .relation(u"orders"_s, u"customer_id, region"_s, u"customers"_s, u"id"_s)
                      .schema(),
              u"orders (customer_id, region) → customers.id: "
              "2 child columns but 1 parent column"_s,
              {u"orders.customer_id"_s, u"orders.region"_s, u"customers.id"_s}, SameCount);
    firingRow("one child column, two parent columns",
              customersAndOrders()
                      .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id, region"_s)
                      .schema(),
              u"orders.customer_id → customers (id, region): "
              "1 child column but 2 parent columns"_s,
              {u"orders.customer_id"_s, u"customers.id"_s, u"customers.region"_s}, SameCount);
    firingRow("three child columns, two parent columns",
              customersAndOrders()
                      .relation(u"orders"_s, u"customer_id, region, note"_s, u"customers"_s,
                                u"id, region"_s)
                      .schema(),
              u"orders (customer_id, region, note) → customers (id, region): "
              "3 child columns but 2 parent columns"_s,
              {u"orders.customer_id"_s, u"orders.region"_s, u"orders.note"_s, u"customers.id"_s,
               u"customers.region"_s},
              SameCount);
    {
        SchemaBuilder b;
        b.table(u"nodes"_s, u"id int NOT NULL, parent_id int, kind int"_s, u"id"_s)
                .relation(u"nodes"_s, u"parent_id, kind"_s, u"nodes"_s, u"id"_s);
        b.lastRelation().origin = RelationOrigin::Inferred; // unconfirmed, still checked
        firingRow("inferred self-reference", b.schema(),
                  u"nodes (parent_id, kind) → nodes.id: 2 child columns but 1 parent column"_s,
                  {u"nodes.parent_id"_s, u"nodes.kind"_s, u"nodes.id"_s}, SameCount);
    }

    quietRow("one to one", customersAndOrders()
                                   .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s)
                                   .schema());
    quietRow("two to two", customersAndOrders()
                                   .relation(u"orders"_s, u"customer_id, region"_s, u"customers"_s,
                                             u"id, region"_s)
                                   .schema());
    {
        SchemaBuilder b = customersAndOrders();
        b.relation(u"orders"_s, u"customer_id, region"_s, u"customers"_s, u"id"_s);
        b.lastRelation().decision = RelationDecision::Ignored;
        quietRow("ignored", b.schema());
    }
    quietRow("missing column: R001's business",
             customersAndOrders()
                     .relation(u"orders"_s, u"customer_id, regn"_s, u"customers"_s, u"id"_s)
                     .schema());
    quietRow("missing table: R001's business",
             customersAndOrders()
                     .relation(u"orders"_s, u"customer_id, region"_s, u"clients"_s, u"id"_s)
                     .schema());
}

void TstRulesRelations::parentNotKey_data()
{
    addColumns();
    parentNotKeyFiringRows();
    parentNotKeyQuotingRows();
    parentNotKeyQuietRows();
}

void TstRulesRelations::setNullNotNull_data()
{
    addColumns();
    setNullNotNullFiringRows();
    setNullNotNullQuietRows();
}

QTEST_GUILESS_MAIN(TstRulesRelations)
#include "tst_rules_relations.moc"
