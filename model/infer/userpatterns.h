#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace relata::inference {

/// One user-given inference pattern (InferenceOptions::patterns), compiled.
struct UserPattern
{
    QString text;
    QRegularExpression column; ///< matches a whole column name, case-insensitively
    /// Template form ("fk_{singular}"): the column names an entity, captured by the regex.
    bool namesEntity = false;
    /// Mapping form ("author_id=users.id"): the table and, optionally, the column.
    QString table;
    QString tableColumn;
};

/// Compiles the patterns; on a bad one, `error` says which and why and the list is empty.
QList<UserPattern> compilePatterns(const QStringList &patterns, QString *error);

} // namespace relata::inference
