#include "exportdialogjob.h"

#include "sql/orphancleanup.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace relata {

Result<QByteArray> generateTextExport(const Schema &schema, const ExportChoices &choices,
                                      const QString &sourceName)
{
    const auto utf8 = [](const Result<QString> &text) {
        return text ? Result<QByteArray>(text.value().toUtf8())
                    : Result<QByteArray>::failure(text.errorString());
    };
    const Dialect dialect = choices.dialect.value_or(schema.dialect);
    switch (choices.kind) {
    case ExportKind::Ddl:
        return utf8(generateDdl(schema, choices.ddlOptions()));
    case ExportKind::Cpp:
        return generateCppHeader(schema, choices.cppOptions(sourceName));
    case ExportKind::DeletePlans: {
        const Table *table
                = choices.planTable.isEmpty() ? nullptr : schema.tableByName(choices.planTable);
        if (!choices.planTable.isEmpty() && !table)
            return Result<QByteArray>::failure(
                    u"There is no table “%1” in the schema."_s.arg(choices.planTable));
        return utf8(deletePlansText(schema, dialect, table ? table->id : TableId(),
                                    choices.strategy, choices.planBatch));
    }
    case ExportKind::Cleanup:
        return orphanCleanupText(schema, dialect, choices.cleanupBatch).toUtf8();
    case ExportKind::Svg:
    case ExportKind::Png:
    case ExportKind::Pdf:
        break;
    }
    return Result<QByteArray>::failure(u"Pictures are drawn from the diagram."_s);
}

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start(const Schema &schema, const ExportChoices &choices, const QString &sourceName,
                      bool inBackground)
{
    Request request{schema, choices, sourceName};
    if (!inBackground && !m_thread) {
        const Result<QByteArray> result = generateTextExport(schema, choices, sourceName);
        Q_EMIT finished(choices, result ? result.value() : QByteArray(), result.errorString());
        return;
    }
    if (m_thread) {
        m_waiting = std::move(request);
        return;
    }
    run(std::move(request));
}

void ExportJob::run(Request request)
{
    // The thread reads only its own copy of the schema (implicitly shared, never written
    // while it runs) and writes only its own output; the job reads the output once the
    // thread has finished.
    m_running = std::make_shared<Request>(std::move(request));
    m_output = std::make_shared<Output>();
    m_thread = QThread::create([request = m_running, output = m_output] {
        output->result = generateTextExport(request->schema, request->choices, request->sourceName);
    });
    connect(m_thread, &QThread::finished, this, &ExportJob::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void ExportJob::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const ExportChoices choices = m_running->choices;
    const Result<QByteArray> result = m_output->result.value_or(
            Result<QByteArray>::failure(u"The export stopped without a result."_s));
    m_running.reset();
    m_output.reset();
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        run(std::move(next));
    }
    Q_EMIT finished(choices, result ? result.value() : QByteArray(), result.errorString());
}

} // namespace relata
