#include "cppheader.h"

#include "cppnames.h"
#include "cppplandata.h"
#include "cppruntime.h"

#include "core/naming.h"
#include "core/schema.h"
#include "export/exportedrelations.h"
#include "sql/ddlplan.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Member names of a table's struct that no column may take.
const QSet<QString> kTableMembers{u"sql_name"_s, u"columns"_s, u"primary_key"_s, u"relations"_s,
                                  u"delete_plan"_s};

const char *actionName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Restrict:
        return "restrict";
    case ReferentialAction::Cascade:
        return "cascade";
    case ReferentialAction::SetNull:
        return "set_null";
    case ReferentialAction::NoAction:
        break;
    }
    return "no_action";
}

QByteArray boolText(bool value)
{
    return value ? "true" : "false";
}

CppNames nameEverything(const Schema &schema, const QString &nameSpace)
{
    CppNames names;
    names.nameSpace = nameSpace;
    CppScope tables({u"tables"_s});
    for (const Table &table : schema.tables()) {
        const QString id = tables.take(table.name);
        names.tables.insert(table.id, id);
        QSet<QString> reserved = kTableMembers;
        reserved.insert(id); // a member cannot have its class's name
        CppScope columns(reserved);
        for (const Column &column : table.columns)
            names.columns.insert(column.id, columns.take(column.name));
    }
    return names;
}

/// The columns as `{{::ns::t::a, ::ns::t::b}}`.
QByteArray columnList(const CppNames &names, TableId table, const QList<ColumnId> &columns)
{
    QByteArrayList items;
    for (const ColumnId column : columns)
        items.append(names.qualified(table) + "::" + names.columns.value(column).toLatin1());
    return "{{" + items.join(", ") + "}}";
}

void appendTable(QByteArray &out, const CppNames &names, const Table &table)
{
    out += "// " + cppCommentText(table.name) + "\nstruct "
           + names.tables.value(table.id).toLatin1() + "\n{\n";
    out += "    static constexpr ::std::string_view sql_name{" + cppStringLiteral(table.name)
           + "};\n";
    QByteArrayList all;
    for (const Column &column : table.columns) {
        const QByteArray id = names.columns.value(column.id).toLatin1();
        out += "    static constexpr ::relata_gen::column " + id + "{sql_name, "
               + cppStringLiteral(column.name) + ", " + cppStringLiteral(column.type.text) + ", "
               + boolText(column.nullable) + ", " + boolText(column.autoIncrement) + "};\n";
        all.append(id);
    }
    QByteArrayList key;
    for (const ColumnId column : table.primaryKey)
        key.append(names.columns.value(column).toLatin1());
    const auto array = [](const QByteArrayList &items) -> QByteArray {
        return items.isEmpty() ? QByteArray("{}") : "{{" + items.join(", ") + "}}";
    };
    out += "    static constexpr ::std::array<::relata_gen::column, "
           + QByteArray::number(all.size()) + "> columns" + array(all) + ";\n";
    out += "    static constexpr ::std::array<::relata_gen::column, "
           + QByteArray::number(key.size()) + "> primary_key" + array(key) + ";\n";
    out += "    struct relations;\n    struct delete_plan;\n};\n\n";
}

/// Whether the relation can be declared: both tables and every column exist, and the
/// column lists have the same length.
bool declarable(const Schema &schema, const Relation &relation)
{
    const Table *child = schema.table(relation.childTable);
    const Table *parent = schema.table(relation.parentTable);
    if (!child || !parent || relation.childColumns.isEmpty()
        || relation.childColumns.size() != relation.parentColumns.size())
        return false;
    for (const ColumnId column : relation.childColumns) {
        if (!child->column(column))
            return false;
    }
    for (const ColumnId column : relation.parentColumns) {
        if (!parent->column(column))
            return false;
    }
    return true;
}

/// One end of `relation`, on the child table (`childEnd`) or on the parent table.
QByteArray relationEnd(const Schema &schema, const CppNames &names, const Relation &relation,
                       bool childEnd, const QByteArray &id)
{
    const bool oneToOne = relationKind(schema, relation) == RelationKind::OneToOne;
    const TableId self = childEnd ? relation.childTable : relation.parentTable;
    const TableId other = childEnd ? relation.parentTable : relation.childTable;
    const QList<ColumnId> &fields = childEnd ? relation.childColumns : relation.parentColumns;
    const QList<ColumnId> &references = childEnd ? relation.parentColumns : relation.childColumns;
    const QString name = childEnd ? effectiveNameOnChild(schema, relation)
                                  : effectiveNameOnParent(schema, relation);
    const bool one = childEnd || oneToOne;
    const bool optional = childEnd ? parentIsOptional(schema, relation) : oneToOne;
    return "    // " + cppCommentText(schema.describe(relation)) + "\n"
           + "    static constexpr ::relata_gen::relation<" + names.qualified(other) + ", "
           + QByteArray::number(fields.size()) + "> " + id + "{\n            "
           + cppStringLiteral(name) + ", ::relata_gen::side::" + (childEnd ? "child" : "parent")
           + ", ::relata_gen::cardinality::" + (one ? "one" : "many") + ",\n            "
           + columnList(names, self, fields) + ",\n" + "            "
           + columnList(names, other, references) + ",\n" + "            ::relata_gen::action::"
           + actionName(relation.onDelete) + ", ::relata_gen::action::"
           + actionName(relation.onUpdate) + ", " + boolText(optional) + "};\n";
}

/// `relations` are the table's, in model order.
void appendRelations(QByteArray &out, const Schema &schema, const CppNames &names,
                     const QList<const Relation *> &relations, const Table &table)
{
    out += "struct " + names.tables.value(table.id).toLatin1() + "::relations\n{\n";
    CppScope scope({u"relations"_s});
    for (const Relation *relation : relations) {
        if (relation->childTable == table.id) {
            const QByteArray id = scope.take(effectiveNameOnChild(schema, *relation)).toLatin1();
            out += relationEnd(schema, names, *relation, true, id);
        }
        if (relation->parentTable == table.id) {
            const QByteArray id = scope.take(effectiveNameOnParent(schema, *relation)).toLatin1();
            out += relationEnd(schema, names, *relation, false, id);
        }
    }
    out += "};\n\n";
}

void appendTableList(QByteArray &out, const Schema &schema, const CppNames &names)
{
    out += "/// Every table, for code that looks them up by SQL name:\n"
           "/// ::relata_gen::find_table(tables, \"users\").\n"
           "inline constexpr ::std::array<::relata_gen::table_info, "
           + QByteArray::number(schema.tables().size()) + "> tables";
    if (schema.tables().isEmpty()) {
        out += "{};\n\n";
        return;
    }
    out += "{{\n";
    for (const Table &table : schema.tables()) {
        const QByteArray t = names.qualified(table.id);
        out += "    {" + t + "::sql_name, " + t + "::columns, " + t + "::primary_key, &" + t
               + "::delete_plan::data},\n";
    }
    out += "}};\n\n";
}

} // namespace

QString cppNamespaceProblem(const QString &nameSpace)
{
    const QStringList parts = nameSpace.split(u"::"_s);
    for (const QString &part : parts) {
        if (part.isEmpty() || cppIdentifier(part) != part || part.contains(u"__"_s))
            return u"'%1' is not a C++ namespace name (expected identifiers such as app or "
                   "app::db)"_s.arg(nameSpace);
    }
    return {};
}

QString defaultCppNamespace(const Schema &schema)
{
    return cppIdentifier(schema.name.isEmpty() ? u"schema"_s : schema.name);
}

Result<QByteArray> generateCppHeader(const Schema &schema, const CppOptions &options)
{
    const QString nameSpace
            = options.nameSpace.isEmpty() ? defaultCppNamespace(schema) : options.nameSpace;
    if (const QString problem = cppNamespaceProblem(nameSpace); !problem.isEmpty())
        return Result<QByteArray>::failure(problem);
    QList<Dialect> dialects;
    for (const Dialect dialect :
         options.dialects.isEmpty() ? QList{schema.dialect} : options.dialects) {
        if (!dialects.contains(dialect))
            dialects.append(dialect);
    }
    const CppNames names = nameEverything(schema, nameSpace);
    QHash<TableId, QList<const Relation *>> relationsOf;
    for (const Relation *relation : DdlPlan::relationsToWrite(schema)) {
        if (!declarable(schema, *relation))
            continue;
        relationsOf[relation->childTable].append(relation);
        if (!relation->isSelfReference())
            relationsOf[relation->parentTable].append(relation);
    }

    QByteArray out = "// The tables and relations of " + cppCommentText(schema.name)
                     + ", and their delete plans.\n";
    if (!options.sourceName.isEmpty())
        out += "// Generated by Relata from " + cppCommentText(options.sourceName)
               + ": do not edit; change the model and export again.\n";
    out += "// C++17, standard library only. See docs/codegen.md in Relata.\n#pragma once\n\n";
    out += cppRuntimeText();
    out += "\nnamespace " + nameSpace.toLatin1() + " {\n\n";
    for (const Table &table : schema.tables())
        appendTable(out, names, table);
    for (const Table &table : schema.tables())
        appendRelations(out, schema, names, relationsOf.value(table.id), table);
    appendDeletePlans(out, schema, names, dialects);
    appendTableList(out, schema, names);
    out += "} // namespace " + nameSpace.toLatin1() + "\n";
    return out;
}

QByteArray generateQtSqlAdapterHeader()
{
    QByteArray out = "// relata_gen::qt_sql_executor: runs the delete plans of Relata's generated "
                     "headers\n// on a QSqlDatabase. Generated by Relata: do not edit.\n"
                     "#pragma once\n\n";
    out += cppRuntimeText();
    out += '\n';
    out += cppQtSqlAdapterText();
    return out;
}

} // namespace relata
