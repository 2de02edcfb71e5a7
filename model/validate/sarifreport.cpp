#include "sarifreport.h"

#include "validationrule.h"
#include "validator.h"

#include "io/jsonwriter.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A `{ "text": ... }` message object.
void writeText(JsonWriter &json, QLatin1StringView key, const QString &text)
{
    json.key(key);
    json.beginObject(JsonWriter::Style::Compact);
    json.key("text"_L1);
    json.string(text);
    json.endObject();
}

void writeRule(JsonWriter &json, const ValidationRule &rule)
{
    // Help is the longer text; a rule without one still gets a description.
    const QString help = rule.help().isEmpty() ? rule.summary() : rule.help();
    json.beginObject();
    json.key("id"_L1);
    json.string(rule.code());
    json.key("name"_L1);
    json.string(rule.name());
    writeText(json, "shortDescription"_L1, rule.summary());
    writeText(json, "fullDescription"_L1, help);
    writeText(json, "help"_L1, help);
    json.key("defaultConfiguration"_L1);
    json.beginObject(JsonWriter::Style::Compact);
    json.key("level"_L1);
    json.string(sarifLevel(rule.severity()));
    json.endObject();
    json.endObject();
}

void writeDriver(JsonWriter &json, const QString &toolVersion)
{
    json.key("tool"_L1);
    json.beginObject();
    json.key("driver"_L1);
    json.beginObject();
    json.key("name"_L1);
    json.string(u"Relata"_s);
    json.key("version"_L1);
    json.string(toolVersion);
    json.key("rules"_L1);
    json.beginArray();
    for (const ValidationRule *rule : validationRules())
        writeRule(json, *rule);
    json.endArray();
    json.endObject();
    json.endObject();
}

void writeLocation(JsonWriter &json, const QString &uri, const Finding &finding,
                   std::optional<int> line)
{
    json.beginObject();
    json.key("physicalLocation"_L1);
    json.beginObject();
    json.key("artifactLocation"_L1);
    json.beginObject(JsonWriter::Style::Compact);
    json.key("uri"_L1);
    json.string(uri);
    json.endObject();
    if (line) {
        json.key("region"_L1);
        json.beginObject(JsonWriter::Style::Compact);
        json.key("startLine"_L1);
        json.integer(*line);
        json.endObject();
    }
    json.endObject();
    if (!finding.objects.isEmpty()) {
        json.key("logicalLocations"_L1);
        json.beginArray();
        for (const QString &object : finding.objects) {
            json.beginObject(JsonWriter::Style::Compact);
            json.key("fullyQualifiedName"_L1);
            json.string(object);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

void writeResult(JsonWriter &json, const QString &uri, const Finding &finding,
                 std::optional<int> line)
{
    const qsizetype ruleIndex = validationRules().indexOf(findValidationRule(finding.code));
    json.beginObject();
    json.key("ruleId"_L1);
    json.string(finding.code);
    if (ruleIndex >= 0) {
        json.key("ruleIndex"_L1);
        json.integer(ruleIndex);
    }
    json.key("level"_L1);
    json.string(sarifLevel(finding.severity));
    writeText(json, "message"_L1, finding.message);
    json.key("locations"_L1);
    json.beginArray();
    writeLocation(json, uri, finding, line);
    json.endArray();
    if (!finding.fix.isEmpty()) {
        json.key("properties"_L1);
        json.beginObject();
        json.key("fix"_L1);
        json.string(finding.fix);
        json.endObject();
    }
    json.endObject();
}

} // namespace

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"note"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

QString sarifUri(const QString &path)
{
    if (QDir::isAbsolutePath(path))
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    const QString slashed = QDir::fromNativeSeparators(path);
    return QString::fromLatin1(QUrl::toPercentEncoding(slashed, "/"));
}

QByteArray sarifReport(const QList<FileFindings> &files, const QString &toolVersion)
{
    JsonWriter json;
    json.beginObject();
    json.key("$schema"_L1);
    json.string(u"https://json.schemastore.org/sarif-2.1.0.json"_s);
    json.key("version"_L1);
    json.string(u"2.1.0"_s);
    json.key("runs"_L1);
    json.beginArray();
    json.beginObject();
    writeDriver(json, toolVersion);
    json.key("results"_L1);
    json.beginArray();
    for (const FileFindings &file : files) {
        const QString uri = sarifUri(file.path);
        for (qsizetype i = 0; i < file.findings.size(); ++i)
            writeResult(json, uri, file.findings.at(i), file.lines.value(i));
    }
    json.endArray();
    json.endObject();
    json.endArray();
    json.endObject();
    return json.take();
}

} // namespace relata
