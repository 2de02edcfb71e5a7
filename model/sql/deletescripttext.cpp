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

QString tablePlan(const Schema &schema, const Table &table, Dialect dialect)
{
    const DeletePlan plan = planDelete(schema, table.id);
    QString out
            = comment(u"Deleting from %1: %2."_s.arg(table.name, explainDeletePlan(schema, plan)));
    const Result<DeleteScript> script = inlineDeleteScript(schema, plan, dialect);
    if (!script) {
        out += comment(u"No script: "_s + script.errorString() + u'.');
        return out;
    }
    out += comment(u"Run in one transaction, binding :ids to a JSON array of the keys of the "
                   u"%1 rows to delete. A [check] that returns a row refuses the delete: roll "
                   u"back. Statements of one [repeat N] group run again, in order, while one "
                   u"of them changes a row."_s.arg(table.name));
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

Result<QString> deletePlansText(const Schema &schema, Dialect dialect, TableId table)
{
    if (table.isValid() && !schema.table(table))
        return Result<QString>::failure(u"no such table"_s);
    QString out = comment(u"%1 delete plans for the schema \"%2\", written by Relata."_s.arg(
            SqlDialect::get(dialect).displayName(), schema.name));
    out += comment(u"Each one carries out what FOREIGN KEY ... ON DELETE would have done, "
                   u"set-wise: the number of statements depends on the relations, not on "
                   u"the rows."_s);
    for (const Table &t : schema.tables()) {
        if (table.isValid() && t.id != table)
            continue;
        out += u'\n' + tablePlan(schema, t, dialect);
    }
    return out;
}

} // namespace relata
