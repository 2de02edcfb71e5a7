// relata-cli end to end: runs the real binary and checks exit codes, stdout and stderr.
#include "clitest.h"
#include "core/schema.h"
#include "io/relatafile.h"

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

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void version();
    void info_data();
    void info();
    void infoText();
    void infoToFile();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void formatNonCanonical();
    void formatUnwritableOutput();

private:
    static void addHelpRows();
    static void addUsageErrorRows();

    QTemporaryDir m_dir;
};

void TstCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
    QVERIFY(!allExamples().isEmpty());
}

void TstCli::usage_data()
{
    addUsageColumns();
    addHelpRows();
    addUsageErrorRows();
}

void TstCli::addHelpRows()
{
    const QStringList top{u"Usage: relata-cli COMMAND"_s,
                          u"validate"_s,
                          u"info"_s,
                          u"format"_s,
                          u"help"_s,
                          u"--version"_s,
                          u"Exit status"_s};
    const QStringList info{u"Usage: relata-cli info [OPTIONS] FILE"_s, u"--format FORMAT"_s,
                           u"--output FILE"_s, u"--help"_s};
    const QStringList format{u"Usage: relata-cli format [OPTIONS] FILE"_s, u"--output FILE"_s,
                             u"--in-place"_s, u"--check"_s, u"--help"_s};
    const QStringList validate{u"Usage: relata-cli validate [OPTIONS] FILE..."_s,
                               u"--format FORMAT"_s,
                               u"--output FILE"_s,
                               u"--werror"_s,
                               u"--disable CODES"_s,
                               u"--only CODES"_s,
                               u"--max-cascade-tables N"_s,
                               u"--max-cascade-depth N"_s,
                               u"--implied-pattern PATTERN"_s,
                               u"--list-rules"_s,
                               u"--verbose"_s,
                               u"--help"_s};

    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << top << QStringList();
    QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << top << QStringList();
    QTest::newRow("help") << QStringList{u"help"_s} << 0 << top << QStringList();
    QTest::newRow("help info") << QStringList{u"help"_s, u"info"_s} << 0 << info << QStringList();
    QTest::newRow("info --help") << QStringList{u"info"_s, u"--help"_s} << 0 << info
                                 << QStringList();
    QTest::newRow("help format") << QStringList{u"help"_s, u"format"_s} << 0 << format
                                 << QStringList();
    QTest::newRow("format -h") << QStringList{u"format"_s, u"-h"_s} << 0 << format << QStringList();
    QTest::newRow("help validate")
            << QStringList{u"help"_s, u"validate"_s} << 0 << validate << QStringList();
    QTest::newRow("validate --help")
            << QStringList{u"validate"_s, u"--help"_s} << 0 << validate << QStringList();
}

void TstCli::addUsageErrorRows()
{
    const QString file = example(u"linkinbio.relata"_s);
    const QStringList hint{u"relata-cli --help"_s};

    QTest::newRow("no arguments") << QStringList() << 2 << QStringList()
                                  << QStringList{u"missing command"_s, hint.first()};
    QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s, file} << 2 << QStringList()
            << QStringList{u"unknown command 'frobnicate'"_s, hint.first()};
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << 2 << QStringList()
            << QStringList{u"unknown option '--frobnicate'"_s, hint.first()};
    QTest::newRow("help unknown") << QStringList{u"help"_s, u"frobnicate"_s} << 2 << QStringList()
                                  << QStringList{u"unknown command 'frobnicate'"_s};
    QTest::newRow("info unknown option")
            << QStringList{u"info"_s, u"--frobnicate"_s, file} << 2 << QStringList()
            << QStringList{u"unknown option '--frobnicate'"_s, u"relata-cli info --help"_s};
    QTest::newRow("validate unknown short option")
            << QStringList{u"validate"_s, u"-x"_s, file} << 2 << QStringList()
            << QStringList{u"unknown option '-x'"_s, u"relata-cli validate --help"_s};
    QTest::newRow("info missing file argument")
            << QStringList{u"info"_s} << 2 << QStringList()
            << QStringList{u"missing argument FILE"_s, u"relata-cli info --help"_s};
    QTest::newRow("format missing file argument")
            << QStringList{u"format"_s, u"--check"_s} << 2 << QStringList()
            << QStringList{u"missing argument FILE"_s};
    QTest::newRow("validate missing file argument")
            << QStringList{u"validate"_s} << 2 << QStringList()
            << QStringList{u"missing argument FILE..."_s};
    QTest::newRow("info too many arguments")
            << QStringList{u"info"_s, file, u"extra"_s} << 2 << QStringList()
            << QStringList{u"unexpected argument 'extra'"_s};
    QTest::newRow("format missing option value")
            << QStringList{u"format"_s, file, u"-o"_s} << 2 << QStringList()
            << QStringList{u"missing value after '-o'"_s};
    QTest::newRow("info bad format") << QStringList{u"info"_s, u"--format"_s, u"xml"_s, file} << 2
                                     << QStringList() << QStringList{u"unknown format 'xml'"_s};
    QTest::newRow("format conflicting modes")
            << QStringList{u"format"_s, u"--check"_s, u"--in-place"_s, file} << 2 << QStringList()
            << QStringList{u"use only one of"_s};
    for (const QString &command : {u"info"_s, u"format"_s, u"validate"_s}) {
        QTest::addRow("%s missing file", qPrintable(command))
                << QStringList{command, u"no-such-file.relata"_s} << 2 << QStringList()
                << QStringList{u"no-such-file.relata"_s};
    }
}

void TstCli::usage()
{
    checkUsageRow();
}

void TstCli::version()
{
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const CliRun run = runCli({option});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"relata-cli "_s + QStringLiteral(RELATA_VERSION) + u'\n');
        QCOMPARE(run.out, u"relata-cli 0.1.0\n"_s);
        QVERIFY(run.err.isEmpty());
    }
}

void TstCli::info_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = allExamples();
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TstCli::info()
{
    QFETCH(QString, path);
    const Result<Schema> loaded = loadRelataFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const Schema &s = loaded.value();
    int columns = 0;
    int indexes = 0;
    for (const Table &t : s.tables()) {
        columns += int(t.columns.size());
        indexes += int(t.indexes.size());
    }
    int selfReferences = 0;
    for (const Relation &r : s.relations())
        selfReferences += r.isSelfReference() ? 1 : 0;

    const CliRun text = runCli({u"info"_s, path});
    QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(quoted(text)));
    const QStringList lines = text.out.split(u'\n');
    QCOMPARE(lines.size(), 3); // two lines and the final newline
    QVERIFY2(lines.at(0).startsWith(s.name + u": "_s + dialectName(s.dialect) + u", "_s),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"%1 columns"_s.arg(columns)));
    QVERIFY(lines.at(1).startsWith(u"relations: "_s));

    const CliRun json = runCli({u"info"_s, u"--format"_s, u"json"_s, path});
    QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(quoted(json)));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"name"_s).toString(), s.name);
    QCOMPARE(o.value(u"dialect"_s).toString(), dialectName(s.dialect));
    QCOMPARE(o.value(u"tables"_s).toInt(), s.tables().size());
    QCOMPARE(o.value(u"columns"_s).toInt(), columns);
    QCOMPARE(o.value(u"indexes"_s).toInt(), indexes);
    QCOMPARE(o.value(u"relations"_s).toInt(), s.relations().size());
    QCOMPARE(o.value(u"inferredRelations"_s).toInt(), 0);
    QCOMPARE(o.value(u"unconfirmedRelations"_s).toInt(), 0);
    QCOMPARE(o.value(u"selfReferences"_s).toInt(), selfReferences);
}

void TstCli::infoText()
{
    const CliRun linkinbio = runCli({u"info"_s, example(u"linkinbio.relata"_s)});
    QCOMPARE(linkinbio.exitCode, 0);
    QCOMPARE(linkinbio.out, u"linkinbio: mysql, 2 tables, 10 columns, 0 indexes, 1 relation\n"
                            u"relations: 0 inferred, 0 unconfirmed, 0 self-references\n"_s);
    const CliRun marketplace = runCli({u"info"_s, example(u"marketplace.relata"_s)});
    QCOMPARE(marketplace.exitCode, 0);
    QCOMPARE(marketplace.out,
             u"marketplace: postgresql, 24 tables, 127 columns, 30 indexes, 31 relations\n"
             u"relations: 0 inferred, 0 unconfirmed, 1 self-reference\n"_s);
}

void TstCli::infoToFile()
{
    const QString target = m_dir.filePath(u"info.json"_s);
    const CliRun run = runCli(
            {u"info"_s, u"-f"_s, u"json"_s, u"-o"_s, target, example(u"recipes.relata"_s)});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(), qPrintable(quoted(run)));
    const QJsonObject o = QJsonDocument::fromJson(readAll(target)).object();
    QCOMPARE(o.value(u"tables"_s).toInt(), 3);
}

void TstCli::formatRoundTrip_data()
{
    info_data();
}

void TstCli::formatRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);

    const CliRun toStdout = runCli({u"format"_s, path});
    QVERIFY2(toStdout.exitCode == 0 && toStdout.err.isEmpty(), qPrintable(quoted(toStdout)));
    QCOMPARE(toStdout.out.toUtf8(), original);

    const CliRun check = runCli({u"format"_s, u"--check"_s, path});
    QVERIFY2(check.exitCode == 0 && check.out.isEmpty() && check.err.isEmpty(),
             qPrintable(quoted(check)));

    const QString target = m_dir.filePath(QFileInfo(path).fileName());
    const CliRun toFile = runCli({u"format"_s, path, u"-o"_s, target});
    QVERIFY2(toFile.exitCode == 0 && toFile.out.isEmpty() && toFile.err.isEmpty(),
             qPrintable(quoted(toFile)));
    QCOMPARE(readAll(target), original);
}

void TstCli::formatNonCanonical()
{
    const QByteArray canonical = readAll(example(u"recipes.relata"_s));
    const QByteArray compact = QJsonDocument::fromJson(canonical).toJson(QJsonDocument::Compact);
    QVERIFY(!compact.isEmpty() && compact != canonical);
    const QString path = m_dir.filePath(u"compact.relata"_s);
    QVERIFY(writeFile(path, compact));

    const CliRun check = runCli({u"format"_s, u"--check"_s, path});
    QVERIFY2(check.exitCode == 1 && check.out.isEmpty(), qPrintable(quoted(check)));
    QVERIFY(check.err.startsWith(path + u": not in canonical form"_s));
    QCOMPARE(readAll(path), compact); // --check writes nothing

    const CliRun toStdout = runCli({u"format"_s, path});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out.toUtf8(), canonical);

    const CliRun inPlace = runCli({u"format"_s, u"--in-place"_s, path});
    QVERIFY2(inPlace.exitCode == 0 && inPlace.out.isEmpty() && inPlace.err.isEmpty(),
             qPrintable(quoted(inPlace)));
    QCOMPARE(readAll(path), canonical);
    QCOMPARE(runCli({u"format"_s, u"--check"_s, path}).exitCode, 0);
}

void TstCli::formatUnwritableOutput()
{
    const QString target = m_dir.filePath(u"no-such-dir/out.relata"_s);
    const CliRun run = runCli({u"format"_s, example(u"linkinbio.relata"_s), u"-o"_s, target});
    QVERIFY2(run.exitCode == 2 && run.out.isEmpty(), qPrintable(quoted(run)));
    QVERIFY(run.err.contains(target));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
