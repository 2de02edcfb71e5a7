#include "cppplandata.h"

#include "cppnames.h"

#include "core/schema.h"
#include "sql/deleteplan.h"
#include "sql/deletesql.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const char *roleName(DeleteStatement::Role role)
{
    switch (role) {
    case DeleteStatement::Role::Prepare:
        return "prepare";
    case DeleteStatement::Role::Seed:
        return "seed";
    case DeleteStatement::Role::Collect:
        return "collect";
    case DeleteStatement::Role::Check:
        return "check";
    case DeleteStatement::Role::SetNull:
        return "set_null";
    case DeleteStatement::Role::Delete:
        return "delete_rows";
    case DeleteStatement::Role::Finish:
        break;
    }
    return "finish";
}

QByteArray dialectIdentifier(Dialect dialect)
{
    return dialectName(dialect).toLatin1();
}

QByteArray number(qsizetype n)
{
    return QByteArray::number(n);
}

/// `{{ a, b }}` with one element per line, or `{}` when there is none.
QByteArray braced(const QList<QByteArray> &elements)
{
    if (elements.isEmpty())
        return "{}";
    QByteArray text = "{{\n";
    for (const QByteArray &element : elements)
        text += "        " + element + ",\n";
    return text + "    }}";
}

QByteArray stepsOf(const Schema &schema, const DeletePlan &plan, QByteArray *count)
{
    QList<QByteArray> steps;
    const auto step = [&](const char *kind, TableId table, const QStringList &columns, int depth,
                          const Relation *relation) {
        const Table *t = schema.table(table);
        steps.append("{::relata_gen::step_kind::" + QByteArray(kind) + ", "
                     + cppStringLiteral(t ? t->name : QString()) + ", "
                     + cppStringLiteral(columns.join(u", "_s)) + ", " + number(depth) + ", "
                     + cppStringLiteral(relation ? schema.describe(*relation) : QString()) + '}');
    };
    const auto childColumns = [&](const Relation *relation) -> QStringList {
        const Table *child = schema.table(relation->childTable);
        return child ? child->columnNames(relation->childColumns) : QStringList();
    };
    for (const Relation *relation : plan.checks)
        step("refuse", relation->childTable, childColumns(relation), 0, relation);
    for (const DeleteTarget &target : plan.deletes) {
        const Relation *via = target.reachedBy.isEmpty() ? nullptr : target.reachedBy.constFirst();
        step("delete_rows", target.table, {}, target.depth, via);
    }
    for (const Relation *relation : plan.nulls)
        step("set_null", relation->childTable, childColumns(relation), 0, relation);
    *count = number(steps.size());
    return braced(steps);
}

QByteArray statementsOf(const DeleteScript &script, QByteArray *count)
{
    QList<QByteArray> statements;
    for (const DeleteStatement &s : script.statements) {
        statements.append("{::relata_gen::statement_role::" + QByteArray(roleName(s.role)) + ", "
                          + cppStringLiteral(s.sql) + ", " + number(s.repeatGroup) + ", "
                          + (s.sql.contains(u":ids"_s) ? "true" : "false") + ", "
                          + cppStringLiteral(s.note) + '}');
    }
    *count = number(statements.size());
    return braced(statements);
}

using Writers = std::vector<std::pair<Dialect, std::unique_ptr<DeleteScriptWriter>>>;

void appendPlan(QByteArray &out, const Schema &schema, const CppNames &names, const Table &table,
                const DeletePlanner &planner, const Writers &writers)
{
    const DeletePlan plan = planner.plan(table.id);
    const QByteArray self = names.qualified(table.id);
    out += "struct " + names.tables.value(table.id).toLatin1() + "::delete_plan\n{\n";
    out += "    static constexpr ::std::string_view summary{"
           + cppStringLiteral(explainDeletePlan(schema, plan)) + "};\n";
    QByteArray count;
    const QByteArray steps = stepsOf(schema, plan, &count);
    out += "    static constexpr ::std::array<::relata_gen::plan_step, " + count + "> steps" + steps
           + ";\n";
    QList<QByteArray> scripts;
    for (const auto &[dialect, writer] : writers) {
        const QByteArray name = dialectIdentifier(dialect);
        const Result<DeleteScript> script = writer->script(plan);
        const QByteArray statements
                = statementsOf(script.ok() ? script.value() : DeleteScript{}, &count);
        out += "    static constexpr ::std::array<::relata_gen::statement, " + count + "> " + name
               + statements + ";\n";
        scripts.append("{::relata_gen::dialect::" + name + ", " + name + ", "
                       + cppStringLiteral(script.ok() ? QString() : script.errorString()) + '}');
    }
    out += "    static constexpr ::std::array<::relata_gen::script, " + number(scripts.size())
           + "> scripts" + braced(scripts) + ";\n";
    out += "    static constexpr ::relata_gen::plan data{" + self + "::sql_name, summary, steps, "
           + "scripts};\n};\n\n";
}

} // namespace

QByteArray CppNames::qualified(TableId table) const
{
    return (u"::"_s + nameSpace + u"::"_s + tables.value(table)).toLatin1();
}

void appendDeletePlans(QByteArray &out, const Schema &schema, const CppNames &names,
                       const QList<Dialect> &dialects)
{
    const DeletePlanner planner(schema);
    Writers writers;
    for (const Dialect dialect : dialects)
        writers.emplace_back(dialect, std::make_unique<DeleteScriptWriter>(schema, dialect));
    // Plans are independent of each other and make most of a big header: the tables are
    // shared out in contiguous runs, one per core, and the texts joined in order.
    const QList<Table> &tables = schema.tables();
    const qsizetype runs = std::clamp<qsizetype>(tables.size() / 500, 1,
                                                 std::max(1, QThread::idealThreadCount()));
    const auto write = [&](qsizetype run) {
        QByteArray text;
        for (qsizetype i = tables.size() * run / runs; i < tables.size() * (run + 1) / runs; ++i)
            appendPlan(text, schema, names, tables.at(i), planner, writers);
        return text;
    };
    std::vector<std::future<QByteArray>> others;
    for (qsizetype run = 1; run < runs; ++run)
        others.push_back(std::async(std::launch::async, write, run));
    out += write(0);
    for (std::future<QByteArray> &other : others)
        out += other.get();
}

} // namespace relata
