#pragma once

// Data-driven rule tests: one row is a schema and the findings one rule must give for it.
#include "core/schema.h"
#include "validate/validator.h"

#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(relata::Schema)

namespace relatatest {

/// Columns of a rule's _data(): the schema, then per finding its message, its objects joined
/// by ", " and its fix, in the order validation gives them.
inline void addRuleColumns()
{
    QTest::addColumn<relata::Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("objects");
    QTest::addColumn<QStringList>("fixes");
}

inline void addRuleRow(const char *name, const relata::Schema &schema,
                       const QStringList &messages = {}, const QStringList &objects = {},
                       const QStringList &fixes = {})
{
    QTest::newRow(name) << schema << messages << objects << fixes;
}

/// Runs only `code` through the real validator on the current row and compares everything.
inline void checkRuleRow(const QString &code, relata::Severity severity)
{
    QFETCH(relata::Schema, schema);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, fixes);
    relata::ValidationOptions options;
    options.only = {code};
    const QList<relata::Finding> findings = relata::validate(schema, options);
    QStringList gotMessages;
    QStringList gotObjects;
    QStringList gotFixes;
    for (const relata::Finding &f : findings) {
        QCOMPARE(f.code, code);
        QCOMPARE(f.severity, severity);
        gotMessages.append(f.message);
        gotObjects.append(f.objects.join(QStringLiteral(", ")));
        gotFixes.append(f.fix);
    }
    QCOMPARE(gotMessages, messages);
    QCOMPARE(gotObjects, objects);
    QCOMPARE(gotFixes, fixes);
}

} // namespace relatatest
