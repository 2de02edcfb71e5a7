#pragma once

#include "clicommand.h"

namespace relata {

class Schema;

/// `relata-cli format FILE`: rewrites a schema in the canonical form the application saves
/// (fixed key order and indentation), so hand-edited or generated files diff cleanly.
/// `--check` only reports whether the file is canonical, for CI.
class FormatCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static int check(const QString &path, const QByteArray &canonical, QTextStream &err);
    static int rewriteInPlace(const QString &path, const Schema &schema,
                              const QByteArray &canonical, QTextStream &err);
};

} // namespace relata
