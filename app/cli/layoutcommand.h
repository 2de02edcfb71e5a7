#pragma once

#include "clicommand.h"

#include <QSet>

namespace relata {

class Schema;
struct LayoutResult;

/// `relata-cli layout FILE`: places the tables with the Graphviz engine, measuring each
/// card as the diagram draws it, and writes the schema with the new layout (or, with
/// `--format json`, only the positions: what the desktop application reads from the
/// child process it runs this in). `--tables`/`--tables-file` lay out only those
/// tables; pinned tables never move.
class LayoutCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static QByteArray positionsJson(const Schema &schema, const LayoutResult &result);
};

} // namespace relata
