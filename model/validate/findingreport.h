#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace relata {

/// The findings of one file as reports show them: with the path as the user gave it and
/// the line of each finding's first object.
struct FileFindings
{
    QString path;                    ///< printed unchanged, so that editors and CI find it
    QList<Finding> findings;         ///< in validate()'s order
    QList<std::optional<int>> lines; ///< parallel to findings; no value: line unknown
};

/// How many findings of each severity: the summary of every output format.
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    int total() const { return errors + warnings + infos; }
    FindingCounts &operator+=(const FindingCounts &other);
};

/// Pairs `findings` of the file at `path` with their lines in `fileText` (the file's bytes;
/// empty when they are not at hand: every line is then unknown).
FileFindings locateFindings(const QString &path, const QList<Finding> &findings,
                            const QByteArray &fileText);

FindingCounts countFindings(const QList<Finding> &findings);

/// "1 error, 2 warnings", "1 info"; "no problems" when there is nothing. Leaves out the
/// severities that have no finding, so that the line reads like a compiler's.
QString summaryText(const FindingCounts &counts);

/// Compiler-style text, one line per finding and an indented line for its fix:
///
///     linkinbio.relata: warning R007: blocks.user_id → users.id has no index on blocks (user_id)
///         fix: CREATE INDEX idx_blocks_user_id ON blocks (user_id);
///
/// No summary: callers print summaryText() where it does not mix with the report.
QByteArray textReport(const FileFindings &file);

/// JSON for scripts: `{"file", "findings": [{"code", "severity", "message", "objects",
/// "fix", "line"}], "summary": {"errors", "warnings", "infos"}}`, keys in that order (not
/// sorted), `fix` and `line` null when there is none. Equal input gives equal bytes.
QByteArray jsonReport(const FileFindings &file);

/// An array of jsonReport() objects, in the given order: the report of several files.
QByteArray jsonReport(const QList<FileFindings> &files);

} // namespace relata
