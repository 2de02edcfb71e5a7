#include "editordocument.h"

namespace relata {

EditorDocument::EditorDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

void EditorDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void EditorDocument::resetSchema(Schema schema, const QString &fileName)
{
    m_undoStack.clear();
    m_schema.setSchema(std::move(schema));
    setFileName(fileName);
}

} // namespace relata
