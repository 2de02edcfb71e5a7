#include "guioptions.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Relata"_s);
    QApplication::setApplicationName(u"Relata"_s);
    QApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));
    QApplication::setDesktopFileName(u"relata"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/relata.svg"_s));

    const relata::GuiOptions options = relata::parseGuiOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "relata: %s\n", qUtf8Printable(options.error));
        return 2;
    }
    relata::MainWindow window;
    if (!options.screenshotPath.isEmpty())
        return relata::takeScreenshot(window, options.file, options.screenshotPath,
                                      options.screenshotSize);
    window.show();
    if (!options.file.isEmpty())
        window.openFile(options.file);
    return QApplication::exec();
}
