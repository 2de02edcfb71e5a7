#include "guiapplication.h"

#include "exportcommand.h"

#ifdef RELATA_CLI_CAN_DRAW
#include <QApplication>
#endif

using namespace Qt::StringLiterals;

namespace relata {

bool commandNeedsGui(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &command = arguments.constFirst();
    if (command == u"layout")
        return true;
    if (command == u"export")
        return ExportCommand::drawsPicture(arguments.mid(1));
    return false;
}

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
#ifdef RELATA_CLI_CAN_DRAW
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (commandNeedsGui(arguments)) {
        // A command line tool never shows a window: draw offscreen, so that it works
        // over ssh, in CI and in containers without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace relata
