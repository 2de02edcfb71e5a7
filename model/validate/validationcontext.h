#pragma once

#include "finding.h"
#include "validationoptions.h"

#include "core/schema.h"

#include <QList>

namespace relata {

class ValidationRule;

/// What every rule reads: the schema, the options, and the relations worth checking.
///
/// Relations a person ignored are not relations. A relation that names a missing table or
/// column is reported by R001 only, and one whose column lists differ in length by R002
/// only: every other rule sees just the well-formed relations of relations().
class ValidationContext
{
public:
    ValidationContext(const Schema &schema, const ValidationOptions &options);

    const Schema &schema() const { return m_schema; }
    const ValidationOptions &options() const { return m_options; }

    /// Not ignored, every table and column it names exists, and both column lists have the
    /// same length; in model order.
    const QList<const Relation *> &relations() const { return m_relations; }
    /// True when the relation's tables and columns all exist.
    bool resolves(const Relation &relation) const;

    /// "table.column"
    QString columnRef(TableId table, ColumnId column) const;
    /// The objects of a relation for Finding::objects: child columns first, then parent's.
    QStringList objectsOf(const Relation &relation) const;

    /// A finding of `rule` with its code and severity set.
    static Finding finding(const ValidationRule &rule, const QString &message);
    /// Sets the finding's objects and subject ids from a relation.
    void attach(Finding &finding, const Relation &relation) const;
    /// Sets the finding's objects and subject ids from a table (and some of its columns).
    void attach(Finding &finding, const Table &table, const QList<ColumnId> &columns = {}) const;

private:
    const Schema &m_schema;
    const ValidationOptions &m_options;
    QList<const Relation *> m_relations;
};

} // namespace relata
