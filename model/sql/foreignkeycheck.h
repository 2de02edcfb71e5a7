#pragma once

#include "core/dialect.h"
#include "core/schema.h"

#include <QString>

namespace relata {

/// Why the target database would refuse a real FOREIGN KEY for `relation`, in words; empty
/// when it accepts one. MySQL/MariaDB want the same integer size and sign, the same
/// decimal precision and a comparable family on both sides, and refuse SET NULL on a NOT
/// NULL column; PostgreSQL wants comparable families; SQLite accepts anything. Used by
/// `--with-constraints`, which leaves such a constraint out with a comment rather than
/// write DDL that fails to load (the relation's findings, R004/R005, say how to fix it).
QString foreignKeyRefusal(const Schema &schema, const Relation &relation, Dialect target);

} // namespace relata
