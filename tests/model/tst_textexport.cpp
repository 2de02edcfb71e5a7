// Graphviz DOT and Mermaid erDiagram text: exact output for linkinbio, every example and
// hostile names through the real `dot`, and every Mermaid text through a checker of the
// erDiagram line grammar (no Mermaid parser is installed).
#include "core/schema.h"
#include "export/dotexport.h"
#include "export/mermaidexport.h"
#include "io/relatafile.h"
#include "mermaidchecker.h"
#include "requirement.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace relata;
using mermaidtest::MermaidChecker;

namespace {

/// The reviewed outputs for linkinbio (`relata-cli export dot|mermaid`, read by eye and
/// rendered with `dot -Tpng`; blocks.user_id is nullable, so in Mermaid a block may have
/// no user, o|), in tests/data/export.
QString golden(const QString &file)
{
    QFile f(QStringLiteral(RELATA_TEST_DATA) + u"/export/"_s + file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString examplesDir()
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples"_s;
}

Schema load(const QString &path)
{
    return relatatest::loadOrWarn(path);
}

Schema parse(const QString &json)
{
    return relatatest::parseOrWarn(json);
}

/// Two tables, `child.parent_id` → `parent.id`, with the relation's JSON extras.
Schema twoTables(bool nullable, bool unique, const QString &relationExtra = QString())
{
    return parse(uR"json({"format": "relata", "version": 1, "name": "t", "dialect": "mysql",
      "tables": [
        {"name": "parent", "columns": [{"name": "id", "type": "int", "nullable": false}],
         "primaryKey": ["id"]},
        {"name": "child", "columns": [{"name": "id", "type": "int", "nullable": false},
                                     {"name": "parent_id", "type": "int", "nullable": %1}],
         "primaryKey": ["id"],
         "indexes": [{"name": "ix", "columns": ["parent_id"], "unique": %2}]}
      ],
      "relations": [{"child": "child", "childColumns": ["parent_id"], "parent": "parent",
                     "parentColumns": ["id"] %3}]})json"_s.arg(
            nullable ? u"true"_s : u"false"_s, unique ? u"true"_s : u"false"_s, relationExtra));
}

/// A schema whose every name is hostile to DOT, HTML-like labels or Mermaid, with an
/// empty column name (which files cannot hold, but an edit in progress can).
Schema hostileSchema()
{
    // clang-format off
    Schema schema = parse(uR"json({"format": "relata", "version": 1,
      "name": "a \u0022b\u0022 \u005c {c}", "dialect": "mysql",
      "tables": [
        {"name": "<b>& \u0022q\u0022 {x} [y]", "comment": "line\none \u005cN \u0022x\u0022",
         "columns": [{"name": "id", "type": "int", "nullable": false},
                     {"name": "a\nb <i>", "type": "varchar(255)", "comment": "\u0022%%{init}%%\u0022"}],
         "primaryKey": ["id"]},
        {"name": "direction TB", "columns": [{"name": "pk", "type": "text[]"},
                                             {"name": "EMPTY", "type": "decimal(10,2)"},
                                             {"name": "ref", "type": "int"}]},
        {"name": "classroom", "columns": [{"name": "x", "type": "int"}]},
        {"name": "Ünï 日本 \u005c %", "columns": []},
        {"name": "Ünï 日本 / %", "columns": [{"name": "ключ", "type": ""}]}
      ],
      "relations": [{"child": "direction TB", "childColumns": ["ref"],
                     "parent": "<b>& \u0022q\u0022 {x} [y]", "parentColumns": ["id"],
                     "nameOnChild": "to \u0022x\u0022 direction LR", "nameOnParent": "%%"}]})json"_s);
    // clang-format on
    if (const Table *table = schema.tableByName(u"direction TB"_s))
        schema.tableForEdit(table->id)->columns[1].name.clear();
    return schema;
}

QStringList exampleFiles()
{
    QStringList files;
    const QStringList names
            = QDir(examplesDir()).entryList({u"*.relata"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(examplesDir() + u'/' + name);
    files.append(QStringLiteral(RELATA_TEST_DATA) + u"/hostile-names.relata"_s);
    return files;
}

/// Every text node of an SVG picture, whitespace simplified; empty with a warning when
/// the XML does not parse.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
            texts.append(xml.text().toString().simplified());
    }
    if (xml.hasError()) {
        qWarning("SVG: %s", qPrintable(xml.errorString()));
        return {};
    }
    return texts;
}

struct DotRun
{
    int exitCode = -1;
    QByteArray svg;
    QString errors;
};

DotRun runDot(const QString &dot)
{
    QProcess process;
    process.start(u"dot"_s, {u"-Tsvg"_s});
    DotRun run;
    if (!process.waitForStarted(30000))
        return run;
    process.write(dot.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.svg = process.readAllStandardOutput();
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TstTextExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotGolden();
    void mermaidGolden();
    void dotThroughGraphviz_data();
    void dotThroughGraphviz();
    void dotHostileNames();
    void dotRelationStyles();
    void dotWithoutColumns();
    void mermaidSyntax_data();
    void mermaidSyntax();
    void mermaidCardinality_data();
    void mermaidCardinality();
    void mermaidNames();
    void unconfirmedAndIgnored();
};

void TstTextExport::dotGolden()
{
    const Result<QString> dot = generateDot(load(examplesDir() + u"/linkinbio.relata"_s));
    QVERIFY(dot);
    QCOMPARE(dot.value(), golden(u"linkinbio.dot"_s));
}

void TstTextExport::mermaidGolden()
{
    const Result<QString> mermaid = generateMermaid(load(examplesDir() + u"/linkinbio.relata"_s));
    QVERIFY(mermaid);
    QCOMPARE(mermaid.value(), golden(u"linkinbio.mmd"_s));
}

void TstTextExport::dotThroughGraphviz_data()
{
    QTest::addColumn<QString>("dot");
    QTest::addColumn<QStringList>("tableNames");
    const auto addRow = [](const QString &tag, const Schema &schema, const DotOptions &options) {
        QStringList names;
        for (const Table &table : schema.tables())
            names.append(table.name.simplified());
        const Result<QString> dot = generateDot(schema, options);
        QTest::newRow(qPrintable(tag)) << (dot ? dot.value() : QString()) << names;
    };
    for (const QString &file : exampleFiles()) {
        const QString name = QFileInfo(file).completeBaseName();
        addRow(name, load(file), {});
        addRow(name + u" without columns"_s, load(file), DotOptions{false, true});
    }
    addRow(u"hostile names built in"_s, hostileSchema(), {});
}

void TstTextExport::dotThroughGraphviz()
{
    QFETCH(QString, dot);
    QFETCH(QStringList, tableNames);
    if (!relatatest::requireProgram(u"dot"_s, u"Graphviz dot is not installed (Debian package "
                                              u"graphviz)"_s))
        return;
    QVERIFY(!dot.isEmpty());
    const DotRun run = runDot(dot);
    QVERIFY2(run.exitCode == 0 && run.errors.isEmpty(),
             qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.errors)));
    const QStringList texts = svgTexts(run.svg);
    QVERIFY(!texts.isEmpty());
    for (const QString &name : std::as_const(tableNames))
        QVERIFY2(texts.contains(name), qPrintable(u"table name missing: "_s + name));
}

void TstTextExport::dotHostileNames()
{
    const QString dot = generateDot(hostileSchema()).value();
    // Names only ever appear escaped: in labels as entities, in strings with backslashes.
    QVERIFY(dot.startsWith(u"// Drawn from a Relata schema."_s));
    QVERIFY(dot.contains(u"digraph \"a \\\"b\\\" \\\\ {c}\" {\n"_s));
    QVERIFY(dot.contains(u"<B>&lt;b&gt;&amp; &quot;q&quot; {x} [y]</B>"_s));
    QVERIFY(dot.contains(u"tooltip=\"line\\none \\\\N \\\"x\\\"\""_s));
    QVERIFY(dot.contains(u">a b &lt;i&gt;</TD>"_s));
    // Raw markup characters only inside the quoted tooltip of the edge.
    QCOMPARE(dot.count(u"<b>"_s), 1);
    QVERIFY(dot.contains(u"tooltip=\"direction TB.ref → <b>& \\\"q\\\" {x} [y].id\"]"_s));
    QVERIFY(!dot.contains(u"<i>"_s));
    // An empty column name or type gives an empty cell, not an empty element.
    QVERIFY(!dot.contains(u"<B></B>"_s));
    QVERIFY(!dot.contains(u"\"></FONT>"_s));
    const QStringList lines = dot.split(u'\n');
    QCOMPARE(lines.filter(QRegularExpression(u"^  t\\d+ \\[label=<$"_s)).size(), 5);
}

void TstTextExport::dotRelationStyles()
{
    const QString mandatory = generateDot(twoTables(false, false)).value();
    QVERIFY2(mandatory.contains(u"  t1 -> t0 [tailport=\"out1:e\", headport=\"in0:w\", "
                                u"arrowtail=crowodot, arrowhead=teetee, "
                                u"tooltip=\"child.parent_id → parent.id\"];\n"_s),
             qPrintable(mandatory));
    QVERIFY(mandatory.contains(
            u"<TD PORT=\"in1\" ALIGN=\"LEFT\"><FONT COLOR=\"#e09b0f\">FK</FONT>"_s));
    QVERIFY(generateDot(twoTables(true, false)).value().contains(u"arrowhead=teeodot"_s));
    QVERIFY(generateDot(twoTables(false, true)).value().contains(u"arrowtail=teeodot"_s));
}

void TstTextExport::dotWithoutColumns()
{
    const QString dot = generateDot(twoTables(false, false), DotOptions{false, true}).value();
    QVERIFY(!dot.contains(u"PORT="_s));
    QVERIFY(!dot.contains(u"tailport"_s));
    QVERIFY(dot.contains(u"  t1 -> t0 [arrowtail=crowodot"_s));
}

void TstTextExport::mermaidSyntax_data()
{
    QTest::addColumn<QString>("file"); // empty: hostileSchema()
    for (const QString &file : exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
    QTest::newRow("hostile names built in") << QString();
}

void TstTextExport::mermaidSyntax()
{
    QFETCH(QString, file);
    const Schema schema = file.isEmpty() ? hostileSchema() : load(file);
    QVERIFY(!schema.tables().isEmpty());
    for (const bool attributes : {true, false}) {
        const Result<QString> text = generateMermaid(schema, MermaidOptions{attributes, true});
        QVERIFY(text);
        MermaidChecker checker;
        const QStringList problems = checker.check(text.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + text.value()));
        QCOMPARE(checker.entities().size(), schema.tables().size());
        const auto drawn = std::count_if(schema.relations().cbegin(), schema.relations().cend(),
                                         [](const Relation &relation) {
                                             return relation.decision != RelationDecision::Ignored;
                                         });
        QCOMPARE(checker.relationships(), int(drawn));
    }
}

void TstTextExport::mermaidCardinality_data()
{
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("unique");
    QTest::addColumn<QString>("line");
    QTest::newRow("many to one, parent required")
            << false << false << u"    child }o--|| parent : \"parent / child\"\n"_s;
    QTest::newRow("many to one, parent optional")
            << true << false << u"    child }o--o| parent : \"parent / child\"\n"_s;
    QTest::newRow("one to one, parent required")
            << false << true << u"    child |o--|| parent : \"parent / child\"\n"_s;
    QTest::newRow("one to one, parent optional")
            << true << true << u"    child |o--o| parent : \"parent / child\"\n"_s;
}

void TstTextExport::mermaidCardinality()
{
    QFETCH(bool, nullable);
    QFETCH(bool, unique);
    QFETCH(QString, line);
    const QString text = generateMermaid(twoTables(nullable, unique)).value();
    QVERIFY2(text.endsWith(line), qPrintable(text));
    QVERIFY(text.contains(u"        int parent_id FK\n"_s));
}

void TstTextExport::mermaidNames()
{
    const QString text = generateMermaid(hostileSchema()).value();
    const QStringList expected{
            u"    \"<b>& 'q' {x} [y]\" {\n"_s,
            u"        int id PK\n"_s,
            u"        varchar_255 a_b_i \"a b <i> — '%{init}%'\"\n"_s,
            u"    \"direction_TB\" {\n"_s,
            u"        text_array pk_ \"pk\"\n"_s,
            u"        decimal_10_2 column_2\n"_s,
            u"        int ref FK\n"_s,
            u"    \"classroom\" {\n"_s,
            u"    \"Ünï 日本 / _\" {\n    }\n"_s,
            u"    \"Ünï 日本 / __2\" {\n"_s,
            u"        unknown column_1 \"ключ\"\n"_s,
            u"    \"direction_TB\" }o--o| \"<b>& 'q' {x} [y]\" : \"to 'x' direction_LR / %\"\n"_s,
    };
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + u"\nin\n"_s + text));
}

void TstTextExport::unconfirmedAndIgnored()
{
    const QString inferred = u", \"origin\": \"inferred\", \"confidence\": 0.8"_s;
    const Schema unconfirmed = twoTables(false, false, inferred);
    QVERIFY(generateDot(unconfirmed).value().contains(u"style=dashed"_s));
    QVERIFY(generateMermaid(unconfirmed).value().contains(u"child }o..|| parent"_s));
    QVERIFY(!generateDot(unconfirmed, DotOptions{true, false}).value().contains(u"->"_s));
    QVERIFY(!generateMermaid(unconfirmed, MermaidOptions{true, false}).value().contains(u"}o"_s));

    const Schema accepted = twoTables(false, false, inferred + u", \"decision\": \"accepted\""_s);
    QVERIFY(!generateDot(accepted).value().contains(u"dashed"_s));
    QVERIFY(generateMermaid(accepted).value().contains(u"child }o--|| parent"_s));

    const Schema ignored = twoTables(false, false, inferred + u", \"decision\": \"ignored\""_s);
    QVERIFY(!generateDot(ignored).value().contains(u"->"_s));
    QVERIFY(!generateMermaid(ignored).value().contains(u"}o"_s));
    QVERIFY(!generateMermaid(ignored).value().contains(u"FK"_s));
}

QTEST_GUILESS_MAIN(TstTextExport)
#include "tst_textexport.moc"
