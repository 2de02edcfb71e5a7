// helpdesk.relata in detail: a 50-table help-desk SaaS on MySQL, sharded by account_id.
// Its keys and hierarchies, its referential actions and comments, and the deliberate
// problems the validator must find (see tst_examples.cpp for the list of findings).
#include "core/schema.h"
#include "exampletestutil.h"
#include "io/relatafile.h"
#include "validate/validator.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace exampletest;

class TstExampleHelpdesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpdeskKeysAndHierarchies();
    void helpdeskActionsAndComments();
    void helpdeskDeliberateProblems();
};

void TstExampleHelpdesk::helpdeskKeysAndHierarchies()
{
    const Schema s = load(u"helpdesk.relata"_s);
    QCOMPARE(s.tables().size(), 50);
    // Surrogate keys are auto-increment bigint unsigned, except the two small catalogues.
    for (const Table &t : s.tables()) {
        const QStringList key = t.columnNames(t.primaryKey);
        if (key != QStringList{u"id"_s})
            continue;
        const Column *id = t.columnByName(u"id"_s);
        QVERIFY2(id->autoIncrement && !id->nullable, qPrintable(t.name));
        const bool catalogue = t.name == u"permissions"_s || t.name == u"plans"_s;
        QCOMPARE(id->type.text, catalogue ? u"int unsigned"_s : u"bigint unsigned"_s);
    }

    // Composite keys: the link tables, each with an index for its second column.
    const QList<std::pair<QString, QStringList>> composite{
            {u"role_permissions"_s, {u"role_id"_s, u"permission_id"_s}},
            {u"team_members"_s, {u"team_id"_s, u"user_id"_s}},
            {u"ticket_tags"_s, {u"ticket_id"_s, u"tag_id"_s}},
            {u"custom_field_values"_s, {u"ticket_id"_s, u"custom_field_id"_s}}};
    int compositeKeys = 0;
    for (const Table &t : s.tables())
        compositeKeys += t.primaryKey.size() > 1 ? 1 : 0;
    QCOMPARE(compositeKeys, int(composite.size()));
    for (const auto &[table, key] : composite) {
        const Table *t = s.tableByName(table);
        QVERIFY2(t, qPrintable(table));
        QCOMPARE(t->columnNames(t->primaryKey), key);
        for (const QString &column : key) {
            const Relation *r = findRelation(s, table, {column});
            QVERIFY2(r, qPrintable(table + u'.' + column));
            QCOMPARE(r->onDelete, ReferentialAction::Cascade);
            QVERIFY(isIndexed(*t, {column}));
        }
    }

    // Two hierarchies, both detached with set null, with readable names on both sides.
    const QList<std::tuple<QString, QString, QString, QString>> hierarchies{
            {u"kb_categories"_s, u"parent_id"_s, u"parent"_s, u"children"_s},
            {u"tickets"_s, u"merged_into_id"_s, u"merged_into"_s, u"merged_tickets"_s}};
    int selfReferences = 0;
    for (const Relation &each : s.relations())
        selfReferences += each.isSelfReference() ? 1 : 0;
    QCOMPARE(selfReferences, int(hierarchies.size()));
    for (const auto &[table, column, onChild, onParent] : hierarchies) {
        const Relation *r = findRelation(s, table, {column});
        QVERIFY2(r && r->isSelfReference(), qPrintable(table));
        QCOMPARE(r->onDelete, ReferentialAction::SetNull);
        QCOMPARE(r->nameOnChild, onChild);
        QCOMPARE(r->nameOnParent, onParent);
        QVERIFY(s.table(r->childTable)->columnByName(column)->nullable);
    }
}

void TstExampleHelpdesk::helpdeskActionsAndComments()
{
    const Schema s = load(u"helpdesk.relata"_s);
    const Table *accounts = s.tableByName(u"accounts"_s);
    QVERIFY(accounts);
    int tenantTables = 0;
    for (const Relation &r : s.relations()) {
        // Tenants are closed and purged by a job, never by a cascade.
        if (r.parentTable == accounts->id) {
            ++tenantTables;
            QCOMPARE(r.onDelete, ReferentialAction::Restrict);
            QCOMPARE(s.table(r.childTable)->columnNames(r.childColumns),
                     QStringList{u"account_id"_s});
        }
    }
    QCOMPARE(tenantTables, 24);

    // Owned children cascade, optional links are cleared, billing records are kept.
    const QList<std::tuple<QString, QString, ReferentialAction>> actions{
            {u"ticket_messages"_s, u"ticket_id"_s, ReferentialAction::Cascade},
            {u"attachments"_s, u"ticket_message_id"_s, ReferentialAction::Cascade},
            {u"tickets"_s, u"assignee_id"_s, ReferentialAction::SetNull},
            {u"tickets"_s, u"team_id"_s, ReferentialAction::SetNull},
            {u"tickets"_s, u"requester_id"_s, ReferentialAction::Restrict},
            {u"subscriptions"_s, u"plan_id"_s, ReferentialAction::Restrict},
            {u"invoices"_s, u"subscription_id"_s, ReferentialAction::Restrict},
            {u"payments"_s, u"invoice_id"_s, ReferentialAction::Restrict},
            {u"invoice_lines"_s, u"invoice_id"_s, ReferentialAction::Cascade},
            {u"audit_logs"_s, u"actor_id"_s, ReferentialAction::NoAction}};
    for (const auto &[table, column, action] : actions) {
        const Relation *r = findRelation(s, table, {column});
        QVERIFY2(r, qPrintable(table + u'.' + column));
        QCOMPARE(r->onDelete, action);
        if (action == ReferentialAction::SetNull)
            QVERIFY(s.table(r->childTable)->columnByName(column)->nullable);
    }
    const Relation *assignee = findRelation(s, u"tickets"_s, {u"assignee_id"_s});
    QCOMPARE(assignee->nameOnChild, u"assignee"_s);
    QCOMPARE(assignee->nameOnParent, u"assigned_tickets"_s);

    int commented = 0;
    int softDeleted = 0;
    for (const Table &t : s.tables()) {
        commented += t.comment.isEmpty() ? 0 : 1;
        if (const Column *flag = t.column(t.softDeleteColumn)) {
            ++softDeleted;
            QCOMPARE(flag->name, u"deleted_at"_s);
            QCOMPARE(flag->type.text, u"datetime(6)"_s);
            QVERIFY(flag->nullable);
        }
    }
    QVERIFY(commented >= 5);
    QCOMPARE(softDeleted, 13);
    QVERIFY(s.tableByName(u"tickets"_s)->softDeleteColumn.isValid());
}

void TstExampleHelpdesk::helpdeskDeliberateProblems()
{
    const Schema s = load(u"helpdesk.relata"_s);
    // R004: an int unsigned child column against the bigint unsigned users.id.
    const Relation *logged = findRelation(s, u"time_entries"_s, {u"user_id"_s});
    QVERIFY(logged);
    QCOMPARE(s.table(logged->childTable)->columnByName(u"user_id"_s)->type.text, u"int unsigned"_s);
    QCOMPARE(s.table(logged->parentTable)->columnByName(u"id"_s)->type.text, u"bigint unsigned"_s);
    // R007: audit_logs is indexed by account and time, by subject, but not by actor.
    const Relation *actor = findRelation(s, u"audit_logs"_s, {u"actor_id"_s});
    QVERIFY(actor);
    QVERIFY(!isIndexed(*s.table(actor->childTable), {u"actor_id"_s}));
    // Every other relation is indexed, joins equal type texts and points at a primary key.
    for (const Relation &r : s.relations()) {
        const Table *child = s.table(r.childTable);
        const Table *parent = s.table(r.parentTable);
        QCOMPARE(r.parentColumns, parent->primaryKey);
        if (&r == actor)
            continue;
        QVERIFY2(isIndexed(*child, child->columnNames(r.childColumns)), qPrintable(s.describe(r)));
        if (&r == logged)
            continue;
        for (qsizetype i = 0; i < r.childColumns.size(); ++i) {
            QCOMPARE(child->column(r.childColumns.at(i))->type.text,
                     parent->column(r.parentColumns.at(i))->type.text);
        }
    }
    // R012: only tickets cascades too far; users, contacts and teams stay at five tables.
    ValidationOptions options;
    options.only = {u"R012"_s};
    const QList<Finding> cascades = validate(s, options);
    QCOMPARE(cascades.size(), 1);
    QVERIFY2(cascades.first().message.startsWith(u"deleting one tickets row cascades through "
                                                 "11 tables, 2 levels deep"_s),
             qPrintable(cascades.first().message));
    options.maxCascadeTables = 4;
    QStringList roots;
    for (const Finding &f : validate(s, options))
        roots.append(f.objects.first());
    QCOMPARE(roots, QStringList({u"users"_s, u"teams"_s, u"tickets"_s}));
}

QTEST_GUILESS_MAIN(TstExampleHelpdesk)
#include "tst_example_helpdesk.moc"
