// Automatic layout from the window: run in a child process (the real relata-cli),
// applied as one undo step, cancellable by killing the child with the document left
// unchanged, and a crashing or missing child reported in words.
#include "commands/editordocument.h"
#include "io/relatafile.h"
#include "layoutactions.h"
#include "layoutrunner.h"
#include "mainwindow.h"
#include "schemagenerator.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + name;
}

bool anyOverlap(const MainWindow &window)
{
    const QList<Table> &tables = window.document()->schema().tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QRectF a = window.scene()->tableItem(tables.at(i).id)->sceneBoxRect();
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            if (a.intersects(window.scene()->tableItem(tables.at(j).id)->sceneBoxRect()))
                return true;
        }
    }
    return false;
}

/// A program that dies of a signal, as Graphviz does when it hits an assertion.
QString crashingProgram(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"crash.sh"_s);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\nkill -ABRT $$\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TstLayoutGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("RELATA_CLI_PATH", RELATA_CLI); }

    void layoutAllIsOneUndoStep()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"marketplace.relata"_s)));
        const Schema before = window.document()->schema();
        QSignalSpy done(window.layoutActions(), &LayoutActions::done);
        window.layoutActions()->layoutAllAction()->trigger();
        QVERIFY(!window.layoutActions()->layoutAllAction()->isEnabled()); // one at a time
        QVERIFY(done.wait(60000));
        QUndoStack &stack = window.editorDocument()->undoStack();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), u"Auto-layout 24 tables"_s);
        QVERIFY(!(window.document()->schema() == before));
        QVERIFY(!anyOverlap(window));
        stack.undo();
        QVERIFY(window.document()->schema() == before);
        QVERIFY(window.layoutActions()->layoutAllAction()->isEnabled());
    }

    void layoutSelectionMovesOnlyIt()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example(u"marketplace.relata"_s)));
        const Schema &schema = window.document()->schema();
        const Schema before = schema;
        const TableId users = schema.tableByName(u"users"_s)->id;
        const TableId orders = schema.tableByName(u"orders"_s)->id;
        window.scene()->setSelection({users, orders});
        QSignalSpy done(window.layoutActions(), &LayoutActions::done);
        window.layoutActions()->layoutSelectionAction()->trigger();
        QVERIFY(done.wait(60000));
        for (const Table &t : schema.tables()) {
            if (t.id != users && t.id != orders)
                QCOMPARE(t.position, before.table(t.id)->position);
        }
        QVERIFY(!anyOverlap(window));
    }

    void cancelKillsTheChildAndChangesNothing()
    {
        // Big enough that the child is still measuring or laying out when it is killed.
        SchemaGeneratorOptions options;
        options.tables = 3000;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.relata"_s);
        QVERIFY(saveRelataFile(generateSchema(options), path));
        MainWindow window;
        QVERIFY(window.loadFile(path));
        const Schema before = window.document()->schema();
        LayoutRunner *runner = window.layoutActions()->runner();
        QSignalSpy canceled(runner, &LayoutRunner::canceled);
        QSignalSpy finished(runner, &LayoutRunner::finished);
        window.layoutActions()->layoutAll();
        QVERIFY(runner->isRunning());
        QTest::qWait(150);
        window.layoutActions()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, 10000);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!runner->isRunning());
        QVERIFY(window.document()->schema() == before);
        QCOMPARE(window.editorDocument()->undoStack().count(), 0);
    }

    void aCrashIsAnErrorMessage()
    {
        QTemporaryDir dir;
        LayoutRunner runner;
        runner.setProgram(crashingProgram(dir));
        QSignalSpy failed(&runner, &LayoutRunner::failed);
        Result<Schema> schema = loadRelataFile(example(u"linkinbio.relata"_s));
        QVERIFY(runner.start(schema.value()));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(u"crashed"_s));
        QVERIFY(!runner.isRunning());
    }

    void aMissingProgramIsAnErrorMessage()
    {
        LayoutRunner runner;
        runner.setProgram(u"/nonexistent/relata-cli"_s);
        QSignalSpy failed(&runner, &LayoutRunner::failed);
        Result<Schema> schema = loadRelataFile(example(u"linkinbio.relata"_s));
        QVERIFY(runner.start(schema.value()));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(u"could not start"_s));
    }
};

QTEST_MAIN(TstLayoutGui)
#include "tst_layoutgui.moc"
