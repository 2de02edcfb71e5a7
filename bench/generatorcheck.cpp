#include "generatorcheck.h"

#include "schemagenerator.h"

#include "io/relatafile.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr int kTables = 300;

struct Features
{
    int forward = 0;
    int self = 0;
    int composite = 0;
    int unindexed = 0;
    int inferred = 0;
};

Features featuresOf(const Schema &schema)
{
    Features f;
    for (const Relation &r : schema.relations()) {
        const Table *child = schema.table(r.childTable);
        f.forward += schema.tableIndex(r.parentTable) > schema.tableIndex(r.childTable);
        f.self += r.isSelfReference();
        f.composite += r.childColumns.size() > 1;
        f.unindexed += child && !child->isIndexed(r.childColumns);
        f.inferred += r.origin == RelationOrigin::Inferred;
    }
    return f;
}

void checkFeatures(const Schema &schema, QStringList *problems)
{
    if (schema.tables().size() != kTables)
        problems->append(u"%1 tables instead of %2"_s.arg(schema.tables().size()).arg(kTables));
    const qsizetype relations = schema.relations().size();
    if (relations < kTables || relations > 2 * kTables)
        problems->append(u"%1 relations, expected about 1.5 per table"_s.arg(relations));
    const Features f = featuresOf(schema);
    const struct
    {
        int count;
        const char16_t *what;
    } wanted[] = {{f.forward, u"forward relations (cycles)"},
                  {f.self, u"self-references"},
                  {f.composite, u"composite relations"},
                  {f.unindexed, u"unindexed references"},
                  {f.inferred, u"inferred relations"}};
    for (const auto &w : wanted) {
        if (w.count == 0)
            problems->append(u"no "_s + QString::fromUtf16(w.what));
    }
}

void checkRoundTrip(const Schema &schema, const QByteArray &text, QStringList *problems)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"check.relata"_s);
    QString error;
    if (!saveRelataFile(schema, file, &error)) {
        problems->append(u"cannot save: "_s + error);
        return;
    }
    const Result<Schema> loaded = loadRelataFile(file);
    if (!loaded) {
        problems->append(u"cannot load what was saved: "_s + loaded.errorString());
        return;
    }
    if (serializeRelata(loaded.value()) != text)
        problems->append(u"the saved file does not load back to the same text"_s);
}

/// Every type the generator writes is one the parser knows, in every dialect.
void checkTypes(QStringList *problems)
{
    for (Dialect dialect : {Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite}) {
        const Schema schema = generateSchema({60, 7, dialect});
        for (const Table &t : schema.tables()) {
            for (const Column &c : t.columns) {
                if (c.type.family == TypeFamily::Other)
                    problems->append(u"%1: %2.%3 has a type the parser does not know: %4"_s.arg(
                            dialectName(dialect), t.name, c.name, c.type.text));
            }
        }
    }
}

} // namespace

QStringList checkGenerator()
{
    QStringList problems;
    const SchemaGeneratorOptions options{kTables, 7, Dialect::MySql};
    const Schema schema = generateSchema(options);
    const QByteArray text = serializeRelata(schema);
    if (text.isEmpty())
        problems.append(u"the schema serializes to nothing"_s);
    if (serializeRelata(generateSchema(options)) != text)
        problems.append(u"the same seed gave a different file"_s);
    if (serializeRelata(generateSchema({kTables, 8, Dialect::MySql})) == text)
        problems.append(u"another seed gave the same file"_s);
    checkFeatures(schema, &problems);
    checkRoundTrip(schema, text, &problems);
    checkTypes(&problems);
    problems.removeDuplicates();
    return problems;
}

} // namespace relata
