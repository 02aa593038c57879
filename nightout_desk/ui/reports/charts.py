"""Qt Charts for the Reports screen — the same charts the PDF draws, each with a "no data yet" stand-in."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

translate = QCoreApplication.translate
NAVY, GOLD, BLUE = QColor("#1F3A5F"), QColor("#C9A227"), QColor("#2E6DB4")
HEIGHT = 280
NO_DATA_HTML = "<b>{title}</b><br><span style='color:#666'>{nothing} — {why}</span>"  # the words come translated


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 11))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().hide()
    return chart


def _view(chart: QChart, name: str, height: int = HEIGHT) -> QChartView:
    view = QChartView(chart)
    view.setObjectName(name)
    view.setAccessibleName(chart.title())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


def no_data(title: str, name: str, why: str) -> QWidget:
    nothing = translate("Charts", "No data yet")
    label = QLabel(NO_DATA_HTML.format(title=title, nothing=nothing, why=why), objectName=name)
    label.setAccessibleName(translate("Charts", "{title}: {nothing}").format(title=title, nothing=nothing))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumHeight(120)
    label.setStyleSheet("background:#F3F5F8;border:1px solid #DDE3EA;border-radius:6px;")
    return label


def _axis_max(value: float) -> float:
    return max(5.0, value * 1.1)


def _sparse(labels: list[str], shown: int = 7) -> list[str]:
    """Every n-th time label, so they are never cut to "11…"; the others are unique invisible names."""
    step = max(1, -(-len(labels) // shown))
    return [lab if i % step == 0 else "\u200b" * (i + 1) for i, lab in enumerate(labels)]


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, _axis_max(top))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    return axis


def time_bars(title: str, name: str, labels: list[str], values: list[int]) -> QChartView:
    chart = _chart(title)
    bars = QBarSet(translate("Charts", "People"))
    bars.append([float(v) for v in values])
    bars.setColor(NAVY)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.9)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(_sparse(labels))
    x.setTruncateLabels(False)
    y = _value_axis(max(values or [0]))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return _view(chart, name)


def line(title: str, name: str, labels: list[str], values: list[int]) -> QChartView:
    chart = _chart(title)
    series = QLineSeries()
    for i, v in enumerate(values):
        series.append(float(i), float(v))
    pen = series.pen()
    pen.setWidth(3)
    pen.setColor(GOLD)
    series.setPen(pen)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(_sparse(labels))
    x.setTruncateLabels(False)
    y = _value_axis(max(values or [0]))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    x2 = QValueAxis()
    x2.setRange(0, max(1, len(values) - 1))
    x2.setVisible(False)
    chart.addAxis(x2, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x2)
    return _view(chart, name)


def hbars(title: str, name: str, names: list[str], values: list[float], color: QColor = NAVY,
          fmt: str = "@value") -> QChartView:
    """Horizontal bars, biggest on top, the value written on each bar."""
    names, values = names[:12], values[:12]
    chart = _chart(title)
    bars = QBarSet(title)
    bars.append([float(v) for v in reversed(values)])
    bars.setColor(color)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(fmt)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    y.append([n if len(n) <= 30 else n[:29] + "…" for n in reversed(names)])
    y.setTruncateLabels(False)
    x = _value_axis(max(values or [0]) * 1.12)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    return _view(chart, name, max(HEIGHT, 60 + 26 * len(names)))


def pie(title: str, name: str, parts: list[tuple[str, int]]) -> QChartView:
    chart = _chart(title)
    series = QPieSeries()
    total = sum(v for _, v in parts) or 1
    for (label, value), colour in zip(parts, (NAVY, GOLD, BLUE), strict=False):
        s = series.append(f"{label}: {value:,} ({100 * value / total:.0f}%)", float(value))
        s.setColor(colour)
        s.setLabelVisible(True)
    chart.addSeries(series)
    chart.legend().show()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, name)


def stock(title: str, name: str, items: list[tuple[str, int, int]]) -> QChartView:
    items = items[:12]
    chart = _chart(title)
    out, left = QBarSet(translate("Charts", "Handed out")), QBarSet(translate("Charts", "Left"))
    out.append([float(o) for _, o, _ in reversed(items)])
    left.append([float(x) for _, _, x in reversed(items)])
    out.setColor(NAVY)
    left.setColor(GOLD)
    series = QHorizontalStackedBarSeries()
    series.append(out)
    series.append(left)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    y.append([n for n, _, _ in reversed(items)])
    y.setTruncateLabels(False)
    x = _value_axis(max((o + lft for _, o, lft in items), default=0))
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().show()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, name, max(HEIGHT, 80 + 26 * len(items)))
