#pragma once

#include "findingreport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relata {

/// SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps) import.
///
/// One run whose `tool.driver.rules` is the whole rule catalogue, in code order, so that
/// a result's `ruleIndex` stays the same from one run to the next; one result per finding,
/// located at the file (`artifactLocation.uri`, the path as given, percent-encoded where a
/// URI needs it) and, when known, the line of its first object; the objects as
/// `logicalLocations`; the fix, which SARIF can only express as a text edit, in the
/// result's `properties.fix`. Keys are written in a fixed order; equal input gives equal
/// bytes.
QByteArray sarifReport(const QList<FileFindings> &files, const QString &toolVersion);

/// The SARIF `level` of a severity: "error", "warning", "note".
QString sarifLevel(Severity severity);

/// `path` as a SARIF artifact URI: a relative path stays relative (percent-encoded where
/// needed, '/' separators), an absolute one becomes a file:// URI.
QString sarifUri(const QString &path);

} // namespace relata
