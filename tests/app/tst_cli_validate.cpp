// relata-cli validate end to end: findings in three formats, rule selection, exit codes.
#include "clitest.h"
#include "core/schema.h"
#include "io/relatafile.h"
#include "validate/findingreport.h"
#include "validate/sarifreport.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

using namespace clitest;

class TstCliValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void validateExamples();
    void validateSelection();
    void validateJson();
    void validateSarif();
    void validateListRules();
    void validateVerbose();
    void validateBadFiles_data();
    void validateBadFiles();

private:
    QTemporaryDir m_dir;
};

void TstCliValidate::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
}

void TstCliValidate::usage_data()
{
    addUsageColumns();
    const QString file = example(u"linkinbio.relata"_s);
    const QString validate = u"validate"_s;
    const auto row = [&](const char *tag, const QStringList &args, const QString &message) {
        QTest::newRow(tag) << (QStringList{validate} + args) << 2 << QStringList()
                           << QStringList{message, u"relata-cli validate --help"_s};
    };
    row("validate bad format", {u"--format"_s, u"xml"_s, file}, u"unknown format 'xml'"_s);
    row("validate unknown code", {u"--only"_s, u"R099"_s, file}, u"--only: unknown rule 'R099'"_s);
    row("validate unknown disabled code", {u"--disable"_s, u"R011,X1"_s, file},
        u"--disable: unknown rule 'X1'"_s);
    row("validate empty code list", {u"--only"_s, u","_s, file}, u"--only: expected one or more"_s);
    row("validate bad number", {u"--max-cascade-tables"_s, u"many"_s, file},
        u"--max-cascade-tables: expected a whole number"_s);
    row("validate negative depth", {u"--max-cascade-depth"_s, u"-1"_s, file},
        u"--max-cascade-depth: expected a whole number"_s);
    row("validate pattern without table", {u"--implied-pattern"_s, u"{pk}_ref"_s, file},
        u"--implied-pattern: '{pk}_ref' has no {table}"_s);
    row("validate list-rules with file", {u"--list-rules"_s, file},
        u"--list-rules takes no FILE"_s);
    row("validate list-rules sarif", {u"--list-rules"_s, u"--format"_s, u"sarif"_s},
        u"--list-rules writes text or json"_s);
}

void TstCliValidate::usage()
{
    checkUsageRow();
}

namespace {

/// What relata-cli validate must print for `path`: the library's own text report.
QString expectedText(const QString &path, const ValidationOptions &options = {})
{
    const Result<Schema> loaded = loadRelataFile(path);
    if (!loaded)
        return QString();
    return QString::fromUtf8(
            textReport(locateFindings(path, validate(loaded.value(), options), readAll(path))));
}

} // namespace

void TstCliValidate::validateExamples()
{
    const QString linkinbio = example(u"linkinbio.relata"_s);
    const CliRun one = runCli({u"validate"_s, linkinbio});
    QVERIFY2(one.exitCode == 1 && one.err == u"1 error, 1 warning\n"_s, qPrintable(quoted(one)));
    QCOMPARE(one.out, expectedText(linkinbio));
    const QStringList lines = one.out.split(u'\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(linkinbio + u": error R004: blocks.user_id → users.id"_s));
    QCOMPARE(lines.at(2), linkinbio
                                  + u": warning R007: blocks.user_id → users.id has no index "
                                    u"on blocks (user_id)"_s);
    QCOMPARE(lines.at(3), u"    fix: CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);

    const CliRun recipes = runCli({u"validate"_s, u"--werror"_s, example(u"recipes.relata"_s)});
    QVERIFY2(recipes.exitCode == 0 && recipes.out.isEmpty() && recipes.err.isEmpty(),
             qPrintable(quoted(recipes)));

    const CliRun all = runCli(QStringList{u"validate"_s} + allExamples());
    QVERIFY2(all.exitCode == 1, qPrintable(quoted(all)));
    QString expected;
    for (const QString &path : allExamples())
        expected += expectedText(path);
    QCOMPARE(all.out, expected);
}

void TstCliValidate::validateSelection()
{
    const QString path = example(u"linkinbio.relata"_s);
    ValidationOptions onlyR007;
    onlyR007.only = {u"R007"_s};
    const QString r007 = expectedText(path, onlyR007);
    QCOMPARE(r007.count(u'\n'), 2);
    const QList<std::pair<QStringList, int>> runs{
            {{u"--only"_s, u"R007"_s}, 0},
            {{u"--only"_s, u"r007"_s, u"--werror"_s}, 1},
            {{u"--disable"_s, u"R004"_s}, 0},
            {{u"--disable"_s, u"R004,R011"_s, u"--werror"_s}, 1},
            {{u"--only=R004,R007"_s, u"--disable"_s, u"R004"_s}, 0},
    };
    for (const auto &[args, exitCode] : runs) {
        const CliRun run = runCli(QStringList{u"validate"_s} + args + QStringList{path});
        QVERIFY2(run.exitCode == exitCode && run.out == r007 && run.err == u"1 warning\n"_s,
                 qPrintable(args.join(u' ') + u'\n' + quoted(run)));
    }
    const CliRun none
            = runCli({u"validate"_s, u"--disable"_s, u"R004"_s, u"--disable"_s, u"R007"_s, path});
    QVERIFY2(none.exitCode == 0 && none.out.isEmpty() && none.err.isEmpty(),
             qPrintable(quoted(none)));

    // Thresholds reach R012; patterns are accepted and replace the defaults.
    const QString marketplace = example(u"marketplace.relata"_s);
    const CliRun wide = runCli({u"validate"_s, u"--only"_s, u"R012"_s, u"--max-cascade-tables"_s,
                                u"1000"_s, u"--max-cascade-depth"_s, u"1000"_s, marketplace});
    QVERIFY2(wide.exitCode == 0 && wide.out.isEmpty(), qPrintable(quoted(wide)));
    const CliRun narrow = runCli({u"validate"_s, u"--only"_s, u"R012"_s, u"--max-cascade-tables"_s,
                                  u"0"_s, u"--max-cascade-depth"_s, u"0"_s, marketplace});
    QVERIFY2(narrow.exitCode == 0 && narrow.out.contains(u"warning R012"_s),
             qPrintable(quoted(narrow)));
    const CliRun patterns
            = runCli({u"validate"_s, u"--implied-pattern"_s, u"{table}_ref"_s,
                      u"--implied-pattern"_s, u"ref_{table}"_s, example(u"recipes.relata"_s)});
    QVERIFY2(patterns.exitCode == 0, qPrintable(quoted(patterns)));
}

void TstCliValidate::validateJson()
{
    const QString path = example(u"linkinbio.relata"_s);
    const CliRun run = runCli({u"validate"_s, u"--format"_s, u"json"_s, path});
    QVERIFY2(run.exitCode == 1 && run.err == u"1 error, 1 warning\n"_s, qPrintable(quoted(run)));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(u"file"_s).toString(), path);
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0)[u"code"_s].toString(), u"R004"_s);
    QCOMPARE(findings.at(1)[u"code"_s].toString(), u"R007"_s);
    QCOMPARE(findings.at(1)[u"severity"_s].toString(), u"warning"_s);
    QCOMPARE(findings.at(1)[u"objects"_s].toArray(),
             (QJsonArray{u"blocks.user_id"_s, u"users.id"_s}));
    QCOMPARE(findings.at(1)[u"fix"_s].toString(),
             u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);
    const QList<QByteArray> text = readAll(path).split('\n');
    const int line = findings.at(1)[u"line"_s].toInt();
    QVERIFY(line > 0 && line <= text.size());
    QCOMPARE(text.at(line - 1).trimmed(), "\"name\": \"user_id\",");
    QCOMPARE(o.value(u"summary"_s).toObject(),
             (QJsonObject{{u"errors"_s, 1}, {u"warnings"_s, 1}, {u"infos"_s, 0}}));

    const CliRun two
            = runCli({u"validate"_s, u"-f"_s, u"json"_s, path, example(u"recipes.relata"_s)});
    const QJsonArray files = QJsonDocument::fromJson(two.out.toUtf8()).array();
    QVERIFY2(two.exitCode == 1 && files.size() == 2, qPrintable(quoted(two)));
    QCOMPARE(files.at(1)[u"findings"_s].toArray().size(), 0);
}

void TstCliValidate::validateSarif()
{
    const QString path = example(u"linkinbio.relata"_s);
    const QString target = m_dir.filePath(u"linkinbio.sarif"_s);
    const CliRun run = runCli({u"validate"_s, u"--format"_s, u"sarif"_s, u"-o"_s, target, path});
    QVERIFY2(run.exitCode == 1 && run.out.isEmpty(), qPrintable(quoted(run)));
    QCOMPARE(run.err, u"1 error, 1 warning\n"_s);
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(readAll(target), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
    const QJsonValue run0 = log.value(u"runs"_s)[0];
    const QJsonArray rules = run0[u"tool"_s][u"driver"_s][u"rules"_s].toArray();
    QCOMPARE(rules.size(), 13);
    const QJsonArray results = run0[u"results"_s].toArray();
    QCOMPARE(results.size(), 2);
    const QStringList ids{u"R004"_s, u"R007"_s};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonValue result = results.at(i);
        QCOMPARE(result[u"ruleId"_s].toString(), ids.at(i));
        QCOMPARE(rules.at(result[u"ruleIndex"_s].toInt())[u"id"_s].toString(), ids.at(i));
        const QJsonValue physical = result[u"locations"_s][0][u"physicalLocation"_s];
        QCOMPARE(physical[u"artifactLocation"_s][u"uri"_s].toString(), sarifUri(path));
        QVERIFY(physical[u"region"_s][u"startLine"_s].toInt() > 0);
    }
    QCOMPARE(results.at(1)[u"properties"_s][u"fix"_s].toString(),
             u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s);

    const CliRun text = runCli({u"validate"_s, u"-o"_s, m_dir.filePath(u"out.txt"_s), path});
    QVERIFY2(text.exitCode == 1 && text.out.isEmpty(), qPrintable(quoted(text)));
    QCOMPARE(QString::fromUtf8(readAll(m_dir.filePath(u"out.txt"_s))), expectedText(path));
    const QString bad = m_dir.filePath(u"no-such-dir/out.sarif"_s);
    const CliRun unwritable = runCli({u"validate"_s, u"-f"_s, u"sarif"_s, u"-o"_s, bad, path});
    QVERIFY2(unwritable.exitCode == 2 && unwritable.err.contains(bad),
             qPrintable(quoted(unwritable)));
}

void TstCliValidate::validateListRules()
{
    const CliRun text = runCli({u"validate"_s, u"--list-rules"_s});
    QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(quoted(text)));
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines.first().startsWith(u"R001  error    missing-object"_s));
    QVERIFY(lines.last().startsWith(u"R106  info     self-reference"_s));
    const CliRun json = runCli({u"validate"_s, u"--list-rules"_s, u"--format"_s, u"json"_s});
    const QJsonArray rules = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY2(json.exitCode == 0 && rules.size() == 13, qPrintable(quoted(json)));
    QCOMPARE(rules.at(6)[u"code"_s].toString(), u"R007"_s);
    QCOMPARE(rules.at(6)[u"severity"_s].toString(), u"warning"_s);
    QVERIFY(!rules.at(6)[u"help"_s].toString().isEmpty());
}

void TstCliValidate::validateVerbose()
{
    const QString path = example(u"recipes.relata"_s);
    const CliRun run = runCli({u"validate"_s, u"--verbose"_s, path});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty(), qPrintable(quoted(run)));
    QCOMPARE(run.err, path + u": ok\n"_s);
}

void TstCliValidate::validateBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPattern"); // after "PATH"

    QTest::newRow("json syntax") << QByteArray("{\n  \"format\": \"relata\",\n  \"version\": 1\n"
                                               "  \"dialect\": \"mysql\"\n}\n")
                                 << u"^:\\d+:\\d+: "_s;
    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"relata\",\n")
                               << u"^:\\d+:\\d+: "_s;
    QTest::newRow("wrong type") << QByteArray("{\"format\": \"relata\", \"version\": 1, "
                                              "\"dialect\": \"mysql\", \"tables\": [{\"name\": "
                                              "\"t\", \"columns\": [{\"name\": \"a\", "
                                              "\"type\": 5}]}]}\n")
                                << u"^: .*tables\\[0\\]\\.columns\\[0\\]\\.type"_s;
    QTest::newRow("not relata") << QByteArray("[1, 2, 3]\n") << u"^:"_s;
    QTest::newRow("empty") << QByteArray() << u"^:"_s;
}

void TstCliValidate::validateBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPattern);
    const QString path = m_dir.filePath(u"bad-%1.relata"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(writeFile(path, content));

    for (const QString &command : {u"validate"_s, u"info"_s, u"format"_s}) {
        const CliRun run = runCli({command, path});
        QVERIFY2(run.exitCode == 2 && run.out.isEmpty(), qPrintable(quoted(run)));
        QVERIFY2(run.err.startsWith(path), qPrintable(quoted(run)));
        const QString message = run.err.mid(path.size());
        QVERIFY2(QRegularExpression(errorPattern).match(message).hasMatch(), qPrintable(message));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    // A bad file among good ones fails the run with the worst status; the good file is still
    // reported, and only the bad one on standard error.
    const CliRun mixed = runCli({u"validate"_s, example(u"linkinbio.relata"_s), path});
    QCOMPARE(mixed.exitCode, 2);
    QCOMPARE(mixed.out, expectedText(example(u"linkinbio.relata"_s)));
    QVERIFY(mixed.err.startsWith(path));
    QVERIFY(mixed.err.endsWith(u"\n1 error, 1 warning\n"_s));
    QVERIFY(!mixed.err.contains(u"linkinbio"_s));
}

QTEST_GUILESS_MAIN(TstCliValidate)
#include "tst_cli_validate.moc"
