// The only file that includes Graphviz: everything else sees LayoutEngine.

#include "graphvizlayoutengine.h"
#include "layoutpipeline.h"

#include <gvc.h>

#include <cgraph.h>

#include <cstdlib>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// cgraph and gvc keep global state (error handling, the DOT parser, memory
/// disciplines): one Graphviz call at a time in the whole process.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// Graphviz's error messages of the current call; only touched under graphvizMutex().
QByteArray &graphvizErrors()
{
    static QByteArray errors;
    return errors;
}

int collectError(char *message)
{
    graphvizErrors() += message;
    return 0;
}

struct ContextDeleter
{
    void operator()(GVC_t *context) const { gvFreeContext(context); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

/// Frees the layout data gvLayout attached to the graph, before the graph goes.
class LayoutGuard
{
public:
    LayoutGuard(GVC_t *context, Agraph_t *graph)
        : m_context(context)
        , m_graph(graph)
    {}
    ~LayoutGuard() { gvFreeLayout(m_context, m_graph); }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_context;
    Agraph_t *m_graph;
};

/// Routes Graphviz's messages to graphvizErrors() for the lifetime of one call, errors
/// only (warnings such as a label touching its box are of no use to a person here).
class ErrorCapture
{
public:
    ErrorCapture()
        : m_previousHandler(agseterrf(&collectError))
        , m_previousLevel(agseterr(AGERR))
    {
        graphvizErrors().clear();
    }
    ~ErrorCapture()
    {
        agseterrf(m_previousHandler);
        agseterr(m_previousLevel);
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    QString text(const QString &fallback) const
    {
        const QString message = QString::fromUtf8(graphvizErrors()).simplified();
        return message.isEmpty() ? fallback : message;
    }

private:
    agusererrf m_previousHandler;
    agerrlevel_t m_previousLevel;
};

using Centers = QHash<int, QPointF>;

/// Node centres by the index in their name ("n12" → 12).
Result<Centers> readCenters(Agraph_t *graph)
{
    Centers centers;
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        const char *name = agnameof(node);
        bool ok = false;
        const int index = name && name[0] == 'n' ? QByteArray(name + 1).toInt(&ok) : -1;
        if (!ok)
            return Result<Centers>::failure(u"Graphviz returned an unknown node."_s);
        centers.insert(index, QPointF(ND_coord(node).x, ND_coord(node).y));
    }
    return centers;
}

Result<Centers> runGraphviz(const QByteArray &engine, const QByteArray &dot)
{
    const std::lock_guard<std::mutex> lock(graphvizMutex());
    const ErrorCapture errors;
    const ContextPtr context(gvContext());
    if (!context)
        return Result<Centers>::failure(u"Graphviz could not start."_s);
    const GraphPtr graph(agmemread(dot.constData()));
    if (!graph)
        return Result<Centers>::failure(errors.text(u"Graphviz could not read the graph."_s));
    // sfdp's overlap removal draws from the C library's generator without seeding it, so
    // a second layout in one process would differ from the first: start every call from
    // the same state, as a fresh `sfdp` process does.
    std::srand(1);
    if (gvLayout(context.get(), graph.get(), engine.constData()) != 0)
        return Result<Centers>::failure(
                errors.text(u"Graphviz's %1 layout failed."_s.arg(QString::fromLatin1(engine))));
    const LayoutGuard layout(context.get(), graph.get());
    return readCenters(graph.get());
}

class GraphvizLayoutEngine final : public LayoutEngine
{
public:
    explicit GraphvizLayoutEngine(const LayoutThresholds &limits)
        : m_limits(limits)
    {}
    Result<LayoutResult> layout(const LayoutInput &input) override
    {
        return runLayoutPipeline(input, &runGraphviz, m_limits);
    }

private:
    LayoutThresholds m_limits;
};

} // namespace

std::unique_ptr<LayoutEngine> createGraphvizLayoutEngine()
{
    return std::make_unique<GraphvizLayoutEngine>(LayoutThresholds{});
}

std::unique_ptr<LayoutEngine> createGraphvizLayoutEngine(const LayoutThresholds &limits)
{
    return std::make_unique<GraphvizLayoutEngine>(limits);
}

} // namespace relata
