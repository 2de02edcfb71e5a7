#pragma once

#include "clicommand.h"

namespace relata {

class Schema;

/// `relata-cli validate FILE...`: checks schema files for CI. Today it reports files that
/// cannot be loaded (exit 2); the rule engine adds findings (exit 1) in checkSchema().
class ValidateCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static int validateFile(const QString &path, bool verbose, QTextStream &out, QTextStream &err);
    /// Reports the findings for a loaded schema on `out`; returns ExitFindings when the
    /// schema has errors, ExitOk otherwise.
    static int checkSchema(const QString &path, const Schema &schema, QTextStream &out);
};

} // namespace relata
