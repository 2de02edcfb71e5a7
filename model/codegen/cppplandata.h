#pragma once

#include "core/dialect.h"
#include "core/ids.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace relata {

class Schema;

/// The C++ names of one generated header: the namespace, each table's struct, each
/// column's constant.
struct CppNames
{
    QString nameSpace;
    QHash<TableId, QString> tables;
    QHash<ColumnId, QString> columns;

    /// "::shop::users": the table's struct, qualified from the global namespace so that no
    /// generated name can hide it.
    QByteArray qualified(TableId table) const;
};

/// Appends the definition of every table's nested `delete_plan` struct: the plan in
/// words, its steps, and per dialect the statements of its inline delete script.
void appendDeletePlans(QByteArray &out, const Schema &schema, const CppNames &names,
                       const QList<Dialect> &dialects);

} // namespace relata
