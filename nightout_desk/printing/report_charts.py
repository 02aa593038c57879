"""The report's charts as reportlab vector drawings (the same charts the Reports screen shows with Qt Charts)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from nightout_desk.printing import fonts

NAVY = colors.HexColor("#1F3A5F")
BLUE = colors.HexColor("#2E6DB4")
GOLD = colors.HexColor("#C9A227")
GREY = colors.HexColor("#5F6B7A")
LIGHT = colors.HexColor("#DDE3EA")
PALETTE = [NAVY, GOLD, BLUE, colors.HexColor("#7A9CC6"), colors.HexColor("#A23B3B"), colors.HexColor("#4F8A5B")]


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum and step a reader can count on (5, 10, 20, 50, 100, ...)."""
    if value <= 0:
        return 5, 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value / step <= 6:
            top = step * (int(value / step) + 1)
            return top, step
    return value * 1.1, value / 5


def _style_axis(axis, font: str, size: float = 7) -> None:  # noqa: ANN001
    axis.labels.fontName = font
    axis.labels.fontSize = size
    axis.labels.fillColor = GREY
    axis.strokeColor = GREY


def _title(d: Drawing, text: str, width: float, height: float) -> None:
    if not text:  # the chart sits under a heading that already names it
        return
    _, bold = fonts.register()
    d.add(String(0, height - 11, text, fontName=bold, fontSize=10, fillColor=NAVY))


def arrivals_chart(labels: list[str], people: list[int], width: float, title: str = "People arriving per 15 minutes",
                   height: float = 150) -> Drawing:
    """People arriving per 15 minutes (vertical bars); every other time label when crowded."""
    regular, _ = fonts.register()
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 28, width - 44, height - 50
    chart.data = [people or [0]]
    chart.categoryAxis.categoryNames = [lab if i % max(1, len(labels) // 12) == 0 else ""
                                        for i, lab in enumerate(labels)]
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    top, step = _nice_max(max(people or [0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    _style_axis(chart.valueAxis, regular)
    _style_axis(chart.categoryAxis, regular)
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.dy = -2
    d.add(chart)
    return d


def on_site_chart(labels: list[str], on_site: list[int], width: float,
                  title: str = "People on site over time (checked in so far)", height: float = 150) -> Drawing:
    """People checked in so far, through the evening (a line)."""
    regular, _ = fonts.register()
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 34, 28, width - 44, height - 50
    chart.data = [on_site or [0]]
    chart.categoryAxis.categoryNames = [lab if i % max(1, len(labels) // 12) == 0 else ""
                                        for i, lab in enumerate(labels)]
    chart.lines[0].strokeColor = GOLD
    chart.lines[0].strokeWidth = 2.2
    top, step = _nice_max(max(on_site or [0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    _style_axis(chart.valueAxis, regular)
    _style_axis(chart.categoryAxis, regular)
    d.add(chart)
    return d


def bars(title: str, names: list[str], values: list[float], width: float, *, color=NAVY,  # noqa: ANN001
         value_format: str = "{:,.0f}", max_rows: int = 12) -> Drawing:
    """Horizontal bars with the value written at the end of each bar (colour is never the only signal)."""
    regular, _ = fonts.register()
    names, values = names[:max_rows], values[:max_rows]
    row = 15
    height = (30 if title else 14) + row * max(1, len(names))
    d = Drawing(width, height)
    _title(d, title, width, height)
    label_width = min(170, max((len(n) for n in names), default=5) * 4.6 + 8)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 6
    chart.width, chart.height = width - label_width - 60, row * max(1, len(names))
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed([n if len(n) <= 34 else n[:33] + "…" for n in names])) or [""]
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 9
    top, step = _nice_max(max(values or [0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.visible = False
    _style_axis(chart.categoryAxis, regular, 7.5)
    chart.categoryAxis.labels.fillColor = colors.black
    chart.barLabelFormat = lambda v: value_format.format(v)
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 12
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = -8
    d.add(chart)
    return d


def share_pie(title: str, parts: list[tuple[str, int]], width: float, height: float = 140) -> Drawing:
    """A pie with each slice named and counted in its label and the legend."""
    regular, _ = fonts.register()
    d = Drawing(width, height)
    _title(d, title, width, height)
    total = sum(v for _, v in parts) or 1
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 8, height - 34, height - 34
    pie.data = [max(v, 0) for _, v in parts] if any(v for _, v in parts) else [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(parts)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = height, height - 40
    legend.fontName, legend.fontSize = regular, 8.5
    legend.alignment = "right"
    legend.dy, legend.deltay = 8, 14
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{name}: {value:,} ({100 * value / total:.0f}%)")
                             for i, (name, value) in enumerate(parts)]
    d.add(legend)
    return d


def stock_chart(items: list[tuple[str, int, int]], width: float, legend_words: tuple[str, str] = ("Handed out", "Left"),
                max_rows: int = 12) -> Drawing:
    """Giveaway items: handed out and left, stacked, with a legend in words."""
    regular, _ = fonts.register()
    items = items[:max_rows]
    row = 15
    height = 50 + row * max(1, len(items))
    d = Drawing(width, height)
    label_width = min(170, max((len(n) for n, _, _ in items), default=5) * 4.6 + 8)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 34
    chart.width, chart.height = width - label_width - 20, row * max(1, len(items))
    chart.data = [list(reversed([o for _, o, _ in items])) or [0],
                  list(reversed([left for _, _, left in items])) or [0]]
    chart.categoryAxis.categoryNames = list(reversed([n for n, _, _ in items])) or [""]
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor, chart.bars[1].fillColor = NAVY, GOLD
    chart.bars.strokeColor = None
    chart.barWidth = 9
    top, step = _nice_max(max((o + left for _, o, left in items), default=0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    _style_axis(chart.valueAxis, regular)
    _style_axis(chart.categoryAxis, regular, 7.5)
    chart.categoryAxis.labels.fillColor = colors.black
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = label_width, 14  # a legend hangs down from y: below the axis labels, inside the drawing
    legend.fontName, legend.fontSize = regular, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 8, 8, 90
    legend.colorNamePairs = [(NAVY, legend_words[0]), (GOLD, legend_words[1])]
    d.add(legend)
    return d
