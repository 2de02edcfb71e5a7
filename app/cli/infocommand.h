#pragma once

#include "clicommand.h"

namespace relata {

class Schema;

/// `relata-cli info FILE`: a short summary of a schema (name, dialect, object counts), as
/// text for people or JSON for scripts.
class InfoCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static QByteArray summaryText(const Schema &schema);
    static QByteArray summaryJson(const QString &path, const Schema &schema);
};

} // namespace relata
