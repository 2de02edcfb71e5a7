#pragma once

#include "deleteoracle.h"

#include "sql/deleteplan.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace relata {
class Schema;
struct Relation;
struct Table;
} // namespace relata

namespace relatatest {

/// What one delete in the twin databases came to.
struct RoundResult
{
    QStringList problems; ///< empty when both databases agree
    QString summary;      ///< the root rows and both outcomes; empty when none were left
};

/// Relata's side of a round: deletes the root rows `idsJson` names (the `:ids` parameter)
/// from the database without constraints, with everything the plan says, in one
/// transaction; DeleteRun::error says why when it failed. An empty runner stands for
/// relata::runDeleteScript() with the round's script.
using DeleteRunner = std::function<DeleteRun(QSqlDatabase &free, const QString &idsJson)>;

/// Deletes the same seeded root rows from `constrained` (one DELETE, the database's own
/// ON DELETE actions) and from `free` (`runner`, by default Relata's `script`) and
/// compares the outcome and every table. Round 0 takes two rows, round 1 two rows no
/// restrict relation protects directly (where there are any), round 2 one row. With
/// `spareFirst` the root's first row (in key order) is never taken. The script's Finish
/// statements clean up after a refusal or failure, whichever runner ran.
RoundResult deleteRound(const relata::Schema &schema, const relata::Table &root,
                        const relata::DeleteScript &script, QSqlDatabase &constrained,
                        QSqlDatabase &free, const relata::DeletePlan &plan, quint64 seed, int round,
                        bool spareFirst, const DeleteRunner &runner = {});

/// The relations the constrained database has no FOREIGN KEY for: the target refuses them.
QSet<const relata::Relation *> refusedForeignKeys(const relata::Schema &schema,
                                                  relata::Dialect dialect);

/// Why the database's answer to this plan would depend on the order its engine visits
/// rows in, or on a constraint it does not have; empty when the comparison is sound.
QString orderDependence(const relata::Schema &schema, const relata::DeletePlan &plan,
                        const SeedOptions &options);

} // namespace relatatest
