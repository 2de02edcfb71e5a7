#pragma once

#include "core/schema.h"

#include <QString>

namespace relatatest {

/// Builds small schemas for rule tests in a few readable lines:
///
///     SchemaBuilder b;
///     b.table("users", "id bigint unsigned NOT NULL, name varchar(50)", "id")
///      .table("blocks", "id int NOT NULL, user_id int", "id")
///      .index("blocks", "ix_user", "user_id")
///      .relation("blocks", "user_id", "users", "id", relata::ReferentialAction::Cascade);
///
/// Column specs are comma-separated `name type [NOT NULL] [AUTO_INCREMENT]` (commas inside
/// parentheses or quotes belong to the type). A relation may name a table or column that
/// does not exist: it then gets an id that no object has (for R001).
class SchemaBuilder
{
public:
    explicit SchemaBuilder(relata::Dialect dialect = relata::Dialect::MySql);

    SchemaBuilder &table(const QString &name, const QString &columns,
                         const QString &primaryKey = QString());
    SchemaBuilder &index(const QString &table, const QString &name, const QString &columns,
                         bool unique = false);
    SchemaBuilder &relation(const QString &child, const QString &childColumns,
                            const QString &parent, const QString &parentColumns,
                            relata::ReferentialAction onDelete
                            = relata::ReferentialAction::NoAction);
    /// The relation added last, to set origin, decision, names or onUpdate.
    relata::Relation &lastRelation();

    const relata::Schema &schema() const { return m_schema; }
    relata::TableId tableId(const QString &name) const;
    relata::ColumnId columnId(const QString &table, const QString &column) const;

private:
    QList<relata::ColumnId> columnIds(relata::TableId table, const QString &names);

    relata::Schema m_schema;
    quint32 m_missingId = 1000000;
};

} // namespace relatatest
