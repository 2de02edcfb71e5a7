#pragma once

#include <QString>

namespace relatatest {

/// True when the CI variable is set (and not 0 or false). scripts/test installs every
/// program and starts every server the tests need, so there a missing one is a broken
/// set-up, never a pass.
bool inCi();

/// Reports that the current test cannot run for `reason`: a skip on a developer's
/// machine, a failure under CI. Returns false so the caller can return at once.
bool missingRequirement(const QString &reason, const char *file, int line);

/// True when `program` is on the PATH; otherwise missingRequirement() with `reason`.
bool requireProgram(const QString &program, const QString &reason,
                    const char *file = __builtin_FILE(), int line = __builtin_LINE());

} // namespace relatatest
