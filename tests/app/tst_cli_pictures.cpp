// relata-cli export svg|png|pdf|dot|mermaid end to end: the real binary, headless.
// Pictures are checked by parsing them (SVG as XML, PNG as an image, PDF's header and
// page box); DOT and Mermaid must equal what the library writes.
#include "clitest.h"
#include "core/schemadocument.h"
#include "diagramexport.h"
#include "export/dotexport.h"
#include "export/mermaidexport.h"
#include "gridplacement.h"
#include "io/relatafile.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QImage>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace clitest;

namespace {

constexpr qreal kMargin = 24; // PictureOptions::margin, the CLI's default

Schema load(const QString &path)
{
    const Result<Schema> loaded = loadRelataFile(path);
    return loaded ? loaded.value() : Schema();
}

/// The diagram's size as the application lays it out, computed here with the same scene.
QSizeF diagramSize(const QString &path)
{
    SchemaDocument document;
    document.setSchema(load(path));
    SchemaScene scene(&document);
    if (needsInitialPlacement(document.schema()))
        document.moveTables(gridPlacement(document.schema(), scene));
    return scene.diagramRect().size();
}

/// The SVG's text nodes (whitespace simplified) and element names; empty on an XML error.
struct SvgContent
{
    QStringList texts;
    QSet<QString> elements;
    QString error;
};

SvgContent readSvg(const QByteArray &data)
{
    SvgContent content;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            content.elements.insert(xml.name().toString());
        else if (token == QXmlStreamReader::Characters && !xml.isWhitespace())
            content.texts.append(xml.text().toString().simplified());
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

int countPixels(const QImage &image, QRgb color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] | 0xff000000u) == (color | 0xff000000u) ? 1 : 0;
    }
    return count;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colors.insert(line[x]);
    }
    return int(colors.size());
}

/// Runs relata-cli with a changed environment: `unset` removed, `set` added.
CliRun runCliWithEnvironment(const QStringList &args, const QStringList &unset,
                             const QList<std::pair<QString, QString>> &set = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        environment.remove(name);
    for (const auto &[name, value] : set)
        environment.insert(name, value);
    return runCli(args, environment);
}

} // namespace

class TstCliPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void svg_data();
    void svg();
    void svgToStandardOutput();
    void png_data();
    void png();
    void pngWhiteBackground();
    void pdf();
    void text_data();
    void text();
    void headless();
    void errors();
    void sceneStateRestored();

private:
    QString output(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TstCliPictures::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
}

void TstCliPictures::usage_data()
{
    addUsageColumns();
    const QString file = example(u"linkinbio.relata"_s);
    const QString out = m_dir.filePath(u"usage.png"_s);
    const auto row = [&](const char *tag, const QStringList &args, const QString &message) {
        QTest::newRow(tag) << (QStringList{u"export"_s} + args) << 2 << QStringList()
                           << QStringList{message, u"relata-cli export --help"_s};
    };
    row("unknown format", {u"gif"_s, file, u"-o"_s, out},
        u"unknown export 'gif' (expected ddl, dot, mermaid, plans, cleanup, cpp, svg, png or "
        "pdf)"_s);
    row("png to stdout", {u"png"_s, file}, u"png is binary: give -o FILE"_s);
    row("pdf to -", {u"pdf"_s, file, u"-o"_s, u"-"_s}, u"pdf is binary: give -o FILE"_s);
    row("scale zero", {u"png"_s, u"--scale"_s, u"0"_s, file, u"-o"_s, out},
        u"bad scale '0' (expected a number from 0.05 to 16)"_s);
    row("scale word", {u"png"_s, u"--scale"_s, u"big"_s, file, u"-o"_s, out}, u"bad scale 'big'"_s);
    row("scale for svg", {u"svg"_s, u"--scale"_s, u"2"_s, file},
        u"--scale does not apply to 'svg' (only to png)"_s);
    row("scale for ddl", {u"ddl"_s, u"--scale"_s, u"2"_s, file},
        u"--scale does not apply to 'ddl' (only to png)"_s);
    row("dialect for svg", {u"svg"_s, u"--dialect"_s, u"mysql"_s, file},
        u"--dialect does not apply to 'svg' (only to ddl, plans, cleanup, cpp)"_s);
    row("background for dot", {u"dot"_s, u"--background"_s, u"white"_s, file},
        u"--background does not apply to 'dot' (only to svg, png, pdf)"_s);
    row("bad background", {u"png"_s, u"--background"_s, u"black"_s, file, u"-o"_s, out},
        u"unknown background 'black' (expected canvas or white)"_s);
    QTest::newRow("export --help")
            << QStringList{u"export"_s, u"--help"_s} << 0
            << QStringList{u"Usage: relata-cli export [OPTIONS] WHAT FILE"_s,
                           u"ddl, dot, mermaid, plans, cleanup, cpp, svg, png or pdf"_s,
                           u"--scale F"_s,
                           u"--background BACKGROUND"_s,
                           u"offscreen"_s,
                           u"QT_QPA_PLATFORM"_s}
            << QStringList();
}

void TstCliPictures::usage()
{
    checkUsageRow();
    QVERIFY(!QFile::exists(m_dir.filePath(u"usage.png"_s)));
}

void TstCliPictures::svg_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &path : allExamples())
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
}

void TstCliPictures::svg()
{
    QFETCH(QString, file);
    const QString target = output(QFileInfo(file).completeBaseName() + u".svg"_s);
    const CliRun run = runCli({u"export"_s, u"svg"_s, file, u"-o"_s, target});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty(), qPrintable(quoted(run)));
    const SvgContent svg = readSvg(readAll(target));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.elements.contains(u"svg"_s));
    // Text stays text: no table is a picture of itself.
    QVERIFY(svg.elements.contains(u"text"_s));
    QVERIFY(!svg.elements.contains(u"image"_s));
    const Schema schema = load(file);
    QVERIFY(!schema.tables().isEmpty());
    for (const Table &table : schema.tables())
        QVERIFY2(svg.texts.contains(table.name), qPrintable(u"missing: "_s + table.name));
}

void TstCliPictures::svgToStandardOutput()
{
    const CliRun run = runCli({u"export"_s, u"svg"_s, example(u"linkinbio.relata"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY(run.out.startsWith(u"<?xml"_s));
    const SvgContent svg = readSvg(run.out.toUtf8());
    QVERIFY(svg.error.isEmpty());
    QVERIFY(svg.texts.contains(u"users"_s) && svg.texts.contains(u"blocks"_s));
}

void TstCliPictures::png_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("linkinbio") << example(u"linkinbio.relata"_s) << 1.0;
    QTest::newRow("linkinbio, scale 2") << example(u"linkinbio.relata"_s) << 2.0;
    QTest::newRow("marketplace") << example(u"marketplace.relata"_s) << 1.0;
    QTest::newRow("recipes, scale 0.5") << example(u"recipes.relata"_s) << 0.5;
}

void TstCliPictures::png()
{
    QFETCH(QString, file);
    QFETCH(qreal, scale);
    const QString target
            = output(u"picture-%1.png"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    const CliRun run = runCli(
            {u"export"_s, u"png"_s, u"--scale"_s, QString::number(scale), file, u"-o"_s, target});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty(), qPrintable(quoted(run)));
    const QImage image(target);
    QVERIFY(!image.isNull());
    const QSizeF diagram = diagramSize(file);
    QVERIFY(!diagram.isEmpty());
    const QSizeF expected = (diagram + QSizeF(2 * kMargin, 2 * kMargin)) * scale;
    QVERIFY2(qAbs(image.width() - expected.width()) <= 1
                     && qAbs(image.height() - expected.height()) <= 1,
             qPrintable(u"%1×%2, expected %3×%4"_s.arg(image.width())
                                .arg(image.height())
                                .arg(expected.width())
                                .arg(expected.height())));
    QCOMPARE(image.dotsPerMeterX(), qRound(96 * scale / 0.0254));
    // Not blank: the canvas around, white boxes with blue headers, text in many shades.
    const int tables = int(load(file).tables().size());
    const qreal area = scale * scale;
    QCOMPARE(image.pixel(0, 0) | 0xff000000u, qRgb(0xf4, 0xf6, 0xf9));
    QVERIFY2(countPixels(image, qRgb(0x3f, 0x63, 0xc9)) > tables * 1500 * area,
             "too few header pixels");
    QVERIFY2(countPixels(image, qRgb(0xff, 0xff, 0xff)) > tables * 3000 * area,
             "too few box pixels");
    QVERIFY2(distinctColors(image) > 50, "too few colours");
}

void TstCliPictures::pngWhiteBackground()
{
    const QString target = output(u"white.png"_s);
    const CliRun run = runCli({u"export"_s, u"png"_s, u"--background"_s, u"white"_s,
                               example(u"linkinbio.relata"_s), u"-o"_s, target});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    const QImage image(target);
    QCOMPARE(image.pixel(0, 0) | 0xff000000u, qRgb(0xff, 0xff, 0xff));
    // The margin is white all round (no canvas, no dots).
    const QImage top = image.copy(0, 0, image.width(), 10);
    QCOMPARE(countPixels(top, qRgb(0xff, 0xff, 0xff)), top.width() * top.height());
    QVERIFY(countPixels(image, qRgb(0x3f, 0x63, 0xc9)) > 2000);
}

void TstCliPictures::pdf()
{
    const QString file = example(u"marketplace.relata"_s);
    const QString target = output(u"marketplace.pdf"_s);
    const CliRun run = runCli({u"export"_s, u"pdf"_s, file, u"-o"_s, target});
    QVERIFY2(run.exitCode == 0 && run.out.isEmpty(), qPrintable(quoted(run)));
    const QByteArray pdf = readAll(target);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 20000);
    QVERIFY(pdf.contains("/Count 1"));  // one page
    QVERIFY(pdf.contains("/FontFile")); // text stays text, with its font embedded
    // The page is the diagram plus the margin, at 96 pixels to 72 points per inch.
    static const QRegularExpression mediaBox(uR"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])"_s);
    const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(box.hasMatch());
    const QSizeF expected = (diagramSize(file) + QSizeF(2 * kMargin, 2 * kMargin)) * 0.75;
    QVERIFY2(qAbs(box.captured(1).toDouble() - expected.width()) < 2
                     && qAbs(box.captured(2).toDouble() - expected.height()) < 2,
             qPrintable(box.captured(0)));
}

void TstCliPictures::text_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("file");
    for (const QString &what : {u"dot"_s, u"mermaid"_s}) {
        for (const QString &path : allExamples())
            QTest::newRow(qPrintable(what + u' ' + QFileInfo(path).completeBaseName()))
                    << what << path;
    }
}

void TstCliPictures::text()
{
    QFETCH(QString, what);
    QFETCH(QString, file);
    const Schema schema = load(file);
    const QString expected
            = what == u"dot" ? generateDot(schema).value() : generateMermaid(schema).value();
    const CliRun run = runCli({u"export"_s, what, file});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(quoted(run)));
    QCOMPARE(run.out, expected);
    const QString target = output(u"text-%1.txt"_s.arg(what));
    const CliRun toFile = runCli({u"export"_s, what, file, u"-o"_s, target});
    QVERIFY2(toFile.exitCode == 0 && toFile.out.isEmpty() && toFile.err.isEmpty(),
             qPrintable(quoted(toFile)));
    QCOMPARE(QString::fromUtf8(readAll(target)), expected);
}

void TstCliPictures::headless()
{
    // No display and no platform chosen: relata-cli draws offscreen by itself.
    const QString target = output(u"headless.png"_s);
    const QStringList display{u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s};
    const CliRun run = runCliWithEnvironment(
            {u"export"_s, u"png"_s, example(u"linkinbio.relata"_s), u"-o"_s, target}, display);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY(!QImage(target).isNull());
    // Commands that do not draw never load a platform plugin, even a missing one.
    const QList<std::pair<QString, QString>> broken{{u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s}};
    for (const QStringList &args :
         {QStringList{u"export"_s, u"mermaid"_s, example(u"linkinbio.relata"_s)},
          QStringList{u"export"_s, u"svg"_s, u"--help"_s},
          QStringList{u"info"_s, example(u"linkinbio.relata"_s)}}) {
        const CliRun plain = runCliWithEnvironment(args, {}, broken);
        QVERIFY2(plain.exitCode == 0 && !plain.out.isEmpty(), qPrintable(quoted(plain)));
    }
}

void TstCliPictures::errors()
{
    const QString linkinbio = example(u"linkinbio.relata"_s);
    const CliRun unwritable = runCli(
            {u"export"_s, u"png"_s, linkinbio, u"-o"_s, m_dir.filePath(u"missing/dir/x.png"_s)});
    QVERIFY2(unwritable.exitCode == 2 && unwritable.err.contains(u"missing/dir/x.png"_s),
             qPrintable(quoted(unwritable)));
    const QString malformed
            = QStringLiteral(RELATA_TEST_DATA) + u"/malformed/syntax-truncated.relata"_s;
    for (const QString &what : {u"svg"_s, u"png"_s, u"pdf"_s, u"dot"_s, u"mermaid"_s}) {
        const CliRun bad = runCli({u"export"_s, what, malformed, u"-o"_s, output(u"bad"_s)});
        QVERIFY2(bad.exitCode == 2 && bad.out.isEmpty() && bad.err.contains(u"syntax-truncated"_s),
                 qPrintable(quoted(bad)));
    }
    QVERIFY(!QFile::exists(output(u"bad"_s)));
    const CliRun missing
            = runCli({u"export"_s, u"svg"_s, m_dir.filePath(u"does-not-exist.relata"_s)});
    QVERIFY2(missing.exitCode == 2 && !missing.err.isEmpty(), qPrintable(quoted(missing)));
    // An empty schema loads but has nothing to draw.
    const QString empty = m_dir.filePath(u"empty.relata"_s);
    QVERIFY(writeFile(empty, R"({"format": "relata", "version": 1, "name": "x",
        "dialect": "mysql", "tables": []})"));
    const CliRun nothing = runCli({u"export"_s, u"png"_s, empty, u"-o"_s, output(u"e.png"_s)});
    QVERIFY2(nothing.exitCode == 1 && nothing.err.contains(u"empty"_s),
             qPrintable(quoted(nothing)));
    QVERIFY(!QFile::exists(output(u"e.png"_s)));
}

/// The GUI exports the live scene: the picture shows no selection, and the scene is
/// left as it was (selection, far view, item caches).
void TstCliPictures::sceneStateRestored()
{
    SchemaDocument document;
    document.setSchema(load(example(u"linkinbio.relata"_s)));
    SchemaScene scene(&document);
    const TableId users = document.schema().tableByName(u"users"_s)->id;
    QVERIFY(scene.selectTable(users));
    scene.setFarView(true);
    const QGraphicsItem::CacheMode cacheMode = scene.tableItem(users)->cacheMode();
    const QString selectionColor = scene.diagramStyle().selection.name();

    const Result<QByteArray> svg = renderDiagram(scene, PictureFormat::Svg);
    QVERIFY2(svg, qPrintable(svg.errorString()));
    QVERIFY(!svg.value().contains(selectionColor.toLatin1()));
    QVERIFY(svg.value().contains("<text"));
    QCOMPARE(scene.selectedTables(), QList<TableId>{users});
    QVERIFY(scene.isFarView());
    QCOMPARE(scene.tableItem(users)->cacheMode(), cacheMode);
    QCOMPARE(scene.items().size(), scene.tableItemCount() + scene.relationItemCount() + 1);

    PictureOptions white;
    white.background = PictureBackground::White;
    QVERIFY(renderDiagram(scene, PictureFormat::Pdf, white));
    QCOMPARE(scene.selectedTables(), QList<TableId>{users});
    QCOMPARE(scene.items().size(), scene.tableItemCount() + scene.relationItemCount() + 1);
}

QTEST_MAIN(TstCliPictures)
#include "tst_cli_pictures.moc"
