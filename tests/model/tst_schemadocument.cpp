#include "core/schemadocument.h"
#include <QTest>
class TstSchemaDocument : public QObject { Q_OBJECT private Q_SLOTS: void empty() { relata::SchemaDocument d; QVERIFY(d.schema().tables().isEmpty()); } };
QTEST_GUILESS_MAIN(TstSchemaDocument)
#include "tst_schemadocument.moc"
