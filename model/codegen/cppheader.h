#pragma once

#include "core/dialect.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relata {

class Schema;

/// Choices for generateCppHeader().
struct CppOptions
{
    /// The namespace the schema's declarations go in ("shop", "app::db"); empty: the
    /// schema's name made an identifier.
    QString nameSpace;
    /// The dialects whose delete scripts the header carries; empty: the schema's own. At
    /// run time delete_rows() takes the one of the executor's database.
    QList<Dialect> dialects;
    /// The model file's name, for the header's first line; empty: none.
    QString sourceName;
};

/// A self-contained C++17 header (standard library only) that declares the schema (SPEC
/// §6): per table a struct with its SQL name, its columns and key as constants; per table
/// a nested `relations` struct with each relation's end on that table (Drizzle's one() and
/// many()), and a nested `delete_plan` struct with the plan's steps and, per dialect, the
/// statements of its inline delete script, which relata_gen::delete_rows() runs through
/// an executor the application implements. SQL names are exact in escaped literals; C++
/// names come from cppIdentifier(). UTF-8 (non-ASCII only in comments). A failure only
/// for a bad namespace.
Result<QByteArray> generateCppHeader(const Schema &schema, const CppOptions &options);

/// The second, optional header: relata_gen::qt_sql_executor on a QSqlDatabase.
QByteArray generateQtSqlAdapterHeader();

/// Why `nameSpace` cannot be the namespace of a generated header ("a::b": each part an
/// identifier, not a keyword), or empty when it can.
QString cppNamespaceProblem(const QString &nameSpace);

/// The namespace used when none is given: the schema's name as an identifier.
QString defaultCppNamespace(const Schema &schema);

} // namespace relata
