// Relata's inline delete scripts against the database's own constraint engine (SPEC §5) on
// the corpus schemas that have FOREIGN KEYs, on the servers each is written for. Each corpus
// file is loaded into a fresh database as the import tests do and read back by the importer
// (with its FOREIGN KEYs as relations); that model is then created twice by generateDdl(),
// with and without constraints, filled with the same seeded rows, and a handful of its
// tables (those with the most children) are taken as the root of deleteRound(): both
// databases refuse, or both delete and every table ends up identical.
#include "../import/mysqlclient.h"
#include "deleteround.h"
#include "importsettings.h"
#include "oracletwins.h"

#include "core/schema.h"
#include "import/schemaimporter.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace relatatest;

namespace {

constexpr int kRowsPerTable = 4;
constexpr int kRoots = 6;
constexpr quint64 kSeed = 0xc0a9b5;

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("RELATA_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(RELATA_CORPUS_DIR) : fromEnv;
}

QString fileSuffix(ServerKind kind)
{
    switch (kind) {
    case ServerKind::MariaDb:
        return u"mysql"_s;
    case ServerKind::PostgreSql:
        return u"pg"_s;
    case ServerKind::Sqlite:
        break;
    }
    return u"sqlite"_s;
}

/// Runs a command-line client with `script` on its input, or with its arguments alone.
bool runProgram(const QString &name, const QStringList &arguments, const QProcessEnvironment &env,
                const QByteArray &script, QString *error)
{
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty()) {
        *error = name + u" is not installed"_s;
        return false;
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!script.isEmpty())
        process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(name,
                                        QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

relata::ConnectionSettings settingsFor(const TestDatabase &db)
{
    return importSettingsFor(db);
}

/// Loads a corpus file as the import tests do: with the server's own client, which knows
/// the files' client commands (psql's, DELIMITER blocks), or the sqlite3 shell.
bool loadCorpusFile(const TestDatabase &db, const QString &file, QString *error)
{
    const relata::ConnectionSettings s = settingsFor(db);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    switch (db.kind()) {
    case ServerKind::MariaDb:
        return runMySqlClient(db.name(), file, error);
    case ServerKind::PostgreSql:
        env.insert(u"PGPASSWORD"_s, s.password);
        env.insert(u"PGOPTIONS"_s, u"-c client_min_messages=warning"_s);
        return runProgram(u"psql"_s,
                          {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, s.host,
                           u"-p"_s, QString::number(s.port > 0 ? s.port : 5432), u"-U"_s, s.user,
                           u"-d"_s, s.database, u"-f"_s, file},
                          env, {}, error);
    case ServerKind::Sqlite:
        break;
    }
    QFile script(file);
    if (!script.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file;
        return false;
    }
    return runProgram(u"sqlite3"_s, {u"-bail"_s, db.name()}, env, script.readAll(), error);
}

/// The tables with the most relations to them (a database would have: not ignored), at
/// most `count`, then by name.
QList<const relata::Table *> busiestParents(const relata::Schema &schema, int count)
{
    QHash<relata::TableId, int> children;
    for (const relata::Relation &relation : schema.relations()) {
        if (!relation.isUnconfirmed() && relation.decision != relata::RelationDecision::Ignored)
            ++children[relation.parentTable];
    }
    QList<const relata::Table *> tables;
    for (const relata::Table &table : schema.tables()) {
        if (children.value(table.id) > 0)
            tables.append(&table);
    }
    std::stable_sort(tables.begin(), tables.end(),
                     [&](const relata::Table *a, const relata::Table *b) {
                         return children.value(a->id) > children.value(b->id);
                     });
    return tables.mid(0, count);
}

// What of a corpus schema the twins cannot have, as the import reads it, and so is left
// out or changed here (and only here), each said in the test's output:
// - sakila: store.manager_staff_id -> staff closes a loop with staff.store_id ->
//   store whose columns are all NOT NULL: no row of either table can be inserted first (the
//   corpus's own data loads with the checks off). The relation is left out; its column
//   stays, with seeded values.
// - PostgreSQL domains and enum types (sakila's and pagila's `year`, openstreetmap's enums):
//   the model keeps a column's type name but not the type's definition, so DDL generated
//   from it cannot create the column. Such columns get the domain's base type, or text for
//   an enum, and no default (it casts to the type).
// - MariaDB indexes longer than the 3072 bytes InnoDB allows (zabbix's items_1 and items_8
//   index a prefix of `key_` varchar(2048)): the model keeps no index prefix length, so the
//   DDL indexes whole columns, which the server refuses. Such indexes are left out.
constexpr std::pair<const char *, const char *> kLoopRelations[]
        = {{"sakila", "store.manager_staff_id"}};

/// The domains and enum types of the database's public schema, each with the type that
/// stands in for it.
QHash<QString, QString> userTypes(QSqlDatabase db)
{
    QHash<QString, QString> types;
    QSqlQuery query(db);
    if (query.exec(u"SELECT t.typname, CASE WHEN t.typtype = 'd' THEN "
                   "format_type(t.typbasetype, t.typtypmod) ELSE 'text' END FROM pg_type t "
                   "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' "
                   "AND t.typtype IN ('d', 'e')"_s)) {
        while (query.next())
            types.insert(query.value(0).toString(), query.value(1).toString());
    }
    return types;
}

/// Bytes of an index's columns in utf8mb4, as InnoDB counts them for its 3072-byte limit.
int indexBytes(const relata::Table &table, const relata::Index &index)
{
    int bytes = 0;
    for (const relata::ColumnId id : index.columns) {
        const relata::Column *column = table.column(id);
        bytes += column && column->type.length > 0 ? column->type.length * 4 : 8;
    }
    return bytes;
}

/// Applies the changes described above; returns what was changed, in words.
QStringList adapt(relata::Schema &schema, const QString &name, ServerKind kind,
                  const QHash<QString, QString> &types)
{
    QStringList notes;
    for (const auto &[corpus, column] : kLoopRelations) {
        if (name != QLatin1String(corpus))
            continue;
        const QStringList parts = QString::fromLatin1(column).split(u'.');
        for (const relata::Relation &relation : schema.relations()) {
            const relata::Table *child = schema.table(relation.childTable);
            if (child && child->name == parts.at(0) && relation.childColumns.size() == 1
                && child->column(relation.childColumns.first())->name == parts.at(1)) {
                notes.append(u"relation left out: "_s + schema.describe(relation));
                schema.takeRelation(relation.id);
                break;
            }
        }
    }
    for (const relata::Table &table : schema.tables()) {
        relata::Table &edit = *schema.tableForEdit(table.id);
        for (relata::Column &column : edit.columns) {
            QString type = column.type.text.trimmed();
            const bool array = type.endsWith(u"[]"_s);
            if (array)
                type.chop(2);
            if (type.startsWith(u"public."_s))
                type = type.mid(7);
            type = type.remove(u'"');
            if (!types.contains(type))
                continue;
            const QString replacement = types.value(type) + (array ? u"[]"_s : QString());
            notes.append(u"column %1.%2: %3 as %4"_s.arg(table.name, column.name, column.type.text,
                                                         replacement));
            column.type = relata::SqlType::parse(replacement, relata::Dialect::PostgreSql);
            column.defaultValue.reset();
        }
        if (kind != ServerKind::MariaDb)
            continue;
        edit.indexes.removeIf([&](const relata::Index &index) {
            if (indexBytes(edit, index) <= 3072)
                return false;
            notes.append(u"index left out: %1.%2"_s.arg(table.name, index.name));
            return true;
        });
    }
    return notes;
}

} // namespace

class TstDeletePlanCorpusLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesConstraints_data();
    void matchesConstraints();
};

void TstDeletePlanCorpusLive::matchesConstraints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ServerKind>("kind");
    const QDir corpus(corpusDir());
    const QStringList names{u"sakila"_s,    u"chinook"_s,   u"employees"_s, u"pagila"_s,
                            u"northwind"_s, u"roundcube"_s, u"zabbix"_s,    u"openstreetmap"_s};
    for (const QString &name : names) {
        for (const auto &[server, kind] : allServerKinds()) {
            if (QFile::exists(corpus.filePath(name + u"/schema."_s + fileSuffix(kind) + u".sql"_s)))
                QTest::addRow("%s %s", qPrintable(name), server) << name << kind;
        }
    }
}

void TstDeletePlanCorpusLive::matchesConstraints()
{
    QFETCH(QString, name);
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    QString error;
    relata::Schema schema;
    {
        TestDatabase source(kind);
        QVERIFY2(source.create(&error), qPrintable(error));
        const QString file
                = corpusDir() + u'/' + name + u"/schema."_s + fileSuffix(kind) + u".sql"_s;
        QVERIFY2(loadCorpusFile(source, file, &error), qPrintable(error));
        const std::unique_ptr<relata::SchemaImporter> importer
                = relata::createSchemaImporter(importDriverOf(kind));
        QVERIFY(importer);
        relata::Result<relata::ImportResult> imported = importer->import(settingsFor(source));
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        schema = std::move(imported.value().schema);
        const QHash<QString, QString> types = kind == ServerKind::PostgreSql
                                                      ? userTypes(source.connection())
                                                      : QHash<QString, QString>();
        for (const QString &note : adapt(schema, name, kind, types))
            qDebug("%s", qPrintable(note));
    }
    QVERIFY2(!schema.relations().isEmpty(), "the import found no FOREIGN KEY");
    const std::unique_ptr<Twins> twins = createTwins(schema, kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QStringList problems;
    int proven = 0;
    int rounds = 0;
    for (const relata::Table *root : busiestParents(schema, kRoots)) {
        QStringList summaries;
        const QString unprovable = inlineOracle(schema, *twins, *root, kSeed ^ fnv1a(name),
                                                kRowsPerTable, &problems, &summaries);
        if (!unprovable.isEmpty()) {
            qDebug("%s not proven: %s", qPrintable(root->name), qPrintable(unprovable));
            continue;
        }
        ++proven;
        rounds += int(summaries.size());
        for (const QString &summary : std::as_const(summaries))
            qDebug("%s", qPrintable(summary));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(proven > 0, "no root could be proven");
    qDebug("%d roots proven, %d rounds", proven, rounds);
}

QTEST_GUILESS_MAIN(TstDeletePlanCorpusLive)
#include "tst_deleteplan_corpus_live.moc"
