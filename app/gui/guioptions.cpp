#include "guioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() <= 16384 && size.height() <= 16384 ? size : QSize();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiOptions", text);
}

} // namespace

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Relata: design relational schemas whose relations live in the model."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            tr("Open FILE, render the window to <png> at a fixed size and exit (0 on success, "
               "2 when FILE cannot be opened or <png> cannot be written)."),
            u"png"_s);
    const QCommandLineOption size(u"size"_s, tr("Window size for --screenshot, as WIDTHxHEIGHT."),
                                  u"WIDTHxHEIGHT"_s, u"1280x800"_s);
    const QCommandLineOption select(
            u"select"_s,
            tr("After opening FILE, select OBJECT and show its properties: a table name, or "
               "table.column for the relation that column makes (blocks.user_id)."),
            u"OBJECT"_s);
    const QCommandLineOption zoom(
            u"zoom"_s,
            tr("Zoom for --screenshot in percent (5 to 400), centred on the selection when "
               "there is one; without it the whole diagram is fitted."),
            u"PERCENT"_s);
    const QCommandLineOption autosave(
            u"autosave-seconds"_s,
            tr("Write the recovery copy of unsaved changes at most N seconds (1 to 3600, "
               "default 30) after a change."),
            u"N"_s, u"30"_s);
    parser.addOption(screenshot);
    parser.addOption(autosave);
    parser.addOption(size);
    parser.addOption(select);
    parser.addOption(zoom);
    parser.addPositionalArgument(u"FILE"_s, tr("The .relata file to open."), u"[FILE]"_s);
    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    // Parsing succeeded, so this only acts on --help, --help-all and --version: it
    // prints and exits.
    parser.process(arguments);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        options.error = tr("expected at most one FILE");
    options.file = files.value(0);
    options.screenshotPath = parser.value(screenshot);
    options.screenshotSize = parseSize(parser.value(size));
    if (!options.screenshotSize.isValid())
        options.error = tr("--size expects WIDTHxHEIGHT, e.g. 1280x800");
    options.select = parser.value(select);
    if (parser.isSet(select) && options.file.isEmpty())
        options.error = tr("--select needs a FILE to select in");
    if (parser.isSet(zoom)) {
        bool ok = false;
        options.zoomPercent = parser.value(zoom).toInt(&ok);
        if (!ok || options.zoomPercent < 5 || options.zoomPercent > 400)
            options.error = tr("--zoom expects a percentage from 5 to 400");
    }
    bool autosaveOk = false;
    options.autosaveSeconds = parser.value(autosave).toInt(&autosaveOk);
    if (!autosaveOk || options.autosaveSeconds < 1 || options.autosaveSeconds > 3600)
        options.error = tr("--autosave-seconds expects a number of seconds from 1 to 3600");
    if (parser.isSet(screenshot) && options.file.isEmpty())
        options.error = tr("--screenshot needs a FILE to render");
    return options;
}

} // namespace relata
