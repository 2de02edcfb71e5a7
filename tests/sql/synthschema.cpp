#include "synthschema.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

// What the generator leaves out, because a database's own answer would then depend on the
// order its engine visits rows (so it proves nothing about Relata's plan), or because a
// database refuses the constraints:
// - loops through several tables: a table only refers to tables made before it (and to
//   itself). MySQL/MariaDB refuse a cascade that comes back to a table it is already
//   changing, and take the rows of a cycle of set null / cascade in the order they find
//   them;
// - restrict and no action self-references: every delete of such a table would also cascade
//   into (or be checked against) the table it deletes from, which orderDependence() rules out;
// - child columns in the primary key: a set null on them is refused by every database.

namespace relatatest {

namespace {

relata::Column column(relata::Schema &schema, const QString &name, const char *type, bool nullable)
{
    relata::Column c;
    c.id = schema.newColumnId();
    c.name = name;
    c.type = relata::SqlType::parse(QString::fromLatin1(type), relata::Dialect::MySql);
    c.nullable = nullable;
    return c;
}

relata::ReferentialAction randomAction(QRandomGenerator &random)
{
    static const relata::ReferentialAction actions[]
            = {relata::ReferentialAction::Cascade, relata::ReferentialAction::Cascade,
               relata::ReferentialAction::Cascade, relata::ReferentialAction::SetNull,
               relata::ReferentialAction::SetNull, relata::ReferentialAction::Restrict,
               relata::ReferentialAction::NoAction};
    return actions[random.bounded(int(std::size(actions)))];
}

} // namespace

relata::Schema syntheticSchema(quint64 seed)
{
    QRandomGenerator random(quint32(seed * 2654435761ULL + 17));
    relata::Schema schema;
    schema.name = u"synthetic%1"_s.arg(seed);
    schema.dialect = relata::Dialect::MySql;
    const int tables = 6 + random.bounded(5);
    QList<relata::TableId> ids;
    for (int i = 0; i < tables; ++i) {
        relata::Table table;
        table.name = u"t%1"_s.arg(i);
        const bool composite = random.bounded(4) == 0;
        if (composite) {
            table.columns.append(column(schema, u"ka"_s, "int", false));
            table.columns.append(column(schema, u"kb"_s, "int", false));
        } else {
            table.columns.append(column(schema, u"id"_s, "int", false));
        }
        for (const relata::Column &c : std::as_const(table.columns))
            table.primaryKey.append(c.id);
        table.columns.append(column(schema, u"label"_s, "varchar(40)", true));
        if (random.bounded(100) < 40) {
            table.columns.append(column(schema, u"deleted_at"_s, "datetime", true));
            table.softDeleteColumn = table.columns.constLast().id;
        }
        struct Link
        {
            relata::TableId parent;
            QList<relata::ColumnId> childColumns;
            relata::ReferentialAction action;
        };
        QList<Link> links;
        const int parents = i == 0 ? 0 : random.bounded(3);
        for (int p = 0; p < parents; ++p) {
            const int j = random.bounded(i);
            const relata::Table &parent = *schema.table(ids.at(j));
            Link link{parent.id, {}, randomAction(random)};
            const bool nullable
                    = link.action == relata::ReferentialAction::SetNull || random.bounded(2) == 0;
            for (const relata::ColumnId key : parent.primaryKey) {
                table.columns.append(
                        column(schema, u"p%1_%2_%3"_s.arg(j).arg(p).arg(parent.column(key)->name),
                               "int", nullable));
                link.childColumns.append(table.columns.constLast().id);
            }
            links.append(link);
        }
        const bool selfReference = !composite && random.bounded(100) < 25;
        if (selfReference)
            table.columns.append(column(schema, u"parent_id"_s, "int", true));
        const relata::TableId id = schema.addTable(table);
        ids.append(id);
        const relata::Table &added = *schema.table(id);
        for (const Link &link : std::as_const(links)) {
            relata::Relation relation;
            relation.childTable = id;
            relation.childColumns = link.childColumns;
            relation.parentTable = link.parent;
            relation.parentColumns = schema.table(link.parent)->primaryKey;
            relation.onDelete = link.action;
            schema.addRelation(relation);
        }
        if (selfReference) {
            relata::Relation relation;
            relation.childTable = id;
            relation.childColumns = {added.columnByName(u"parent_id"_s)->id};
            relation.parentTable = id;
            relation.parentColumns = added.primaryKey;
            relation.onDelete = random.bounded(2) == 0 ? relata::ReferentialAction::Cascade
                                                       : relata::ReferentialAction::SetNull;
            relation.nameOnChild = u"parent"_s;
            relation.nameOnParent = u"children"_s;
            schema.addRelation(relation);
        }
    }
    return schema;
}

} // namespace relatatest
