#pragma once

#include "clicommand.h"

#include "validate/findingreport.h"
#include "validate/validationoptions.h"

namespace relata {

/// `relata-cli validate FILE...`: runs the rule catalogue (SPEC §3) on schema files, for
/// people (compiler-style text) and CI (JSON, SARIF for code scanning). The exit status
/// says whether a file has errors, so that a pipeline fails on them.
class ValidateCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// What the command line asked for, once parsed and checked.
    struct Settings
    {
        QString format = QStringLiteral("text"); ///< text, json or sarif
        QString output;                          ///< empty: standard output
        bool werror = false;
        bool verbose = false;
        bool listRules = false;
        ValidationOptions validation;
        QStringList files;
    };

private:
    /// Validates one file; returns its exit status and, when it loaded, its findings.
    static int validateFile(const QString &path, const Settings &settings,
                            QList<FileFindings> *reports, QTextStream &err);
    static QByteArray report(const Settings &settings, const QList<FileFindings> &reports);
    static int listRules(const Settings &settings, QTextStream &out, QTextStream &err);
};

} // namespace relata
