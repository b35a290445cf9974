#pragma once

#include "review/claimedcase.h"

#include <QScrollArea>

namespace oversight {

// A case's facts as a readable form: the column header as the label, long text
// wrapped, numbers right-aligned in one column so their digits line up.
class FactsView : public QScrollArea {
    Q_OBJECT
public:
    explicit FactsView(QWidget* parent = nullptr);

    void setFacts(const QList<Fact>& facts);
    // Bounded: a fact with a very long word scrolls sideways inside the view
    // instead of taking the width the decision beside it needs.
    QSize sizeHint() const override;

private:
    QWidget* m_content = nullptr;
};

} // namespace oversight
