#pragma once

#include "ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relata {

/// What the application must do to child rows when the parent row is deleted or
/// its key updated; the database enforces none of it.
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull };

/// Where a relation came from.
enum class RelationOrigin {
    Drawn,      ///< a person drew it
    Constraint, ///< imported from a real FOREIGN KEY
    Comment,    ///< recovered from Relata's own comment marker
    Inferred,   ///< guessed from names; carries a confidence
};

/// A person's decision about an inferred relation. Kept in the model so that a
/// re-import honours it.
enum class RelationDecision { Pending, Accepted, Ignored };

enum class RelationKind { ManyToOne, OneToOne };

QString referentialActionName(ReferentialAction action); ///< "no action", "set null"...
std::optional<ReferentialAction> referentialActionFromName(const QString &name);
QString relationOriginName(RelationOrigin origin); ///< "drawn", "inferred"...
std::optional<RelationOrigin> relationOriginFromName(const QString &name);
QString relationDecisionName(RelationDecision decision); ///< "pending", "accepted", "ignored"
std::optional<RelationDecision> relationDecisionFromName(const QString &name);

/// child table + ordered columns → parent table + ordered columns.
struct Relation
{
    RelationId id;
    TableId childTable;
    QList<ColumnId> childColumns;
    TableId parentTable;
    QList<ColumnId> parentColumns;
    QString nameOnChild;  ///< e.g. "user" on blocks; empty = derived from the parent table name
    QString nameOnParent; ///< e.g. "blocks" on users; empty = derived from the child table name
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    RelationOrigin origin = RelationOrigin::Drawn;
    double confidence = 1.0; ///< 0..1; meaningful for inferred relations
    RelationDecision decision = RelationDecision::Pending;
    /// Why an inferred relation was proposed, in words ("name: user_id is users' key + _id").
    QStringList reasons;
    QJsonObject extra;

    /// Inferred and not yet accepted by a person: drawn dashed, not trusted by exports.
    bool isUnconfirmed() const
    {
        return origin == RelationOrigin::Inferred && decision != RelationDecision::Accepted;
    }
    bool isSelfReference() const { return childTable == parentTable; }

    bool operator==(const Relation &other) const = default;
};

} // namespace relata
