#pragma once

namespace relata {

/// The process exit codes of relata-cli (SPEC §3). Scripts and CI depend on them.
enum ExitCode : int {
    ExitOk = 0,       ///< success, nothing to report
    ExitFindings = 1, ///< the input was read and has problems (validation errors, not canonical)
    ExitUsage = 2,    ///< bad usage, unreadable input or unwritable output
};

} // namespace relata
