#pragma once

#include "typemapping.h"

#include <QStringView>

#include <utility>

// Shared by the type mapping's translation units; not part of Relata's API.

namespace relata::detail {

inline MappedType exact(QString text)
{
    return MappedType{std::move(text), QString()};
}

inline MappedType lossy(QString text, QString loss)
{
    return MappedType{std::move(text), std::move(loss)};
}

/// Appends one more loss to a note, "; "-separated.
void addLoss(MappedType &mapped, const QString &note);
/// `name(a)`, or `name(a,b)` when b is given (>= 0).
QString sized(QStringView name, int a, int b = -1);
/// `name(p)` when p is given (>= 0), else `name`.
QString optionalSize(QStringView name, int p);
/// MySQL's BOOL convention: `tinyint(1)`, which `bool`/`boolean` also parse to.
bool isMySqlBoolean(const SqlType &type, Dialect from);
/// `bool`/`boolean` state the intent; a bare `tinyint(1)` only follows the convention.
MappedType fromMySqlBoolean(const SqlType &type, QString text);
QString unsignedLoss(Dialect to);
/// The members of an enum or set, for the note that says they are no longer enforced.
QString memberLoss(const SqlType &type);
MappedType unknownAsText(const SqlType &type, QString text, Dialect to);
QString timeZoneLoss(Dialect to);
/// MySQL's spatial types, which the other dialects only have through extensions.
bool isMySqlSpatial(const SqlType &type);

/// One function per target; the type comes from another dialect.
MappedType toMySql(const SqlType &type, Dialect from);
MappedType toPostgreSql(const SqlType &type, Dialect from);
MappedType toSqlite(const SqlType &type, Dialect from);

} // namespace relata::detail
