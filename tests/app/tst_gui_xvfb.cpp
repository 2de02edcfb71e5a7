// The real `relata` under a real X server (Xvfb through xvfb-run): the offscreen
// platform of the other GUI tests never exercises the xcb plugin, fonts as an X
// client gets them, or the window system's idea of screen and pixel ratio.

#include "diagramstyle.h"
#include "requirement.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// What the picture is made of: the diagram's canvas and its table headers,
/// counted over the whole window and inside the canvas's bounding box.
struct PictureStats
{
    qsizetype distinctColours = 0;
    qsizetype canvasPixels = 0;
    qsizetype headerPixels = 0;
    QRect canvasBox; ///< bounding box of the canvas-coloured pixels
    qsizetype canvasInBox = 0;

    QByteArray summary(QSize size) const
    {
        const qsizetype total = qsizetype(size.width()) * size.height();
        return u"%1 colours; canvas %2 % of the window, %3 % of its %4x%5 box; headers %6 %"_s
                .arg(distinctColours)
                .arg(100.0 * double(canvasPixels) / double(total), 0, 'f', 1)
                .arg(100.0 * double(canvasInBox) / double(std::max<qsizetype>(area(), 1)), 0, 'f',
                     1)
                .arg(canvasBox.width())
                .arg(canvasBox.height())
                .arg(100.0 * double(headerPixels) / double(total), 0, 'f', 1)
                .toUtf8();
    }
    qsizetype area() const { return qsizetype(canvasBox.width()) * canvasBox.height(); }
};

PictureStats analyse(const QImage &image, QRgb canvas, QRgb header)
{
    PictureStats stats;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000u;
            colours.insert(pixel);
            if (pixel == header)
                ++stats.headerPixels;
            if (pixel == canvas) {
                ++stats.canvasPixels;
                stats.canvasBox |= QRect(x, y, 1, 1);
            }
        }
    }
    stats.distinctColours = colours.size();
    for (int y = stats.canvasBox.top(); y <= stats.canvasBox.bottom(); ++y) {
        for (int x = stats.canvasBox.left(); x <= stats.canvasBox.right(); ++x)
            stats.canvasInBox += (image.pixel(x, y) | 0xff000000u) == canvas;
    }
    return stats;
}

} // namespace

class TstGuiXvfb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshotUnderX();

private:
    QString m_xvfbRun;
};

void TstGuiXvfb::initTestCase()
{
    // Like the live-database tests: on a CI machine a missing X server is a failure, on a
    // developer's machine only a skipped test.
    const QString reason = u"xvfb-run and xauth are needed for the test under a real X server "
                           "(Debian packages xvfb and xauth)"_s;
    if (!relatatest::requireProgram(u"xvfb-run"_s, reason)
        || !relatatest::requireProgram(u"xauth"_s, reason))
        return;
    m_xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
}

void TstGuiXvfb::screenshotUnderX()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"linkinbio.png"_s);
    const QString input
            = QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/linkinbio.relata"_s;
    QVERIFY2(QFile::exists(input), qPrintable(input));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // the test itself runs offscreen
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"DISPLAY"_s); // xvfb-run sets its own
    QProcess relata;
    relata.setProcessEnvironment(env);
    relata.start(m_xvfbRun,
                 {u"-a"_s, u"--server-args=-screen 0 1600x1000x24"_s, QStringLiteral(RELATA_GUI),
                  u"--screenshot"_s, out, u"--size"_s, u"1200x800"_s, input});
    QVERIFY2(relata.waitForStarted(), qPrintable(relata.errorString()));
    QVERIFY2(relata.waitForFinished(120000), "relata under xvfb-run did not finish in 2 minutes");
    const QByteArray errors = relata.readAllStandardError();
    QVERIFY2(relata.exitStatus() == QProcess::NormalExit, errors.constData());
    QVERIFY2(relata.exitCode() == 0, errors.constData());

    const QImage image(out);
    QVERIFY2(!image.isNull(), qPrintable(u"no picture written: "_s + QString::fromUtf8(errors)));
    QCOMPARE(image.size(), QSize(1200, 800));

    const relata::DiagramStyle style;
    const PictureStats stats = analyse(image, style.canvas.rgb(), style.header.rgb());
    const QByteArray summary = stats.summary(image.size());
    qInfo("%s", summary.constData());
    // Text, boxes, edges and their antialiasing: hundreds of colours, not a blank.
    QVERIFY2(stats.distinctColours > 200, summary.constData());
    // The canvas is a large part of the window and dominates its own area...
    QVERIFY2(stats.canvasPixels * 5 > image.width() * image.height(), summary.constData());
    QVERIFY2(stats.canvasInBox * 2 > stats.area(), summary.constData());
    // ...but tables are drawn on it: their header colour, and not only canvas there.
    QVERIFY2(stats.headerPixels * 200 > image.width() * image.height(), summary.constData());
    QVERIFY2(stats.canvasInBox * 100 < stats.area() * 97, summary.constData());
}

QTEST_MAIN(TstGuiXvfb)
#include "tst_gui_xvfb.moc"
