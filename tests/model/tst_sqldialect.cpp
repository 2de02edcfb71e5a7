// SqlDialect: quoting, identifier limits and reserved words of MySQL/MariaDB, PostgreSQL
// and SQLite.
#include "sql/sqldialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

class TstSqlDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteIdentifier_data();
    void quoteIdentifier();
    void quoteIfNeeded_data();
    void quoteIfNeeded();
    void reserved_data();
    void reserved();
    void limits();
    void fitIdentifier();
};

void TstSqlDialect::quoteIdentifier_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("mysql plain") << Dialect::MySql << u"users"_s << u"`users`"_s;
    QTest::newRow("mysql backtick") << Dialect::MySql << u"a`b"_s << u"`a``b`"_s;
    QTest::newRow("mysql double quote") << Dialect::MySql << u"a\"b"_s << u"`a\"b`"_s;
    QTest::newRow("pg plain") << Dialect::PostgreSql << u"users"_s << u"\"users\""_s;
    QTest::newRow("pg double quote") << Dialect::PostgreSql << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("pg backtick") << Dialect::PostgreSql << u"a`b"_s << u"\"a`b\""_s;
    QTest::newRow("sqlite space") << Dialect::Sqlite << u"order lines"_s << u"\"order lines\""_s;
    QTest::newRow("sqlite non-ASCII") << Dialect::Sqlite << u"prénom"_s << u"\"prénom\""_s;
    QTest::newRow("empty") << Dialect::MySql << QString() << u"``"_s;
}

void TstSqlDialect::quoteIdentifier()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(SqlDialect::get(dialect).quoteIdentifier(name), quoted);
}

void TstSqlDialect::quoteIfNeeded_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("result");
    QTest::newRow("mysql plain") << Dialect::MySql << u"user_id"_s << u"user_id"_s;
    QTest::newRow("mysql upper case") << Dialect::MySql << u"UserId"_s << u"UserId"_s;
    QTest::newRow("mysql reserved") << Dialect::MySql << u"order"_s << u"`order`"_s;
    QTest::newRow("mysql reserved, any case") << Dialect::MySql << u"Desc"_s << u"`Desc`"_s;
    QTest::newRow("mysql leading digit") << Dialect::MySql << u"1st"_s << u"`1st`"_s;
    QTest::newRow("mysql dash") << Dialect::MySql << u"a-b"_s << u"`a-b`"_s;
    QTest::newRow("mysql non-reserved keyword") << Dialect::MySql << u"status"_s << u"status"_s;
    QTest::newRow("pg plain") << Dialect::PostgreSql << u"user_id"_s << u"user_id"_s;
    QTest::newRow("pg upper case") << Dialect::PostgreSql << u"UserId"_s << u"\"UserId\""_s;
    QTest::newRow("pg reserved") << Dialect::PostgreSql << u"user"_s << u"\"user\""_s;
    QTest::newRow("pg unreserved keyword") << Dialect::PostgreSql << u"key"_s << u"key"_s;
    QTest::newRow("sqlite upper case") << Dialect::Sqlite << u"UserId"_s << u"UserId"_s;
    QTest::newRow("sqlite reserved") << Dialect::Sqlite << u"group"_s << u"\"group\""_s;
    QTest::newRow("sqlite accepted keyword") << Dialect::Sqlite << u"key"_s << u"key"_s;
    QTest::newRow("sqlite non-ASCII") << Dialect::Sqlite << u"prénom"_s << u"\"prénom\""_s;
    QTest::newRow("empty") << Dialect::PostgreSql << QString() << u"\"\""_s;
}

void TstSqlDialect::quoteIfNeeded()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    QFETCH(QString, result);
    QCOMPARE(SqlDialect::get(dialect).quoteIfNeeded(name), result);
}

void TstSqlDialect::reserved_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("isReserved");
    // MySQL: common column names that are keywords but not reserved stay usable.
    const QStringList mysqlFree{u"type"_s, u"label"_s, u"url"_s,    u"users"_s,
                                u"id"_s,   u"name"_s,  u"status"_s, u"position"_s};
    for (const QString &w : mysqlFree)
        QTest::addRow("mysql %s", qPrintable(w)) << Dialect::MySql << w << false;
    const QStringList mysqlReserved{u"order"_s, u"group"_s, u"key"_s,   u"index"_s,
                                    u"desc"_s,  u"range"_s, u"ORDER"_s, u"intersect"_s};
    for (const QString &w : mysqlReserved)
        QTest::addRow("mysql %s", qPrintable(w)) << Dialect::MySql << w << true;
    // Reserved in MariaDB 10.11 only: the MySQL dialect covers both servers.
    QTest::newRow("mariadb offset") << Dialect::MySql << u"offset"_s << true;
    QTest::newRow("mariadb returning") << Dialect::MySql << u"returning"_s << true;
    // Reserved in early MySQL 8.0 releases only.
    QTest::newRow("mysql array") << Dialect::MySql << u"array"_s << false;

    for (const QString &w : {u"user"_s, u"order"_s, u"table"_s, u"left"_s, u"similar"_s})
        QTest::addRow("pg %s", qPrintable(w)) << Dialect::PostgreSql << w << true;
    for (const QString &w : {u"key"_s, u"index"_s, u"type"_s, u"name"_s, u"range"_s})
        QTest::addRow("pg %s", qPrintable(w)) << Dialect::PostgreSql << w << false;

    for (const QString &w : {u"order"_s, u"group"_s, u"index"_s, u"transaction"_s, u"if"_s})
        QTest::addRow("sqlite %s", qPrintable(w)) << Dialect::Sqlite << w << true;
    for (const QString &w : {u"key"_s, u"desc"_s, u"user"_s, u"replace"_s, u"temp"_s})
        QTest::addRow("sqlite %s", qPrintable(w)) << Dialect::Sqlite << w << false;
}

void TstSqlDialect::reserved()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, word);
    QFETCH(bool, isReserved);
    QCOMPARE(SqlDialect::get(dialect).isReserved(word), isReserved);
}

void TstSqlDialect::limits()
{
    QCOMPARE(SqlDialect::get(Dialect::MySql).maxIdentifierLength(), 64);
    QCOMPARE(SqlDialect::get(Dialect::PostgreSql).maxIdentifierLength(), 63);
    QCOMPARE(SqlDialect::get(Dialect::Sqlite).maxIdentifierLength(), 0);
    const QString accented(10, QChar(0xe9));
    QCOMPARE(SqlDialect::get(Dialect::MySql).identifierLength(accented), 10);
    QCOMPARE(SqlDialect::get(Dialect::PostgreSql).identifierLength(accented), 20);
    QCOMPARE(SqlDialect::get(Dialect::MySql).displayName(), u"MySQL"_s);
    QCOMPARE(SqlDialect::get(Dialect::PostgreSql).dialect(), Dialect::PostgreSql);
}

void TstSqlDialect::fitIdentifier()
{
    const SqlDialect &mysql = SqlDialect::get(Dialect::MySql);
    const SqlDialect &pg = SqlDialect::get(Dialect::PostgreSql);
    const QString fits(64, u'a');
    QCOMPARE(mysql.fitIdentifier(fits), fits);
    QCOMPARE(SqlDialect::get(Dialect::Sqlite).fitIdentifier(QString(500, u'a')),
             QString(500, u'a'));

    const QString a = QString(70, u'x') + u"_a"_s;
    const QString b = QString(70, u'x') + u"_b"_s;
    QCOMPARE(mysql.fitIdentifier(a).size(), 64);
    QCOMPARE(mysql.fitIdentifier(a), mysql.fitIdentifier(a));  // deterministic
    QVERIFY(mysql.fitIdentifier(a) != mysql.fitIdentifier(b)); // same prefix, still distinct
    QVERIFY(mysql.fitIdentifier(a).startsWith(QString(55, u'x') + u'_'));

    // PostgreSQL counts bytes, and a cut never splits a character.
    const QString wide = QString(40, QChar(0xe9)) + QString::fromUcs4(U"\U0001F600", 1);
    const QString fitted = pg.fitIdentifier(wide);
    QVERIFY(pg.identifierLength(fitted) <= 63);
    QCOMPARE(QString::fromUtf8(fitted.toUtf8()), fitted);
    const QString emoji = QString::fromUcs4(U"\U0001F600", 1).repeated(20); // 80 bytes
    const QString fittedEmoji = pg.fitIdentifier(emoji);
    QVERIFY(pg.identifierLength(fittedEmoji) <= 63);
    QVERIFY(!fittedEmoji.at(fittedEmoji.indexOf(u'_') - 1).isHighSurrogate());
}

QTEST_GUILESS_MAIN(TstSqlDialect)
#include "tst_sqldialect.moc"
