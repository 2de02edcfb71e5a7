#include "quickfix.h"

#include "quickfixproviders_p.h"

#include "commands/editordocument.h"
#include "commands/relationcommands.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using Provider = QList<QuickFix> (*)(const Schema &, const Finding &);

/// The rules whose findings have a mechanical fix; adding one is a line here.
Provider providerFor(const QString &code)
{
    static const QList<std::pair<QString, Provider>> providers{
            {u"R004"_s, quickfix::typeMismatchFixes},
            {u"R005"_s, quickfix::setNullNotNullFixes},
            {u"R007"_s, quickfix::missingIndexFixes},
            {u"R008"_s, quickfix::missingPrimaryKeyFixes},
            {u"R011"_s, quickfix::impliedRelationFixes},
    };
    for (const auto &[rule, provider] : providers) {
        if (rule == code)
            return provider;
    }
    return nullptr;
}

QuickFix decisionFix(const Relation &relation, RelationDecision decision)
{
    QuickFix fix;
    fix.label = decision == RelationDecision::Accepted ? quickfix::Text::tr("Accept relation")
                                                       : quickfix::Text::tr("Ignore relation");
    Relation after = relation;
    after.decision = decision;
    fix.build = [after](SchemaDocument &document, QUndoCommand *step) {
        new ChangeRelationCommand(document, after, step);
    };
    return fix;
}

} // namespace

QUndoCommand *QuickFix::createCommand(SchemaDocument &document) const
{
    auto *step = new QUndoCommand(label);
    if (build)
        build(document, step);
    return step;
}

QList<QuickFix> quickFixes(const Schema &schema, const Finding &finding)
{
    QList<QuickFix> fixes;
    if (const Provider provider = providerFor(finding.code))
        fixes = provider(schema, finding);
    for (RelationId id : finding.relations)
        fixes += relationQuickFixes(schema, id);
    return fixes;
}

QList<QuickFix> relationQuickFixes(const Schema &schema, RelationId relation)
{
    const Relation *r = schema.relation(relation);
    if (!r || r->origin != RelationOrigin::Inferred)
        return {};
    QList<QuickFix> fixes;
    if (r->decision != RelationDecision::Accepted)
        fixes.append(decisionFix(*r, RelationDecision::Accepted));
    if (r->decision != RelationDecision::Ignored)
        fixes.append(decisionFix(*r, RelationDecision::Ignored));
    return fixes;
}

bool applyQuickFix(EditorDocument &editor, const QuickFix &fix)
{
    const Schema before = editor.schema(); // implicitly shared: a cheap copy
    QUndoStack &stack = editor.undoStack();
    QUndoCommand *step = fix.createCommand(editor.schemaDocument());
    if (step->childCount() == 0) {
        delete step;
        return false;
    }
    stack.push(step);
    if (editor.schema() == before) {
        // Every edit was refused: take the empty step off the stack again.
        step->setObsolete(true);
        stack.undo();
        return false;
    }
    return true;
}

namespace quickfix {

const Relation *subjectRelation(const Schema &schema, const Finding &finding)
{
    return finding.relations.size() == 1 ? schema.relation(finding.relations.first()) : nullptr;
}

} // namespace quickfix

} // namespace relata
