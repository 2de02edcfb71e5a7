// Quick fixes: each resolves its finding in one undo step that undo takes back exactly.
#include "commands/editordocument.h"
#include "io/relatafile.h"
#include "quickfix/quickfix.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

/// users(id) and blocks(id, user_id), in MySQL; `userId` is blocks.user_id's column
/// object, `extraBlocks` more of blocks' keys, `relations` the relations array.
QByteArray linkFile(const QByteArray &userKeyType, const QByteArray &userId,
                    const QByteArray &extraBlocks, const QByteArray &relations)
{
    return R"({"format": "relata", "version": 1, "dialect": "mysql", "tables": [
        {"name": "users", "columns": [{"name": "id", "type": ")"
           + userKeyType + R"(", "nullable": false}], "primaryKey": ["id"]},
        {"name": "blocks", "columns": [{"name": "id", "type": "int", "nullable": false}, )"
           + userId + R"(], "primaryKey": ["id"])" + extraBlocks + R"(}],
        "relations": [)"
           + relations + "]}";
}

const QByteArray kIndexed
        = R"(, "indexes": [{"name": "idx_blocks_user_id", "columns": ["user_id"]}])";

QByteArray relationTo(const QByteArray &more = {})
{
    return R"({"child": "blocks", "childColumns": ["user_id"], "parent": "users",
               "parentColumns": ["id"])"
           + more + "}";
}

QByteArray singleTable(const QByteArray &dialect, const QByteArray &table)
{
    return R"({"format": "relata", "version": 1, "dialect": ")" + dialect + R"(", "tables": [)"
           + table + "]}";
}

Schema parse(const QByteArray &text)
{
    Result<Schema> schema = parseRelata(text);
    if (!schema)
        qFatal("%s", qPrintable(schema.errorString()));
    return std::move(schema).value();
}

/// The same finding: same rule about the same objects (the message may name new types).
bool sameSubject(const Finding &a, const Finding &b)
{
    return a.code == b.code && a.tables == b.tables && a.relations == b.relations
           && a.objects == b.objects;
}

bool containsSubject(const QList<Finding> &findings, const Finding &finding)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &f) { return sameSubject(f, finding); });
}

} // namespace

class TstQuickFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixResolvesFinding_data();
    void fixResolvesFinding();
    void inferredRelationAccepted();
    void findingsWithoutFixes();
    void staleFixLeavesNoStep();
    void newKeyColumnPerDialect_data();
    void newKeyColumnPerDialect();
};

void TstQuickFixes::fixResolvesFinding_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");

    const QByteArray intNotNull = R"({"name": "user_id", "type": "int", "nullable": false})";
    const QByteArray intNullable = R"({"name": "user_id", "type": "int"})";
    QTest::newRow("R004 type") << linkFile("bigint unsigned", intNotNull, kIndexed, relationTo())
                               << u"R004"_s << u"Change blocks.user_id to bigint unsigned"_s;
    const QByteArray setNull
            = linkFile("int", intNotNull, kIndexed, relationTo(R"(, "onDelete": "set null")"));
    QTest::newRow("R005 nullable") << setNull << u"R005"_s << u"Make blocks.user_id nullable"_s;
    QTest::newRow("R005 no action") << setNull << u"R005"_s << u"Change on delete to no action"_s;
    QTest::newRow("R005 cascade") << setNull << u"R005"_s << u"Change on delete to cascade"_s;
    QTest::newRow("R007 index") << linkFile("int", intNullable, {}, relationTo()) << u"R007"_s
                                << u"Add index idx_blocks_user_id on blocks (user_id)"_s;
    QTest::newRow("R008 new column")
            << singleTable("mysql", R"({"name": "logs", "columns": [{"name": "message",
                                        "type": "text"}]})")
            << u"R008"_s << u"Add primary key id"_s;
    QTest::newRow("R008 unique index")
            << singleTable("mysql", R"json({"name": "accounts", "columns": [
                   {"name": "email", "type": "varchar(200)", "nullable": false},
                   {"name": "name", "type": "text"}], "indexes": [
                   {"name": "uq_accounts_email", "columns": ["email"], "unique": true}]})json")
            << u"R008"_s
            << u"Make (email) the primary key instead of unique index uq_accounts_email"_s;
    QTest::newRow("R008 existing id")
            << singleTable("postgresql", R"({"name": "events", "columns": [
                   {"name": "id", "type": "integer"}, {"name": "name", "type": "text"}]})")
            << u"R008"_s << u"Make id the primary key"_s;
    const QByteArray implied = linkFile("int", intNullable, kIndexed, {});
    QTest::newRow("R011 accept") << implied << u"R011"_s
                                 << u"Accept relation blocks.user_id → users.id"_s;
    QTest::newRow("R011 ignore") << implied << u"R011"_s
                                 << u"Ignore relation blocks.user_id → users.id"_s;
    QTest::newRow("inferred ignore")
            << linkFile("int", intNullable, {}, relationTo(R"(, "origin": "inferred",
                                                              "confidence": 0.8)"))
            << u"R007"_s << u"Ignore relation"_s;
}

void TstQuickFixes::fixResolvesFinding()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    QFETCH(QString, label);

    EditorDocument editor;
    editor.resetSchema(parse(file), {});
    const Schema original = editor.schema();
    const QList<Finding> before = validate(original);
    const auto finding = std::find_if(before.cbegin(), before.cend(),
                                      [&](const Finding &f) { return f.code == code; });
    QVERIFY2(finding != before.cend(), qPrintable(code + u" not found"_s));

    const QList<QuickFix> fixes = quickFixes(original, *finding);
    QStringList labels;
    for (const QuickFix &fix : fixes)
        labels.append(fix.label);
    const qsizetype chosen = labels.indexOf(label);
    QVERIFY2(chosen >= 0, qPrintable(labels.join(u" | "_s)));

    QVERIFY(applyQuickFix(editor, fixes.at(chosen)));
    QCOMPARE(editor.undoStack().count(), 1);
    QCOMPARE(editor.undoStack().text(0), label);
    const Schema fixed = editor.schema();
    QVERIFY(!(fixed == original));

    const QList<Finding> after = validate(fixed);
    QVERIFY2(!containsSubject(after, *finding), qPrintable(finding->message));
    for (const Finding &f : after) {
        if (f.severity == Severity::Error)
            QVERIFY2(containsSubject(before, f), qPrintable(u"new error: "_s + f.message));
    }

    editor.undoStack().undo();
    QVERIFY(editor.schema() == original);
    editor.undoStack().redo();
    QVERIFY(editor.schema() == fixed);
    editor.undoStack().undo();
    QVERIFY(editor.schema() == original);
}

void TstQuickFixes::inferredRelationAccepted()
{
    EditorDocument editor;
    editor.resetSchema(parse(linkFile("int", R"({"name": "user_id", "type": "int"})", {},
                                      relationTo(R"(, "origin": "inferred")"))),
                       {});
    const Schema original = editor.schema();
    const RelationId id = original.relations().first().id;
    const QList<QuickFix> fixes = relationQuickFixes(original, id);
    QCOMPARE(fixes.size(), 2);
    QCOMPARE(fixes.at(0).label, u"Accept relation"_s);
    QVERIFY(applyQuickFix(editor, fixes.at(0)));
    QCOMPARE(editor.schema().relation(id)->decision, RelationDecision::Accepted);
    // Accepted: only ignoring is left to offer.
    const QList<QuickFix> left = relationQuickFixes(editor.schema(), id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).label, u"Ignore relation"_s);
    editor.undoStack().undo();
    QVERIFY(editor.schema() == original);

    // A relation a person drew needs no decision.
    Schema drawn = original;
    drawn.relationForEdit(id)->origin = RelationOrigin::Drawn;
    QVERIFY(relationQuickFixes(drawn, id).isEmpty());
}

void TstQuickFixes::findingsWithoutFixes()
{
    // A cycle needs a person's judgement: there is no mechanical fix.
    const Schema schema = parse(R"({"format": "relata", "version": 1, "dialect": "mysql",
        "tables": [
          {"name": "a", "columns": [{"name": "id", "type": "int", "nullable": false},
                                    {"name": "b_id", "type": "int"}], "primaryKey": ["id"],
           "indexes": [{"name": "ia", "columns": ["b_id"]}]},
          {"name": "b", "columns": [{"name": "id", "type": "int", "nullable": false},
                                    {"name": "a_id", "type": "int"}], "primaryKey": ["id"],
           "indexes": [{"name": "ib", "columns": ["a_id"]}]}],
        "relations": [
          {"child": "a", "childColumns": ["b_id"], "parent": "b", "parentColumns": ["id"]},
          {"child": "b", "childColumns": ["a_id"], "parent": "a", "parentColumns": ["id"]}]})");
    const QList<Finding> findings = validate(schema);
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings) {
        QCOMPARE(f.code, u"R006"_s);
        QVERIFY(quickFixes(schema, f).isEmpty());
    }
}

void TstQuickFixes::staleFixLeavesNoStep()
{
    EditorDocument editor;
    editor.resetSchema(parse(singleTable("mysql", R"({"name": "logs", "columns": [
                                             {"name": "message", "type": "text"}]})")),
                       {});
    const Finding finding = validate(editor.schema()).first();
    const QList<QuickFix> fixes = quickFixes(editor.schema(), finding);
    QCOMPARE(fixes.size(), 1);
    QVERIFY(editor.schemaDocument().removeTable(editor.schema().tables().first().id));
    const Schema withoutTable = editor.schema();
    QVERIFY(!applyQuickFix(editor, fixes.first()));
    QCOMPARE(editor.undoStack().count(), 0);
    QVERIFY(editor.schema() == withoutTable);
    // Asked again, the finding is stale: nothing to offer.
    QVERIFY(quickFixes(editor.schema(), finding).isEmpty());
}

void TstQuickFixes::newKeyColumnPerDialect_data()
{
    QTest::addColumn<QByteArray>("dialect");
    QTest::addColumn<QString>("type");
    QTest::newRow("mysql") << QByteArray("mysql") << u"bigint unsigned"_s;
    QTest::newRow("postgresql") << QByteArray("postgresql") << u"bigint"_s;
    QTest::newRow("sqlite") << QByteArray("sqlite") << u"integer"_s;
}

void TstQuickFixes::newKeyColumnPerDialect()
{
    QFETCH(QByteArray, dialect);
    QFETCH(QString, type);
    EditorDocument editor;
    editor.resetSchema(parse(singleTable(dialect, R"({"name": "logs", "columns": [
                                             {"name": "message", "type": "text"}]})")),
                       {});
    const Finding finding = validate(editor.schema()).first();
    QCOMPARE(finding.code, u"R008"_s);
    QVERIFY(applyQuickFix(editor, quickFixes(editor.schema(), finding).first()));
    const Table &logs = editor.schema().tables().first();
    const Column &id = logs.columns.first();
    QCOMPARE(id.name, u"id"_s);
    QCOMPARE(id.type.text, type);
    QVERIFY(id.autoIncrement);
    QVERIFY(!id.nullable);
    QCOMPARE(logs.primaryKey, QList<ColumnId>{id.id});
    // Redo after undo brings back the same column id.
    editor.undoStack().undo();
    editor.undoStack().redo();
    QCOMPARE(editor.schema().tables().first().primaryKey, QList<ColumnId>{id.id});
}

QTEST_MAIN(TstQuickFixes)
#include "tst_quickfixes.moc"
