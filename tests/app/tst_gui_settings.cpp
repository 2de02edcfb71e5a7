// What Relata keeps in QSettings between runs: the window's layout and the last import
// connections, never their passwords; and the autosave interval of the command line.

#include "connectionhistory.h"
#include "guioptions.h"
#include "mainwindow.h"
#include "windowsettings.h"

#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowSettingsRoundTrip();
    void connectionHistory();
    void connectionPasswordNeverStored();
    void autosaveSecondsOption();
};

void TstGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RelataTest"_s);
    QCoreApplication::setApplicationName(u"tst_gui_settings"_s);
    QSettings().clear();
}

void TstGuiSettings::windowSettingsRoundTrip()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.historyDock()->raise();
        window.findChild<QDockWidget *>(u"findingsDock"_s)->hide();
        QVERIFY(window.close()); // clean: saves the layout
    }
    MainWindow window;
    QVERIFY(!window.findChild<QDockWidget *>(u"findingsDock"_s)->isHidden());
    QVERIFY(WindowSettings::restore(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(900, 640));
    QVERIFY(window.findChild<QDockWidget *>(u"findingsDock"_s)->isHidden());
    QVERIFY(!window.propertiesDock()->isHidden());
}

void TstGuiSettings::connectionHistory()
{
    ConnectionHistory::clear();
    QVERIFY(ConnectionHistory::recent().isEmpty());
    for (int i = 0; i < 12; ++i) {
        RememberedConnection c;
        c.driver = u"postgresql"_s;
        c.host = u"db%1.example"_s.arg(i);
        c.port = 5432 + i;
        c.user = u"alice"_s;
        c.database = u"shop"_s;
        c.schema = u"public"_s;
        c.infer = i % 2;
        c.minConfidence = 0.5 + i / 100.0;
        ConnectionHistory::remember(c);
    }
    QList<RememberedConnection> recent = ConnectionHistory::recent();
    QCOMPARE(recent.size(), ConnectionHistory::kMaxEntries);
    QCOMPARE(recent.constFirst().host, u"db11.example"_s); // newest first
    QCOMPARE(recent.constLast().host, u"db2.example"_s);
    QCOMPARE(recent.constFirst().port, 5443);
    QVERIFY(recent.constFirst().infer);
    QCOMPARE(recent.constFirst().minConfidence, 0.61);

    // Using an older connection again moves it to the front, with its new options.
    RememberedConnection again = recent.at(4);
    again.infer = !again.infer;
    ConnectionHistory::remember(again);
    recent = ConnectionHistory::recent();
    QCOMPARE(recent.size(), ConnectionHistory::kMaxEntries);
    QCOMPARE(recent.constFirst(), again);
    QCOMPARE(recent.count(again), 1);
}

void TstGuiSettings::connectionPasswordNeverStored()
{
    ConnectionHistory::clear();
    // What a person types into the import dialog; the password stays in the dialog.
    const QString password = u"Tr0ub4dor&3-correct-horse"_s;
    RememberedConnection c;
    c.driver = u"mariadb"_s;
    c.host = u"mariadb.internal"_s;
    c.port = 3306;
    c.user = u"importer"_s;
    c.database = u"inventory"_s;
    c.infer = true;
    c.minConfidence = 0.7;
    ConnectionHistory::remember(c);
    QCOMPARE(ConnectionHistory::recent().value(0), c);

    QSettings settings;
    settings.sync();
    const QByteArray stored = fileBytes(settings.fileName());
    QVERIFY2(stored.contains("mariadb.internal"), settings.fileName().toUtf8().constData());
    QVERIFY(stored.contains("importer"));
    QVERIFY(!stored.contains(password.toUtf8()));
    QVERIFY(!stored.contains("Tr0ub4dor"));
    QVERIFY(!stored.toLower().contains("password"));
}

void TstGuiSettings::autosaveSecondsOption()
{
    const QString relata = u"relata"_s;
    QCOMPARE(parseGuiOptions({relata}).autosaveSeconds, 30);
    const GuiOptions five = parseGuiOptions({relata, u"--autosave-seconds"_s, u"5"_s});
    QVERIFY(five.error.isEmpty());
    QCOMPARE(five.autosaveSeconds, 5);
    for (const QString &bad : {u"0"_s, u"3601"_s, u"soon"_s}) {
        const GuiOptions options = parseGuiOptions({relata, u"--autosave-seconds"_s, bad});
        QVERIFY2(options.error.contains(u"--autosave-seconds"_s), qPrintable(options.error));
    }
}

QTEST_MAIN(TstGuiSettings)
#include "tst_gui_settings.moc"
