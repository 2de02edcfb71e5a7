#include "layoutrunner.h"

#include "io/relatafile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace relata {

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{}

LayoutRunner::~LayoutRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString LayoutRunner::defaultProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("RELATA_CLI_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + u"/relata-cli"_s, dir + u"/../cli/relata-cli"_s,
                                     dir + u"/../../app/cli/relata-cli"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return u"relata-cli"_s; // from PATH
}

bool LayoutRunner::isRunning() const
{
    return m_process != nullptr;
}

bool LayoutRunner::start(const Schema &schema, const QList<TableId> &tables)
{
    m_error.clear();
    if (isRunning()) {
        m_error = tr("A layout is running already.");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString input = m_dir->filePath(u"layout.relata"_s);
    if (!m_dir->isValid() || !saveRelataFile(schema, input)) {
        m_error = tr("Cannot write the schema for the layout to a temporary file.");
        m_dir.reset();
        return false;
    }
    m_schema = schema;
    QStringList arguments{u"layout"_s, input, u"--format"_s, u"json"_s};
    QStringList names;
    for (TableId id : tables) {
        if (const Table *t = schema.table(id))
            names.append(t->name);
    }
    if (!names.isEmpty()) {
        // A file, one name a line: names may hold commas or start with a dash.
        const QString listPath = m_dir->filePath(u"tables.txt"_s);
        QFile list(listPath);
        if (!list.open(QIODevice::WriteOnly) || list.write(names.join(u'\n').toUtf8()) < 0) {
            m_error = tr("Cannot write the list of tables for the layout.");
            m_dir.reset();
            return false;
        }
        arguments << u"--tables-file"_s << listPath;
    }
    m_canceling = false;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &LayoutRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LayoutRunner::onErrorOccurred);
    m_process->start(m_program, arguments);
    return true;
}

void LayoutRunner::cancel()
{
    if (!m_process)
        return;
    m_canceling = true;
    m_process->kill();
}

void LayoutRunner::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and kills also end in finished(); only a failed start ends here alone.
    if (error != QProcess::FailedToStart)
        return;
    const QString program = m_program;
    cleanUp();
    Q_EMIT failed(
            tr("The layout could not start: %1 was not found or cannot be run.").arg(program));
}

void LayoutRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray output = m_process->readAllStandardOutput();
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    const bool canceling = m_canceling;
    cleanUp();
    if (canceling) {
        Q_EMIT canceled();
        return;
    }
    if (status == QProcess::CrashExit) {
        Q_EMIT failed(tr("The layout process crashed; the diagram is unchanged.%1")
                              .arg(errors.isEmpty() ? QString() : u"\n\n"_s + errors));
        return;
    }
    if (exitCode != 0) {
        Q_EMIT failed(errors.isEmpty() ? tr("The layout failed (exit code %1).").arg(exitCode)
                                       : errors);
        return;
    }
    parseResult(output);
}

void LayoutRunner::parseResult(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        Q_EMIT failed(tr("The layout's answer cannot be read: %1").arg(error.errorString()));
        return;
    }
    QHash<TableId, QPointF> positions;
    const QJsonArray tables = json.object().value(u"positions"_s).toArray();
    for (const QJsonValue &value : tables) {
        const QJsonObject entry = value.toObject();
        const Table *table = m_schema.tableByName(entry.value(u"table"_s).toString());
        if (table)
            positions.insert(table->id, QPointF(entry.value(u"x"_s).toDouble(),
                                                entry.value(u"y"_s).toDouble()));
    }
    Q_EMIT finished(positions, json.object().value(u"strategy"_s).toString());
}

void LayoutRunner::cleanUp()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_dir.reset();
}

} // namespace relata
