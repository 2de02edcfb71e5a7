#include "propertylineedit.h"

#include <QKeyEvent>

namespace relata {

PropertyLineEdit::PropertyLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::editingFinished, this, &PropertyLineEdit::onEditingFinished);
}

void PropertyLineEdit::setValue(const QString &value, bool force)
{
    m_value = value;
    const bool typing = hasFocus() && isModified();
    if (force || !typing)
        setText(value); // also clears isModified()
}

void PropertyLineEdit::revert()
{
    setText(m_value);
}

void PropertyLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && text() != m_value) {
        revert();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PropertyLineEdit::onEditingFinished()
{
    // Return and the focus-out after it both finish the edit: report it once.
    if (text() == m_value) {
        setModified(false);
        return;
    }
    const QString text = this->text();
    setModified(false);
    Q_EMIT committed(text);
}

} // namespace relata
