#pragma once

#include "core/schema.h"

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace relata {

/// A bold, compact heading that separates the sections of a property page.
QLabel *makeSectionTitle(const QString &text, QWidget *parent);

/// `<prefix>_<table>_<columns>`, e.g. "ix_blocks_user_id", with a number appended when
/// the table already has an index of that name.
QString derivedIndexName(const Table &table, const QString &prefix, const QList<ColumnId> &columns);

/// The integer type a new column gets, spelled as the dialect's catalog spells it.
QString defaultColumnType(Dialect dialect);

/// Same columns in any order: what makes an index a key for a set of columns.
bool sameColumnSet(const QList<ColumnId> &a, const QList<ColumnId> &b);

} // namespace relata
