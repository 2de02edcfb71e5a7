// The export dialog: each kind's preview is the library's output for the options chosen,
// Save writes it byte for byte (or says why not and writes nothing), choices are remembered.
#include "codegen/cppheader.h"
#include "core/schemadocument.h"
#include "diagramexport.h"
#include "exportdialog.h"
#include "exportdialogjob.h"
#include "gridplacement.h"
#include "io/relatafile.h"
#include "schemascene.h"
#include "sql/ddl.h"
#include "sql/deletescripttext.h"
#include "sql/orphancleanup.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace relata;

Q_DECLARE_METATYPE(relata::ExportChoices)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ExportChoices choicesFor(ExportKind kind)
{
    ExportChoices choices;
    choices.kind = kind;
    return choices;
}

} // namespace

class TstExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewIsTheLibrarysOutput_data();
    void previewIsTheLibrarysOutput();
    void optionWidgetsUpdateThePreview();
    void badNamespaceIsShownInWords();
    void saveWritesBytes();
    void saveWritesQtSqlExecutor();
    void failedSaveWritesNothing();
    void pictures();
    void copy();
    void bigSchemasGenerateInBackground();
    void choicesAreRemembered();
    void screenshot();

private:
    std::unique_ptr<ExportDialog> makeDialog()
    {
        return std::make_unique<ExportDialog>(m_document.schema(), m_scene.get(), m_file);
    }
    const Schema &schema() const { return m_document.schema(); }

    QString m_file = QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/linkinbio.relata");
    SchemaDocument m_document;
    std::unique_ptr<SchemaScene> m_scene;
    QTemporaryDir m_dir;
};

void TstExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RelataTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
    m_document.setSchema(loadRelataFile(m_file).value());
    m_scene = std::make_unique<SchemaScene>(&m_document);
    if (needsInitialPlacement(m_document.schema()))
        m_document.moveTables(gridPlacement(m_document.schema(), *m_scene));
    QVERIFY(m_dir.isValid());
}

void TstExportDialog::init()
{
    QSettings().remove(u"export"_s);
}

void TstExportDialog::previewIsTheLibrarysOutput_data()
{
    QTest::addColumn<ExportChoices>("choices");
    QTest::addColumn<QString>("expected");
    const Schema &s = schema();

    ExportChoices ddl = choicesFor(ExportKind::Ddl);
    QTest::newRow("ddl") << ddl << generateDdl(s, DdlOptions()).value();
    ddl.dialect = Dialect::PostgreSql;
    ddl.withConstraints = true;
    ddl.relationComments = false;
    ddl.dropFirst = true;
    ddl.ifNotExists = true;
    QTest::newRow("ddl postgresql") << ddl << generateDdl(s, ddl.ddlOptions()).value();

    ExportChoices cpp = choicesFor(ExportKind::Cpp);
    cpp.nameSpace = u"app::db"_s;
    cpp.cppDialects = {Dialect::MySql, Dialect::Sqlite};
    CppOptions cppOptions;
    cppOptions.nameSpace = u"app::db"_s;
    cppOptions.dialects = {Dialect::MySql, Dialect::Sqlite};
    cppOptions.sourceName = u"linkinbio.relata"_s;
    QTest::newRow("cpp") << cpp << QString::fromUtf8(generateCppHeader(s, cppOptions).value());

    ExportChoices plans = choicesFor(ExportKind::DeletePlans);
    plans.dialect = Dialect::Sqlite;
    plans.strategy = DeleteStrategy::Scheduled;
    plans.planBatch = 250;
    QTest::newRow("plans scheduled")
            << plans
            << deletePlansText(s, Dialect::Sqlite, {}, DeleteStrategy::Scheduled, 250).value();
    plans = choicesFor(ExportKind::DeletePlans);
    plans.planTable = u"users"_s;
    plans.strategy = DeleteStrategy::Queue;
    QTest::newRow("plans one table")
            << plans
            << deletePlansText(s, s.dialect, s.tableByName(u"users"_s)->id, DeleteStrategy::Queue)
                       .value();

    ExportChoices cleanup = choicesFor(ExportKind::Cleanup);
    cleanup.dialect = Dialect::PostgreSql;
    cleanup.cleanupBatch = 7;
    QTest::newRow("cleanup") << cleanup << orphanCleanupText(s, Dialect::PostgreSql, 7);
}

void TstExportDialog::previewIsTheLibrarysOutput()
{
    QFETCH(ExportChoices, choices);
    QFETCH(QString, expected);
    auto dialog = makeDialog();
    dialog->setChoices(choices);
    QCOMPARE(dialog->choices(), choices);
    QVERIFY(dialog->isPreviewCurrent());
    QCOMPARE(dialog->previewMessage(), QString());
    QCOMPARE(dialog->previewText(), expected);
}

void TstExportDialog::optionWidgetsUpdateThePreview()
{
    auto dialog = makeDialog();
    dialog->show();
    QCOMPARE(dialog->choices().kind, ExportKind::Ddl);
    QVERIFY(!dialog->previewText().contains(u"IF NOT EXISTS"_s));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    const auto box = std::find_if(boxes.begin(), boxes.end(),
                                  [](QCheckBox *b) { return b->text() == u"IF NOT &EXISTS"_s; });
    QVERIFY(box != boxes.end());
    (*box)->click();
    QVERIFY(dialog->choices().ifNotExists);
    QTRY_VERIFY(dialog->previewText().contains(u"CREATE TABLE IF NOT EXISTS"_s));
    QCOMPARE(dialog->previewText(), generateDdl(schema(), dialog->choices().ddlOptions()).value());

    // Another kind from the list: its preview at once, highlighted as C++.
    dialog->findChild<QListWidget *>()->setCurrentRow(int(ExportKind::Cpp));
    QCOMPARE(dialog->choices().kind, ExportKind::Cpp);
    QVERIFY(dialog->previewText().startsWith(u"// The tables and relations of"_s));
    const QTextBlock first = dialog->textPreview()->document()->firstBlock();
    QVERIFY(!first.layout()->formats().isEmpty()); // the comment
}

void TstExportDialog::badNamespaceIsShownInWords()
{
    auto dialog = makeDialog();
    ExportChoices choices = choicesFor(ExportKind::Cpp);
    choices.nameSpace = u"class"_s;
    dialog->setChoices(choices);
    const QString problem = cppNamespaceProblem(u"class"_s);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(dialog->previewMessage().contains(problem), qPrintable(dialog->previewMessage()));
    QPushButton *save = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == u"&Save…"_s)
            save = button;
    }
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    const QString path = m_dir.filePath(u"bad.hpp"_s);
    QVERIFY(!dialog->saveTo(path));
    QVERIFY(!QFile::exists(path));
}

void TstExportDialog::saveWritesBytes()
{
    auto dialog = makeDialog();
    ExportChoices choices = choicesFor(ExportKind::Ddl);
    choices.dialect = Dialect::Sqlite;
    dialog->setChoices(choices);
    QCOMPARE(QFileInfo(dialog->suggestedPath()).fileName(), u"linkinbio.sql"_s);
    const QString path = m_dir.filePath(u"out.sql"_s);
    QVERIFY(dialog->saveTo(path));
    QCOMPARE(readAll(path), generateDdl(schema(), choices.ddlOptions()).value().toUtf8());
    QVERIFY(dialog->statusText().contains(u"out.sql"_s));

    choices = choicesFor(ExportKind::DeletePlans);
    choices.planTable = u"users"_s;
    dialog->setChoices(choices);
    QCOMPARE(QFileInfo(dialog->suggestedPath()).fileName(), u"linkinbio-delete-users.sql"_s);
    QVERIFY(dialog->saveTo(path));
    QCOMPARE(readAll(path), generateTextExport(schema(), choices, {}).value());
}

void TstExportDialog::saveWritesQtSqlExecutor()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    ExportChoices choices = choicesFor(ExportKind::Cpp);
    choices.qtSqlAdapter = true;
    dialog->setChoices(choices);
    QCOMPARE(QFileInfo(dialog->suggestedPath()).fileName(), u"linkinbio.hpp"_s);
    QVERIFY(dialog->saveTo(dir.filePath(u"schema.hpp"_s)));
    QCOMPARE(readAll(dir.filePath(u"schema.hpp"_s)),
             generateTextExport(schema(), choices, u"linkinbio.relata"_s).value());
    QCOMPARE(readAll(dir.filePath(u"relata_qtsql.hpp"_s)), generateQtSqlAdapterHeader());
    // The header cannot take the executor's own name.
    QVERIFY(!dialog->saveTo(dir.filePath(u"relata_qtsql.hpp"_s)));
}

void TstExportDialog::failedSaveWritesNothing()
{
    QTemporaryDir dir;
    const QString readOnly = dir.filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    QString path = QDir(readOnly).filePath(u"schema.sql"_s);
    // A superuser writes anywhere: then a "directory" that is a file stands in for it.
    if (QFile probe(QDir(readOnly).filePath(u"probe"_s)); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QFile plain(dir.filePath(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        path = dir.filePath(u"plain-file/schema.sql"_s);
    }
    auto dialog = makeDialog();
    dialog->setChoices(choicesFor(ExportKind::Ddl));
    QVERIFY(!dialog->saveTo(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY2(dialog->statusText().startsWith(u"Could not save “schema.sql”: "_s),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().size() > 30); // and the reason
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(QDir(readOnly).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TstExportDialog::pictures()
{
    auto dialog = makeDialog();
    ExportChoices choices = choicesFor(ExportKind::Png);
    choices.pngScale = 1.5;
    choices.background = PictureBackground::White;
    dialog->setChoices(choices);
    QCOMPARE(dialog->previewText(), QString());
    QVERIFY(!dialog->previewImage().isNull());
    QCOMPARE(dialog->previewImage().pixelColor(2, 2), QColor(Qt::white));
    const QString path = m_dir.filePath(u"diagram.png"_s);
    QVERIFY(dialog->saveTo(path));
    const QImage saved(path);
    QCOMPARE(saved.size(), pictureSize(*m_scene, PictureFormat::Png, choices.pictureOptions()));

    dialog->setChoices(choicesFor(ExportKind::Svg));
    QVERIFY(!dialog->previewImage().isNull());
    QVERIFY(dialog->saveTo(m_dir.filePath(u"diagram.svg"_s)));
    QCOMPARE(readAll(m_dir.filePath(u"diagram.svg"_s)),
             renderDiagram(*m_scene, PictureFormat::Svg, {}).value());
}

void TstExportDialog::copy()
{
    auto dialog = makeDialog();
    dialog->setChoices(choicesFor(ExportKind::Cleanup));
    dialog->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), orphanCleanupText(schema(), schema().dialect));
}

void TstExportDialog::bigSchemasGenerateInBackground()
{
    auto dialog = makeDialog();
    dialog->setBackgroundThreshold(0);
    ExportChoices choices = choicesFor(ExportKind::Ddl);
    choices.dialect = Dialect::PostgreSql;
    dialog->setChoices(choices);
    QCOMPARE(dialog->previewMessage(), u"Generating…"_s);
    // Changes while it runs: only the last one's text is shown.
    choices.dropFirst = true;
    dialog->setChoices(choices);
    QTRY_VERIFY(dialog->isPreviewCurrent());
    QCOMPARE(dialog->previewText(), generateDdl(schema(), choices.ddlOptions()).value());
}

void TstExportDialog::choicesAreRemembered()
{
    ExportChoices choices = choicesFor(ExportKind::DeletePlans);
    choices.dialect = Dialect::PostgreSql;
    choices.strategy = DeleteStrategy::Scheduled;
    choices.planBatch = 42;
    choices.nameSpace = u"app::db"_s;
    choices.cppDialects = {Dialect::PostgreSql};
    choices.withConstraints = true;
    choices.pngScale = 3;
    makeDialog()->setChoices(choices);
    QCOMPARE(makeDialog()->choices(), choices);
    QVERIFY(QSettings().childGroups().contains(u"export"_s));
}

void TstExportDialog::screenshot()
{
    // The dialog draws at its size; with RELATA_SCREENSHOT_DIR set, the picture is saved
    // there for the documentation.
    auto dialog = makeDialog();
    ExportChoices choices = choicesFor(ExportKind::Cpp);
    choices.nameSpace = u"linkinbio::db"_s;
    dialog->setChoices(choices);
    dialog->resize(1000, 700);
    dialog->show();
    const QPixmap picture = dialog->grab();
    QCOMPARE(picture.size(), QSize(1000, 700));
    const QString dir = qEnvironmentVariable("RELATA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(picture.save(QDir(dir).filePath(u"export-dialog.png"_s)));
}

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
