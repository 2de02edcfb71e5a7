#pragma once

// Small random schemas for the delete oracle (SPEC §5), the same for the same seed.

#include "core/schema.h"

namespace relatatest {

/// A schema of 6 to 10 tables with integer keys (some composite), some with a soft-delete
/// column, relations with a mix of cascade, set null, restrict and no action, and some
/// self-references. What it leaves out, and why, is said in synthschema.cpp.
relata::Schema syntheticSchema(quint64 seed);

} // namespace relatatest
