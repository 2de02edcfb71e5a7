// SQLite import: every corpus schema loaded into an SQLite file and read back against
// expected.tsv and the file's own FOREIGN KEYs, and every example's DDL round trip.
#include "expectedcounts.h"
#include "requirement.h"

#include "import/sqliteimporter.h"
#include "io/relatafile.h"
#include "sql/ddl.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

namespace {

/// Loads `script` into a new SQLite file the way the corpus's load.sh does: with the
/// sqlite3 shell, which runs triggers (BEGIN ... END) as one statement.
bool loadSqlite(const QString &file, const QByteArray &script, QString *error)
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (shell.isEmpty()) {
        *error = u"no sqlite3 shell"_s;
        return false;
    }
    QProcess process;
    process.start(shell, {u"-bail"_s, file});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

/// "child(a,b)->parent(x,y) on delete cascade on update no action [name/name]".
QString describe(const Schema &schema, const Relation &r)
{
    const Table *child = schema.table(r.childTable);
    const Table *parent = schema.table(r.parentTable);
    if (!child || !parent)
        return u"?"_s;
    return u"%1(%2)->%3(%4) on delete %5 on update %6 [%7/%8]"_s.arg(
            child->name, child->columnNames(r.childColumns).join(u','), parent->name,
            parent->columnNames(r.parentColumns).join(u','), referentialActionName(r.onDelete),
            referentialActionName(r.onUpdate), r.nameOnChild, r.nameOnParent);
}

QStringList describeRelations(const Schema &schema, bool confirmedOnly)
{
    QStringList lines;
    for (const Relation &r : schema.relations()) {
        if (confirmedOnly && (r.isUnconfirmed() || r.decision == RelationDecision::Ignored))
            continue;
        lines.append(describe(schema, r));
    }
    lines.sort();
    return lines;
}

/// A table as text for comparison: columns in order, key, indexes by name.
QStringList describeTable(const Table &t)
{
    QStringList lines;
    for (const Column &c : t.columns)
        lines.append(u"column %1 %2%3 [%4]"_s.arg(c.name, c.nullable ? u"null"_s : u"not null"_s,
                                                  c.autoIncrement ? u" counting"_s : QString(),
                                                  c.comment));
    lines.append(u"key %1"_s.arg(t.columnNames(t.primaryKey).join(u',')));
    QStringList indexes;
    for (const Index &i : t.indexes)
        indexes.append(u"index %1 %2(%3)"_s.arg(i.name, i.unique ? u"unique "_s : QString(),
                                                t.columnNames(i.columns).join(u',')));
    indexes.sort();
    return lines + indexes;
}

/// The file's FOREIGN KEYs read with plain PRAGMA statements, one table at a time: the
/// ground truth the bulk import must match.
QStringList foreignKeysOf(const QString &file)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fks"_s);
        db.setDatabaseName(file);
        if (!db.open())
            return {u"cannot open"_s};
        QStringList tables;
        QSqlQuery q(db);
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
        while (q.next())
            tables.append(q.value(0).toString());
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery f(db);
            f.exec(u"PRAGMA foreign_key_list(\"%1\")"_s.arg(table));
            QMap<int, QStringList> parts; // id -> from, table, to, on delete, on update
            while (f.next()) {
                QStringList &p = parts[f.value(u"id"_s).toInt()];
                if (p.isEmpty())
                    p = {QString(), f.value(u"table"_s).toString(), QString(),
                         f.value(u"on_delete"_s).toString().toLower(),
                         f.value(u"on_update"_s).toString().toLower()};
                p[0] += (p[0].isEmpty() ? u""_s : u","_s) + f.value(u"from"_s).toString();
                p[2] += (p[2].isEmpty() ? u""_s : u","_s) + f.value(u"to"_s).toString();
            }
            for (const QStringList &p : std::as_const(parts))
                lines.append(u"%1(%2)->%3(%4) on delete %5 on update %6"_s.arg(table, p[0], p[1],
                                                                               p[2], p[3], p[4]));
        }
    }
    QSqlDatabase::removeDatabase(u"fks"_s);
    lines.sort(Qt::CaseInsensitive);
    return lines;
}

} // namespace

class TstImportSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void roundTrip_data();
    void roundTrip();
    void notModelled();
    void faults();
    void cancel();

private:
    QTemporaryDir m_dir;
    QHash<QString, ExpectedCounts> m_expected;
};

void TstImportSqlite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!relatatest::requireProgram(u"sqlite3"_s,
                                    u"the sqlite3 shell is needed to load the SQL scripts "
                                    u"(Debian package sqlite3)"_s))
        return;
    QString error;
    m_expected = readExpectedCounts(QStringLiteral(RELATA_CORPUS_DIR) + u"/expected.tsv"_s, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

void TstImportSqlite::corpus_data()
{
    QTest::addColumn<QString>("name");
    const QDir corpus(QStringLiteral(RELATA_CORPUS_DIR));
    const QStringList names = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (QFile::exists(corpus.filePath(name + u"/schema.sqlite.sql"_s)))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TstImportSqlite::corpus()
{
    QFETCH(QString, name);
    const QString file = m_dir.filePath(name + u".sqlite3"_s);
    QFile script(QStringLiteral(RELATA_CORPUS_DIR) + u'/' + name + u"/schema.sqlite.sql"_s);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(loadSqlite(file, script.readAll(), &error), qPrintable(error));

    const Result<ImportResult> imported
            = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, file, {}});
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    const ImportSummary &s = imported->summary;
    const ExpectedCounts expected = m_expected.value(name + u"/sqlite"_s);
    QCOMPARE(s.tables, expected.tables);
    QCOMPARE(s.columns, expected.columns);
    QCOMPARE(s.indexes, expected.indexes);
    QCOMPARE(s.views, expected.views);
    QCOMPARE(s.constraintRelations, expected.fks);
    const Schema &schema = imported->schema;
    QCOMPARE(schema.name, name);
    QCOMPARE(schema.dialect, Dialect::Sqlite);
    QCOMPARE(schema.tables().size(), expected.tables);
    QCOMPARE(schema.relations().size(), expected.fks);

    // Every FOREIGN KEY is a relation with its columns and actions. `REFERENCES t`
    // without columns is t's key, which the ground truth leaves empty.
    QStringList imported_;
    for (const Relation &r : schema.relations()) {
        QCOMPARE(r.origin, RelationOrigin::Constraint);
        const Table *child = schema.table(r.childTable);
        const Table *parent = schema.table(r.parentTable);
        imported_.append(u"%1(%2)->%3(%4) on delete %5 on update %6"_s.arg(
                child->name, child->columnNames(r.childColumns).join(u','), parent->name,
                parent->columnNames(r.parentColumns).join(u','), referentialActionName(r.onDelete),
                referentialActionName(r.onUpdate)));
    }
    imported_.sort(Qt::CaseInsensitive);
    const QStringList truth = foreignKeysOf(file);
    QCOMPARE(imported_.size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        // Parent table names may differ in case from the REFERENCES clause.
        QCOMPARE(imported_.at(i).toLower(), truth.at(i).toLower());
    }
}

void TstImportSqlite::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withConstraints");
    const QDir examples(QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples"_s);
    for (const QString &file : examples.entryList({u"*.relata"_s}, QDir::Files, QDir::Name)) {
        QTest::addRow("%s markers", qPrintable(file)) << examples.filePath(file) << false;
        QTest::addRow("%s constraints", qPrintable(file)) << examples.filePath(file) << true;
    }
}

void TstImportSqlite::roundTrip()
{
    QFETCH(QString, path);
    QFETCH(bool, withConstraints);
    const Result<Schema> original = loadRelataFile(path);
    QVERIFY2(original.ok(), qPrintable(original.errorString()));
    DdlOptions options;
    options.dialect = Dialect::Sqlite;
    options.missingIndexes = false; // the model's own indexes only, so that they compare
    options.withConstraints = withConstraints;
    const Result<QString> ddl = generateDdl(original.value(), options);
    QVERIFY2(ddl.ok(), qPrintable(ddl.errorString()));
    const QString file = m_dir.filePath(QFileInfo(path).completeBaseName()
                                        + (withConstraints ? u"-fk.db"_s : u".db"_s));
    QString error;
    QVERIFY2(loadSqlite(file, ddl.value().toUtf8(), &error), qPrintable(error));

    const Result<ImportResult> imported
            = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, file, {}});
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    const Schema &schema = imported->schema;
    QCOMPARE(schema.tables().size(), original->tables().size());
    for (const Table &table : original->tables()) {
        const Table *back = schema.tableByName(table.name);
        QVERIFY2(back, qPrintable(table.name));
        QCOMPARE(describeTable(*back), describeTable(table));
        QCOMPARE(back->comment, table.comment);
    }
    QCOMPARE(describeRelations(schema, false), describeRelations(original.value(), true));
    // With constraints the FOREIGN KEYs give the relations and the markers their names.
    const int relations = int(schema.relations().size());
    QCOMPARE(imported->summary.constraintRelations, withConstraints ? relations : 0);
    QCOMPARE(imported->summary.commentRelations, withConstraints ? 0 : relations);
    QVERIFY(imported->summary.notModelled.isEmpty());
}

void TstImportSqlite::notModelled()
{
    const QString file = m_dir.filePath(u"odd.db"_s);
    const QByteArray script = R"(
CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT UNIQUE, x);
CREATE TABLE c (
  -- the parent
  -- relata: references p(id) on delete cascade name "owner"/"children"
  p_id INTEGER REFERENCES p ON DELETE SET DEFAULT, -- a note, not a comment
  ghost_id INTEGER REFERENCES nowhere(id),
  name TEXT
);
CREATE INDEX ix_partial ON c (name) WHERE name IS NOT NULL;
CREATE INDEX ix_expr ON c (lower(name));
CREATE INDEX ix_desc ON c (name DESC);
CREATE TRIGGER tr AFTER INSERT ON c BEGIN SELECT 1; END;
CREATE VIEW v AS SELECT * FROM c;
)";
    QString error;
    QVERIFY2(loadSqlite(file, script, &error), qPrintable(error));
    const Result<ImportResult> r = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, file, {}});
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const QStringList notModelled = r->summary.notModelled;
    const QString all = notModelled.join(u'\n');
    QVERIFY2(all.contains(u"partial index ix_partial on c"_s), qPrintable(all));
    QVERIFY2(all.contains(u"expression index ix_expr on c"_s), qPrintable(all));
    QVERIFY2(all.contains(u"descending order of name in index ix_desc"_s), qPrintable(all));
    QVERIFY2(all.contains(u"ON DELETE SET DEFAULT"_s), qPrintable(all));
    QVERIFY2(all.contains(u"references nowhere: no such table"_s), qPrintable(all));
    QCOMPARE(r->summary.views, 1);
    QCOMPARE(r->summary.otherObjects, 1);
    QCOMPARE(r->summary.indexes, 4); // p's UNIQUE, ix_partial, ix_expr, ix_desc
    const Schema &schema = r->schema;
    const Table *p = schema.tableByName(u"p"_s);
    QVERIFY(p);
    QCOMPARE(p->indexes.size(), 1);
    QCOMPARE(p->indexes.at(0).name, u"uq_p_code"_s);
    QCOMPARE(p->columns.at(2).type.text, QString()); // no declared type
    const Table *c = schema.tableByName(u"c"_s);
    QCOMPARE(c->columns.at(0).comment, u"the parent"_s);
    QCOMPARE(c->indexes.size(), 1); // ix_desc, read as ascending
    // `REFERENCES p` is p's key; the marker for the same relation adds only its names.
    QCOMPARE(schema.relations().size(), 1);
    const Relation &relation = schema.relations().constFirst();
    QCOMPARE(relation.origin, RelationOrigin::Constraint);
    QCOMPARE(p->columnNames(relation.parentColumns), QStringList{u"id"_s});
    QCOMPARE(relation.onDelete, ReferentialAction::NoAction);
    QCOMPARE(relation.nameOnChild, u"owner"_s);
    QCOMPARE(relation.nameOnParent, u"children"_s);
}

void TstImportSqlite::faults()
{
    // A missing file is an error, and is not created.
    const QString missing = m_dir.filePath(u"missing.db"_s);
    Result<ImportResult> r = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, missing, {}});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(u"does not exist"_s), qPrintable(r.errorString()));
    QVERIFY(!QFile::exists(missing));
    // A file that is not a database.
    const QString garbage = m_dir.filePath(u"garbage.db"_s);
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    r = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, garbage, {}});
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(u"not a database"_s), qPrintable(r.errorString()));
    // A directory.
    r = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, m_dir.path(), {}});
    QVERIFY(!r.ok());
}

void TstImportSqlite::cancel()
{
    const QString file = m_dir.filePath(u"cancel.db"_s);
    QString error;
    QVERIFY2(loadSqlite(file, "CREATE TABLE a (id INTEGER PRIMARY KEY);", &error),
             qPrintable(error));
    std::atomic_bool cancel = false;
    QStringList phases;
    const auto progress = [&](const QString &phase, double) {
        phases.append(phase);
        if (phase == u"indexes")
            cancel = true;
    };
    const Result<ImportResult> r
            = SqliteImporter().import({u"sqlite"_s, {}, 0, {}, {}, file, {}}, progress, &cancel);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(u"cancelled"_s), qPrintable(r.errorString()));
    QCOMPARE(phases, (QStringList{u"tables"_s, u"columns"_s, u"indexes"_s}));
}

QTEST_GUILESS_MAIN(TstImportSqlite)
#include "tst_import_sqlite.moc"
