#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <utility>

namespace relata {

namespace exportoptions {

// Confined to this namespace: the literals below need it, the includers need not see it.
using namespace Qt::StringLiterals;

/// The picture exports: drawn by the views layer.
inline const QStringList kPictureExports{u"svg"_s, u"png"_s, u"pdf"_s};

/// The export command's options, declared once for the help, the parser and the checks.
struct ExportOptionSet
{
    QCommandLineOption dialect{{u"d"_s, u"dialect"_s},
                               u"ddl, plans, cleanup: target database: mysql (also MariaDB, "
                               u"Vitess), postgresql or sqlite. cpp: the databases whose delete "
                               u"scripts the header carries, comma-separated, or all. Default: "
                               u"the schema's own dialect."_s,
                               u"DIALECT"_s};
    QCommandLineOption output{{u"o"_s, u"output"_s},
                              u"Write to FILE (atomically) instead of standard output. Required "
                              u"for png and pdf."_s,
                              u"FILE"_s};
    QCommandLineOption withConstraints{
            u"with-constraints"_s,
            u"ddl: emit real FOREIGN KEY constraints (with their ON DELETE/UPDATE actions)."_s};
    QCommandLineOption noRelationComments{
            u"no-relation-comments"_s,
            u"ddl: do not record relations in \"relata:\" column comments (an import then "
            u"cannot recover them)."_s};
    QCommandLineOption noMissingIndexes{
            u"no-missing-indexes"_s,
            u"ddl: do not add the index each relation needs when the model has none (R007)."_s};
    QCommandLineOption ifNotExists{u"if-not-exists"_s,
                                   u"ddl: write CREATE TABLE/INDEX IF NOT EXISTS."_s};
    QCommandLineOption dropFirst{u"drop-first"_s,
                                 u"ddl: start with DROP TABLE IF EXISTS for every table, "
                                 u"children first. Destroys data: for scratch databases."_s};
    QCommandLineOption scale{u"scale"_s,
                             u"png: pixels per diagram pixel, from 0.05 to 16 (default 1; 2 for "
                             u"high-DPI screens)."_s,
                             u"F"_s};
    QCommandLineOption table{u"table"_s, u"plans: only the plan of deleting rows of this table."_s,
                             u"TABLE"_s};
    QCommandLineOption strategy{u"strategy"_s,
                                u"plans: inline (default; in the request, for the rows named "
                                u"by :ids), scheduled (a job deletes flagged rows a batch at a "
                                u"time) or queue (a message and its handler)."_s,
                                u"STRATEGY"_s};
    QCommandLineOption batch{u"batch"_s,
                             u"plans --strategy scheduled, cleanup: rows per statement, at "
                             u"least 1 (default 100)."_s,
                             u"N"_s};
    QCommandLineOption background{u"background"_s,
                                  u"svg, png, pdf: canvas (the default, as on screen) or white "
                                  u"(for print)."_s,
                                  u"BACKGROUND"_s};

    QCommandLineOption nameSpace{u"namespace"_s,
                                 u"cpp: the C++ namespace of the declarations, e.g. shop or "
                                 u"app::db (default: the schema's name)."_s,
                                 u"NS"_s};
    QCommandLineOption qtSql{u"qt-sql"_s,
                             u"cpp: also write FILE, a header that runs the delete plans on a "
                             u"QSqlDatabase (relata_gen::qt_sql_executor)."_s,
                             u"FILE"_s};

    QList<QCommandLineOption> all() const
    {
        return {dialect,          output,      withConstraints, noRelationComments,
                noMissingIndexes, ifNotExists, dropFirst,       scale,
                background,       table,       strategy,        batch,
                nameSpace,        qtSql};
    }

    /// The options that only make sense for some exports, with those exports.
    QList<std::pair<QCommandLineOption, QStringList>> restricted() const
    {
        const QStringList ddl{u"ddl"_s};
        return {{dialect, {u"ddl"_s, u"plans"_s, u"cleanup"_s, u"cpp"_s}},
                {nameSpace, {u"cpp"_s}},
                {qtSql, {u"cpp"_s}},
                {table, {u"plans"_s}},
                {strategy, {u"plans"_s}},
                {batch, {u"plans"_s, u"cleanup"_s}},
                {withConstraints, ddl},
                {noRelationComments, ddl},
                {noMissingIndexes, ddl},
                {ifNotExists, ddl},
                {dropFirst, ddl},
                {scale, {u"png"_s}},
                {background, kPictureExports}};
    }
};

} // namespace exportoptions

using exportoptions::ExportOptionSet;
using exportoptions::kPictureExports;

} // namespace relata
