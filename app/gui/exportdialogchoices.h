#pragma once

#include "codegen/cppheader.h"
#include "core/dialect.h"
#include "diagramexport.h"
#include "sql/ddl.h"
#include "sql/deletescripttext.h"

#include <QList>
#include <QString>

#include <vector>

#include <optional>

class QSettings;

namespace relata {

/// What the export dialog writes. The order is the order of its list.
enum class ExportKind { Ddl, Cpp, DeletePlans, Cleanup, Svg, Png, Pdf };

/// Everything the export dialog lets a person choose, as a plain value: compared to tell
/// a stale preview from a current one, copied to the thread that generates, and
/// remembered in the settings (group "export") from one export to the next.
struct ExportChoices
{
    ExportKind kind = ExportKind::Ddl;
    /// The target of DDL, delete plans and cleanup; empty: the schema's own.
    std::optional<Dialect> dialect;

    bool withConstraints = false;
    bool relationComments = true;
    bool missingIndexes = true;
    bool ifNotExists = false;
    bool dropFirst = false;

    QString nameSpace; ///< empty: the schema's name made an identifier
    /// Empty: the schema's own. A std::vector: Qt 6.4's QList::operator== hands memcmp a
    /// null pointer for two empty lists, which the undefined-behaviour sanitizer rejects.
    std::vector<Dialect> cppDialects;
    bool qtSqlAdapter = false; ///< also write relata_qtsql.hpp beside the header

    DeleteStrategy strategy = DeleteStrategy::Inline;
    int planBatch = 100; ///< rows per run of the scheduled job
    QString planTable;   ///< the table whose plan is written; empty: every table

    int cleanupBatch = 100;

    PictureBackground background = PictureBackground::Canvas;
    qreal pngScale = 2.0;

    bool operator==(const ExportChoices &other) const = default;

    DdlOptions ddlOptions() const;
    CppOptions cppOptions(const QString &sourceName) const;
    PictureOptions pictureOptions() const;

    static ExportChoices load(QSettings &settings);
    void save(QSettings &settings) const;
};

bool isPicture(ExportKind kind);
std::optional<PictureFormat> pictureFormat(ExportKind kind);
/// How the dialog's list names the kind ("SQL DDL", "PNG image").
QString exportKindTitle(ExportKind kind);
/// The suffix of the file written, without the dot.
QString exportSuffix(ExportKind kind);
/// The file dialog's filter for the kind.
QString exportFilter(ExportKind kind);

} // namespace relata
