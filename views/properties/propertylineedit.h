#pragma once

#include <QLineEdit>

namespace relata {

/// A line edit that holds one property of the model.
///
/// It reports an edit once, when the user finishes it (Return or leaving the field)
/// with a text that differs from the model's, and lets the model refresh it without
/// overwriting what the user is typing. Escape puts the model's value back.
class PropertyLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit PropertyLineEdit(QWidget *parent = nullptr);

    /// Shows the model's value. While the user is typing in the field, the text is
    /// left alone unless `force` says that another object is now shown.
    void setValue(const QString &value, bool force = false);
    QString value() const { return m_value; }
    /// Shows the model's value again, e.g. after a refused edit.
    void revert();

Q_SIGNALS:
    void committed(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onEditingFinished();

    QString m_value;
};

} // namespace relata
