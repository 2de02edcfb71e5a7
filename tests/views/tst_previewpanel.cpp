// The preview dock: the DDL, C++ declarations and delete plan of the selection,
// highlighted, following the selection and the document, with Copy.
#include "codegen/cppheader.h"
#include "core/schemadocument.h"
#include "io/relatafile.h"
#include "previewpanel.h"
#include "schemascene.h"
#include "sql/ddl.h"
#include "sql/deletescripttext.h"
#include "sqlhighlighter.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace relata;

class TstPreviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wholeSchemaWithoutSelection();
    void followsSelection();
    void followsEdits();
    void dialect();
    void copyPutsTextOnClipboard();
    void highlightsKeywords();
    void highlighterFormats();
    void screenshot();

private:
    TableId tableNamed(const QString &name) const
    {
        return m_document->schema().tableByName(name)->id;
    }

    std::unique_ptr<SchemaDocument> m_document;
    std::unique_ptr<SchemaScene> m_scene;
    std::unique_ptr<PreviewPanel> m_panel;
};

void TstPreviewPanel::init()
{
    m_panel.reset();
    m_scene.reset();
    m_document = std::make_unique<SchemaDocument>();
    m_document->setSchema(
            loadRelataFile(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/recipes.relata"))
                    .value());
    m_scene = std::make_unique<SchemaScene>(m_document.get());
    m_panel = std::make_unique<PreviewPanel>(m_scene.get());
    m_panel->resize(500, 600);
    m_panel->show();
}

void TstPreviewPanel::wholeSchemaWithoutSelection()
{
    const Schema &schema = m_document->schema();
    QVERIFY(m_panel->tables().isEmpty());
    QVERIFY(m_panel->scopeText().contains(u"whole schema"_s));
    DdlOptions options;
    options.dialect = schema.dialect;
    QCOMPARE(m_panel->text(PreviewPanel::Tab::Ddl), generateDdl(schema, options).value());

    m_panel->setCurrentTab(PreviewPanel::Tab::DeletePlan);
    QCOMPARE(m_panel->text(PreviewPanel::Tab::DeletePlan),
             deletePlansText(schema, schema.dialect).value());

    // The declarations only: from the schema's namespace to its end, no runtime.
    m_panel->setCurrentTab(PreviewPanel::Tab::Cpp);
    const QString cpp = m_panel->text(PreviewPanel::Tab::Cpp);
    QVERIFY2(cpp.startsWith(u"namespace %1 {"_s.arg(defaultCppNamespace(schema))),
             qPrintable(cpp.left(200)));
    CppOptions cppOptions;
    cppOptions.dialects = {schema.dialect};
    QVERIFY(QString::fromUtf8(generateCppHeader(schema, cppOptions).value()).endsWith(cpp));
}

void TstPreviewPanel::followsSelection()
{
    const TableId recipes = tableNamed(u"recipes"_s);
    const TableId ingredients = tableNamed(u"ingredients"_s);
    m_scene->setSelection({recipes, ingredients});
    QTRY_COMPARE(m_panel->tables(), (QList<TableId>{recipes, ingredients}));
    QTRY_VERIFY(m_panel->text(PreviewPanel::Tab::Ddl).contains(u"CREATE TABLE `ingredients`"_s));
    const QString ddl = m_panel->text(PreviewPanel::Tab::Ddl);
    QVERIFY(ddl.contains(u"CREATE TABLE `recipes`"_s));
    QVERIFY(!ddl.contains(u"CREATE TABLE `steps`"_s));
    QVERIFY(m_panel->scopeText().contains(u"recipes, ingredients"_s));

    m_panel->setCurrentTab(PreviewPanel::Tab::Cpp);
    const QString cpp = m_panel->text(PreviewPanel::Tab::Cpp);
    QVERIFY(cpp.contains(u"\"ingredients\""_s));
    QVERIFY(!cpp.contains(u"\"steps\""_s));

    // The delete plan is the first selected table's, in the whole schema: it reaches steps.
    m_panel->setCurrentTab(PreviewPanel::Tab::DeletePlan);
    const Schema &schema = m_document->schema();
    QCOMPARE(m_panel->text(PreviewPanel::Tab::DeletePlan),
             deletePlansText(schema, schema.dialect, recipes).value());
    QVERIFY(m_panel->scopeText().contains(u"first of 2"_s));

    m_scene->clearSelection();
    QTRY_VERIFY(m_panel->tables().isEmpty());
    QTRY_COMPARE(m_panel->text(PreviewPanel::Tab::DeletePlan),
                 deletePlansText(schema, schema.dialect).value());
}

void TstPreviewPanel::followsEdits()
{
    const TableId steps = tableNamed(u"steps"_s);
    m_scene->setSelection({steps});
    QTRY_VERIFY(m_panel->text(PreviewPanel::Tab::Ddl).contains(u"CREATE TABLE `steps`"_s));
    m_document->renameTable(steps, u"recipe_steps"_s);
    QTRY_VERIFY(m_panel->text(PreviewPanel::Tab::Ddl).contains(u"CREATE TABLE `recipe_steps`"_s));
    QVERIFY(m_panel->scopeText().contains(u"recipe_steps"_s));
}

void TstPreviewPanel::dialect()
{
    QVERIFY(!m_panel->dialect());
    m_panel->setDialect(Dialect::PostgreSql);
    QCOMPARE(m_panel->dialect(), std::optional(Dialect::PostgreSql));
    DdlOptions options;
    options.dialect = Dialect::PostgreSql;
    QCOMPARE(m_panel->text(PreviewPanel::Tab::Ddl),
             generateDdl(m_document->schema(), options).value());
    QVERIFY(m_panel->text(PreviewPanel::Tab::Ddl).contains(u"CREATE TABLE \"recipes\""_s));
}

void TstPreviewPanel::copyPutsTextOnClipboard()
{
    m_panel->setCurrentTab(PreviewPanel::Tab::Cpp);
    m_panel->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_panel->text(PreviewPanel::Tab::Cpp));
    QVERIFY(!m_panel->text(PreviewPanel::Tab::Cpp).isEmpty());
}

void TstPreviewPanel::highlightsKeywords()
{
    QTextDocument *document = m_panel->editor(PreviewPanel::Tab::Ddl)->document();
    QTextBlock block = document->firstBlock();
    while (block.isValid() && !block.text().startsWith(u"CREATE TABLE"_s))
        block = block.next();
    QVERIFY(block.isValid());
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    const auto keyword = std::find_if(formats.begin(), formats.end(), [](const auto &range) {
        return range.start == 0 && range.length == 6;
    });
    QVERIFY(keyword != formats.end());
    QCOMPARE(keyword->format.fontWeight(), int(QFont::Bold));
}

void TstPreviewPanel::highlighterFormats()
{
    QPlainTextEdit editor; // a document with a layout, as in the previews
    QTextDocument &document = *editor.document();
    SqlHighlighter highlighter(&document);
    editor.setPlainText(u"SELECT 'from' FROM t WHERE n = 42; -- delete all\n/* one\ntwo */ drop"_s);
    // The role's look: colour, weight and slant (the layout adds properties of its own).
    const auto look = [](const QTextCharFormat &format) {
        return std::tuple(format.foreground().color(), format.fontWeight(), format.fontItalic());
    };
    const auto formatAt = [&](int blockNumber, int position) {
        const QTextBlock block = document.findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    using Role = RegexHighlighter::Role;
    QVERIFY(look(formatAt(0, 0)) == look(highlighter.format(Role::Keyword))); // SELECT
    QVERIFY(look(formatAt(0, 8))
            == look(highlighter.format(Role::String))); // 'from' stays a string
    QVERIFY(look(formatAt(0, 14)) == look(highlighter.format(Role::Keyword))); // FROM
    QVERIFY(look(formatAt(0, 31)) == look(highlighter.format(Role::Number)));  // 42
    QVERIFY(look(formatAt(0, 40)) == look(highlighter.format(Role::Comment))); // -- delete all
    QVERIFY(look(formatAt(1, 2)) == look(highlighter.format(Role::Comment)));  // /* one
    QVERIFY(look(formatAt(2, 1)) == look(highlighter.format(Role::Comment)));  // two */
    QVERIFY(look(formatAt(2, 8)) == look(highlighter.format(Role::Keyword)));  // drop, any case
}

void TstPreviewPanel::screenshot()
{
    // The panel draws at its size; with RELATA_SCREENSHOT_DIR set, the picture is saved
    // there for the documentation.
    m_scene->setSelection({tableNamed(u"recipes"_s), tableNamed(u"ingredients"_s)});
    QTRY_COMPARE(m_panel->tables().size(), 2);
    m_panel->resize(520, 560);
    const QPixmap picture = m_panel->grab();
    QCOMPARE(picture.size(), QSize(520, 560));
    const QString dir = qEnvironmentVariable("RELATA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(picture.save(QDir(dir).filePath(u"preview-dock.png"_s)));
}

QTEST_MAIN(TstPreviewPanel)
#include "tst_previewpanel.moc"
