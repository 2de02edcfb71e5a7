// Relation markers: the documented text, and parse(format(m)) == m for any names.
#include "sql/relationmarker.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

Q_DECLARE_METATYPE(relata::RelationMarker)

namespace {

RelationMarker marker(const QString &parent, const QStringList &parentColumns,
                      const QStringList &childColumns = {},
                      ReferentialAction onDelete = ReferentialAction::NoAction)
{
    RelationMarker m;
    m.parentTable = parent;
    m.parentColumns = parentColumns;
    m.childColumns = childColumns;
    m.onDelete = onDelete;
    return m;
}

QString describe(const RelationMarker &m)
{
    return u"[%1] -> %2(%3) %4/%5 [%6|%7]"_s.arg(
            m.childColumns.join(u'|'), m.parentTable, m.parentColumns.join(u'|'),
            referentialActionName(m.onDelete), referentialActionName(m.onUpdate), m.nameOnChild,
            m.nameOnParent);
}

/// Names that break naive quoting: quotes, separators, line breaks, keywords of the format.
QStringList hostileNames()
{
    return {u"users"_s,      u"order"_s,     u"references"_s,  u"on delete"_s,
            u"we\"ird"_s,    u"\"\""_s,      u"it's"_s,        u"a, b"_s,
            u"(x)"_s,        u"x)(y"_s,      u"semi; colon"_s, u"line\nbreak"_s,
            u"cr\r\nlf"_s,   u"relata: x"_s, u" lead"_s,       u"trail "_s,
            u"naïve café"_s, u"emoji 🎉"_s,   u"back\\slash"_s, u"`tick`"_s,
            u"[bracket]"_s,  u"-- dash"_s,   u"/* star */"_s,  u"name \"a\"/\"b\""_s,
            u"1digit"_s,     u"_under"_s,    u"Upper"_s,       u"\t"_s};
}

} // namespace

class TstRelationMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void roundTripHostileNames();
    void roundTripRandom();
    void parseKeepsOwnComment_data();
    void parseKeepsOwnComment();
    void parseSeveral();
    void parseLenient();
    void malformedStaysInRest_data();
    void malformedStaysInRest();
};

void TstRelationMarker::format_data()
{
    QTest::addColumn<RelationMarker>("marker");
    QTest::addColumn<QString>("text");
    QTest::newRow("single") << marker(u"users"_s, {u"id"_s}, {}, ReferentialAction::Cascade)
                            << u"relata: references users(id) on delete cascade"_s;
    QTest::newRow("no action") << marker(u"users"_s, {u"id"_s})
                               << u"relata: references users(id) on delete no action"_s;
    RelationMarker update = marker(u"users"_s, {u"id"_s}, {}, ReferentialAction::SetNull);
    update.onUpdate = ReferentialAction::Cascade;
    QTest::newRow("on update")
            << update << u"relata: references users(id) on delete set null on update cascade"_s;
    QTest::newRow("composite")
            << marker(u"order_items"_s, {u"order_id"_s, u"line_no"_s},
                      {u"order_id"_s, u"line_no"_s}, ReferentialAction::Cascade)
            << u"relata: (order_id, line_no) references order_items(order_id, line_no) on "
               u"delete cascade"_s;
    RelationMarker named = marker(u"users"_s, {u"id"_s});
    named.nameOnChild = u"user"_s;
    named.nameOnParent = u"blocks"_s;
    QTest::newRow("names") << named
                           << u"relata: references users(id) on delete no action name "
                              u"\"user\"/\"blocks\""_s;
    RelationMarker oneName = marker(u"users"_s, {u"id"_s});
    oneName.nameOnParent = u"seller"_s;
    QTest::newRow("one name") << oneName
                              << u"relata: references users(id) on delete no action name "
                                 u"\"\"/\"seller\""_s;
    QTest::newRow("quoted names")
            << marker(u"we\"ird t"_s, {u"k 1"_s, u"id"_s}, {u"a"_s, u"é"_s})
            << u"relata: (a, \"é\") references \"we\"\"ird t\"(\"k 1\", id) on delete no action"_s;
}

void TstRelationMarker::format()
{
    QFETCH(RelationMarker, marker);
    QFETCH(QString, text);
    QCOMPARE(formatRelationMarker(marker), text);
    QString rest = u"x"_s;
    const QList<RelationMarker> parsed = parseRelationMarkers(text, &rest);
    QCOMPARE(parsed.size(), 1);
    QVERIFY2(parsed.constFirst() == marker, qPrintable(describe(parsed.constFirst())));
    QCOMPARE(rest, QString());
}

void TstRelationMarker::roundTripHostileNames()
{
    const QStringList names = hostileNames();
    for (const QString &name : names) {
        for (const QString &other : names) {
            RelationMarker m
                    = marker(name, {other, name}, {name, other}, ReferentialAction::SetNull);
            m.nameOnChild = other;
            m.nameOnParent = name;
            const QString own = u"own comment about "_s + name;
            const QString text = own + u'\n' + formatRelationMarker(m);
            QString rest;
            const QList<RelationMarker> parsed = parseRelationMarkers(text, &rest);
            QVERIFY2(parsed.size() == 1, qPrintable(text));
            QVERIFY2(parsed.constFirst() == m,
                     qPrintable(text + u"\n"_s + describe(parsed.constFirst())));
            QCOMPARE(rest, own);
        }
    }
}

void TstRelationMarker::roundTripRandom()
{
    // Random names from an alphabet of the characters the format treats specially.
    QRandomGenerator random(42);
    const QString alphabet = u"ab_Z09 \"'(),;:/\\\n\r\t-*é🎉"_s;
    const auto randomName = [&](bool allowEmpty) {
        QString name;
        const int length = random.bounded(allowEmpty ? 0 : 1, 8);
        for (int i = 0; i < length; ++i) {
            const int at = random.bounded(int(alphabet.size()));
            name += alphabet.at(at);
            if (alphabet.at(at).isHighSurrogate())
                name += alphabet.at(at + 1);
            else if (alphabet.at(at).isLowSurrogate())
                name.chop(1);
        }
        return name.isEmpty() && !allowEmpty ? u"x"_s : name;
    };
    const ReferentialAction actions[] = {ReferentialAction::NoAction, ReferentialAction::Restrict,
                                         ReferentialAction::Cascade, ReferentialAction::SetNull};
    for (int i = 0; i < 5000; ++i) {
        RelationMarker m;
        const int columns = random.bounded(1, 4);
        for (int c = 0; c < columns; ++c) {
            m.parentColumns.append(randomName(false));
            if (random.bounded(2))
                m.childColumns.append(randomName(false));
        }
        if (!m.childColumns.isEmpty())
            m.childColumns.resize(columns, u"c"_s);
        m.parentTable = randomName(false);
        m.onDelete = actions[random.bounded(4)];
        m.onUpdate = actions[random.bounded(4)];
        m.nameOnChild = randomName(true);
        m.nameOnParent = randomName(true);
        const QList<RelationMarker> parsed = parseRelationMarkers(formatRelationMarker(m));
        QVERIFY2(parsed.size() == 1 && parsed.constFirst() == m,
                 qPrintable(formatRelationMarker(m)));
    }
}

void TstRelationMarker::parseKeepsOwnComment_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<int>("markers");
    QTest::addColumn<QString>("rest");
    const QString m = u"relata: references users(id) on delete cascade"_s;
    QTest::newRow("empty") << QString() << 0 << QString();
    QTest::newRow("own only") << u"who wrote this"_s << 0 << u"who wrote this"_s;
    QTest::newRow("own with newline at end") << u"text\n"_s << 0 << u"text\n"_s;
    QTest::newRow("marker only") << m << 1 << QString();
    QTest::newRow("own then marker") << u"text\n"_s + m << 1 << u"text"_s;
    QTest::newRow("own ending in newline, marker") << u"text\n\n"_s + m << 1 << u"text\n"_s;
    QTest::newRow("marker then own") << m + u"\ntext"_s << 1 << u"text"_s;
    QTest::newRow("two lines of own") << u"a\nb\n"_s + m << 1 << u"a\nb"_s;
    QTest::newRow("marker in the middle of a line")
            << u"see relata: references x(y)"_s << 0 << u"see relata: references x(y)"_s;
}

void TstRelationMarker::parseKeepsOwnComment()
{
    QFETCH(QString, comment);
    QFETCH(int, markers);
    QFETCH(QString, rest);
    QString actualRest = u"unset"_s;
    QCOMPARE(parseRelationMarkers(comment, &actualRest).size(), markers);
    QCOMPARE(actualRest, rest);
}

void TstRelationMarker::parseSeveral()
{
    const RelationMarker a = marker(u"users"_s, {u"id"_s}, {}, ReferentialAction::Cascade);
    const RelationMarker b = marker(u"order items"_s, {u"a"_s, u"b"_s}, {u"x"_s, u"y"_s});
    const QString text = u"mine\n"_s + formatRelationMarker(a) + u'\n' + formatRelationMarker(b);
    QString rest;
    const QList<RelationMarker> parsed = parseRelationMarkers(text, &rest);
    QCOMPARE(parsed.size(), 2);
    QVERIFY(parsed.at(0) == a);
    QVERIFY(parsed.at(1) == b);
    QCOMPARE(rest, u"mine"_s);
}

void TstRelationMarker::parseLenient()
{
    // Case, extra blanks and CRLF, as a person or another tool may write them.
    const QString text
            = u"  RELATA:  references  users( id ,  x )   ON  DELETE\tSET  NULL\r\nmine"_s;
    QString rest;
    const QList<RelationMarker> parsed = parseRelationMarkers(text, &rest);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.constFirst().parentTable, u"users"_s);
    QCOMPARE(parsed.constFirst().parentColumns, (QStringList{u"id"_s, u"x"_s}));
    QCOMPARE(parsed.constFirst().onDelete, ReferentialAction::SetNull);
    QCOMPARE(rest, u"mine"_s);
}

void TstRelationMarker::malformedStaysInRest_data()
{
    QTest::addColumn<QString>("comment");
    QTest::newRow("no references") << u"relata: users(id)"_s;
    QTest::newRow("no columns") << u"relata: references users"_s;
    QTest::newRow("empty columns") << u"relata: references users()"_s;
    QTest::newRow("unknown action") << u"relata: references users(id) on delete explode"_s;
    QTest::newRow("trailing text") << u"relata: references users(id) please"_s;
    QTest::newRow("unterminated quote") << u"relata: references \"users(id)"_s;
    QTest::newRow("empty quoted name") << u"relata: references \"\"(id)"_s;
    QTest::newRow("non-ASCII unquoted") << u"relata: references tåble(id)"_s;
    QTest::newRow("glued clause") << u"relata: references users(id)on delete cascade"_s;
    QTest::newRow("half a name clause") << u"relata: references users(id) name \"a\""_s;
}

void TstRelationMarker::malformedStaysInRest()
{
    QFETCH(QString, comment);
    QString rest;
    QVERIFY(parseRelationMarkers(comment, &rest).isEmpty());
    QCOMPARE(rest, comment);
}

QTEST_GUILESS_MAIN(TstRelationMarker)
#include "tst_relationmarker.moc"
