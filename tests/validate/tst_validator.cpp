// The validation engine as a whole: the rule registry, options, determinism, the three report
// formats, object lines, and the findings each example schema is designed to show.
#include "schemabuilder.h"

#include "io/relatafile.h"
#include "validate/findinglocator.h"
#include "validate/findingreport.h"
#include "validate/sarifreport.h"
#include "validate/validationrule.h"
#include "validate/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;
using Line = std::optional<int>;

namespace {

QString examplePath(const QString &file)
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + file;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// "R004 blocks.user_id,users.id" per finding: what a golden expectation compares.
QStringList summarize(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.code + u' ' + f.objects.join(u','));
    return lines;
}

/// users ← blocks with an int/bigint mismatch and no index, and a table without a key.
SchemaBuilder brokenSchema()
{
    SchemaBuilder b;
    b.table(u"users"_s, u"id bigint unsigned NOT NULL, name varchar(50)"_s, u"id"_s)
            .table(u"blocks"_s, u"id int NOT NULL, user_id int"_s, u"id"_s)
            .table(u"audit_log"_s, u"at datetime, what text"_s)
            .relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    return b;
}

/// The 1-based line of the first line containing `text` at or after line `from`.
int lineContaining(const QByteArray &data, const QByteArray &text, int from = 1)
{
    const QList<QByteArray> lines = data.split('\n');
    for (int i = from - 1; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i + 1;
    }
    return 0;
}

Finding sampleFinding()
{
    Finding f;
    f.code = u"R007"_s;
    f.severity = Severity::Warning;
    f.message = u"blocks.user_id → users.id has no index on blocks (user_id)"_s;
    f.objects = {u"blocks.user_id"_s, u"users.id"_s};
    f.fix = u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s;
    return f;
}

FileFindings sampleReport()
{
    Finding error;
    error.code = u"R004"_s;
    error.severity = Severity::Error;
    error.message = u"a \"quoted\" message"_s;
    error.objects = {u"blocks.user_id"_s, u"users.id"_s};
    Finding info;
    info.code = u"R106"_s;
    info.severity = Severity::Info;
    info.message = u"categories references itself"_s;
    info.objects = {u"categories"_s};
    return {u"linkinbio.relata"_s, {error, sampleFinding(), info}, {53, 53, std::nullopt}};
}

} // namespace

class TstValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry();
    void options();
    void ignoredRelationsSkipped();
    void deterministic();
    void textReport();
    void summary();
    void jsonReport();
    void sarifReport();
    void sarifUri();
    void locateCanonical();
    void locateAnyLayout();
    void locateHostile_data();
    void locateHostile();
    void exampleLinkinbio();
    void exampleRecipes();
    void exampleMarketplace();
};

void TstValidator::registry()
{
    const QList<const ValidationRule *> &rules = validationRules();
    QStringList codes; // "R001 error": the catalogue of SPEC §3, in code order
    QSet<QString> names;
    for (const ValidationRule *rule : rules) {
        codes.append(rule->code() + u' ' + severityName(rule->severity()));
        names.insert(rule->name());
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(rule->name()).hasMatch(),
                 qPrintable(rule->name()));
        QVERIFY2(!rule->summary().isEmpty(), qPrintable(rule->code()));
        QVERIFY2(!rule->help().isEmpty(), qPrintable(rule->code()));
        QCOMPARE(findValidationRule(rule->code()), rule);
    }
    QCOMPARE(codes, (QStringList{u"R001 error"_s, u"R002 error"_s, u"R003 error"_s, u"R004 error"_s,
                                 u"R005 error"_s, u"R006 warning"_s, u"R007 warning"_s,
                                 u"R008 warning"_s, u"R009 warning"_s, u"R010 warning"_s,
                                 u"R011 info"_s, u"R012 warning"_s, u"R106 info"_s}));
    QCOMPARE(names.size(), rules.size());
    QCOMPARE(findValidationRule(u"R999"_s), nullptr);
    QCOMPARE(findValidationRule(u"r007"_s), nullptr); // codes are exact; the CLI upper-cases
}

void TstValidator::options()
{
    const Schema schema = brokenSchema().schema();
    const QList<Finding> all = validate(schema);
    QSet<QString> codes;
    for (const Finding &f : all)
        codes.insert(f.code);
    QVERIFY2(codes.contains(u"R004"_s) && codes.contains(u"R007"_s) && codes.contains(u"R008"_s),
             qPrintable(summarize(all).join(u'\n')));

    for (const QString &code : std::as_const(codes)) {
        ValidationOptions only;
        only.only = {code};
        QList<Finding> expected;
        for (const Finding &f : all) {
            if (f.code == code)
                expected.append(f);
        }
        QCOMPARE(validate(schema, only), expected);

        ValidationOptions disabled;
        disabled.disabled = {code};
        QList<Finding> rest = all;
        rest.removeIf([&](const Finding &f) { return f.code == code; });
        QCOMPARE(validate(schema, disabled), rest);
    }
    ValidationOptions none;
    none.only = {u"R007"_s};
    none.disabled = {u"R007"_s};
    QVERIFY(validate(schema, none).isEmpty());
}

void TstValidator::ignoredRelationsSkipped()
{
    // An ignored relation that names a missing column is no R001.
    SchemaBuilder withGhost = brokenSchema();
    withGhost.relation(u"blocks"_s, u"no_such_column"_s, u"users"_s, u"id"_s);
    withGhost.lastRelation().decision = RelationDecision::Ignored;
    const RelationId ghost = withGhost.schema().relations().last().id;
    const QList<Finding> all = validate(withGhost.schema());
    QVERIFY(!all.isEmpty());
    for (const Finding &f : all)
        QVERIFY2(!f.relations.contains(ghost), qPrintable(f.message));

    // The mismatched, unindexed relation, ignored: neither R004 nor R007.
    SchemaBuilder ignored = brokenSchema();
    ignored.lastRelation().decision = RelationDecision::Ignored;
    for (const Finding &f : validate(ignored.schema())) {
        QVERIFY2(f.relations.isEmpty(), qPrintable(f.message));
        QVERIFY2(f.code != u"R004" && f.code != u"R007", qPrintable(f.message));
    }
}

void TstValidator::deterministic()
{
    const Schema broken = brokenSchema().schema();
    QCOMPARE(validate(broken), validate(broken));
    const Schema copy = broken;
    QCOMPARE(validate(copy), validate(broken));
    for (const QString &file : {u"linkinbio.relata"_s, u"marketplace.relata"_s}) {
        const Result<Schema> a = loadRelataFile(examplePath(file));
        const Result<Schema> b = loadRelataFile(examplePath(file));
        QVERIFY(a && b);
        const QList<Finding> first = validate(a.value());
        QCOMPARE(validate(a.value()), first);
        QCOMPARE(validate(b.value()), first);
        // By rule code, then model order.
        for (qsizetype i = 1; i < first.size(); ++i) {
            const qsizetype previous
                    = validationRules().indexOf(findValidationRule(first.at(i - 1).code));
            QVERIFY(previous <= validationRules().indexOf(findValidationRule(first.at(i).code)));
        }
    }
}

void TstValidator::textReport()
{
    const QString text = QString::fromUtf8(relata::textReport(sampleReport()));
    QCOMPARE(text.split(u'\n'),
             (QStringList{u"linkinbio.relata: error R004: a \"quoted\" message"_s,
                          u"linkinbio.relata: warning R007: blocks.user_id → users.id has no "
                          u"index on blocks (user_id)"_s,
                          u"    fix: CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s,
                          u"linkinbio.relata: info R106: categories references itself"_s,
                          QString()}));
    FileFindings multiline{u"a.relata"_s, {sampleFinding()}, {}};
    multiline.findings[0].fix = u"first\nsecond"_s;
    QCOMPARE(relata::textReport(multiline).split('\n').mid(1),
             (QList<QByteArray>{"    fix: first", "         second", ""}));
    QCOMPARE(relata::textReport({u"clean.relata"_s, {}, {}}), QByteArray());
}

void TstValidator::summary()
{
    QCOMPARE(summaryText(countFindings(sampleReport().findings)), u"1 error, 1 warning, 1 info"_s);
    QCOMPARE(summaryText({2, 0, 3}), u"2 errors, 3 infos"_s);
    QCOMPARE(summaryText({0, 1, 0}), u"1 warning"_s);
    QCOMPARE(summaryText({}), u"no problems"_s);
    FindingCounts total{1, 2, 3};
    total += FindingCounts{1, 1, 1};
    QCOMPARE(total.total(), 9);
}

void TstValidator::jsonReport()
{
    const QByteArray text = relata::jsonReport(sampleReport());
    QVERIFY(text.endsWith("}\n"));
    QCOMPARE(relata::jsonReport(sampleReport()), text);
    // Keys in the documented order, not sorted.
    const QList<QByteArray> keys{"\"file\"",    "\"findings\"", "\"code\"",     "\"severity\"",
                                 "\"message\"", "\"objects\"",  "\"fix\"",      "\"line\"",
                                 "\"summary\"", "\"errors\"",   "\"warnings\"", "\"infos\""};
    qsizetype at = 0;
    for (const QByteArray &key : keys) {
        const qsizetype next = text.indexOf(key, at);
        QVERIFY2(next >= at, key.constData());
        at = next;
    }
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(u"file"_s).toString(), u"linkinbio.relata"_s);
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value(u"code"_s).toString(), u"R004"_s);
    QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(first.value(u"message"_s).toString(), u"a \"quoted\" message"_s);
    QCOMPARE(first.value(u"objects"_s).toArray(), (QJsonArray{u"blocks.user_id"_s, u"users.id"_s}));
    QVERIFY(first.value(u"fix"_s).isNull());
    QCOMPARE(first.value(u"line"_s).toInt(), 53);
    QCOMPARE(findings.at(1).toObject().value(u"fix"_s).toString(),
             u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);
    QCOMPARE(findings.at(2).toObject().value(u"severity"_s).toString(), u"info"_s);
    QVERIFY(findings.at(2).toObject().value(u"line"_s).isNull());
    QCOMPARE(o.value(u"summary"_s).toObject(),
             (QJsonObject{{u"errors"_s, 1}, {u"warnings"_s, 1}, {u"infos"_s, 1}}));

    const QJsonArray several
            = QJsonDocument::fromJson(relata::jsonReport({sampleReport(), {u"b.relata"_s, {}, {}}}))
                      .array();
    QCOMPARE(several.size(), 2);
    QCOMPARE(several.at(1).toObject().value(u"findings"_s).toArray().size(), 0);
}

void TstValidator::sarifReport()
{
    FileFindings second{u"schemas/shop.relata"_s, {sampleFinding()}, {std::nullopt}};
    const QByteArray text = relata::sarifReport({sampleReport(), second}, u"0.1.0"_s);
    QCOMPARE(relata::sarifReport({sampleReport(), second}, u"0.1.0"_s), text);
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(text, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
    QCOMPARE(log.value(u"$schema"_s).toString(),
             u"https://json.schemastore.org/sarif-2.1.0.json"_s);
    QCOMPARE(log.value(u"runs"_s).toArray().size(), 1);
    const QJsonObject run = log.value(u"runs"_s).toArray().at(0).toObject();
    const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"Relata"_s);
    QCOMPARE(driver.value(u"version"_s).toString(), u"0.1.0"_s);

    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), validationRules().size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const ValidationRule *expected = validationRules().at(i);
        QCOMPARE(rule.value(u"id"_s).toString(), expected->code());
        QCOMPARE(rule.value(u"name"_s).toString(), expected->name());
        QCOMPARE(rule.value(u"shortDescription"_s)[u"text"_s].toString(), expected->summary());
        for (const QString &key : {u"fullDescription"_s, u"help"_s})
            QVERIFY(!rule.value(key)[u"text"_s].toString().isEmpty());
        QCOMPARE(rule.value(u"defaultConfiguration"_s)[u"level"_s].toString(),
                 sarifLevel(expected->severity()));
    }

    const QJsonArray results = run.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 4);
    const QStringList levels{u"error"_s, u"warning"_s, u"note"_s, u"warning"_s};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString ruleId = result.value(u"ruleId"_s).toString();
        QVERIFY(result.value(u"ruleIndex"_s).isDouble());
        const int ruleIndex = result.value(u"ruleIndex"_s).toInt();
        QCOMPARE(rules.at(ruleIndex).toObject().value(u"id"_s).toString(), ruleId);
        QCOMPARE(result.value(u"level"_s).toString(), levels.at(i));
        QVERIFY(!result.value(u"message"_s)[u"text"_s].toString().isEmpty());
        const QJsonArray locations = result.value(u"locations"_s).toArray();
        QCOMPARE(locations.size(), 1);
        const QJsonObject physical = locations.at(0)[u"physicalLocation"_s].toObject();
        QVERIFY(physical.value(u"artifactLocation"_s)[u"uri"_s].isString());
        QVERIFY(locations.at(0)[u"logicalLocations"_s].isArray());
    }
    const QJsonObject r007 = results.at(1).toObject();
    const QJsonObject location = r007.value(u"locations"_s).toArray().at(0).toObject();
    QCOMPARE(location[u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s].toString(),
             u"linkinbio.relata"_s);
    QCOMPARE(location[u"physicalLocation"_s][u"region"_s][u"startLine"_s].toInt(), 53);
    QCOMPARE(location[u"logicalLocations"_s][0][u"fullyQualifiedName"_s].toString(),
             u"blocks.user_id"_s);
    QCOMPARE(r007[u"properties"_s][u"fix"_s].toString(),
             u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);
    QVERIFY(!results.at(0).toObject().contains(u"properties"_s)); // no fix, no bag
    const QJsonObject last = results.at(3).toObject();
    QCOMPARE(last[u"locations"_s][0][u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s]
                     .toString(),
             u"schemas/shop.relata"_s);
    QVERIFY(!last[u"locations"_s][0][u"physicalLocation"_s].toObject().contains(u"region"_s));

    const QJsonObject empty = QJsonDocument::fromJson(relata::sarifReport({}, u"1"_s)).object();
    QVERIFY(empty[u"runs"_s][0][u"results"_s].toArray().isEmpty());
}

void TstValidator::sarifUri()
{
    QCOMPARE(relata::sarifUri(u"linkinbio.relata"_s), u"linkinbio.relata"_s);
    QCOMPARE(relata::sarifUri(u"db/my schema.relata"_s), u"db/my%20schema.relata"_s);
    QCOMPARE(relata::sarifUri(u"/srv/db/a.relata"_s), u"file:///srv/db/a.relata"_s);
}

void TstValidator::locateCanonical()
{
    const QByteArray data = readAll(examplePath(u"linkinbio.relata"_s));
    QVERIFY(!data.isEmpty());
    const int users = lineContaining(data, "\"name\": \"users\"");
    const int blocks = lineContaining(data, "\"name\": \"blocks\"");
    const int userId = lineContaining(data, "\"name\": \"user_id\"", blocks);
    const int usersId = lineContaining(data, "\"name\": \"id\"", users);
    const int relation = lineContaining(data, "\"child\": \"blocks\"");
    QVERIFY(users > 0 && blocks > users && userId > blocks && usersId > users && relation > 0);

    const FindingLocator locator(data);
    QCOMPARE(locator.tableLine(u"users"_s), Line(users));
    QCOMPARE(locator.tableLine(u"blocks"_s), Line(blocks));
    QCOMPARE(locator.columnLine(u"blocks"_s, u"user_id"_s), Line(userId));
    QCOMPARE(locator.columnLine(u"users"_s, u"id"_s), Line(usersId));
    QCOMPARE(locator.columnLine(u"users"_s, u"user_id"_s), Line());
    QCOMPARE(locator.tableLine(u"user_id"_s), Line());

    Finding f = sampleFinding();
    QCOMPARE(findingLine(data, f), Line(userId));
    f.objects = {u"users"_s};
    QCOMPARE(locator.lineOf(f), Line(users));
    // A relation whose first object the file no longer names is found by its columns.
    f.objects = {u"blocks.user_id"_s, u"users.id"_s};
    QCOMPARE(locator.relationLine({u"blocks.user_id"_s}, {u"users.id"_s}), Line(relation));
    f.objects = {u"ghosts.user_id"_s, u"users.id"_s};
    QCOMPARE(locator.lineOf(f), Line()); // not about a relation: no fallback
    f.relations = {RelationId(7)};
    QCOMPARE(locator.lineOf(f), Line());
    f.objects.clear();
    QCOMPARE(locator.lineOf(f), Line());
}

void TstValidator::locateAnyLayout()
{
    // Compact, reordered keys, escapes, dotted names, an index and unknown keys named "name".
    const QByteArray data
            = "{\"format\":\"relata\",\"extra\":{\"name\":\"users\"},\"tables\":[\n"
              "{\"columns\":[{\"name\":\"id\"},\n{\"name\":\"na\\u006De\\\"x\"}],\n"
              "\"indexes\":[{\"name\":\"id\",\"columns\":[\"id\"]}],\"name\":\"users\"},\n"
              "{\"name\":\"app.logs\",\"columns\":[\n{\"name\":\"user.id\"}]}],\n"
              "\"relations\":[{\"childColumns\":[\"user.id\"],\n\"parent\":\"users\",\n"
              "\"parentColumns\":[\"id\"],\"child\":\"app.logs\"}]}\n";
    const FindingLocator locator(data);
    QCOMPARE(locator.tableLine(u"users"_s), Line(4));
    QCOMPARE(locator.columnLine(u"users"_s, u"id"_s), Line(2));
    QCOMPARE(locator.columnLine(u"users"_s, u"name\"x"_s), Line(3));
    QCOMPARE(locator.tableLine(u"app.logs"_s), Line(5));
    Finding f;
    f.objects = {u"app.logs.user.id"_s, u"users.id"_s};
    QCOMPARE(locator.lineOf(f), Line(6));
    f.objects = {u"app.logs.nothing"_s, u"users.id"_s};
    f.relations = {RelationId(1)};
    QCOMPARE(locator.lineOf(f), Line());
    f.objects = {u"app.logs.user.id"_s, u"users.id"_s};
    QCOMPARE(locator.relationLine({u"app.logs.user.id"_s}, {u"users.id"_s}), Line(9));
}

void TstValidator::locateHostile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("tables: users\n");
    QTest::newRow("unterminated") << QByteArray("{\"tables\":[{\"name\":\"us");
    QTest::newRow("bad escape") << QByteArray("{\"tables\":[{\"name\":\"\\u12");
    QTest::newRow("mismatched") << QByteArray("{\"tables\":[}]");
    QTest::newRow("deep") << QByteArray(100000, '[');
    QTest::newRow("nul") << QByteArray("{\"tables\":[{\"name\":") + '\0' + QByteArray("}]}");
}

void TstValidator::locateHostile()
{
    QFETCH(QByteArray, data);
    const FindingLocator locator(data);
    QCOMPARE(locator.tableLine(u"users"_s), Line());
    QCOMPARE(locator.lineOf(sampleFinding()), Line());
}

void TstValidator::exampleLinkinbio()
{
    const QString path = examplePath(u"linkinbio.relata"_s);
    const Result<Schema> loaded = loadRelataFile(path);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    const QList<Finding> findings = validate(loaded.value());
    QCOMPARE(summarize(findings),
             (QStringList{u"R004 blocks.user_id,users.id"_s, u"R007 blocks.user_id,users.id"_s}));
    QCOMPARE(findings.at(0).severity, Severity::Error);
    QVERIFY2(findings.at(0).message.startsWith(u"blocks.user_id → users.id"_s),
             qPrintable(findings.at(0).message));
    const Finding &r007 = findings.at(1);
    QCOMPARE(r007.severity, Severity::Warning);
    QCOMPARE(r007.message, u"blocks.user_id → users.id has no index on blocks (user_id)"_s);
    QCOMPARE(r007.fix, u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);
    const Table *blocks = loaded->tableByName(u"blocks"_s);
    QVERIFY(r007.tables.contains(blocks->id));
    QCOMPARE(r007.relations, QList<RelationId>{loaded->relations().first().id});

    const QByteArray data = readAll(path);
    const FileFindings report = locateFindings(u"linkinbio.relata"_s, findings, data);
    const int line = lineContaining(data, "\"name\": \"user_id\"",
                                    lineContaining(data, "\"name\": \"blocks\""));
    QCOMPARE(report.lines, (QList<Line>{line, line}));
    const QList<QByteArray> text = relata::textReport(report).split('\n');
    QCOMPARE(text.size(), 5);
    QCOMPARE(QString::fromUtf8(text.at(2)),
             u"linkinbio.relata: warning R007: blocks.user_id → users.id has no index on blocks "
             u"(user_id)"_s);
    QCOMPARE(text.at(3), "    fix: CREATE INDEX idx_blocks_user_id ON blocks (user_id);");
}

void TstValidator::exampleRecipes()
{
    const Result<Schema> loaded = loadRelataFile(examplePath(u"recipes.relata"_s));
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(summarize(validate(loaded.value())), QStringList());
}

void TstValidator::exampleMarketplace()
{
    const Result<Schema> loaded = loadRelataFile(examplePath(u"marketplace.relata"_s));
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    const QList<Finding> findings = validate(loaded.value());
    // R012 counts the tables a delete writes to, set null updates included: deleting a user
    // touches 6 tables (rows of 4 are deleted, reviews and orders are updated), deleting a
    // product 6 as well. Both are part of what the example shows.
    const QStringList designed{u"R004 payouts.seller_id,sellers.id"_s,
                               u"R007 reviews.user_id,users.id"_s, u"R012 users,addresses,orders"_s,
                               u"R012 products,product_variants,inventory_levels"_s,
                               u"R106 categories.parent_id,categories.id"_s};
    QCOMPARE(summarize(findings), designed);
    QCOMPARE(countFindings(findings).errors, 1);
    QCOMPARE(countFindings(findings).warnings, 3);
}

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
