#include "reports/chartobject.h"

#include <QPainter>

namespace oversight {

ChartObject::ChartObject(QObject* parent)
    : QObject(parent) {}

ChartObject::~ChartObject() = default;

int ChartObject::add(QChart* chart) {
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart); // the scene owns the chart
    m_charts.push_back(chart);
    m_scenes.push_back(std::move(scene));
    return static_cast<int>(m_charts.size()) - 1;
}

QSizeF ChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    return format.property(ChartSize).toSizeF();
}

void ChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                             const QTextFormat& format) {
    const int index = format.property(ChartIndex).toInt();
    if (index < 0 || index >= static_cast<int>(m_charts.size()))
        return;
    QChart* chart = m_charts[static_cast<size_t>(index)];
    const QSizeF logical = rect.size() / m_scale;
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    m_scenes[static_cast<size_t>(index)]->setSceneRect(QRectF(QPointF(0, 0), logical));
    m_scenes[static_cast<size_t>(index)]->render(painter, rect, QRectF(QPointF(0, 0), logical));
}

} // namespace oversight
