// Never losing work: the recovery copy of unsaved changes, the offer after a crash,
// failed saves and files changed outside Relata. The settings are in tst_gui_settings.

#include "commands/editordocument.h"
#include "commands/tablecommands.h"
#include "core/schemadocument.h"
#include "fileactions.h"
#include "filewatcher.h"
#include "io/relatafile.h"
#include "mainwindow.h"
#include "recoveryautosave.h"
#include "recoverydialog.h"
#include "recoveryoffer.h"
#include "recoverystore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

QString exampleFile()
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/linkinbio.relata"_s;
}

void renameTable(MainWindow &window, const QString &from, const QString &to)
{
    const Table *table = window.document()->schema().tableByName(from);
    QVERIFY(table);
    window.editorDocument()->push(new RenameTableCommand(*window.document(), table->id, to));
}

/// The id of a process that has just ended: what a crashed Relata leaves in its sidecar.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_s, {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

/// Makes an entry look like the leftover of another, crashed process.
bool orphan(const RecoveryEntry &entry, qint64 pid)
{
    QFile file(entry.sidecarFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    sidecar[u"pid"_s] = pid;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(sidecar).toJson()) > 0;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Renames a table in the file as another program would, writing into the same file.
bool editOutside(const QString &path, const QString &from, const QString &to)
{
    QByteArray data = fileBytes(path);
    const QByteArray before = u"\"%1\""_s.arg(from).toUtf8();
    if (!data.contains(before))
        return false;
    data.replace(before, u"\"%1\""_s.arg(to).toUtf8());
    QTest::qWait(20); // another modification time than the last write
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TstGuiRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void autosaveAfterEdit();
    void copyGoesWhenClean();
    void recoveryOfferedAndRestored();
    void untitledRecovered();
    void laterKeepsDiscardRemoves();
    void runningInstanceNotOffered();
    void noOfferAfterCleanClose();
    void recoveryDialog();
    void failedSaveKeepsDirty();
    void failedSaveSaysWhy();
    void externalChangeReloadsClean();
    void externalChangeAsksWhenDirty();
    void replacedFileStillWatched();
    void ownSaveNotReported();

private:
    QString copyExample(const QString &name);
    /// A window on a copy of the example, autosaving after 50 ms.
    std::unique_ptr<MainWindow> openCopy(const QString &name, QString *path = nullptr);

    QTemporaryDir m_dir;
    RecoveryStore m_store;
};

void TstGuiRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RelataTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui_recovery"_s);
    m_store = RecoveryStore(); // the test-mode folder the windows write to
    QVERIFY(m_store.directory().contains(u"tst_gui_recovery"_s));
    QVERIFY(m_dir.isValid());
    QSettings().clear();
}

void TstGuiRecovery::init()
{
    QDir(m_store.directory()).removeRecursively();
}

QString TstGuiRecovery::copyExample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(exampleFile(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::unique_ptr<MainWindow> TstGuiRecovery::openCopy(const QString &name, QString *path)
{
    const QString file = copyExample(name);
    auto window = std::make_unique<MainWindow>();
    if (file.isEmpty() || !window->loadFile(file))
        return {};
    window->recoveryAutosave()->setInterval(50);
    if (path)
        *path = QFileInfo(file).absoluteFilePath();
    return window;
}

void TstGuiRecovery::autosaveAfterEdit()
{
    QString path;
    const auto window = openCopy(u"autosave.relata"_s, &path);
    QVERIFY(window);
    QCOMPARE(RecoveryAutosave::defaultInterval(), 30 * 1000); // the documented default
    QVERIFY(!window->recoveryAutosave()->isPending());
    renameTable(*window, u"users"_s, u"members"_s);
    QVERIFY(window->recoveryAutosave()->isPending());
    QTRY_COMPARE(m_store.entries().size(), 1);

    const RecoveryEntry entry = m_store.entries().constFirst();
    QCOMPARE(entry.originalPath, path);
    QCOMPARE(entry.pid, QCoreApplication::applicationPid());
    QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTime())) < 60);
    const Result<Schema> copy = loadRelataFile(entry.schemaFile); // a normal .relata
    QVERIFY2(copy, qPrintable(copy.errorString()));
    QVERIFY(copy.value().tableByName(u"members"_s));
    QVERIFY(loadRelataFile(path).value().tableByName(u"users"_s)); // the file is untouched

    // Saving leaves nothing to recover.
    QVERIFY(window->fileActions()->save());
    QVERIFY(m_store.entries().isEmpty());
    QVERIFY(!window->recoveryAutosave()->hasCopy());
}

void TstGuiRecovery::copyGoesWhenClean()
{
    const auto window = openCopy(u"clean.relata"_s);
    QVERIFY(window);
    renameTable(*window, u"users"_s, u"members"_s);
    QVERIFY(window->recoveryAutosave()->saveNow());
    QCOMPARE(m_store.entries().size(), 1);
    window->editorDocument()->undoStack().undo(); // back to what the file holds
    QVERIFY(m_store.entries().isEmpty());
    QVERIFY(!window->recoveryAutosave()->isPending());
}

void TstGuiRecovery::recoveryOfferedAndRestored()
{
    QString path;
    {
        const auto crashed = openCopy(u"crash.relata"_s, &path);
        QVERIFY(crashed);
        renameTable(*crashed, u"users"_s, u"members"_s);
        QVERIFY(crashed->recoveryAutosave()->saveNow());
        // The process "dies": its window goes without a close event.
    }
    QCOMPARE(m_store.entries().size(), 1);
    QVERIFY(orphan(m_store.entries().constFirst(), deadPid()));

    MainWindow window;
    RecoveryOffer offer;
    QList<RecoveryEntry> offered;
    offer.setQuestion([&](const QList<RecoveryEntry> &entries) {
        offered = entries;
        return RecoveryDialog::Recover;
    });
    const QList<MainWindow *> recovered = offer.run(&window);
    QCOMPARE(recovered, QList<MainWindow *>{&window}); // the empty window took it
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.constFirst().displayName(), u"crash.relata"_s);

    QVERIFY(window.document()->schema().tableByName(u"members"_s));
    QVERIFY(window.editorDocument()->isDirty());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.filePath(), path);
    QCOMPARE(window.windowTitle(), u"crash.relata[*] — Relata"_s);
    // The window now keeps its own copy; the crashed one's is gone.
    const QList<RecoveryEntry> entries = m_store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().key, window.recoveryAutosave()->key());

    QVERIFY(window.fileActions()->save()); // writes the original file
    QVERIFY(loadRelataFile(path).value().tableByName(u"members"_s));
    QVERIFY(!window.editorDocument()->isDirty());
    QVERIFY(m_store.entries().isEmpty());
}

void TstGuiRecovery::untitledRecovered()
{
    Schema schema;
    schema.name = u"draft"_s;
    Table table;
    table.name = u"notes"_s;
    schema.addTable(std::move(table));
    QVERIFY(m_store.write(u"draft"_s, schema, QString()));
    QVERIFY(orphan(m_store.entries().constFirst(), deadPid()));

    auto *busy = new MainWindow; // holds a file: the recovered draft gets its own window
    QVERIFY(busy->loadFile(exampleFile()));
    RecoveryOffer offer;
    offer.setQuestion([](const QList<RecoveryEntry> &) { return RecoveryDialog::Recover; });
    const QList<MainWindow *> recovered = offer.run(busy);
    QCOMPARE(recovered.size(), 1);
    MainWindow *window = recovered.constFirst();
    QVERIFY(window != busy);
    QVERIFY(window->filePath().isEmpty());
    QVERIFY(window->editorDocument()->isDirty());
    QVERIFY(window->document()->schema().tableByName(u"notes"_s));
    window->recoveryAutosave()->discard();
    delete window;
    delete busy;
}

void TstGuiRecovery::laterKeepsDiscardRemoves()
{
    QVERIFY(m_store.write(u"left"_s, Schema(), exampleFile()));
    QVERIFY(orphan(m_store.entries().constFirst(), deadPid()));
    RecoveryDialog::Choice answer = RecoveryDialog::Later;
    int asked = 0;
    RecoveryOffer offer;
    offer.setQuestion([&](const QList<RecoveryEntry> &) {
        ++asked;
        return answer;
    });
    QVERIFY(offer.run(nullptr).isEmpty());
    QCOMPARE(m_store.orphanedEntries().size(), 1); // offered again next time
    answer = RecoveryDialog::Discard;
    QVERIFY(offer.run(nullptr).isEmpty());
    QVERIFY(m_store.entries().isEmpty());
    QVERIFY(QDir(m_store.directory()).isEmpty());
    QVERIFY(offer.run(nullptr).isEmpty()); // nothing left: no question
    QCOMPARE(asked, 2);
}

void TstGuiRecovery::runningInstanceNotOffered()
{
    const auto window = openCopy(u"running.relata"_s);
    QVERIFY(window);
    renameTable(*window, u"users"_s, u"members"_s);
    QVERIFY(window->recoveryAutosave()->saveNow());
    QCOMPARE(m_store.entries().size(), 1);
    QVERIFY(m_store.orphanedEntries().isEmpty()); // this process is alive
#ifdef Q_OS_UNIX
    QVERIFY(orphan(m_store.entries().constFirst(), qint64(getppid()))); // so is its parent
    QVERIFY(m_store.orphanedEntries().isEmpty());
#endif
    bool asked = false;
    RecoveryOffer offer;
    offer.setQuestion([&](const QList<RecoveryEntry> &) {
        asked = true;
        return RecoveryDialog::Discard;
    });
    offer.run(nullptr);
    QVERIFY(!asked);
    QCOMPARE(m_store.entries().size(), 1);
}

void TstGuiRecovery::noOfferAfterCleanClose()
{
    const auto window = openCopy(u"close.relata"_s);
    QVERIFY(window);
    window->fileActions()->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
    window->show();
    renameTable(*window, u"users"_s, u"members"_s);
    QVERIFY(window->recoveryAutosave()->saveNow());
    QCOMPARE(m_store.entries().size(), 1);
    QVERIFY(window->close()); // changes discarded: nothing to recover
    QVERIFY(m_store.entries().isEmpty());
}

void TstGuiRecovery::recoveryDialog()
{
    RecoveryEntry named;
    named.originalPath = u"/home/ana/schemas/shop.relata"_s;
    named.savedAt = QDateTime(QDate(2024, 5, 17), QTime(14, 32));
    RecoveryEntry untitled;
    untitled.savedAt = QDateTime(QDate(2024, 5, 17), QTime(14, 30));
    RecoveryDialog dialog({named, untitled});
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), u"shop.relata"_s);
    QCOMPARE(dialog.list()->topLevelItem(1)->text(0), u"untitled"_s);
    QVERIFY(dialog.list()->topLevelItem(0)->text(1).contains(u"32"_s));
    QCOMPARE(dialog.choice(), RecoveryDialog::Later); // Escape or closing: ask again later
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage picture = dialog.grab().toImage();
    QVERIFY(!picture.isNull());
    // RELATA_TEST_PICTURES=DIR keeps the picture for a person to look at.
    const QString pictures = qEnvironmentVariable("RELATA_TEST_PICTURES");
    if (!pictures.isEmpty())
        QVERIFY(picture.save(pictures + u"/recovery-dialog.png"_s));
}

void TstGuiRecovery::failedSaveKeepsDirty()
{
    const auto window = openCopy(u"readonly.relata"_s);
    QVERIFY(window);
    renameTable(*window, u"users"_s, u"members"_s);
    // A folder that is a file: the save cannot even start, whoever runs the test.
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QFile(blocker).open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!window->fileActions()->saveFileAs(blocker + u"/x.relata"_s, &error));
    QVERIFY2(error.contains(u"blocker/x.relata"_s), qPrintable(error));
    QVERIFY(window->editorDocument()->isDirty());
    QVERIFY(!window->filePath().endsWith(u"x.relata"_s));

    const QString locked = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    // Permissions do not bind root, who runs the tests in CI; no one, root included, may
    // create a file in /sys.
    const QString readOnly = QFileInfo(locked).isWritable() ? u"/sys"_s : locked;
    QVERIFY(!window->fileActions()->saveFileAs(readOnly + u"/x.relata"_s, &error));
    QVERIFY2(error.contains(u"ermission denied"_s), qPrintable(error));
    QVERIFY(window->editorDocument()->isDirty());
}

void TstGuiRecovery::failedSaveSaysWhy()
{
    const auto window = openCopy(u"why.relata"_s);
    QVERIFY(window);
    renameTable(*window, u"users"_s, u"members"_s);
    const QString blocker = m_dir.filePath(u"blocker2"_s);
    QFile(blocker).open(QIODevice::WriteOnly);
    QString text;
    QString informative;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            informative = box->informativeText();
            box->accept();
        }
    });
    QVERIFY(!window->fileActions()->saveFileAs(blocker + u"/named.relata"_s));
    QCOMPARE(text, u"Could not save “named.relata”."_s);
    QVERIFY2(informative.contains(u"Not a directory"_s), qPrintable(informative));
    QVERIFY(window->editorDocument()->isDirty());
}

void TstGuiRecovery::externalChangeReloadsClean()
{
    QString path;
    const auto window = openCopy(u"external.relata"_s, &path);
    QVERIFY(window);
    window->fileWatcher()->setQuestion([](const QString &) {
        qWarning("asked although the document was clean");
        return false;
    });
    QVERIFY(editOutside(path, u"users"_s, u"people"_s));
    QTRY_VERIFY(window->document()->schema().tableByName(u"people"_s));
    QVERIFY(!window->editorDocument()->isDirty());
    QVERIFY(window->statusBar()->currentMessage().contains(u"changed on disk"_s));
}

void TstGuiRecovery::externalChangeAsksWhenDirty()
{
    QString path;
    const auto window = openCopy(u"dirty.relata"_s, &path);
    QVERIFY(window);
    int asked = 0;
    bool reload = false;
    window->fileWatcher()->setQuestion([&](const QString &file) {
        ++asked;
        return file == path && reload;
    });
    renameTable(*window, u"blocks"_s, u"panels"_s);
    QVERIFY(editOutside(path, u"users"_s, u"people"_s));
    QTRY_COMPARE(asked, 1); // keep mine
    QVERIFY(window->document()->schema().tableByName(u"panels"_s));
    QVERIFY(window->document()->schema().tableByName(u"users"_s));
    QVERIFY(window->editorDocument()->isDirty());

    reload = true;
    QVERIFY(editOutside(path, u"people"_s, u"persons"_s));
    QTRY_COMPARE(asked, 2);
    QTRY_VERIFY(window->document()->schema().tableByName(u"persons"_s));
    QVERIFY(window->document()->schema().tableByName(u"blocks"_s));
    QVERIFY(!window->editorDocument()->isDirty());
}

void TstGuiRecovery::replacedFileStillWatched()
{
    QString path;
    const auto window = openCopy(u"replaced.relata"_s, &path);
    QVERIFY(window);
    // As editors save: a new file renamed over the old one, twice.
    for (const QString &name : {u"people"_s, u"persons"_s}) {
        const QString previous = window->document()->schema().tables().constFirst().name;
        QByteArray data = fileBytes(path);
        data.replace(u"\"%1\""_s.arg(previous).toUtf8(), u"\"%1\""_s.arg(name).toUtf8());
        const QString temporary = path + u".tmp"_s;
        QFile file(temporary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        QVERIFY(::rename(QFile::encodeName(temporary).constData(),
                         QFile::encodeName(path).constData())
                == 0);
        QTRY_VERIFY(window->document()->schema().tableByName(name));
    }
}

void TstGuiRecovery::ownSaveNotReported()
{
    QString path;
    const auto window = openCopy(u"own.relata"_s, &path);
    QVERIFY(window);
    int asked = 0;
    window->fileWatcher()->setQuestion([&](const QString &) {
        ++asked;
        return true;
    });
    QSignalSpy reloads(window->fileWatcher(), &FileWatcher::reloadRequested);
    renameTable(*window, u"users"_s, u"members"_s);
    QVERIFY(window->fileActions()->save());
    renameTable(*window, u"members"_s, u"accounts"_s); // dirty again
    QTest::qWait(600); // longer than the watcher waits for a file to settle
    window->fileWatcher()->checkNow();
    QCOMPARE(asked, 0);
    QCOMPARE(reloads.size(), 0);
    QVERIFY(window->document()->schema().tableByName(u"accounts"_s));
}

QTEST_MAIN(TstGuiRecovery)
#include "tst_gui_recovery.moc"
