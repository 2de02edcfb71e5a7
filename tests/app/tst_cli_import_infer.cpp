// relata-cli import of a database without FOREIGN KEYs: relations inferred from names, the
// inference options, and re-importing into a model that keeps a person's decisions.
#include "clitest.h"
#include "core/schema.h"
#include "io/relatafile.h"
#include "sqlitefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace clitest;

namespace {

/// A blog without a single FOREIGN KEY: posts.user_id and comments.post_id are indexed,
/// comments.user_id is not, posts.author_id names no table.
bool createBlog(const QString &path)
{
    const QStringList statements{
            u"CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)"_s,
            u"CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER, author_id INTEGER, title TEXT)"_s,
            u"CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER, user_id INTEGER, body TEXT)"_s,
            u"CREATE INDEX ix_posts_user ON posts (user_id)"_s,
            u"CREATE INDEX ix_comments_post ON comments (post_id)"_s,
    };
    return createSqliteFile(path, statements);
}

/// "posts.user_id -> users.id" for each relation, sorted.
QStringList relationNames(const Schema &schema)
{
    QStringList names;
    for (const Relation &r : schema.relations()) {
        const Table *child = schema.table(r.childTable);
        const Table *parent = schema.table(r.parentTable);
        names.append(u"%1.%2 -> %3.%4"_s.arg(
                child->name, child->columnNames(r.childColumns).join(u','), parent->name,
                parent->columnNames(r.parentColumns).join(u',')));
    }
    names.sort();
    return names;
}

/// The relation from `table`.`column`, or null.
Relation *relationFrom(Schema &schema, const QString &table, const QString &column)
{
    const Table *child = schema.tableByName(table);
    const Column *c = child ? child->columnByName(column) : nullptr;
    for (const Relation &r : schema.relations()) {
        if (c && r.childTable == child->id && r.childColumns == QList<ColumnId>{c->id})
            return schema.relationForEdit(r.id);
    }
    return nullptr;
}

const QStringList kInferred{u"comments.post_id -> posts.id"_s, u"comments.user_id -> users.id"_s,
                            u"posts.user_id -> users.id"_s};

/// kInferred and the author, sorted.
QStringList withAuthor()
{
    QStringList names = kInferred;
    names.append(u"posts.author_id -> users.id"_s);
    names.sort();
    return names;
}

} // namespace

class TstCliImportInfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void infersRelations();
    void noInfer();
    void minConfidence();
    void pattern();
    void badPatternWritesNothing();
    void reimportKeepsDecisions();
    void replaceDropsDecisions();
    void notAModelIsLeftAlone();
    void unindexedInAnIndexedSchema();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Imports the blog with `options` into `out`; the run, checked for success.
    CliRun import(const QStringList &options, const QString &out) const
    {
        return runCli(QStringList{u"import"_s, u"--driver"_s, u"sqlite"_s, u"--database"_s, m_blog,
                                  u"-o"_s, out}
                      + options);
    }

    QTemporaryDir m_dir;
    QString m_blog;
};

void TstCliImportInfer::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(RELATA_CLI)));
    QVERIFY(m_dir.isValid());
    m_blog = path(u"blog.db"_s);
    QVERIFY(createBlog(m_blog));
}

void TstCliImportInfer::infersRelations()
{
    const QString out = path(u"inferred.relata"_s);
    const CliRun run = import({}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(
                     u"relations: 0 from constraints, 0 from comment markers, 3 inferred"_s),
             qPrintable(quoted(run)));
    QVERIFY2(!run.err.contains(u"kept from the previous model"_s), qPrintable(quoted(run)));
    const QByteArray text = readAll(out);
    QVERIFY(text.contains("\"origin\": \"inferred\""));
    QVERIFY(text.contains("\"reasons\": ["));
    const Result<Schema> schema = parseRelata(text);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QCOMPARE(relationNames(schema.value()), kInferred);
    for (const Relation &r : schema->relations()) {
        QCOMPARE(r.origin, RelationOrigin::Inferred);
        QCOMPARE(r.decision, RelationDecision::Pending);
        QVERIFY2(r.confidence >= 0.6 && r.confidence <= 1.0,
                 qPrintable(QString::number(r.confidence)));
        QVERIFY(!r.reasons.isEmpty());
    }
}

void TstCliImportInfer::noInfer()
{
    const QString out = path(u"noinfer.relata"_s);
    const CliRun run = import({u"--no-infer"_s}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"none inferred (--no-infer)"_s), qPrintable(quoted(run)));
    const Result<Schema> schema = loadRelataFile(out);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QCOMPARE(schema->tables().size(), 3);
    QVERIFY(schema->relations().isEmpty());
}

void TstCliImportInfer::minConfidence()
{
    const QString out = path(u"strict.relata"_s);
    const CliRun run = import({u"--min-confidence"_s, u"0.99"_s}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"0 inferred"_s), qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"not inferred: 3 columns scoring under 0.99"_s),
             qPrintable(quoted(run)));
    const Result<Schema> schema = loadRelataFile(out);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QVERIFY(schema->relations().isEmpty());
}

void TstCliImportInfer::pattern()
{
    const QString out = path(u"pattern.relata"_s);
    const CliRun run = import({u"--pattern"_s, u"author_id=users"_s}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"4 inferred"_s), qPrintable(quoted(run)));
    Result<Schema> schema = loadRelataFile(out);
    QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
    QCOMPARE(relationNames(schema.value()), withAuthor());
    const Relation *author = relationFrom(schema.value(), u"posts"_s, u"author_id"_s);
    QVERIFY(author);
    QVERIFY2(author->reasons.join(u' ').contains(u"author_id=users"_s),
             qPrintable(author->reasons.join(u'\n')));
}

void TstCliImportInfer::badPatternWritesNothing()
{
    const QString out = path(u"badpattern.relata"_s);
    for (const QString &bad : {u"plain"_s, u"x="_s}) {
        const CliRun run = import({u"--pattern"_s, u"author_id=users"_s, u"--pattern"_s, bad}, out);
        QVERIFY2(run.exitCode == 2, qPrintable(quoted(run)));
        QVERIFY2(run.err.contains(u"pattern \"%1\""_s.arg(bad)), qPrintable(quoted(run)));
        QVERIFY2(run.out.isEmpty(), qPrintable(quoted(run)));
        QVERIFY(!QFile::exists(out));
    }
}

void TstCliImportInfer::reimportKeepsDecisions()
{
    const QString out = path(u"reimport.relata"_s);
    CliRun run = import({}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    // A person reviews the model: accepts one, ignores another, draws one, moves users.
    Result<Schema> edited = loadRelataFile(out);
    QVERIFY2(edited.ok(), qPrintable(edited.errorString()));
    Schema &model = edited.value();
    Relation *accepted = relationFrom(model, u"posts"_s, u"user_id"_s);
    Relation *ignored = relationFrom(model, u"comments"_s, u"user_id"_s);
    QVERIFY(accepted && ignored);
    accepted->decision = RelationDecision::Accepted;
    accepted->nameOnChild = u"writer"_s;
    accepted->onDelete = ReferentialAction::Cascade;
    ignored->decision = RelationDecision::Ignored;
    const Table *users = model.tableByName(u"users"_s);
    const Table *posts = model.tableByName(u"posts"_s);
    Relation drawn;
    drawn.childTable = posts->id;
    drawn.childColumns = {posts->columnByName(u"author_id"_s)->id};
    drawn.parentTable = users->id;
    drawn.parentColumns = users->primaryKey;
    model.addRelation(drawn);
    model.tableForEdit(users->id)->position = QPointF(520, 340);
    QString error;
    QVERIFY2(saveRelataFile(model, out, &error), qPrintable(error));

    run = import({}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"kept from the previous model: 1 relation accepted, 1 ignored, "
                              u"1 drawn, 3 positions"_s),
             qPrintable(quoted(run)));
    Result<Schema> again = loadRelataFile(out);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(relationNames(again.value()), withAuthor());
    const Relation *keptAccepted = relationFrom(again.value(), u"posts"_s, u"user_id"_s);
    QCOMPARE(keptAccepted->decision, RelationDecision::Accepted);
    QCOMPARE(keptAccepted->nameOnChild, u"writer"_s);
    QCOMPARE(keptAccepted->onDelete, ReferentialAction::Cascade);
    QCOMPARE(relationFrom(again.value(), u"comments"_s, u"user_id"_s)->decision,
             RelationDecision::Ignored);
    QCOMPARE(relationFrom(again.value(), u"comments"_s, u"post_id"_s)->decision,
             RelationDecision::Pending);
    QCOMPARE(relationFrom(again.value(), u"posts"_s, u"author_id"_s)->origin,
             RelationOrigin::Drawn);
    QCOMPARE(again->tableByName(u"users"_s)->position, QPointF(520, 340));
}

void TstCliImportInfer::replaceDropsDecisions()
{
    const QString out = path(u"replace.relata"_s);
    CliRun run = import({}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    Result<Schema> edited = loadRelataFile(out);
    QVERIFY2(edited.ok(), qPrintable(edited.errorString()));
    const QPointF fresh = edited->tableByName(u"users"_s)->position;
    relationFrom(edited.value(), u"posts"_s, u"user_id"_s)->decision = RelationDecision::Accepted;
    Schema &model = edited.value();
    model.tableForEdit(model.tableByName(u"users"_s)->id)->position = fresh + QPointF(77, 99);
    QString error;
    QVERIFY2(saveRelataFile(edited.value(), out, &error), qPrintable(error));

    run = import({u"--replace"_s}, out);
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(!run.err.contains(u"kept from the previous model"_s), qPrintable(quoted(run)));
    const Result<Schema> replaced = loadRelataFile(out);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorString()));
    QCOMPARE(relationNames(replaced.value()), kInferred);
    for (const Relation &r : replaced->relations())
        QCOMPARE(r.decision, RelationDecision::Pending);
    QCOMPARE(replaced->tableByName(u"users"_s)->position, fresh);
}

void TstCliImportInfer::notAModelIsLeftAlone()
{
    const QString out = path(u"notes.relata"_s);
    const QByteArray notes("{\"these are\": \"my notes\"}\n");
    QVERIFY(writeFile(out, notes));
    const CliRun run = import({}, out);
    QVERIFY2(run.exitCode == 2, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(out) && run.err.contains(u"--replace"_s), qPrintable(quoted(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(quoted(run)));
    QCOMPARE(readAll(out), notes);
    // --replace is the way to overwrite it.
    const CliRun replaced = import({u"--replace"_s}, out);
    QVERIFY2(replaced.exitCode == 0, qPrintable(quoted(replaced)));
    QVERIFY(loadRelataFile(out).ok());
}

// A database whose 60 references are all indexed but one: the summary says why that one
// was left out, and a lower --min-confidence brings it in.
void TstCliImportInfer::unindexedInAnIndexedSchema()
{
    const QString db = path(u"links.db"_s);
    QVERIFY(createSqliteFile(db, indexedLinksStatements(61)));
    const QStringList command{u"import"_s, u"--driver"_s, u"sqlite"_s, u"--database"_s, db};
    const CliRun run = runCli(command + QStringList{u"-o"_s, path(u"links.relata"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"60 inferred (to review)"_s), qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"not inferred: 1 column scoring under 0.6"_s),
             qPrintable(quoted(run)));
    QVERIFY2(run.err.contains(u"1 of them only because not indexed (60 of the 61 references "
                              "found in the schema are indexed)"_s),
             qPrintable(quoted(run)));
    const CliRun lenient = runCli(
            command
            + QStringList{u"--min-confidence"_s, u"0.4"_s, u"-o"_s, path(u"links-all.relata"_s)});
    QVERIFY2(lenient.exitCode == 0, qPrintable(quoted(lenient)));
    QVERIFY2(lenient.err.contains(u"61 inferred (to review)"_s), qPrintable(quoted(lenient)));
    QVERIFY2(!lenient.err.contains(u"only because not indexed"_s), qPrintable(quoted(lenient)));
}

QTEST_GUILESS_MAIN(TstCliImportInfer)
#include "tst_cli_import_infer.moc"
