#include "commands/editordocument.h"
#include "commands/tablecommands.h"
#include "core/schemadocument.h"
#include "diagramview.h"
#include "fileactions.h"
#include "findingspanel.h"
#include "io/relatafile.h"
#include "livevalidator.h"
#include "mainwindow.h"
#include "relationitem.h"
#include "schemascene.h"
#include "tableitem.h"
#include "tablelistwidget.h"

#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

/// A schema file without a "layout" section: the window must place the tables itself.
QByteArray generatedFile()
{
    return R"json({
  "format": "relata",
  "version": 1,
  "name": "shop",
  "dialect": "mysql",
  "tables": [
    { "name": "users", "columns": [ { "name": "id", "type": "int", "nullable": false } ],
      "primaryKey": ["id"] },
    { "name": "orders", "columns": [ { "name": "id", "type": "int", "nullable": false },
                                     { "name": "user_id", "type": "int", "nullable": false } ],
      "primaryKey": ["id"],
      "indexes": [ { "name": "idx_orders_user_id", "columns": ["user_id"], "unique": false } ] },
    { "name": "products", "columns": [ { "name": "id", "type": "int", "nullable": false },
                                       { "name": "title", "type": "varchar(200)" } ],
      "primaryKey": ["id"] },
    { "name": "order_items", "columns": [ { "name": "order_id", "type": "int", "nullable": false },
                                          { "name": "product_id", "type": "int" } ],
      "primaryKey": ["order_id", "product_id"] },
    { "name": "user_profiles", "columns": [ { "name": "user_id", "type": "int", "nullable": false } ],
      "primaryKey": ["user_id"] }
  ],
  "relations": [
    { "child": "orders", "childColumns": ["user_id"], "parent": "users", "parentColumns": ["id"] },
    { "child": "order_items", "childColumns": ["order_id"], "parent": "orders",
      "parentColumns": ["id"], "onDelete": "cascade" },
    { "child": "order_items", "childColumns": ["product_id"], "parent": "products",
      "parentColumns": ["id"], "origin": "inferred", "confidence": 0.8 },
    { "child": "user_profiles", "childColumns": ["user_id"], "parent": "users",
      "parentColumns": ["id"] }
  ]
}
)json";
}

QString examplesDir()
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples"_s;
}

bool boxesOverlap(const SchemaScene &scene, const Schema &schema)
{
    const QList<Table> &tables = schema.tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        for (qsizetype j = i + 1; j < tables.size(); ++j) {
            if (scene.tableItem(tables.at(i).id)
                        ->sceneBoxRect()
                        .intersects(scene.tableItem(tables.at(j).id)->sceneBoxRect()))
                return true;
        }
    }
    return false;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}

} // namespace

class TstGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openGeneratedFile();
    void tableListFiltersAndShows();
    void fitToViewShowsEverything();
    void loadErrorKeepsSchema();
    void openExamples_data();
    void openExamples();
    void findingsDock();
    void findingsFollowEdits();
    void screenshot();
    void screenshotErrors();
    void openingLeavesUnmodified();
    void editsMakeModified();
    void saveAsWritesAndCleans();
    void closeAsksWhenDirty();
    void newResetsToEmpty();
    void dropOpensFile();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
    QString m_generated;
};

QString TstGui::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TstGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RelataTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui"_s);
    RecentFiles().clear();
    QVERIFY(m_dir.isValid());
    m_generated = writeFile(u"shop.relata"_s, generatedFile());
    QVERIFY(!m_generated.isEmpty());
}

void TstGui::openGeneratedFile()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.loadFile(m_generated, &error), qPrintable(error));
    QCOMPARE(window.windowTitle(), u"shop.relata[*] — Relata"_s);
    const Schema &schema = window.document()->schema();
    QCOMPARE(window.scene()->tableItemCount(), 5);
    QCOMPARE(window.scene()->relationItemCount(), 4);
    // No layout in the file: the window placed the tables in a grid, without overlaps.
    QVERIFY(!boxesOverlap(*window.scene(), schema));
    const Table *items = schema.tableByName(u"order_items"_s);
    const RelationId inferred = schema.relations().at(2).id;
    QVERIFY(window.scene()->relationItem(inferred)->isUnconfirmed());
    QVERIFY(window.scene()->tableItem(items->id)->rows().at(1).referencing);
}

void TstGui::tableListFiltersAndShows()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    TableListWidget *list = window.tableList();
    QCOMPARE(list->visibleCount(), 5);
    list->setFilterText(u"USER"_s);
    QCOMPARE(list->visibleCount(), 2); // users, user_profiles
    list->setFilterText(u"prof"_s);
    QCOMPARE(list->visibleCount(), 1);
    const TableId profiles = list->visibleTable(0);
    QCOMPARE(window.document()->schema().table(profiles)->name, u"user_profiles"_s);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy activated(list, &TableListWidget::tableActivated);
    QTest::keyClick(list->focusProxy(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(window.scene()->selectedTables(), QList<TableId>{profiles});
    const QRectF visible
            = window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(window.scene()->tableItem(profiles)->sceneBoxRect().center()));
    list->setFilterText(QString());
    QCOMPARE(list->visibleCount(), 5);
}

void TstGui::fitToViewShowsEverything()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramView *view = window.view();
    view->setZoom(3);
    QCOMPARE(view->zoom(), 3.0);
    view->zoomOut();
    QVERIFY(view->zoom() < 3.0);
    view->fitToView();
    QVERIFY(view->zoom() <= 1.0);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(window.scene()->diagramRect()));
}

void TstGui::loadErrorKeepsSchema()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    const QString broken = writeFile(u"broken.relata"_s, "{ \"format\": \"relata\", ");
    QString error;
    QVERIFY(!window.loadFile(broken, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!window.loadFile(m_dir.filePath(u"missing.relata"_s), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.scene()->tableItemCount(), 5);
    QCOMPARE(window.filePath(), QFileInfo(m_generated).absoluteFilePath());
}

void TstGui::openExamples_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files
            = QDir(examplesDir()).entryInfoList({u"*.relata"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
    if (files.isEmpty())
        QTest::newRow("none") << QString();
}

void TstGui::openExamples()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "no example schemas in resources/examples");
    MainWindow window;
    QString error;
    QVERIFY2(window.loadFile(path, &error), qPrintable(error));
    const Schema &schema = window.document()->schema();
    QVERIFY(!schema.tables().isEmpty());
    QCOMPARE(window.scene()->tableItemCount(), schema.tables().size());
    QCOMPARE(window.scene()->relationItemCount(), schema.relations().size());
    for (const Relation &r : schema.relations())
        QVERIFY(window.scene()->relationItem(r.id)->isVisible());
    QCOMPARE(qsizetype(window.tableList()->visibleCount()), schema.tables().size());
    QCOMPARE(window.windowTitle(), QFileInfo(path).fileName() + u"[*] — Relata"_s);
}

void TstGui::findingsDock()
{
    MainWindow window;
    QVERIFY(window.loadFile(examplesDir() + u"/linkinbio.relata"_s));
    FindingsPanel *panel = window.findingsPanel();
    QCOMPARE(panel->count(), 2);
    QCOMPARE(panel->findings().at(0).code, u"R004"_s);
    QCOMPARE(panel->findings().at(1).code, u"R007"_s);
    const QAbstractItemModel *model = panel->view()->model();
    QCOMPARE(model->index(1, 0).data().toString(), u"R007"_s);
    QCOMPARE(model->index(1, 1).data().toString(),
             u"blocks.user_id → users.id has no index on blocks (user_id)"_s);
    QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(1, 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s));
    QCOMPARE(window.findingsSummary(), u"1 error, 1 warning"_s);

    // Choosing a finding selects its tables and brings them into view.
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->setZoom(2);
    window.view()->centerOn(-5000, -5000);
    panel->setCurrentRow(1);
    const Schema &schema = window.document()->schema();
    const TableId users = schema.tableByName(u"users"_s)->id;
    const TableId blocks = schema.tableByName(u"blocks"_s)->id;
    QCOMPARE(window.scene()->selectedTables(), (QList<TableId>{users, blocks}));
    const QRectF visible
            = window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    const QRectF both = window.scene()->tableItem(users)->sceneBoxRect().united(
            window.scene()->tableItem(blocks)->sceneBoxRect());
    QVERIFY(visible.contains(both.center()));

    QVERIFY(window.loadFile(examplesDir() + u"/recipes.relata"_s));
    QCOMPARE(panel->count(), 0);
    QCOMPARE(window.findingsSummary(), u"No findings"_s);
}

void TstGui::findingsFollowEdits()
{
    MainWindow window;
    QVERIFY(window.loadFile(examplesDir() + u"/linkinbio.relata"_s));
    SchemaDocument *document = window.document();
    const Table *blocks = document->schema().tableByName(u"blocks"_s);
    const TableId blocksId = blocks->id;

    // Moving a box changes no finding and schedules nothing.
    QVERIFY(document->moveTable(blocksId, QPointF(500, 80)));
    QVERIFY(!window.validator()->isPending());

    Index index;
    index.name = u"idx_blocks_user_id"_s;
    index.columns = {blocks->columnByName(u"user_id"_s)->id};
    QVERIFY(document->addIndex(blocksId, index).isValid());
    QVERIFY(window.validator()->isPending()); // debounced: the list is still the old one
    QCOMPARE(window.findingsPanel()->count(), 2);
    QTRY_COMPARE(window.findingsPanel()->count(), 1);
    QCOMPARE(window.findingsPanel()->findings().at(0).code, u"R004"_s);
    QCOMPARE(window.findingsSummary(), u"1 error"_s);

    const ColumnId userId = blocks->columnByName(u"user_id"_s)->id;
    QVERIFY(document->setColumnType(blocksId, userId, u"bigint unsigned"_s));
    QTRY_COMPARE(window.findingsPanel()->count(), 0);
    QCOMPARE(window.findingsSummary(), u"No findings"_s);
}

void TstGui::screenshot()
{
    const QString input = QFile::exists(examplesDir() + u"/linkinbio.relata"_s)
                                  ? examplesDir() + u"/linkinbio.relata"_s
                                  : m_generated;
    const QString out = m_dir.filePath(u"shot.png"_s);
    QProcess relata;
    relata.start(QStringLiteral(RELATA_GUI),
                 {u"--screenshot"_s, out, u"--size"_s, u"900x600"_s, input});
    QVERIFY(relata.waitForFinished(60000));
    QVERIFY2(relata.exitCode() == 0, relata.readAllStandardError().constData());
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(900, 600));
    QVERIFY(distinctColors(image) > 20); // boxes, text and edges, not a blank canvas
}

void TstGui::screenshotErrors()
{
    QProcess relata;
    relata.start(QStringLiteral(RELATA_GUI), {u"--screenshot"_s, m_dir.filePath(u"x.png"_s),
                                              m_dir.filePath(u"missing.relata"_s)});
    QVERIFY(relata.waitForFinished(60000));
    QCOMPARE(relata.exitCode(), 2);
    QVERIFY(!relata.readAllStandardError().isEmpty());

    relata.start(QStringLiteral(RELATA_GUI),
                 {u"--screenshot"_s, m_dir.filePath(u"no/such/dir/x.png"_s), m_generated});
    QVERIFY(relata.waitForFinished(60000));
    QCOMPARE(relata.exitCode(), 2);
    QVERIFY(relata.readAllStandardError().contains("cannot write"));

    relata.start(QStringLiteral(RELATA_GUI), {u"--version"_s});
    QVERIFY(relata.waitForFinished(60000));
    QCOMPARE(relata.exitCode(), 0);
    QVERIFY(relata.readAllStandardOutput().contains(RELATA_VERSION));
}

namespace {

/// Renames the table "users" through the undo stack, as an edit in the window would.
void renameUsers(MainWindow &window, const QString &newName)
{
    const TableId users = window.document()->schema().tableByName(u"users"_s)->id;
    window.editorDocument()->push(new RenameTableCommand(*window.document(), users, newName));
}

} // namespace

void TstGui::openingLeavesUnmodified()
{
    MainWindow window;
    // History, delete plan and preview are tabbed behind the properties, which are in front.
    auto *planDock = window.findChild<QDockWidget *>(u"deletePlanDock"_s);
    auto *previewDock = window.findChild<QDockWidget *>(u"previewDock"_s);
    QVERIFY(planDock && previewDock);
    QCOMPARE(window.tabifiedDockWidgets(window.propertiesDock()),
             (QList<QDockWidget *>{window.historyDock(), planDock, previewDock}));
    QVERIFY(window.loadFile(m_generated)); // placed in a grid: still not modified
    QVERIFY(!window.editorDocument()->isDirty());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(u"[*]"_s));
    QCOMPARE(window.editorDocument()->undoStack().count(), 0);
}

void TstGui::editsMakeModified()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    renameUsers(window, u"customers"_s);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document()->schema().tableByName(u"customers"_s));
    window.editorDocument()->undoStack().undo();
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.document()->schema().tableByName(u"users"_s));
}

void TstGui::saveAsWritesAndCleans()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    renameUsers(window, u"customers"_s);
    QString error;
    QVERIFY2(window.fileActions()->saveFileAs(dir.filePath(u"saved"_s), &error), qPrintable(error));
    const QString saved = QFileInfo(dir.filePath(u"saved.relata"_s)).absoluteFilePath();
    QCOMPARE(window.filePath(), saved);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), u"saved.relata[*] — Relata"_s);
    Result<Schema> loaded = loadRelataFile(saved);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QVERIFY(loaded.value().tableByName(u"customers"_s));
    QVERIFY(!loaded.value().tableByName(u"users"_s));
    QCOMPARE(window.fileActions()->recentFiles().files().value(0), saved);

    window.editorDocument()->undoStack().undo();
    QVERIFY(window.isWindowModified());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"saved"_s)));

    // A vanished file drops out of the recent files.
    QVERIFY(QFile::remove(saved));
    QVERIFY(!window.fileActions()->recentFiles().files().contains(saved));
}

void TstGui::closeAsksWhenDirty()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    window.fileActions()->setUnsavedChangesQuestion([&] {
        ++asked;
        return answer;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close()); // clean: no question
    QCOMPARE(asked, 0);

    window.show();
    renameUsers(window, u"customers"_s);
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    answer = QMessageBox::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
    QVERIFY(!window.isVisible());
}

void TstGui::newResetsToEmpty()
{
    MainWindow window;
    QVERIFY(window.loadFile(m_generated));
    renameUsers(window, u"customers"_s);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    window.fileActions()->setUnsavedChangesQuestion([&] { return answer; });
    window.newFile();
    QCOMPARE(window.document()->schema().tables().size(), 5); // cancelled
    answer = QMessageBox::Discard;
    window.newFile();
    const Schema &schema = window.document()->schema();
    QVERIFY(schema.tables().isEmpty());
    QCOMPARE(schema.name, u"untitled"_s);
    QCOMPARE(schema.dialect, Dialect::MySql);
    QCOMPARE(window.scene()->tableItemCount(), 0);
    QVERIFY(window.filePath().isEmpty());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.editorDocument()->undoStack().count(), 0);
    QCOMPARE(window.windowTitle(), u"untitled[*] — Relata"_s);
}

void TstGui::dropOpensFile()
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_generated)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QCOMPARE(window.filePath(), QFileInfo(m_generated).absoluteFilePath());
    QCOMPARE(window.scene()->tableItemCount(), 5);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
    QDragEnterEvent rejected(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton,
                             Qt::NoModifier);
    rejected.ignore();
    QCoreApplication::sendEvent(&window, &rejected);
    QVERIFY(!rejected.isAccepted());
}

QTEST_MAIN(TstGui)
#include "tst_gui.moc"
