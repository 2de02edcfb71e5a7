#include "exportdialogchoices.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QStringList kKindKeys{u"ddl"_s, u"cpp"_s, u"plans"_s, u"cleanup"_s,
                            u"svg"_s, u"png"_s, u"pdf"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("relata::ExportDialog", text);
}

int boundedBatch(int value)
{
    return value >= 1 ? value : 100;
}

} // namespace

DdlOptions ExportChoices::ddlOptions() const
{
    DdlOptions options;
    options.dialect = dialect;
    options.withConstraints = withConstraints;
    options.relationComments = relationComments;
    options.missingIndexes = missingIndexes;
    options.ifNotExists = ifNotExists;
    options.dropFirst = dropFirst;
    return options;
}

CppOptions ExportChoices::cppOptions(const QString &sourceName) const
{
    CppOptions options;
    options.nameSpace = nameSpace;
    options.dialects = QList<Dialect>(cppDialects.cbegin(), cppDialects.cend());
    options.sourceName = sourceName;
    return options;
}

PictureOptions ExportChoices::pictureOptions() const
{
    PictureOptions options;
    options.background = background;
    options.scale = kind == ExportKind::Png ? pngScale : 1.0;
    return options;
}

ExportChoices ExportChoices::load(QSettings &settings)
{
    ExportChoices c;
    settings.beginGroup(u"export"_s);
    const qsizetype kind = kKindKeys.indexOf(settings.value(u"kind"_s).toString());
    c.kind = kind >= 0 ? ExportKind(kind) : ExportKind::Ddl;
    c.dialect = dialectFromName(settings.value(u"dialect"_s).toString());
    c.withConstraints = settings.value(u"ddl/withConstraints"_s, c.withConstraints).toBool();
    c.relationComments = settings.value(u"ddl/relationComments"_s, c.relationComments).toBool();
    c.missingIndexes = settings.value(u"ddl/missingIndexes"_s, c.missingIndexes).toBool();
    c.ifNotExists = settings.value(u"ddl/ifNotExists"_s, c.ifNotExists).toBool();
    c.dropFirst = settings.value(u"ddl/dropFirst"_s, c.dropFirst).toBool();
    c.nameSpace = settings.value(u"cpp/namespace"_s).toString();
    const QStringList dialects = settings.value(u"cpp/dialects"_s).toStringList();
    for (const QString &name : dialects) {
        if (const std::optional<Dialect> d = dialectFromName(name))
            c.cppDialects.push_back(*d);
    }
    c.qtSqlAdapter = settings.value(u"cpp/qtSql"_s, c.qtSqlAdapter).toBool();
    c.strategy = deleteStrategyFromName(settings.value(u"plans/strategy"_s).toString())
                         .value_or(DeleteStrategy::Inline);
    c.planBatch = boundedBatch(settings.value(u"plans/batch"_s, c.planBatch).toInt());
    c.planTable = settings.value(u"plans/table"_s).toString();
    c.cleanupBatch = boundedBatch(settings.value(u"cleanup/batch"_s, c.cleanupBatch).toInt());
    c.background = settings.value(u"picture/background"_s).toString() == u"white"
                           ? PictureBackground::White
                           : PictureBackground::Canvas;
    c.pngScale = qBound(0.25, settings.value(u"png/scale"_s, c.pngScale).toDouble(), 8.0);
    settings.endGroup();
    return c;
}

void ExportChoices::save(QSettings &settings) const
{
    settings.beginGroup(u"export"_s);
    settings.setValue(u"kind"_s, kKindKeys.at(int(kind)));
    settings.setValue(u"dialect"_s, dialect ? dialectName(*dialect) : QString());
    settings.setValue(u"ddl/withConstraints"_s, withConstraints);
    settings.setValue(u"ddl/relationComments"_s, relationComments);
    settings.setValue(u"ddl/missingIndexes"_s, missingIndexes);
    settings.setValue(u"ddl/ifNotExists"_s, ifNotExists);
    settings.setValue(u"ddl/dropFirst"_s, dropFirst);
    settings.setValue(u"cpp/namespace"_s, nameSpace);
    QStringList dialects;
    for (const Dialect d : cppDialects)
        dialects.append(dialectName(d));
    settings.setValue(u"cpp/dialects"_s, dialects);
    settings.setValue(u"cpp/qtSql"_s, qtSqlAdapter);
    settings.setValue(u"plans/strategy"_s, deleteStrategyName(strategy));
    settings.setValue(u"plans/batch"_s, planBatch);
    settings.setValue(u"plans/table"_s, planTable);
    settings.setValue(u"cleanup/batch"_s, cleanupBatch);
    settings.setValue(u"picture/background"_s,
                      background == PictureBackground::White ? u"white"_s : u"canvas"_s);
    settings.setValue(u"png/scale"_s, pngScale);
    settings.endGroup();
}

bool isPicture(ExportKind kind)
{
    return pictureFormat(kind).has_value();
}

std::optional<PictureFormat> pictureFormat(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Svg:
        return PictureFormat::Svg;
    case ExportKind::Png:
        return PictureFormat::Png;
    case ExportKind::Pdf:
        return PictureFormat::Pdf;
    default:
        return std::nullopt;
    }
}

QString exportKindTitle(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Ddl:
        return tr("SQL DDL");
    case ExportKind::Cpp:
        return tr("C++ header");
    case ExportKind::DeletePlans:
        return tr("Delete plans");
    case ExportKind::Cleanup:
        return tr("Orphan cleanup");
    case ExportKind::Svg:
        return tr("SVG picture");
    case ExportKind::Png:
        return tr("PNG image");
    case ExportKind::Pdf:
        return tr("PDF document");
    }
    return QString();
}

QString exportSuffix(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Cpp:
        return u"hpp"_s;
    case ExportKind::Svg:
        return u"svg"_s;
    case ExportKind::Png:
        return u"png"_s;
    case ExportKind::Pdf:
        return u"pdf"_s;
    default:
        return u"sql"_s;
    }
}

QString exportFilter(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Cpp:
        return tr("C++ headers (*.hpp *.h *.hxx)");
    case ExportKind::Svg:
        return tr("SVG pictures (*.svg)");
    case ExportKind::Png:
        return tr("PNG images (*.png)");
    case ExportKind::Pdf:
        return tr("PDF documents (*.pdf)");
    default:
        return tr("SQL files (*.sql)");
    }
}

} // namespace relata
