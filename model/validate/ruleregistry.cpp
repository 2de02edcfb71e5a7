// The rule catalogue. Adding a rule: one file under rules/ and one line in each list below.
#include "validationrule.h"
#include "validator.h"

namespace relata {

const ValidationRule &missingObjectRule();      // R001
const ValidationRule &columnCountRule();        // R002
const ValidationRule &parentNotKeyRule();       // R003
const ValidationRule &typeMismatchRule();       // R004
const ValidationRule &setNullNotNullRule();     // R005
const ValidationRule &cycleRule();              // R006
const ValidationRule &missingIndexRule();       // R007
const ValidationRule &missingPrimaryKeyRule();  // R008
const ValidationRule &redundantIndexRule();     // R009
const ValidationRule &identifierRule();         // R010
const ValidationRule &impliedRelationRule();    // R011
const ValidationRule &cascadeBlastRadiusRule(); // R012
const ValidationRule &selfReferenceRule();      // R106

const QList<const ValidationRule *> &validationRules()
{
    static const QList<const ValidationRule *> rules{
            &missingObjectRule(), &columnCountRule(),       &parentNotKeyRule(),
            &typeMismatchRule(),  &setNullNotNullRule(),    &cycleRule(),
            &missingIndexRule(),  &missingPrimaryKeyRule(), &redundantIndexRule(),
            &identifierRule(),    &impliedRelationRule(),   &cascadeBlastRadiusRule(),
            &selfReferenceRule(),
    };
    return rules;
}

} // namespace relata
