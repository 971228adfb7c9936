#pragma once

#include <QWidget>

namespace ferry {

class CodeEditor;

// The margin left of a CodeEditor's text with the line numbers. The editor sizes, places and paints it;
// this widget only hands it the events.
class LineNumberArea : public QWidget {
    Q_OBJECT
public:
    explicit LineNumberArea(CodeEditor* editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CodeEditor* m_editor;
};

} // namespace ferry
