#include "screenshot.h"

#include "diagramview.h"
#include "guioptions.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "relata: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int takeScreenshot(MainWindow &window, const GuiOptions &options)
{
    const QString &pngPath = options.screenshotPath;
    const QSize size = options.screenshotSize;
    QString error;
    if (!window.loadFile(options.file, &error))
        return fail(error);

    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    QCoreApplication::processEvents(); // let layouts give the view its size
    window.view()->fitToView();
    if (options.zoomPercent > 0)
        window.view()->setZoom(options.zoomPercent / 100.0);
    if (!options.select.isEmpty() && !window.selectObject(options.select))
        return fail(u"%1: no table or relation named “%2”"_s.arg(options.file, options.select));
    QCoreApplication::processEvents();

    QImage image = window.grab().toImage();
    if (image.size() != size) // a high-DPI screen renders more pixels than asked for
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (!image.save(pngPath, "PNG"))
        return fail(u"%1: cannot write the picture"_s.arg(pngPath));
    return 0;
}

} // namespace relata
