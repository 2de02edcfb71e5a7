#pragma once

#include <QByteArray>

namespace relata {

/// The part of every generated C++ header that does not depend on the schema: the types
/// of namespace relata_gen (column, relation, plan, executor...) and delete_rows(), in
/// C++17 with the standard library only, guarded so that two generated headers can meet
/// in one translation unit.
QByteArray cppRuntimeText();

/// relata_gen::qt_sql_executor: the executor on a QSqlDatabase, for the optional second
/// header (which also carries cppRuntimeText(), so it stands alone).
QByteArray cppQtSqlAdapterText();

} // namespace relata
