// The .relata writer and reader together: canonical output, round trips, unknown keys and
// atomic saving.
#include "core/schema.h"
#include "io/relatafile.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

namespace {

Column column(const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = SqlType::parse(type, Dialect::PostgreSql);
    c.nullable = nullable;
    return c;
}

/// A schema built in code the way an editor builds it: tables with their columns, then
/// keys and indexes, then relations.
Schema programmaticSchema()
{
    Schema s;
    s.name = u"shop «α»"_s;
    s.dialect = Dialect::PostgreSql;
    Table customers;
    customers.name = u"customers"_s;
    customers.comment = u"line one\nline two \"quoted\" \\ back"_s;
    customers.columns = {column(u"id"_s, u"bigserial"_s, false), column(u"email"_s, u"text"_s),
                         column(u"deleted_at"_s, u"timestamptz"_s)};
    customers.columns[1].defaultValue = u"NULL"_s;
    customers.columns[1].comment = u"lower-cased"_s;
    customers.columns[2].defaultValue = u"now()"_s;
    customers.position = QPointF(12.34, -56.5);
    customers.pinned = true;
    customers.extra.insert(u"x-owner"_s, u"billing"_s);
    const TableId customersId = s.addTable(customers);
    Table *c = s.tableForEdit(customersId);
    c->primaryKey = {c->columns[0].id};
    c->softDeleteColumn = c->columns[2].id;
    Index email;
    email.id = s.newIndexId();
    email.name = u"uq_customers_email"_s;
    email.columns = {c->columns[1].id};
    email.unique = true;
    c->indexes = {email};

    Table orders;
    orders.name = u"orders 😀"_s;
    orders.columns = {column(u"id"_s, u"bigint"_s, false), column(u"customer_id"_s, u"bigint"_s)};
    orders.columns[0].autoIncrement = true;
    orders.columns[1].extra.insert(u"x-hint"_s, QJsonArray({1, u"two"_s, true}));
    orders.position = QPointF(400, 0);
    const TableId ordersId = s.addTable(orders);
    Table *o = s.tableForEdit(ordersId);
    o->primaryKey = {o->columns[0].id};

    Relation r;
    r.childTable = ordersId;
    r.childColumns = {o->columns[1].id};
    r.parentTable = customersId;
    r.parentColumns = {s.table(customersId)->columns[0].id};
    r.onDelete = ReferentialAction::Cascade;
    r.onUpdate = ReferentialAction::Restrict;
    r.origin = RelationOrigin::Inferred;
    r.confidence = 0.85;
    r.decision = RelationDecision::Accepted;
    r.nameOnParent = u"orders"_s;
    s.addRelation(r);

    s.groups = {TableGroup{u"sales"_s, {customersId, ordersId}, u"#ff8800"_s, {}}};
    s.view = ViewState{true, 0.75, QPointF(-10.5, 20)};
    s.extra.insert(u"x-future"_s, QJsonObject{{u"b"_s, 2}, {u"a"_s, 1}});
    return s;
}

const char kCanonicalWithUnknownKeys[] = R"({
  "format": "relata",
  "version": 1,
  "dialect": "sqlite",
  "tables": [
    {
      "name": "t",
      "columns": [
        {
          "name": "id",
          "type": "integer",
          "x-col": "kept"
        }
      ],
      "x-a": {
        "nested": [1, 2],
        "z": {}
      },
      "x-b": []
    }
  ],
  "relations": [
    {
      "child": "t",
      "childColumns": ["id"],
      "parent": "t",
      "parentColumns": ["id"],
      "x-rel": null
    }
  ],
  "a-top": true,
  "z-top": [
    {
      "k": "v"
    },
    1
  ],
  "layout": {
    "tables": [
      { "table": "t", "x": 0, "y": 0, "x-entry": { "deep": [true] } }
    ],
    "view": { "zoom": 1, "centerX": 0, "centerY": 0, "x-view": 3 },
    "x-layout": "kept"
  }
}
)";

} // namespace

class TstRelataFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void richFileIsCanonical();
    void richFileContents();
    void programmaticRoundTrip();
    void reasonsRoundTrip();
    void unknownKeysSurvive();
    void newerVersionIsRefused();
    void stringEscaping();
    void numbers_data();
    void numbers();
    void defaultsAreOmitted();
    void failedSaveKeepsOldFile();
    void saveIntoMissingDirectory();
};
void TstRelataFile::richFileIsCanonical()
{
    const QByteArray original = readAll(kDataDir + u"/roundtrip/rich.relata"_s);
    QVERIFY(!original.isEmpty());
    const Result<Schema> first = parseRelata(original);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    const QByteArray saved = serializeRelata(first.value());
    QCOMPARE(saved, original);
    const Result<Schema> second = parseRelata(saved);
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QVERIFY(second.value() == first.value());
    QCOMPARE(serializeRelata(second.value()), saved);
}

void TstRelataFile::richFileContents()
{
    const Result<Schema> loaded = loadRelataFile(kDataDir + u"/roundtrip/rich.relata"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const Schema &s = loaded.value();
    QCOMPARE(s.name, u"linkinbio"_s);
    QCOMPARE(s.tables().size(), 4);
    const Table *users = s.tableByName(u"users"_s);
    QVERIFY(users);
    QCOMPARE(users->column(users->softDeleteColumn)->name, u"deleted_at"_s);
    QCOMPARE(users->columnByName(u"bio"_s)->defaultValue, std::optional<QString>(u"NULL"_s));
    QCOMPARE(users->columnByName(u"id"_s)->defaultValue, std::nullopt);
    QCOMPARE(users->columnByName(u"deleted_at"_s)->comment,
             u"set by the soft delete;\nthe cleanup job purges later"_s);
    QVERIFY(users->pinned);
    QCOMPARE(users->extra.value(u"x-retention"_s).toObject().value(u"days"_s).toInt(), 30);
    const Table *odd = s.tableByName(u"naïve \"quoted\" \\ tåble ✓"_s);
    QVERIFY(odd);
    QCOMPARE(odd->columnNames(odd->primaryKey), QStringList({u"tenant"_s, u"größe \"µ\""_s}));
    QCOMPARE(odd->extra.value(u"layout"_s).toObject().value(u"x-width"_s).toInt(), 240);
    QCOMPARE(s.tableByName(u"blocks"_s)->position, QPointF(360.5, -12.25));

    const QList<Relation> &r = s.relations();
    QCOMPARE(r.size(), 6);
    QCOMPARE(r[0].onDelete, ReferentialAction::Cascade);
    QCOMPARE(r[0].onUpdate, ReferentialAction::Restrict);
    QCOMPARE(r[0].extra.value(u"x-note"_s).toString(), u"cleanup runs nightly"_s);
    QVERIFY(r[1].isSelfReference());
    QCOMPARE(r[1].onDelete, ReferentialAction::SetNull);
    QCOMPARE(r[1].origin, RelationOrigin::Constraint);
    QCOMPARE(r[2].onDelete, ReferentialAction::NoAction);
    QCOMPARE(r[2].origin, RelationOrigin::Comment);
    QCOMPARE(r[3].confidence, 0.875);
    QCOMPARE(r[3].decision, RelationDecision::Accepted);
    QCOMPARE(r[4].decision, RelationDecision::Ignored);
    QVERIFY(r[4].isUnconfirmed());
    QCOMPARE(r[5].childColumns.size(), 2);

    QCOMPARE(s.groups.size(), 2);
    QCOMPARE(s.groups[0].color, u"#1e90ff"_s);
    QCOMPARE(s.groups[1].extra.value(u"x-collapsed"_s), QJsonValue(true));
    QVERIFY(s.view.isSet);
    QCOMPARE(s.view.zoom, 1.25);
    QCOMPARE(s.view.center, QPointF(200, 120.75));
    QCOMPARE(s.extra.value(u"x-generator"_s).toString(), u"relata 9.0"_s);
    const QJsonObject layoutExtra = s.extra.value(u"layout"_s).toObject();
    QCOMPARE(layoutExtra.value(u"x-theme"_s).toString(), u"dark"_s);
    QCOMPARE(layoutExtra.value(u"view"_s).toObject().value(u"x-grid"_s), QJsonValue(true));
}

void TstRelataFile::programmaticRoundTrip()
{
    const Schema original = programmaticSchema();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shop.relata"_s);
    QString error;
    QVERIFY2(saveRelataFile(original, path, &error), qPrintable(error));
    const Result<Schema> loaded = loadRelataFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(serializeRelata(loaded.value()), readAll(path));
    QVERIFY(loaded.value() == original);
}

void TstRelataFile::reasonsRoundTrip()
{
    Schema original = programmaticSchema();
    Relation &inferred = *original.relationForEdit(original.relations().first().id);
    inferred.decision = RelationDecision::Pending;
    inferred.reasons = {u"customer_id names customers and its key"_s,
                        u"customers.id is the primary key"_s, u"«quoted» \"types\" match"_s};
    const QByteArray text = serializeRelata(original);
    QVERIFY(text.contains("\"reasons\": ["));
    const Result<Schema> parsed = parseRelata(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->relations().first().reasons, inferred.reasons);
    QVERIFY(parsed.value() == original);
    QCOMPARE(serializeRelata(parsed.value()), text);

    // Without reasons, the key is left out and reads back as an empty list.
    inferred.reasons.clear();
    const QByteArray bare = serializeRelata(original);
    QVERIFY(!bare.contains("reasons"));
    QVERIFY(parseRelata(bare).value() == original);

    const Result<Schema> bad = parseRelata(R"({"format": "relata", "version": 1,
        "dialect": "mysql", "tables": [{"name": "t", "columns": [{"name": "id",
        "type": "int"}]}], "relations": [{"child": "t", "childColumns": ["id"], "parent": "t",
        "parentColumns": ["id"], "origin": "inferred", "confidence": 0.5, "reasons": [1]}]})");
    QVERIFY(!bad.ok());
    const QString message = bad.errorString();
    const qsizetype colon = message.indexOf(u": "_s);
    QVERIFY2(colon > 0 && message.left(colon).endsWith(u"reasons[0]"_s), qPrintable(message));
    QCOMPARE(message, u"relations[0].reasons[0]: expected a string"_s);
}

void TstRelataFile::unknownKeysSurvive()
{
    const QByteArray canonical(kCanonicalWithUnknownKeys);
    // Same content, keys in another order and compact: the writer restores the canonical form.
    const QByteArray shuffled = R"({"z-top": [{"k": "v"}, 1], "layout": {"x-layout": "kept",
        "view": {"x-view": 3}, "tables": [{"x-entry": {"deep": [true]}, "table": "t"}]},
        "relations": [{"x-rel": null, "parentColumns": ["id"], "parent": "t",
        "childColumns": ["id"], "child": "t"}], "a-top": true, "dialect": "sqlite",
        "tables": [{"x-b": [], "x-a": {"z": {}, "nested": [1, 2]}, "name": "t",
        "columns": [{"x-col": "kept", "type": "integer", "name": "id"}]}],
        "version": 1, "format": "relata"})";
    const Result<Schema> parsed = parseRelata(shuffled);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->extra.value(u"a-top"_s), QJsonValue(true));
    QCOMPARE(parsed->tables().first().columns.first().extra.value(u"x-col"_s).toString(),
             u"kept"_s);
    QVERIFY(parsed->relations().first().extra.contains(u"x-rel"_s));
    QCOMPARE(serializeRelata(parsed.value()), canonical);
    const Result<Schema> again = parseRelata(canonical);
    QVERIFY(again.ok());
    QVERIFY(again.value() == parsed.value());
}

void TstRelataFile::newerVersionIsRefused()
{
    const Result<Schema> parsed = parseRelata(
            R"({"format": "relata", "version": 2, "dialect": "mysql", "newThing": {}})");
    QCOMPARE(parsed.errorString(), u"version: this file was written by a newer Relata (version "
                                   "2); this version reads version 1"_s);
}

void TstRelataFile::stringEscaping()
{
    Schema s;
    Table t;
    t.name = u"a\"b\\c\nd\te\u0001f\u007fg é 😀"_s;
    t.comment = QString(QChar(0xd800)) + u"lone surrogate"_s;
    s.addTable(t);
    const QByteArray text = serializeRelata(s);
    QVERIFY2(text.contains("\"name\": \"a\\\"b\\\\c\\u000ad\\u0009e\\u0001f\x7fg \xc3\xa9 "
                           "\xf0\x9f\x98\x80\""),
             text.constData());
    QVERIFY(text.contains("\"comment\": \"\\ud800lone surrogate\""));
    const Result<Schema> parsed = parseRelata(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QVERIFY(parsed.value() == s);
}

void TstRelataFile::numbers_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QByteArray>("xText");
    QTest::addColumn<QByteArray>("confidenceText");
    QTest::newRow("integers") << 40.0 << 1.0 << QByteArray("40") << QByteArray("1");
    QTest::newRow("short") << 360.5 << 0.5 << QByteArray("360.5") << QByteArray("0.5");
    QTest::newRow("rounded") << 12.3456 << 0.12345 << QByteArray("12.35") << QByteArray("0.123");
    QTest::newRow("thirds") << 100.0 / 3 << 2.0 / 3 << QByteArray("33.33") << QByteArray("0.667");
    QTest::newRow("negative zero") << -0.001 << 0.0004 << QByteArray("0") << QByteArray("0");
    QTest::newRow("negative") << -7.25 << 0.1 << QByteArray("-7.25") << QByteArray("0.1");
    QTest::newRow("huge") << 1e15 << 0.999 << QByteArray("1000000000") << QByteArray("0.999");
}

void TstRelataFile::numbers()
{
    QFETCH(double, x);
    QFETCH(double, confidence);
    QFETCH(QByteArray, xText);
    QFETCH(QByteArray, confidenceText);
    Schema s;
    Table t;
    t.name = u"t"_s;
    t.columns = {column(u"id"_s, u"int"_s)};
    t.position = QPointF(x, 0);
    const TableId id = s.addTable(t);
    Relation r;
    r.childTable = r.parentTable = id;
    r.childColumns = r.parentColumns = {s.table(id)->columns.first().id};
    r.origin = RelationOrigin::Inferred;
    r.confidence = confidence;
    s.addRelation(r);
    const QByteArray text = serializeRelata(s);
    QVERIFY2(text.contains("\"confidence\": " + confidenceText + '\n'), text.constData());
    QVERIFY2(text.contains("{ \"table\": \"t\", \"x\": " + xText + ", \"y\": 0 }"),
             text.constData());
    const Result<Schema> parsed = parseRelata(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(serializeRelata(parsed.value()), text);
    QCOMPARE(parsed->tables().first().position.x(), xText.toDouble());
    QCOMPARE(parsed->relations().first().confidence, confidenceText.toDouble());
}

void TstRelataFile::defaultsAreOmitted()
{
    Schema s;
    Table t;
    t.name = u"t"_s;
    t.columns = {column(u"id"_s, u"int"_s)};
    s.addTable(t);
    QCOMPARE(serializeRelata(s), QByteArray(R"({
  "format": "relata",
  "version": 1,
  "dialect": "mysql",
  "tables": [
    {
      "name": "t",
      "columns": [
        {
          "name": "id",
          "type": "int"
        }
      ]
    }
  ],
  "layout": {
    "tables": [
      { "table": "t", "x": 0, "y": 0 }
    ]
  }
}
)"));
    QCOMPARE(serializeRelata(Schema()),
             QByteArray("{\n  \"format\": \"relata\",\n  \"version\": 1,\n  \"dialect\": "
                        "\"mysql\"\n}\n"));
}

void TstRelataFile::failedSaveKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shop.relata"_s);
    QString error;
    QVERIFY2(saveRelataFile(programmaticSchema(), path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    constexpr rlim_t kLimit = 64 * 1024;
    QVERIFY(before.size() < qsizetype(kLimit));

    Schema big;
    for (int i = 0; i < 2000; ++i) {
        Table t;
        t.name = u"table_%1"_s.arg(i);
        t.columns = {column(u"id"_s, u"bigint"_s, false)};
        big.addTable(t);
    }
    QVERIFY(serializeRelata(big).size() > qsizetype(kLimit));

    // Make any write past 64 KiB fail with EFBIG instead of killing the process.
    struct rlimit oldLimit;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &oldLimit), 0);
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction oldAction;
    QCOMPARE(sigaction(SIGXFSZ, &ignore, &oldAction), 0);
    struct rlimit limit = oldLimit;
    limit.rlim_cur = kLimit;
    const bool limited = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    const bool saved = saveRelataFile(big, path, &error);
    const bool restored = setrlimit(RLIMIT_FSIZE, &oldLimit) == 0;
    sigaction(SIGXFSZ, &oldAction, nullptr);

    QVERIFY(limited && restored);
    QVERIFY(!saved);
    QCOMPARE(error, u"cannot write "_s + path + u": File too large"_s);
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"shop.relata"_s});
}

void TstRelataFile::saveIntoMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no/such/dir/x.relata"_s);
    QString error;
    QVERIFY(!saveRelataFile(programmaticSchema(), path, &error));
    QVERIFY2(error.startsWith(u"cannot write "_s + path + u": "_s), qPrintable(error));
    QVERIFY(!error.endsWith(u": "_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TstRelataFile)
#include "tst_relatafile.moc"
