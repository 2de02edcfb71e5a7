#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QString>

namespace relata {

/// What `relata-cli export mermaid` and the GUI's "Mermaid…" ask for.
struct MermaidOptions
{
    /// List the columns as attributes; off gives bare entities and relationships.
    bool attributes = true;
    /// Draw unconfirmed (inferred, not yet accepted) relations, as dashed `..` lines.
    bool unconfirmed = true;
};

/// The schema as a Mermaid `erDiagram` (SPEC §8), which GitHub, GitLab and many wikis
/// render from Markdown.
///
/// Mermaid's grammar is narrower than SQL's names, so names are rewritten by fixed rules
/// (docs/cli.md, "export mermaid"):
/// - an entity keeps its name when it is a plain ASCII word (`[A-Za-z_][A-Za-z0-9_-]*`)
///   and does not start with a word Mermaid's lexer reads first (`class`, `to`, `one`,
///   …); otherwise it is quoted, and the characters a quoted name cannot hold are
///   replaced: `"` by `'`, `\` by `/`, `%` by `_`, control characters by spaces;
/// - an attribute type or name keeps `[A-Za-z0-9_]`, every other run of characters
///   becomes one `_` (`varchar(255)` → `varchar_255`, `text[]` → `text_array`), and a
///   leading digit gets a `_` in front; a column whose name had to change carries its
///   real name at the start of the attribute's comment;
/// - names made equal by these rules get `_2`, `_3`… in model order.
/// Relationships go from child to parent: `}o--||` many-to-one with a mandatory parent,
/// `}o--o|` when a child column is nullable, `|o--||` / `|o--o|` one-to-one; the label is
/// the relation's name on the child, then on the parent ("user / blocks"). Deterministic.
Result<QString> generateMermaid(const Schema &schema, const MermaidOptions &options = {});

} // namespace relata
