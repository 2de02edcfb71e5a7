// The .relata reader on malformed and hostile files: exact messages, no crash, bounded
// memory.
#include "core/schema.h"
#include "io/relatafile.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

namespace {

/// Peak resident memory of this process so far, in KiB (Linux).
qint64 peakRssKiB()
{
    const QByteArray status = readAll(u"/proc/self/status"_s);
    const QRegularExpression re(u"VmHWM:\\s*(\\d+) kB"_s);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(status));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

struct Malformed
{
    const char *file;
    QString message;
};

/// Every file in tests/data/malformed with the exact message parseRelata gives for it.
const QList<Malformed> kMalformedFiles = {
        {"syntax-missing-comma.relata", u"4:3: JSON syntax error: missing comma"_s},
        {"syntax-unterminated-string.relata", u"7:1: JSON syntax error: unterminated string"_s},
        {"syntax-truncated.relata", u"7:1: JSON syntax error: unexpected end of file"_s},
        {"syntax-garbage-after-end.relata",
         u"6:1: JSON syntax error: unexpected text after the end of the document"_s},
        {"syntax-missing-colon.relata", u"4:13: JSON syntax error: expected \":\" after the key"_s},
        {"syntax-trailing-comma.relata", u"6:1: JSON syntax error: trailing comma"_s},
        {"syntax-bad-escape.relata", u"5:24: JSON syntax error: invalid escape sequence"_s},
        {"syntax-bad-number.relata", u"3:17: JSON syntax error: expected \",\" or \"}\""_s},
        // Columns count characters, not bytes: the line holds four two-byte letters.
        {"syntax-bad-literal-after-unicode.relata", u"5:34: JSON syntax error: invalid value"_s},
        {"invalid-utf8.relata", u"2:15: invalid UTF-8 (a .relata file must be UTF-8 encoded)"_s},
        {"nul-between-values.relata", u"2:34: JSON syntax error: unexpected NUL byte"_s},
        {"nul-in-name.relata", u"tables[0].name: must not contain a NUL character"_s},
        {"utf16.relata", u"the file is UTF-16 encoded; a .relata file must be UTF-8"_s},
        {"empty.relata", u"the file is empty"_s},
        {"blank.relata", u"the file is empty"_s},
        {"top-level-array.relata",
         u"not a Relata file (expected a JSON object at the top level)"_s},
        {"top-level-number.relata",
         u"not a Relata file (expected a JSON object at the top level)"_s},
        {"wrong-format.relata", u"format: not a Relata file (expected \"relata\")"_s},
        {"missing-format.relata", u"format: not a Relata file (expected \"relata\")"_s},
        {"newer-version.relata",
         u"version: this file was written by a newer Relata (version 7); this version reads "
         "version 1"_s},
        {"version-not-integer.relata", u"version: expected an integer"_s},
        {"missing-version.relata", u"version: missing (expected an integer)"_s},
        {"unknown-dialect.relata",
         u"dialect: unknown dialect \"oracle\" (expected mysql, postgresql or sqlite)"_s},
        {"missing-dialect.relata", u"dialect: missing (expected a string)"_s},
        {"tables-not-array.relata", u"tables: expected an array"_s},
        {"table-not-object.relata", u"tables[1]: expected an object"_s},
        {"column-type-not-string.relata", u"tables[3].columns[2].type: expected a string"_s},
        {"column-type-missing.relata", u"tables[0].columns[0].type: missing (expected a string)"_s},
        {"column-nullable-not-bool.relata",
         u"tables[0].columns[0].nullable: expected true or false"_s},
        {"column-default-number.relata",
         u"tables[0].columns[0].default: expected a string or null"_s},
        {"table-name-empty.relata", u"tables[0].name: must not be empty"_s},
        {"table-name-missing.relata", u"tables[1].name: missing (expected a string)"_s},
        {"name-too-long.relata",
         u"tables[0].name: name is too long (1025 characters; at most 1024)"_s},
        {"duplicate-table.relata",
         u"tables[2].name: duplicate table name \"users\" (first at tables[0])"_s},
        {"duplicate-column.relata",
         u"tables[1].columns[4].name: duplicate column name \"id\" in table \"blocks\" "
         "(first at columns[0])"_s},
        {"primary-key-missing-column.relata",
         u"tables[0].primaryKey[0]: no column \"uid\" in table \"users\""_s},
        {"index-columns-not-array.relata", u"tables[0].indexes[1].columns: expected an array"_s},
        {"bom-and-empty-index.relata", u"tables[0].indexes[0].columns: must not be empty"_s},
        {"soft-delete-missing-column.relata",
         u"tables[0].softDelete: no column \"deleted\" in table \"posts\""_s},
        {"layout-inside-table.relata",
         u"tables[0].layout: positions belong in the top-level \"layout\" section"_s},
        {"relation-missing-table.relata", u"relations[0].parent: no table named \"userz\""_s},
        {"relation-missing-parent.relata",
         u"relations[0].parent: missing (expected a table name)"_s},
        {"relation-missing-column.relata",
         u"relations[0].childColumns[1]: no column \"usr_id\" in table \"blocks\""_s},
        {"relation-empty-columns.relata", u"relations[0].parentColumns: must not be empty"_s},
        {"bad-action.relata",
         u"relations[0].onDelete: unknown action \"delete rows\" (expected no action, "
         "restrict, cascade or set null)"_s},
        {"bad-origin.relata",
         u"relations[0].origin: unknown origin \"guessed\" (expected drawn, constraint, "
         "comment or inferred)"_s},
        {"bad-decision.relata",
         u"relations[0].decision: unknown decision \"maybe\" (expected pending, accepted or "
         "ignored)"_s},
        {"confidence-out-of-range.relata",
         u"relations[0].confidence: must be between 0 and 1 (got 1.5)"_s},
        {"group-unknown-table.relata", u"groups[0].tables[1]: no table named \"b\""_s},
        {"group-bad-color.relata", u"groups[0].color: expected a color like \"#1e90ff\""_s},
        {"layout-unknown-table.relata", u"layout.tables[3].table: no table named \"ghost\""_s},
        {"layout-x-not-number.relata", u"layout.tables[0].x: expected a number"_s},
};

/// What loadRelataFile says: the path, then "LINE:COL: ..." glued on or ": message".
QString withPath(const QString &path, const QString &message)
{
    static const QRegularExpression position(u"^\\d+:\\d+: "_s);
    return path + (position.match(message).hasMatch() ? u":"_s : u": "_s) + message;
}

} // namespace

class TstRelataFileErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data();
    void malformed();
    void everyMalformedFileIsChecked();
    void deepNesting();
    void hugeNameUsesBoundedMemory();
    void oversizeFileIsRefusedBeforeReading();
    void oversizeBufferIsRefused();
    void unreadableFiles();
    void byteOrderMarkIsAccepted();
};
void TstRelataFileErrors::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    for (const Malformed &m : kMalformedFiles)
        QTest::newRow(m.file) << QString::fromLatin1(m.file) << m.message;
}

void TstRelataFileErrors::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = kDataDir + u"/malformed/"_s + file;
    QVERIFY(QFile::exists(path));
    const Result<Schema> parsed = parseRelata(readAll(path));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorString(), message);
    const Result<Schema> loaded = loadRelataFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorString(), withPath(path, message));
}

void TstRelataFileErrors::everyMalformedFileIsChecked()
{
    QStringList listed;
    for (const Malformed &m : kMalformedFiles)
        listed.append(QString::fromLatin1(m.file));
    listed.sort();
    const QStringList onDisk = QDir(kDataDir + u"/malformed"_s).entryList(QDir::Files, QDir::Name);
    QCOMPARE(onDisk, listed);
    QVERIFY(onDisk.size() >= 25);
}

void TstRelataFileErrors::deepNesting()
{
    const QByteArray prefix = R"({"format": "relata", "version": 1, "dialect": "mysql", "x": )";
    const QByteArray data = prefix + QByteArray(10000, '[') + QByteArray(10000, ']') + '}';
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"deep.relata"_s);
    QVERIFY(writeAll(path, data));
    // The object is level 1, so the 1024th bracket is the first one too deep.
    const QString message
            = u"1:%1: JSON nested too deeply (at most 1024 levels)"_s.arg(prefix.size() + 1024);
    QCOMPARE(parseRelata(data).errorString(), message);
    QCOMPARE(loadRelataFile(path).errorString(), withPath(path, message));
}

void TstRelataFileErrors::hugeNameUsesBoundedMemory()
{
    constexpr qint64 kNameLength = 50 * 1024 * 1024;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.relata"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
                R"({"format": "relata", "version": 1, "dialect": "mysql", "tables": [{"name": ")");
        const QByteArray chunk(1024 * 1024, 'n');
        for (qint64 written = 0; written < kNameLength; written += chunk.size())
            QVERIFY(file.write(chunk) == chunk.size());
        file.write("\"}]}\n");
    }
    const qint64 before = peakRssKiB();
    QVERIFY(before > 0);
    const Result<Schema> loaded = loadRelataFile(path);
    const qint64 growthMiB = (peakRssKiB() - before) / 1024;
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorString(),
             path + u": tables[0].name: name is too long (52428800 characters; at most 1024)"_s);
    QVERIFY2(growthMiB < 400, qPrintable(u"peak memory grew by %1 MiB"_s.arg(growthMiB)));
}

void TstRelataFileErrors::oversizeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.relata"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxRelataFileBytes + 1)); // sparse: costs no disk
    }
    const qint64 before = peakRssKiB();
    const Result<Schema> loaded = loadRelataFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errorString(),
             path + u": the file is too large (67108865 bytes; at most 67108864)"_s);
    QVERIFY(peakRssKiB() - before < 16 * 1024);
}

void TstRelataFileErrors::oversizeBufferIsRefused()
{
    const Result<Schema> parsed = parseRelata(QByteArray(kMaxRelataFileBytes + 1, ' '));
    QCOMPARE(parsed.errorString(), u"the file is too large (67108865 bytes; at most 67108864)"_s);
}

void TstRelataFileErrors::unreadableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.relata"_s);
    QCOMPARE(loadRelataFile(missing).errorString(),
             missing + u": cannot open: No such file or directory"_s);
    const Result<Schema> directory = loadRelataFile(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY2(directory.errorString().startsWith(dir.path() + u": cannot "_s),
             qPrintable(directory.errorString()));
}

void TstRelataFileErrors::byteOrderMarkIsAccepted()
{
    const Result<Schema> parsed = parseRelata(
            "\xef\xbb\xbf{\"format\": \"relata\", \"version\": 1, \"dialect\": \"postgres\"}");
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->dialect, Dialect::PostgreSql);
}

QTEST_GUILESS_MAIN(TstRelataFileErrors)
#include "tst_relatafileerrors.moc"
