// File ▸ Import from Database, offscreen: the dialog offers only the drivers Qt has, runs
// a real import of a SQLite file off the UI thread, lays the tables out with the real
// relata-cli, lists the inferred relations for review with their confidence and reasons,
// and the result lands as one undo step, in a new document or beside the open one.
#include "commands/editordocument.h"
#include "connectionhistory.h"
#include "core/schemadocument.h"
#include "fileactions.h"
#include "importactions.h"
#include "importdialog.h"
#include "importreviewmodel.h"
#include "importsettings.h"
#include "sqlitefixture.h"
#include "testdatabase.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::ServerKind;

namespace {

/// A shop without FOREIGN KEY constraints: the relations must be inferred from names.
const QStringList kShop{
        u"CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)"_s,
        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL)"_s,
        u"CREATE INDEX ix_orders_user ON orders (user_id)"_s,
        u"CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, "
        "product_id INTEGER NOT NULL)"_s,
        u"CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT)"_s};

/// With RELATA_SCREENSHOTS=DIR, the dialog as it is, for docs/screenshots.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RELATA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    widget.show();
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + u'/' + name));
}

} // namespace

class TstImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drivers();
    void importsAndReviews();
    void saysWhatTheIndexHabitLeftOut();
    void failureKeepsTheForm();
    void cancel();
    void landsAsOneUndoStep();
    void mergesBesideTheOpenDocument();
    void remembersAllButThePassword();
    void liveServers_data();
    void liveServers();

private:
    /// Runs the dialog's import of the shop file to the review page.
    bool importShop(ImportDialog &dialog);
    /// Imports the SQLite file `file` with inference at `threshold`; true when reviewed.
    bool importSqlite(ImportDialog &dialog, const QString &file, double threshold);

    QTemporaryDir m_dir;
    QString m_shop;
};

void TstImportDialog::initTestCase()
{
    qputenv("RELATA_CLI_PATH", RELATA_CLI);
    QVERIFY(m_dir.isValid());
    m_shop = m_dir.filePath(u"shop.db"_s);
    QVERIFY(clitest::createSqliteFile(m_shop, kShop));
}

void TstImportDialog::drivers()
{
    // SQLite is always there (Qt's own driver); what Qt lacks is listed, not selectable.
    QVERIFY(ImportDialog::driverAvailable(u"sqlite"_s));
    QCOMPARE(ImportDialog::driverAvailable(u"postgresql"_s),
             QSqlDatabase::drivers().contains(u"QPSQL"_s));
    QVERIFY(!ImportDialog::driverAvailable(u"oracle"_s));
    ImportDialog dialog(false);
    ConnectionSettings settings;
    settings.driver = u"sqlite"_s;
    settings.database = m_shop;
    dialog.setConnection(settings, true, 0.7);
    QCOMPARE(dialog.connection().driver, u"sqlite"_s);
    QCOMPARE(dialog.connection().database, m_shop);
    QCOMPARE(dialog.minConfidence(), 0.7);
    QVERIFY(!dialog.mergeIntoOpen());
    settings = {};
    settings.driver = u"mariadb"_s;
    settings.host = u"db.example.com"_s;
    settings.port = 3306;
    settings.user = u"reader"_s;
    settings.database = u"shop"_s;
    dialog.setConnection(settings, true, 0.6);
    saveScreenshot(dialog, u"import-connection.png"_s);
}

bool TstImportDialog::importShop(ImportDialog &dialog)
{
    return importSqlite(dialog, m_shop, 0.5);
}

bool TstImportDialog::importSqlite(ImportDialog &dialog, const QString &file, double threshold)
{
    ConnectionSettings settings;
    settings.driver = u"sqlite"_s;
    settings.database = file;
    dialog.setConnection(settings, true, threshold);
    QSignalSpy ready(&dialog, &ImportDialog::reviewReady);
    dialog.startImport();
    // The import runs on its own thread: the dialog shows its progress meanwhile.
    if (dialog.currentPage() != ImportDialog::ProgressPage && ready.isEmpty())
        return false;
    return ready.wait(30000) && dialog.currentPage() == ImportDialog::ReviewPage;
}

void TstImportDialog::importsAndReviews()
{
    ImportDialog dialog(false);
    QVERIFY(importShop(dialog));
    QVERIFY2(dialog.summaryText().startsWith(u"4 tables, 0 relations from constraints, "_s),
             qPrintable(dialog.summaryText()));
    ImportReviewModel *review = dialog.reviewModel();
    const int orders = review->rowOf(u"orders.user_id → users.id"_s);
    const int lines = review->rowOf(u"order_lines.order_id → orders.id"_s);
    QVERIFY2(orders >= 0 && lines >= 0, qPrintable(dialog.summaryText()));
    QCOMPARE(review->decision(orders), RelationDecision::Pending);
    const QModelIndex reasons = review->index(orders, ImportReviewModel::Reasons);
    QVERIFY(!review->data(reasons, Qt::DisplayRole).toString().isEmpty());
    const double confidence
            = review->data(review->index(orders, ImportReviewModel::Confidence), Qt::DisplayRole)
                      .toDouble();
    QVERIFY(confidence >= 0.5 && confidence <= 1.0);
    // All above a confidence, then one ignored by its check box.
    QVERIFY(review->acceptAtLeast(0.0) >= 2);
    QVERIFY(review->setData(review->index(lines, ImportReviewModel::Decision), Qt::Unchecked,
                            Qt::CheckStateRole));
    saveScreenshot(dialog, u"import-review.png"_s);
    const Schema schema = dialog.importedSchema();
    QCOMPARE(schema.tables().size(), 4);
    int accepted = 0;
    int ignored = 0;
    for (const Relation &relation : schema.relations()) {
        accepted += relation.decision == RelationDecision::Accepted;
        ignored += relation.decision == RelationDecision::Ignored;
    }
    QCOMPARE(ignored, 1);
    QCOMPARE(accepted, int(schema.relations().size()) - 1);
    // Laid out by the real relata-cli: no two tables at the same place.
    QSet<QPair<double, double>> places;
    for (const Table &table : schema.tables())
        places.insert({table.position.x(), table.position.y()});
    QCOMPARE(places.size(), 4);
}

// 60 references indexed and one not: the summary says why the one was left out.
void TstImportDialog::saysWhatTheIndexHabitLeftOut()
{
    const QString links = m_dir.filePath(u"links.db"_s);
    QVERIFY(clitest::createSqliteFile(links, clitest::indexedLinksStatements(61)));
    ImportDialog dialog(false);
    QVERIFY(importSqlite(dialog, links, 0.6));
    QCOMPARE(dialog.reviewModel()->rowCount(), 60);
    QVERIFY2(dialog.summaryText().contains(
                     u"Not inferred because not indexed (60 of the 61 references found in the "
                     "schema are indexed): 1 column; a lower threshold keeps them."_s),
             qPrintable(dialog.summaryText()));
    saveScreenshot(dialog, u"import-review-habit.png"_s);
}

void TstImportDialog::failureKeepsTheForm()
{
    ImportDialog dialog(false);
    ConnectionSettings settings;
    settings.driver = u"sqlite"_s;
    settings.database = m_dir.filePath(u"missing/none.db"_s);
    dialog.setConnection(settings, true, 0.6);
    QSignalSpy failed(&dialog, &ImportDialog::importFailed);
    dialog.startImport();
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(dialog.currentPage(), ImportDialog::ConnectionPage);
    QCOMPARE(dialog.connection().database, settings.database); // the form is kept
}

void TstImportDialog::cancel()
{
    // Cancel while the import runs: it stops, and the form is back, the dialog still open.
    ImportDialog dialog(false);
    ConnectionSettings settings;
    settings.driver = u"sqlite"_s;
    settings.database = m_shop;
    dialog.setConnection(settings, true, 0.6);
    QSignalSpy failed(&dialog, &ImportDialog::importFailed);
    QSignalSpy ready(&dialog, &ImportDialog::reviewReady);
    dialog.startImport();
    dialog.reject();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().toString(), u"The import was canceled."_s);
    QCOMPARE(dialog.currentPage(), ImportDialog::ConnectionPage);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed: result untouched
    QVERIFY(ready.isEmpty());
    // The same dialog imports afterwards.
    QVERIFY(importShop(dialog));
}

void TstImportDialog::landsAsOneUndoStep()
{
    QWidget window;
    EditorDocument document;
    FileActions files(&document, &window);
    ImportActions actions(&document, &files, &window);
    ImportDialog dialog(false);
    QVERIFY(importShop(dialog));
    const QList<TableId> tables = actions.land(dialog.importedSchema(), false);
    QCOMPARE(tables.size(), 4);
    QCOMPARE(document.schema().tables().size(), 4);
    QCOMPARE(document.schema().relations().size(), dialog.importedSchema().relations().size());
    QCOMPARE(document.undoStack().count(), 1);
    QVERIFY2(document.undoStack().text(0).startsWith(u"Import 4 tables from "_s),
             qPrintable(document.undoStack().text(0) + u" / "_s + document.undoStack().undoText()));
    document.undoStack().undo();
    QVERIFY(document.schema().tables().isEmpty());
    document.undoStack().redo();
    QCOMPARE(document.schema().tables().size(), 4);
}

void TstImportDialog::mergesBesideTheOpenDocument()
{
    QWidget window;
    EditorDocument document;
    FileActions files(&document, &window);
    ImportActions actions(&document, &files, &window);
    ImportDialog dialog(true);
    QVERIFY(importShop(dialog));
    actions.land(dialog.importedSchema(), false);
    document.markSaved();
    const Schema before = document.schema();
    // The same tables again, merged: new names, to the right of what is there.
    const QList<TableId> added = actions.land(dialog.importedSchema(), true);
    QCOMPARE(added.size(), 4);
    QCOMPARE(document.schema().tables().size(), 8);
    double right = -1e9;
    for (const Table &table : before.tables())
        right = qMax(right, table.position.x());
    for (const TableId id : added) {
        QVERIFY(document.schema().table(id)->position.x() > right);
        QVERIFY(document.schema().table(id)->name.endsWith(u"_2"_s));
    }
    document.undoStack().undo();
    QVERIFY(document.schema() == before);
}

void TstImportDialog::remembersAllButThePassword()
{
    QStandardPaths::setTestModeEnabled(true);
    ConnectionHistory::clear();
    ImportDialog dialog(false);
    ConnectionSettings typed;
    typed.driver = ImportDialog::driverAvailable(u"mariadb"_s) ? u"mariadb"_s : u"sqlite"_s;
    typed.host = u"db.internal"_s;
    typed.port = 3307;
    typed.user = u"importer"_s;
    typed.password = u"s3cret-Pa55word"_s;
    typed.database = u"inventory"_s;
    dialog.setConnection(typed, true, 0.75);
    ImportActions::rememberConnection(dialog);
    const RememberedConnection remembered = ConnectionHistory::recent().value(0);
    QCOMPARE(remembered.database, u"inventory"_s);
    QCOMPARE(remembered.minConfidence, 0.75);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("inventory"));
    QVERIFY(!stored.contains("s3cret"));
    // The next dialog starts from the last connection, without its password.
    QWidget window;
    EditorDocument document;
    FileActions files(&document, &window);
    ImportActions actions(&document, &files, &window);
    ConnectionSettings shown;
    actions.setDialogHook([&](ImportDialog &next) {
        shown = next.connection();
        next.done(QDialog::Rejected);
        return true;
    });
    actions.importFromDatabase();
    QCOMPARE(shown.database, u"inventory"_s);
    QVERIFY(shown.password.isEmpty());
    ConnectionHistory::clear();
}

void TstImportDialog::liveServers_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::newRow("mariadb") << ServerKind::MariaDb;
    QTest::newRow("postgresql") << ServerKind::PostgreSql;
}

void TstImportDialog::liveServers()
{
    // The same dialog on a real server: an unknown user (the test PostgreSQL trusts local
    // connections, so a wrong password would pass there) is said on the form; the right
    // settings import and infer.
    QFETCH(ServerKind, kind);
    if (!relatatest::requireServer(kind))
        return;
    relatatest::TestDatabase db(kind);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(u"CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(200));\n"
                        "CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL);\n"
                        "CREATE INDEX ix_orders_user ON orders (user_id);"_s,
                        &error),
             qPrintable(error));
    ConnectionSettings settings = relatatest::importSettingsFor(db);
    ImportDialog dialog(false);
    ConnectionSettings wrong = settings;
    wrong.user += u"_nobody"_s;
    dialog.setConnection(wrong, true, 0.6);
    QSignalSpy failed(&dialog, &ImportDialog::importFailed);
    dialog.startImport();
    QVERIFY(failed.wait(30000));
    QCOMPARE(dialog.currentPage(), ImportDialog::ConnectionPage);
    QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());

    dialog.setConnection(settings, true, 0.6);
    QSignalSpy ready(&dialog, &ImportDialog::reviewReady);
    dialog.startImport();
    QVERIFY(ready.wait(60000));
    QVERIFY2(dialog.summaryText().startsWith(u"2 tables, 0 relations from constraints, 1 "
                                             "inferred."_s),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.reviewModel()->rowOf(u"orders.user_id → users.id"_s) >= 0);
}

QTEST_MAIN(TstImportDialog)
#include "tst_importdialog.moc"
