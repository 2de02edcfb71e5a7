#pragma once

#include "clicommand.h"

namespace relata {

/// `relata-cli export WHAT FILE`: the schema as SQL DDL for MySQL/MariaDB, PostgreSQL or
/// SQLite (SPEC §4), as Graphviz DOT or Mermaid text, or as a picture of the diagram in
/// SVG, PNG or PDF (SPEC §8), so that deployment scripts, CI and documentation use the
/// same file people draw. The first argument names what is exported, so that further
/// exports join as further words.
class ExportCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// True when `args` (what follows `export`) ask for a picture: the process then needs
    /// a QApplication, which must exist before the command runs.
    static bool drawsPicture(const QStringList &args);
};

} // namespace relata
