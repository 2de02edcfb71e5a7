#include "canvasfixture.h"

#include "diagramview.h"
#include "io/relatafile.h"
#include "relationitem.h"
#include "schemascene.h"
#include "tableitem.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace relata {

CanvasFixture::CanvasFixture()
    : m_frame(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied)
{}

CanvasFixture::~CanvasFixture()
{
    // The view before the scene it shows, the scene before the document it observes.
    m_view.reset();
    m_scene.reset();
}

bool CanvasFixture::load(const QString &file, QString *error)
{
    Result<Schema> schema = loadRelataFile(file);
    if (!schema) {
        *error = schema.errorString();
        return false;
    }
    m_document.setSchema(std::move(schema).value());
    return true;
}

void CanvasFixture::buildScene()
{
    m_view.reset();
    m_scene = std::make_unique<SchemaScene>(&m_document);
}

void CanvasFixture::buildView()
{
    m_view = std::make_unique<DiagramView>(m_scene.get());
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(kWidth, kHeight);
    m_view->show();
    m_view->fitToView();
}

void CanvasFixture::renderFrame()
{
    m_view->viewport()->render(&m_frame);
}

void CanvasFixture::fitToView()
{
    m_view->fitToView();
}

void CanvasFixture::zoomOnCentre(qreal zoom)
{
    m_view->setZoom(zoom);
    m_view->centerOn(m_scene->diagramRect().center());
}

void CanvasFixture::showFindings()
{
    m_scene->setFindings(validate(m_document.schema()));
}

TableId CanvasFixture::centralTable() const
{
    const QPointF centre = m_scene->diagramRect().center();
    TableId best;
    qreal bestDistance = 0;
    for (const Table &table : m_document.schema().tables()) {
        const QPointF d = m_scene->tableItem(table.id)->sceneBoxRect().center() - centre;
        const qreal distance = QPointF::dotProduct(d, d);
        if (!best.isValid() || distance < bestDistance) {
            best = table.id;
            bestDistance = distance;
        }
    }
    return best;
}

void CanvasFixture::selectSample()
{
    QList<RelationId> relations;
    for (const Relation &relation : m_document.schema().relations()) {
        const RelationItem *item = m_scene->relationItem(relation.id);
        if (item && !item->findings().isEmpty()) {
            relations.append(relation.id);
            break;
        }
    }
    m_scene->setSelection({centralTable()}, relations);
}

} // namespace relata
