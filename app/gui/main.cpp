#include "guioptions.h"
#include "mainwindow.h"
#include "recoveryautosave.h"
#include "recoveryoffer.h"
#include "screenshot.h"
#include "windowsettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// The window that shows the FILE of the command line: the first one, unless a
/// recovered document took it; none when FILE itself was recovered.
relata::MainWindow *windowForFile(relata::MainWindow *first, const QString &file,
                                  const QList<relata::MainWindow *> &recovered)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    for (relata::MainWindow *window : recovered) {
        if (window->filePath() == path)
            return nullptr;
    }
    if (!recovered.contains(first))
        return first;
    auto *window = new relata::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace

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
    relata::RecoveryAutosave::setDefaultInterval(options.autosaveSeconds * 1000);
    // Windows delete themselves when closed (File > New Window opens more); the
    // application ends with the last one.
    auto *window = new relata::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    relata::WindowSettings::restore(*window);
    window->show();
    // What a crash left behind comes first: the file named on the command line may be
    // the very one with unsaved changes.
    const QList<relata::MainWindow *> recovered = relata::RecoveryOffer().run(window);
    if (options.file.isEmpty())
        return QApplication::exec();
    if (relata::MainWindow *target = windowForFile(window, options.file, recovered)) {
        target->openFile(options.file);
        if (!options.select.isEmpty() && !target->selectObject(options.select))
            target->showStatus(QObject::tr("No table or relation named “%1”.").arg(options.select));
    }
    return QApplication::exec();
}
