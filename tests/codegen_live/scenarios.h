#pragma once

// Hand-made rows for the named scenarios of tst_cppgen_live: a schema's rows before a
// delete through the generated code, and what every table holds after it.
#include "relata_qtsql.hpp"

#include "core/dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace relatatest {

struct Scenario
{
    QString example; ///< the generated schema: linkinbio, linkinbio-cascade, ...
    /// The delete, written as an application would: delete_rows<Table>(executor, ids).
    std::function<relata_gen::delete_result(relata_gen::executor &)> run;
    relata_gen::delete_outcome outcome;
    QString refusedBy; ///< refused: what refused_by must name
    /// Per table ("blocks"), its rows after the delete (columns joined by '|', NULL as
    /// "NULL", ordered by the first column), as the columns `columns` name.
    QList<std::pair<QString, QStringList>> after;
};

/// The scenarios by name ("linkinbio-cascade deletes the blocks").
QList<std::pair<QString, Scenario>> scenarios();

/// The INSERT statements of the hand-made rows of `example` in `dialect`.
QStringList scenarioRows(const QString &example, relata::Dialect dialect);

/// The table's rows (only the listed columns, joined by '|', NULL as "NULL") in the order
/// of the first column; nothing, with `error` set, when the query fails.
std::optional<QStringList> tableRows(QSqlDatabase &db, relata::Dialect dialect,
                                     const QString &table, QString *error);

/// The columns tableRows() reads of `table`.
QStringList scenarioColumns(const QString &table);

} // namespace relatatest
