#pragma once

// The programs tst_cppgen_compile builds from generated headers, and what they must print.
#include "core/dialect.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relata {
class Schema;
}

namespace cppgentest {

/// A program that includes `header` and prints, for every entry of `nameSpace`::tables, the
/// table's SQL name, its columns' and key's SQL names (hex of the bytes) and, per script of
/// its delete plan, the dialect and the number of statements.
QByteArray dumpProgram(const QString &header, const QString &nameSpace);

/// What dumpProgram() prints for a header of `schema` with `dialects`, from the model.
QStringList expectedDump(const relata::Schema &schema, const QList<relata::Dialect> &dialects);

/// A translation unit that includes several generated headers (header file, namespace) and
/// the Qt SQL adapter, and runs every table's delete plan through a qt_sql_executor.
QByteArray mixedUnit(const QList<QPair<QString, QString>> &headers, const QString &adapter);

} // namespace cppgentest
