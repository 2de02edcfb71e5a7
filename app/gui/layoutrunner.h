#pragma once

#include "core/schema.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace relata {

/// Runs an automatic layout in a child process (`relata-cli layout`), because
/// Graphviz can neither be cancelled nor trusted not to abort the process: cancel
/// kills the child, and a crash of the child is only an error message, never the end
/// of the window with unsaved work. The document is not touched here; the caller
/// applies the result as one undo step.
class LayoutRunner final : public QObject
{
    Q_OBJECT

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    /// The relata-cli to run: RELATA_CLI_PATH, else next to this program, else in the
    /// build tree's app/cli.
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    /// Lays out `tables` of `schema` (all tables when empty); pinned tables stay. False
    /// with the reason in errorString() when it cannot start (one is already running,
    /// no relata-cli, no temporary file).
    bool start(const Schema &schema, const QList<TableId> &tables = {});
    bool isRunning() const;
    QString errorString() const { return m_error; }

public Q_SLOTS:
    /// Kills the child; reports canceled().
    void cancel();

Q_SIGNALS:
    /// New top-left positions by table, and how the layout was made.
    void finished(const QHash<relata::TableId, QPointF> &positions, const QString &strategy);
    void failed(const QString &message);
    void canceled();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void parseResult(const QByteArray &output);
    void cleanUp();

    QString m_program;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    Schema m_schema; ///< the schema laid out, to map names back to ids
    QString m_error;
    bool m_canceling = false;
};

} // namespace relata
