#pragma once

#include "clicommand.h"

namespace relata {

struct ImportOptions;
struct ImportRun;

/// `relata-cli import --driver D --database DB ...`: reads the catalog of a live database
/// (MariaDB/MySQL, PostgreSQL or an SQLite file) into a .relata schema. The output is
/// written only once the import has fully succeeded, so a failed or cancelled import never
/// touches an existing file.
class ImportCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static void writeSummary(const ImportRun &run, const QString &driver,
                             const ImportOptions &options, QTextStream &err);
};

} // namespace relata
