// `relata-cli layout` end to end: the real binary lays out the examples without
// overlapping the cards as the diagram measures them, the same way every time, keeps
// pinned and unlisted tables where they are, and refuses bad usage with words.
#include "boxgeometry.h"
#include "clitest.h"
#include "io/relatafile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace clitest;

namespace {

/// Cards that overlap, or come closer than `gap`, as "a/b" pairs.
QStringList crowdedPairs(const Schema &schema, qreal gap)
{
    const QHash<TableId, BoxGeometry> boxes = measureBoxes(schema);
    QStringList pairs;
    const QList<Table> &tables = schema.tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QRectF a(tables.at(i).position, boxes.value(tables.at(i).id).size);
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            const QRectF b(tables.at(j).position, boxes.value(tables.at(j).id).size);
            if (a.adjusted(-gap, -gap, gap, gap).intersects(b))
                pairs.append(tables.at(i).name + u'/' + tables.at(j).name);
        }
    }
    return pairs;
}

Schema loadOrFail(const QString &path)
{
    Result<Schema> loaded = loadRelataFile(path);
    if (!loaded)
        qWarning("%s", qPrintable(loaded.errorString()));
    return loaded ? loaded.value() : Schema();
}

} // namespace

class TstCliLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesWithoutOverlaps_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : allExamples())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void examplesWithoutOverlaps()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.relata"_s);
        const CliRun run = runCli({u"layout"_s, path, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Schema laidOut = loadOrFail(out);
        QCOMPARE(laidOut.tables().size(), loadOrFail(path).tables().size());
        QCOMPARE(crowdedPairs(laidOut, 10), QStringList());
        // Deterministic: the same input gives the same file.
        const CliRun again = runCli({u"layout"_s, path});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.toUtf8(), readAll(out));
    }

    void jsonPositionsAndSelection()
    {
        const QString path = example(u"marketplace.relata"_s);
        const Schema before = loadOrFail(path);
        const CliRun run = runCli(
                {u"layout"_s, path, u"--format"_s, u"json"_s, u"--tables"_s, u"users,orders"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!json.value(u"strategy"_s).toString().isEmpty());
        QStringList moved;
        for (const QJsonValue &entry : json.value(u"positions"_s).toArray())
            moved.append(entry.toObject().value(u"table"_s).toString());
        moved.sort();
        QCOMPARE(moved, (QStringList{u"orders"_s, u"users"_s}));
    }

    void pinnedTablesStay()
    {
        Schema schema = loadOrFail(example(u"recipes.relata"_s));
        Table *pinned = schema.tableForEdit(schema.tables().first().id);
        pinned->pinned = true;
        pinned->position = QPointF(-777, 333);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pinned.relata"_s);
        QVERIFY(saveRelataFile(schema, path));
        const CliRun run = runCli({u"layout"_s, u"--in-place"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Schema laidOut = loadOrFail(path);
        QCOMPARE(laidOut.tables().first().position, QPointF(-777, 333));
        QCOMPARE(crowdedPairs(laidOut, 0), QStringList());
    }

    void badUsage()
    {
        const QString path = example(u"linkinbio.relata"_s);
        CliRun run = runCli({u"layout"_s, path, u"--tables"_s, u"nope"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"no table named \"nope\""_s));
        run = runCli({u"layout"_s, path, u"--format"_s, u"svg"_s});
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"layout"_s, u"/nonexistent.relata"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        run = runCli({u"layout"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--tables-file"_s));
    }
};

QTEST_MAIN(TstCliLayout)
#include "tst_cli_layout.moc"
