#include "cppgenprogram.h"

#include "core/schema.h"
#include "sql/deleteplan.h"
#include "sql/deletesql.h"

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace cppgentest {

namespace {

QString hexLine(const char *label, const QString &text)
{
    return QString::fromLatin1(label) + u' ' + QString::fromLatin1(text.toUtf8().toHex());
}

QString dialectText(relata::Dialect dialect)
{
    switch (dialect) {
    case relata::Dialect::MySql:
        return u"mysql"_s;
    case relata::Dialect::PostgreSql:
        return u"postgresql"_s;
    case relata::Dialect::Sqlite:
        break;
    }
    return u"sqlite"_s;
}

} // namespace

QByteArray dumpProgram(const QString &header, const QString &nameSpace)
{
    QByteArray text = R"cpp(#include "HEADER"

#include <cstdio>
#include <string_view>

namespace {

void print_hex(const char *label, std::string_view text)
{
    std::printf("%s ", label);
    for (const char c : text)
        std::printf("%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
    std::printf("\n");
}

const char *dialect_name(::relata_gen::dialect d)
{
    switch (d) {
    case ::relata_gen::dialect::mysql:
        return "mysql";
    case ::relata_gen::dialect::postgresql:
        return "postgresql";
    case ::relata_gen::dialect::sqlite:
        return "sqlite";
    }
    return "?";
}

} // namespace

int main()
{
    for (const ::relata_gen::table_info &t : ::NS::tables) {
        print_hex("table", t.sql_name);
        for (const ::relata_gen::column &c : t.columns) {
            print_hex("column", c.name);
            if (c.table != t.sql_name)
                std::printf("column of another table\n");
        }
        for (const ::relata_gen::column &c : t.primary_key)
            print_hex("key", c.name);
        if (::relata_gen::find_table(::NS::tables, t.sql_name) != &t)
            std::printf("find_table failed\n");
        if (t.delete_plan->table != t.sql_name)
            std::printf("plan of another table\n");
        for (const ::relata_gen::script &s : t.delete_plan->scripts) {
            std::printf("script %s %zu%s\n", dialect_name(s.sql_dialect), s.statements.size(),
                        s.unavailable.empty() ? "" : " unavailable");
        }
    }
    return 0;
}
)cpp";
    return text.replace("HEADER", header.toUtf8())
            .replace("::NS::", "::" + nameSpace.toUtf8() + "::");
}

QStringList expectedDump(const relata::Schema &schema, const QList<relata::Dialect> &dialects)
{
    const relata::DeletePlanner planner(schema);
    std::vector<std::unique_ptr<relata::DeleteScriptWriter>> writers;
    for (const relata::Dialect dialect : dialects)
        writers.push_back(std::make_unique<relata::DeleteScriptWriter>(schema, dialect));
    QStringList lines;
    for (const relata::Table &table : schema.tables()) {
        lines.append(hexLine("table", table.name));
        for (const relata::Column &column : table.columns)
            lines.append(hexLine("column", column.name));
        for (const relata::ColumnId id : table.primaryKey) {
            const relata::Column *column = table.column(id);
            lines.append(hexLine("key", column ? column->name : QString()));
        }
        const relata::DeletePlan plan = planner.plan(table.id);
        for (qsizetype i = 0; i < dialects.size(); ++i) {
            const relata::Result<relata::DeleteScript> script = writers.at(i)->script(plan);
            lines.append(u"script %1 %2%3"_s.arg(dialectText(dialects.at(i)))
                                 .arg(script.ok() ? script.value().statements.size() : 0)
                                 .arg(script.ok() ? QString() : u" unavailable"_s));
        }
    }
    return lines;
}

QByteArray mixedUnit(const QList<QPair<QString, QString>> &headers, const QString &adapter)
{
    // The adapter comes between the generated headers: each include guards the runtime.
    QByteArray text;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        text += "#include \"" + headers.at(i).first.toUtf8() + "\"\n";
        if (i == 0)
            text += "#include \"" + adapter.toUtf8() + "\"\n";
    }
    text += "\n#include <QSqlDatabase>\n\nint relata_delete_everything(const QSqlDatabase &db);\n"
            "\nint relata_delete_everything(const QSqlDatabase &db)\n{\n"
            "    ::relata_gen::qt_sql_executor executor(db);\n    int statements = 0;\n";
    for (const auto &[file, nameSpace] : headers) {
        const QByteArray tables = "::" + nameSpace.toUtf8() + "::tables";
        text += "    static_assert(::relata_gen::find_table(" + tables + ", " + tables
                + ".back().sql_name) == &" + tables + ".back(), \"find_table\");\n";
        text += "    for (const ::relata_gen::table_info &table : " + tables + ")\n"
                + "        statements += ::relata_gen::delete_rows(executor, *table.delete_plan, "
                  "::relata_gen::ids_json({1, 2})).statements;\n";
    }
    return text + "    return statements;\n}\n";
}

} // namespace cppgentest
