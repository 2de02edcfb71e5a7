// Relations of a MariaDB/MySQL import: FOREIGN KEY constraints, then Relata's markers.
#include "markerrelation.h"
#include "mysqlschemabuilder.h"

using namespace Qt::StringLiterals;

namespace relata::mysqlimport {

namespace {

using namespace mysqlcatalog;

/// The column pairs of one FOREIGN KEY (rows come in ORDINAL_POSITION order).
struct ForeignKey
{
    const ForeignKeyRow *first = nullptr;
    QStringList columns;
    QStringList parentColumns;
};

QList<ForeignKey> groupForeignKeys(const Catalog &catalog)
{
    QList<ForeignKey> keys;
    for (const ForeignKeyRow &row : catalog.foreignKeys) {
        if (keys.isEmpty() || keys.last().first->table != row.table
            || keys.last().first->constraint != row.constraint) {
            keys.append({&row, {}, {}});
        }
        keys.last().columns.append(row.column);
        keys.last().parentColumns.append(row.parentColumn);
    }
    return keys;
}

/// The action for an UPDATE_RULE/DELETE_RULE; SET DEFAULT, which InnoDB refuses anyway,
/// has no counterpart in the model and becomes NO ACTION with a note.
ReferentialAction actionFromRule(const QString &rule, const QString &what, ImportSummary &summary)
{
    if (rule == u"CASCADE"_s)
        return ReferentialAction::Cascade;
    if (rule == u"SET NULL"_s)
        return ReferentialAction::SetNull;
    if (rule == u"RESTRICT"_s)
        return ReferentialAction::Restrict;
    if (rule != u"NO ACTION"_s)
        summary.notModelled.append(u"%1 %2 (imported as no action)"_s.arg(rule, what));
    return ReferentialAction::NoAction;
}

/// A relation between two imported tables by column names; nothing when a name is unknown.
std::optional<Relation> relationByNames(const Schema &schema, const QString &childTable,
                                        const QStringList &childColumns, const QString &parentTable,
                                        const QStringList &parentColumns)
{
    const Table *child = schema.tableByName(childTable);
    const Table *parent = schema.tableByName(parentTable);
    if (!child || !parent || childColumns.size() != parentColumns.size())
        return std::nullopt;
    Relation relation;
    relation.childTable = child->id;
    relation.parentTable = parent->id;
    relation.childColumns = child->columnIdsByName(childColumns);
    relation.parentColumns = parent->columnIdsByName(parentColumns);
    if (relation.childColumns.isEmpty() || relation.parentColumns.isEmpty())
        return std::nullopt;
    return relation;
}

/// Puts a marker that could not be resolved back into its column's comment, so that the
/// text is not lost.
void keepMarkerText(Schema &schema, const PendingMarker &pending)
{
    const Table *table = schema.tableByName(pending.table);
    Table *editable = table ? schema.tableForEdit(table->id) : nullptr;
    if (!editable)
        return;
    const QString marker = formatRelationMarker(pending.marker);
    for (Column &column : editable->columns) {
        if (column.name == pending.column)
            column.comment = column.comment.isEmpty() ? marker : column.comment + u'\n' + marker;
    }
}

} // namespace

void addConstraintRelations(const Catalog &catalog, BuildState &state)
{
    Schema &schema = state.result.schema;
    ImportSummary &summary = state.result.summary;
    for (const ForeignKey &key : groupForeignKeys(catalog)) {
        const ForeignKeyRow &row = *key.first;
        const QString what = u"foreign key %1 on %2"_s.arg(row.constraint, row.table);
        if (row.parentSchema.compare(catalog.database, Qt::CaseInsensitive) != 0) {
            summary.notModelled.append(u"%1: references %2.%3 in another database"_s.arg(
                    what, row.parentSchema, row.parentTable));
            continue;
        }
        std::optional<Relation> relation = relationByNames(schema, row.table, key.columns,
                                                           row.parentTable, key.parentColumns);
        if (!relation) {
            summary.notModelled.append(
                    u"%1: references %2, which was not imported"_s.arg(what, row.parentTable));
            continue;
        }
        relation->origin = RelationOrigin::Constraint;
        relation->onDelete = actionFromRule(row.onDelete, u"on delete of "_s + what, summary);
        relation->onUpdate = actionFromRule(row.onUpdate, u"on update of "_s + what, summary);
        schema.addRelation(std::move(*relation));
        ++summary.constraintRelations;
    }
}

void addMarkerRelations(BuildState &state)
{
    Schema &schema = state.result.schema;
    ImportSummary &summary = state.result.summary;
    for (const PendingMarker &pending : std::as_const(state.markers)) {
        const RelationMarker &marker = pending.marker;
        const QStringList childColumns
                = marker.childColumns.isEmpty() ? QStringList{pending.column} : marker.childColumns;
        std::optional<Relation> relation = relationByNames(
                schema, pending.table, childColumns, marker.parentTable, marker.parentColumns);
        if (!relation) {
            summary.notModelled.append(
                    u"relation marker on %1.%2 names a table or column that does not exist: %3"_s
                            .arg(pending.table, pending.column, formatRelationMarker(marker)));
            keepMarkerText(schema, pending);
            continue;
        }
        if (addMarkerRelation(schema, std::move(*relation), marker))
            ++summary.commentRelations;
    }
}

} // namespace relata::mysqlimport
