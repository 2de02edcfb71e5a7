#include "deletescripttext.h"

#include "core/schema.h"
#include "deleteplan.h"
#include "deletesql.h"
#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A comment line that cannot end early: no line breaks inside.
QString comment(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return u"-- "_s + line + u'\n';
}

QString howToRun(const Table &table, DeleteStrategy strategy, int batch)
{
    switch (strategy) {
    case DeleteStrategy::Inline:
        return u"Run in one transaction, binding :ids to a JSON array of the keys of the %1 "
               u"rows to delete."_s.arg(table.name);
    case DeleteStrategy::Scheduled:
        return u"A scheduled job: run in one transaction, again and again until the [seed] adds "
               u"no row; each run deletes up to %1 flagged %2 rows and what they set off."_s
                       .arg(batch)
                       .arg(table.name);
    case DeleteStrategy::Queue:
        break;
    }
    return u"After deleting (or flagging) a %1 row, the API sends {\"table\": \"%1\", \"id\": "
           u"<key>, \"action\": \"deleted\"}; the handler runs this in one transaction, binding "
           u":ids to [<key>] (a message per row, or \"ids\": [...] for several)."_s.arg(table.name);
}

QString tablePlan(const Schema &schema, const DeletePlanner &planner,
                  const DeleteScriptWriter &writer, const Table &table, DeleteStrategy strategy,
                  int batch)
{
    const DeletePlan plan = planner.plan(table.id);
    QString out
            = comment(u"Deleting from %1: %2."_s.arg(table.name, explainDeletePlan(schema, plan)));
    DeleteSource source;
    source.batch = batch;
    if (strategy == DeleteStrategy::Scheduled)
        source.kind = DeleteSource::Kind::Flagged;
    const Result<DeleteScript> script = writer.script(plan, source);
    if (!script) {
        out += comment(u"No script: "_s + script.errorString() + u'.');
        return out;
    }
    out += comment(howToRun(table, strategy, batch)
                   + u" A [check] that returns a row refuses the delete: roll back, then run the "
                     u"[finish] statements. Statements of one [repeat N] group run again, in "
                     u"order, while one of them changes a row."_s);
    for (const DeleteStatement &statement : script->statements) {
        QString tag = u'[' + deleteStatementRoleName(statement.role) + u']';
        if (statement.repeatGroup >= 0)
            tag += u" [repeat %1]"_s.arg(statement.repeatGroup + 1);
        out += comment(statement.note.isEmpty() ? tag : tag + u' ' + statement.note);
        out += statement.sql + u";\n"_s;
    }
    return out;
}

} // namespace

QString deleteStrategyName(DeleteStrategy strategy)
{
    switch (strategy) {
    case DeleteStrategy::Inline:
        return u"inline"_s;
    case DeleteStrategy::Scheduled:
        return u"scheduled"_s;
    case DeleteStrategy::Queue:
        break;
    }
    return u"queue"_s;
}

std::optional<DeleteStrategy> deleteStrategyFromName(const QString &name)
{
    for (const DeleteStrategy strategy :
         {DeleteStrategy::Inline, DeleteStrategy::Scheduled, DeleteStrategy::Queue}) {
        if (deleteStrategyName(strategy) == name)
            return strategy;
    }
    return std::nullopt;
}

Result<QString> deletePlansText(const Schema &schema, Dialect dialect, TableId table,
                                DeleteStrategy strategy, int batch)
{
    if (table.isValid() && !schema.table(table))
        return Result<QString>::failure(u"no such table"_s);
    QString out = comment(u"%1 delete plans (%2) for the schema \"%3\", written by Relata."_s.arg(
            SqlDialect::get(dialect).displayName(), deleteStrategyName(strategy), schema.name));
    out += comment(u"Each one carries out what FOREIGN KEY ... ON DELETE would have done, "
                   u"set-wise: the number of statements depends on the relations, not on "
                   u"the rows."_s);
    const DeletePlanner planner(schema);
    const DeleteScriptWriter writer(schema, dialect);
    for (const Table &t : schema.tables()) {
        if (table.isValid() && t.id != table)
            continue;
        out += u'\n' + tablePlan(schema, planner, writer, t, strategy, batch);
    }
    return out;
}

} // namespace relata
