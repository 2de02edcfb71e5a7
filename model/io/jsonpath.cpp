#include "jsonpath.h"

namespace relata {

QString JsonPath::toString() const
{
    QString text = m_parent ? m_parent->toString() : QString();
    if (m_index >= 0) {
        text += u'[' + QString::number(m_index) + u']';
    } else if (!m_key.isEmpty()) {
        if (!text.isEmpty())
            text += u'.';
        text += m_key;
    }
    return text;
}

} // namespace relata
