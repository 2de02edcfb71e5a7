#include "guioptions.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(relata); // compiled into relata_gui, a static library
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
    if (!options.screenshotPath.isEmpty()) {
        relata::MainWindow window;
        return relata::takeScreenshot(window, options);
    }
    // Windows delete themselves when closed (File > New Window opens more); the
    // application ends with the last one.
    auto *window = new relata::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!options.file.isEmpty())
        window->openFile(options.file);
    if (!options.select.isEmpty() && !window->selectObject(options.select))
        window->showStatus(QObject::tr("No table or relation named “%1”.").arg(options.select));
    return QApplication::exec();
}
