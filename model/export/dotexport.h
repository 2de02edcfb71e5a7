#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QString>

namespace relata {

/// What `relata-cli export dot` and the GUI's "Graphviz DOT…" ask for.
struct DotOptions
{
    /// List every column in its table's node; off gives bare table names, which keeps
    /// very large schemas readable as an overview.
    bool columns = true;
    /// Draw unconfirmed (inferred, not yet accepted) relations, dashed.
    bool unconfirmed = true;
};

/// The schema as a Graphviz `digraph` (SPEC §8), for people who render, lay out or
/// post-process diagrams with Graphviz itself.
///
/// One node per table (`t0`, `t1`, … in model order, so names never need to be DOT
/// identifiers), drawn as an HTML-like table: a header with the table name, then one row
/// per column with its PK/FK marks, name and type. One edge per relation from child to
/// parent, leaving and entering at the column rows (ports `outN` and `inN`), with
/// crow's-foot ends and dashed when unconfirmed; ignored relations are left out. Any
/// name is safe: text is escaped for HTML-like labels and quoted DOT strings, and control
/// characters become spaces. Deterministic: the same schema gives the same text.
Result<QString> generateDot(const Schema &schema, const DotOptions &options = {});

} // namespace relata
