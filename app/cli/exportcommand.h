#pragma once

#include "clicommand.h"

namespace relata {

/// `relata-cli export ddl FILE`: writes a schema as SQL for MySQL/MariaDB, PostgreSQL or
/// SQLite (SPEC §4), constraint-free unless asked, so that deployment scripts and CI can
/// create the database from the same file people draw. The first argument names what is
/// exported, so that later exports (C++, delete plans, diagrams) join as further words.
class ExportCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace relata
