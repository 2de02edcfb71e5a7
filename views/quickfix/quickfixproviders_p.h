#pragma once

#include "quickfix.h"

#include <QCoreApplication>

namespace relata::quickfix {

/// The translation context of every fix label.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuickFix)
};

// One function per rule with fixes; quickfix.cpp maps the codes onto them.
QList<QuickFix> typeMismatchFixes(const Schema &schema, const Finding &finding);      // R004
QList<QuickFix> setNullNotNullFixes(const Schema &schema, const Finding &finding);    // R005
QList<QuickFix> missingIndexFixes(const Schema &schema, const Finding &finding);      // R007
QList<QuickFix> missingPrimaryKeyFixes(const Schema &schema, const Finding &finding); // R008
QList<QuickFix> impliedRelationFixes(const Schema &schema, const Finding &finding);   // R011

/// The relation a relation finding is about, or null when it no longer exists.
const Relation *subjectRelation(const Schema &schema, const Finding &finding);

} // namespace relata::quickfix
