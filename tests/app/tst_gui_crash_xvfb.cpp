// A crash, for real: the `relata` binary runs under a real X server (xvfb-run), gets an
// edit through real key presses (xdotool sends them through the XTEST extension, as a
// keyboard would), writes its recovery copy and is killed with SIGKILL. A second
// `relata` then offers the lost work; Return takes the dialog's default, Recover, and
// Ctrl+S saves the recovered document, which must land in the original file.

#include "io/relatafile.h"
#include "requirement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStepTimeoutMs = 15000;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstGuiCrashXvfb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAndRecovered();

private:
    bool startDisplay();
    QString xdotool(const QStringList &arguments);
    /// The X id of the visible window whose title contains `title`; empty on time-out.
    QString waitForWindow(const QString &title);
    void pressKeys(const QString &window, const QStringList &keys);
    void startRelata(QProcess &process, const QStringList &arguments);
    QString recoveryDir() const;
    QStringList sidecars() const;

    QTemporaryDir m_dir;
    QString m_xvfbRun;
    QString m_xdotool;
    QProcess m_display;
    QProcessEnvironment m_env;
};

void TstGuiCrashXvfb::initTestCase()
{
    const QString reason = u"xvfb-run, xauth and xdotool are needed to crash relata under a "
                           "real X server (Debian packages xvfb, xauth and xdotool)"_s;
    if (!relatatest::requireProgram(u"xvfb-run"_s, reason)
        || !relatatest::requireProgram(u"xauth"_s, reason)
        || !relatatest::requireProgram(u"xdotool"_s, reason)) {
        return;
    }
    m_xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
    m_xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY2(startDisplay(), "xvfb-run did not start an X server");
}

void TstGuiCrashXvfb::cleanupTestCase()
{
    if (m_display.state() == QProcess::NotRunning)
        return;
    QFile(m_dir.filePath(u"stop"_s)).open(QIODevice::WriteOnly); // ends the holding shell
    if (!m_display.waitForFinished(10000))
        m_display.terminate();
    m_display.waitForFinished(5000);
}

bool TstGuiCrashXvfb::startDisplay()
{
    // xvfb-run serves one command; a shell that waits for a stop file keeps the server up
    // for the two relata processes and xdotool, and tells where it is.
    const QString info = m_dir.filePath(u"display"_s);
    const QString script = u"printf '%s\\n%s\\n' \"$DISPLAY\" \"$XAUTHORITY\" > '%1.part' && "
                           "mv '%1.part' '%1'; while [ ! -e '%2' ]; do sleep 0.1; done"_s.arg(
                                   info, m_dir.filePath(u"stop"_s));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    m_display.setProcessEnvironment(env);
    // -noreset: between the killed relata and the next one no client is connected, and a
    // server that resets then refuses connections for a moment.
    m_display.start(m_xvfbRun, {u"-a"_s, u"--server-args=-screen 0 1600x1000x24 -noreset"_s,
                                u"sh"_s, u"-c"_s, script});
    if (!m_display.waitForStarted())
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(info) && timer.elapsed() < kStepTimeoutMs
           && m_display.state() == QProcess::Running) {
        QTest::qWait(50);
    }
    const QStringList lines = QString::fromUtf8(fileBytes(info)).split(u'\n');
    if (lines.size() < 2 || lines.at(0).isEmpty())
        return false;

    m_env = env;
    m_env.insert(u"DISPLAY"_s, lines.at(0));
    m_env.insert(u"XAUTHORITY"_s, lines.at(1));
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // the test itself runs offscreen
    // The recovery folder and the settings of this run only.
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    return true;
}

QString TstGuiCrashXvfb::xdotool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(m_xdotool, arguments);
    if (!process.waitForFinished(kStepTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString TstGuiCrashXvfb::waitForWindow(const QString &title)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kStepTimeoutMs) {
        const QString ids = xdotool(
                {u"search"_s, u"--onlyvisible"_s, u"--name"_s, QRegularExpression::escape(title)});
        if (!ids.isEmpty())
            return ids.split(u'\n').constLast();
        QTest::qWait(100);
    }
    return {};
}

void TstGuiCrashXvfb::pressKeys(const QString &window, const QStringList &keys)
{
    // No window manager runs: focus is given directly, then keys go to the focus.
    xdotool({u"windowfocus"_s, u"--sync"_s, window});
    QTest::qWait(200); // the application sees the focus before the first key
    xdotool(QStringList{u"key"_s, u"--delay"_s, u"50"_s} + keys);
}

void TstGuiCrashXvfb::startRelata(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(m_env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(RELATA_GUI), arguments);
}

QString TstGuiCrashXvfb::recoveryDir() const
{
    // QStandardPaths::AppDataLocation of organization and application "Relata".
    return m_dir.filePath(u"data/Relata/Relata/recovery"_s);
}

QStringList TstGuiCrashXvfb::sidecars() const
{
    return QDir(recoveryDir()).entryList({u"*.json"_s}, QDir::Files);
}

void TstGuiCrashXvfb::killedAndRecovered()
{
    const QString example
            = QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/linkinbio.relata"_s;
    const QString path = m_dir.filePath(u"work/linkinbio.relata"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"work"_s)));
    QVERIFY(QFile::copy(example, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = fileBytes(path);

    // 1. Edit in a running relata: Ctrl+T adds a table and puts its name up for typing.
    QProcess first;
    startRelata(first, {u"--autosave-seconds"_s, u"1"_s, path});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    const QString window = waitForWindow(u"linkinbio.relata"_s);
    QVERIFY2(!window.isEmpty(), "the window of the first relata did not appear");
    pressKeys(window, {u"ctrl+t"_s});
    QTest::qWait(300);
    xdotool({u"type"_s, u"--delay"_s, u"30"_s, u"survivor"_s});
    pressKeys(window, {u"Return"_s});

    // 2. The recovery copy holds the edit; the file does not.
    QTRY_VERIFY_WITH_TIMEOUT(sidecars().size() == 1, kStepTimeoutMs);
    const QString copy = recoveryDir() + u'/'
                         + QFileInfo(sidecars().constFirst()).completeBaseName() + u".relata"_s;
    QTRY_VERIFY_WITH_TIMEOUT(fileBytes(copy).contains("\"survivor\""), kStepTimeoutMs);
    QCOMPARE(fileBytes(path), original);

    // 3. The crash: SIGKILL, no chance to clean up.
    first.kill();
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QCOMPARE(sidecars().size(), 1);

    // 4. The next start offers the work; Return recovers, Ctrl+S saves it where it belongs.
    QProcess second;
    startRelata(second, {u"--autosave-seconds"_s, u"1"_s});
    QVERIFY2(second.waitForStarted(), qPrintable(second.errorString()));
    const QString dialog = waitForWindow(u"Recover Unsaved Work"_s);
    QVERIFY2(!dialog.isEmpty(), "the second relata offered nothing to recover");
    pressKeys(dialog, {u"Return"_s});
    const QString recovered = waitForWindow(u"linkinbio.relata"_s);
    QVERIFY2(!recovered.isEmpty(), "no window with the recovered document");
    pressKeys(recovered, {u"ctrl+s"_s});
    QTRY_VERIFY_WITH_TIMEOUT(fileBytes(path).contains("\"survivor\""), kStepTimeoutMs);
    const relata::Result<relata::Schema> saved = relata::loadRelataFile(path);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    QVERIFY(saved.value().tableByName(u"survivor"_s));
    QVERIFY(saved.value().tableByName(u"users"_s));

    // 5. A clean quit leaves nothing to recover.
    pressKeys(recovered, {u"ctrl+q"_s});
    QVERIFY2(second.waitForFinished(kStepTimeoutMs), "the second relata did not quit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(sidecars().isEmpty());
}

QTEST_MAIN(TstGuiCrashXvfb)
#include "tst_gui_crash_xvfb.moc"
