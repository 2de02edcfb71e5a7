#include "quickfixmenu.h"

#include "commands/editordocument.h"

#include <QMenu>
#include <QPointer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Where a group's fixes come from, asked again when an action is chosen: the schema may
/// have changed since the menu was built, and a fix that no longer applies is not applied.
using FixSource = std::function<QList<QuickFix>(const Schema &)>;

void addFixAction(QMenu *menu, EditorDocument *editor, const QString &label,
                  const FixSource &source, const QString &toolTip)
{
    QAction *action = menu->addAction(label);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    QPointer<EditorDocument> target(editor);
    QObject::connect(action, &QAction::triggered, menu, [target, label, source] {
        if (!target)
            return;
        for (const QuickFix &fix : source(target->schema())) {
            if (fix.label == label) {
                applyQuickFix(*target, fix);
                return;
            }
        }
    });
}

} // namespace

int addQuickFixActions(QMenu *menu, EditorDocument *editor, const QList<Finding> &findings,
                       const QList<RelationId> &relations)
{
    if (!editor)
        return 0;
    const Schema &schema = editor->schema();
    QSet<QString> labels;
    int added = 0;
    const auto addGroup = [&](const FixSource &source, const QString &toolTip) {
        bool separated = false;
        for (const QuickFix &fix : source(schema)) {
            if (labels.contains(fix.label))
                continue;
            if (!separated && !menu->isEmpty())
                menu->addSeparator();
            separated = true;
            labels.insert(fix.label);
            addFixAction(menu, editor, fix.label, source, toolTip);
            ++added;
        }
    };
    for (const Finding &finding : findings) {
        addGroup([finding](const Schema &s) { return quickFixes(s, finding); },
                 finding.code + u": "_s + finding.message);
    }
    for (RelationId relation : relations)
        addGroup([relation](const Schema &s) { return relationQuickFixes(s, relation); }, {});
    return added;
}

} // namespace relata
