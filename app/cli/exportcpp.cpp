#include "exportcpp.h"

#include "clioutput.h"
#include "commandoptions.h"
#include "exitcode.h"
#include "exportoptions.h"

#include "codegen/cppheader.h"
#include "core/schema.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// --dialect for cpp: "mysql,sqlite", "all", or nothing (the schema's own).
std::optional<QList<Dialect>> cppDialects(const QString &value, QString *error)
{
    if (value.isEmpty())
        return QList<Dialect>{};
    if (value == u"all")
        return QList<Dialect>{Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite};
    QList<Dialect> dialects;
    for (const QString &name : value.split(u',')) {
        const std::optional<Dialect> dialect = dialectFromName(name.trimmed());
        if (!dialect) {
            *error = u"unknown dialect '%1' (expected mysql, postgresql, sqlite, a "
                     "comma-separated list of them, or all)"_s.arg(name.trimmed());
            return std::nullopt;
        }
        dialects.append(*dialect);
    }
    return dialects;
}

} // namespace

int exportCpp(const CommandOptions &options, const ExportOptionSet &set, const Schema &schema,
              QTextStream &out, QTextStream &err)
{
    CppOptions cpp;
    QString error;
    const std::optional<QList<Dialect>> dialects = cppDialects(options.value(set.dialect), &error);
    if (!dialects)
        return options.usageError(err, error);
    cpp.dialects = *dialects;
    cpp.nameSpace = options.value(set.nameSpace);
    if (options.isSet(set.nameSpace)) {
        if (const QString problem = cppNamespaceProblem(cpp.nameSpace); !problem.isEmpty())
            return options.usageError(err, problem);
    }
    cpp.sourceName = QFileInfo(options.arguments().at(1)).fileName();
    const QString qtSql = options.value(set.qtSql);
    const QString output = options.value(set.output);
    const auto samePath = [](const QString &a, const QString &b) {
        return !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    if (!qtSql.isEmpty() && (qtSql == u"-" || samePath(qtSql, output)))
        return options.usageError(err, u"--qt-sql needs a file of its own"_s);
    const Result<QByteArray> header = generateCppHeader(schema, cpp);
    if (!header) {
        err << options.arguments().at(1) << u": "_s << header.errorString() << u'\n';
        return ExitFindings;
    }
    if (!writeOutput(header.value(), output, out, &error)
        || (!qtSql.isEmpty() && !writeOutput(generateQtSqlAdapterHeader(), qtSql, out, &error))) {
        err << error << u'\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace relata
