#pragma once

#include "core/result.h"
#include "core/schema.h"
#include "exportdialogchoices.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace relata {

/// The bytes of a text export (DDL, C++ header, delete plans, cleanup) for `choices`: the
/// model's own generators, so the file is what `relata-cli export` writes. `sourceName` is
/// the model file's name for the C++ header's first line. Pictures are drawn from the
/// scene, not here: a failure for them.
Result<QByteArray> generateTextExport(const Schema &schema, const ExportChoices &choices,
                                      const QString &sourceName);

/// Runs generateTextExport() for the export dialog's preview: at once for a small schema,
/// in a thread of its own on a copy of the schema for a big one, so that typing a
/// namespace never freezes the window. One generation at a time: a request made while one
/// runs replaces any earlier waiting request and starts when it ends.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QObject *parent = nullptr);
    /// Waits for a running generation: its thread reads the copy it was given, which the
    /// job owns.
    ~ExportJob() override;

    void start(const Schema &schema, const ExportChoices &choices, const QString &sourceName,
               bool inBackground);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// The result for `choices`, which may no longer be the dialog's current ones.
    void finished(const relata::ExportChoices &choices, const QByteArray &data,
                  const QString &errorString);

private:
    struct Request
    {
        Schema schema;
        ExportChoices choices;
        QString sourceName;
    };
    struct Output
    {
        std::optional<Result<QByteArray>> result;
    };

    void run(Request request);
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Request> m_running;
    std::shared_ptr<Output> m_output;
    std::optional<Request> m_waiting;
};

} // namespace relata
