// Naming helpers: default relation names come from table names.
#include "core/naming.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstNaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singularize_data()
    {
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QString>("singular");
        QTest::newRow("users") << u"users"_s << u"user"_s;
        QTest::newRow("categories") << u"categories"_s << u"category"_s;
        QTest::newRow("addresses") << u"addresses"_s << u"address"_s;
        QTest::newRow("boxes") << u"boxes"_s << u"box"_s;
        QTest::newRow("branches") << u"branches"_s << u"branch"_s;
        QTest::newRow("status") << u"status"_s << u"status"_s;
        QTest::newRow("class") << u"class"_s << u"class"_s;
        QTest::newRow("analysis") << u"analysis"_s << u"analysis"_s;
        QTest::newRow("person") << u"person"_s << u"person"_s;
        QTest::newRow("Users keeps case") << u"Users"_s << u"User"_s;
        QTest::newRow("wp_posts") << u"wp_posts"_s << u"wp_post"_s;
    }
    void singularize()
    {
        QFETCH(QString, plural);
        QFETCH(QString, singular);
        QCOMPARE(relata::singularize(plural), singular);
    }
};

QTEST_GUILESS_MAIN(TstNaming)
#include "tst_naming.moc"
