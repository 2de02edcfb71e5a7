#include "core/sqltype.h"
#include "sql/typemapping.h"
#include "typemappingrows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <iterator>

using namespace Qt::StringLiterals;
using relata::Dialect;
using relata::MappedType;
using relata::mapType;
using relata::SqlType;
using relata::TypeFamily;

Q_DECLARE_METATYPE(relata::Dialect)

namespace {

using namespace typemappingrows;

MappedType mapRow(const MapRow &row)
{
    return mapType(SqlType::parse(row.text.toString(), row.from), row.from, row.to);
}

} // namespace

class TstTypeMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void map_data()
    {
        QTest::addColumn<Dialect>("from");
        QTest::addColumn<Dialect>("to");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mapped");
        QTest::addColumn<QString>("loss");
        for (const MapRow &row : mapRows) {
            QTest::addRow("%s->%s %s", qPrintable(relata::dialectName(row.from)),
                          qPrintable(relata::dialectName(row.to)), qPrintable(row.text.toString()))
                    << row.from << row.to << row.text.toString() << row.mapped.toString()
                    << row.loss.toString();
        }
    }

    void map()
    {
        QFETCH(Dialect, from);
        QFETCH(Dialect, to);
        QFETCH(QString, text);
        QFETCH(QString, mapped);
        QFETCH(QString, loss);
        const SqlType type = SqlType::parse(text, from);
        const MappedType result = mapType(type, from, to);
        QCOMPARE(result.text, mapped);
        if (loss.isEmpty()) {
            QVERIFY2(result.loss.isEmpty(), qPrintable(result.loss));
        } else {
            QVERIFY2(result.loss.contains(loss, Qt::CaseInsensitive),
                     qPrintable(u"loss note: "_s + result.loss));
        }
        // What a dialect gets must be a type it knows (unknown types become text), so that
        // importing the exported DDL gives a family again.
        if (from != to && type.family != TypeFamily::Other) {
            const SqlType back = SqlType::parse(result.text, to);
            QVERIFY2(back.family != TypeFamily::Other, qPrintable(result.text));
        }
    }

    void enoughRows() { QVERIFY(std::size(mapRows) >= 60); }

    /// Every family from every dialect reaches every other dialect with a non-empty type.
    void everyFamilyEverywhere()
    {
        for (const MapRow &row : mapRows) {
            for (const Dialect to : {Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite}) {
                const MappedType result
                        = mapType(SqlType::parse(row.text.toString(), row.from), row.from, to);
                if (!(row.from == Dialect::Sqlite && to == Dialect::Sqlite))
                    QVERIFY2(!result.text.trimmed().isEmpty(), qPrintable(row.text.toString()));
            }
        }
    }

    /// Notes end up in SQL comments: one line, never closing a block comment.
    void lossNotesAreCommentSafe()
    {
        const QString text = u"enum('a*/b','c\nd')"_s;
        const MappedType result
                = mapType(SqlType::parse(text, Dialect::MySql), Dialect::MySql, Dialect::Sqlite);
        QCOMPARE(result.text, u"TEXT"_s);
        QVERIFY(!result.loss.contains(u"*/"_s));
        QVERIFY(!result.loss.contains(u'\n'));
        QVERIFY(result.loss.contains(u"'a* /b'"_s));
    }

    /// Every SQLite type the mapping produces is accepted by SQLite and kept as written.
    void sqliteAcceptsMappedTypes()
    {
        const QString connection = u"tst_typemapping"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QStringList types;
            QStringList columns;
            for (const MapRow &row : mapRows) {
                if (row.to != Dialect::Sqlite)
                    continue;
                const QString type = mapRow(row).text;
                columns << u"c%1 %2"_s.arg(types.size()).arg(type);
                types << type;
            }
            QVERIFY(types.size() >= 20);
            QSqlQuery query(db);
            const QString create = u"CREATE TABLE t (%1)"_s.arg(columns.join(u", "_s));
            QVERIFY2(query.exec(create), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"PRAGMA table_info(t)"_s));
            qsizetype index = 0;
            while (query.next()) {
                QVERIFY(index < types.size());
                QCOMPARE(query.value(1).toString(), u"c%1"_s.arg(index));
                QCOMPARE(query.value(2).toString(), types[index]);
                ++index;
            }
            QCOMPARE(index, types.size());
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TstTypeMapping)
#include "tst_typemapping.moc"
