#pragma once

#include <QChart>
#include <QGraphicsScene>
#include <QObject>
#include <QTextObjectInterface>
#include <memory>
#include <vector>

namespace oversight {

// Draws QtCharts charts inside a QTextDocument as vector graphics: each chart is
// an inline object whose format names its index here. Printing the document to a
// PDF painter then renders the chart's items, not a bitmap.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 1;
    enum Property { ChartIndex = QTextFormat::UserProperty + 1, ChartSize };

    explicit ChartObject(QObject* parent = nullptr);
    ~ChartObject() override;

    // Takes ownership; returns the index to put in the character format.
    int add(QChart* chart);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

    // Logical size charts are laid out at before being scaled into the page, so
    // their fonts keep screen proportions.
    void setLayoutScale(double deviceUnitsPerScreenPixel) { m_scale = deviceUnitsPerScreenPixel; }

private:
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
    std::vector<QChart*> m_charts;
    double m_scale = 1.0;
};

} // namespace oversight
