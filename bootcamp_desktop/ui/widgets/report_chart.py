"""Draw an analytics ``Report`` with QtCharts: a pie, bars (vertical, horizontal, stacked) or a line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication

from bootcamp_desktop.services.analytics import Report

from ..style import series as series_colours


class ReportChart(QChartView):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_report(self, report: Report) -> None:
        chart = QChart()
        chart.setTitle(report.title)
        font = QFont()
        font.setPointSizeF(QApplication.font().pointSizeF() * 1.2)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        {"pie": self._pie, "bar": self._bars, "hbar": self._bars, "stacked": self._bars, "line": self._line}[
            report.chart
        ](chart, report)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    @staticmethod
    def _columns(report: Report) -> list[int]:
        return [report.headers.index(name) for name in report.series] or [1]

    def _pie(self, chart: QChart, report: Report) -> None:
        series = QPieSeries()
        series.setHoleSize(0.35)
        col = self._columns(report)[0]
        total = sum(r[col] for r in report.rows) or 1
        for i, row in enumerate(report.rows):
            if not row[col]:
                continue
            piece = series.append(f"{row[0]}: {row[col]} ({100 * row[col] / total:.0f}%)", row[col])
            piece.setColor(QColor(series_colours()[i % len(series_colours())]))
            piece.setLabelVisible(True)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def _bars(self, chart: QChart, report: Report) -> None:
        kind = report.chart
        series = {"bar": QBarSeries, "hbar": QHorizontalBarSeries, "stacked": QHorizontalStackedBarSeries}[
            kind
        ]()
        cols = self._columns(report)
        rows = list(report.rows) if kind == "bar" else list(reversed(report.rows))  # first row on top
        categories = [str(r[0]) if len(str(r[0])) <= 48 else str(r[0])[:46] + "…" for r in rows]
        for n, col in enumerate(cols):
            bar = QBarSet(report.headers[col])
            bar.setColor(QColor(series_colours()[n % len(series_colours())]))
            for row in rows:
                bar.append(float(row[col]))
            series.append(bar)
        series.setLabelsVisible(kind != "stacked")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(categories)
        value_axis = QValueAxis()
        top = (
            max(
                (sum(float(r[c]) for c in cols) if kind == "stacked" else max(float(r[c]) for c in cols))
                for r in report.rows
            )
            if report.rows
            else 1
        )
        percent = any("%" in report.headers[c] for c in cols)
        if percent:
            value_axis.setRange(0, 100)
        elif top <= 10:  # small counts: whole-number ticks
            value_axis.setRange(0, int(top) + 1)
            value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            value_axis.setTickAnchor(0)
            value_axis.setTickInterval(1)
        else:
            value_axis.setRange(0, top * 1.1)
            value_axis.applyNiceNumbers()
        value_axis.setLabelFormat("%.0f")
        if kind == "bar":
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(cols) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _line(self, chart: QChart, report: Report) -> None:
        series = QLineSeries()
        series.setName(report.headers[1])
        pen = QPen(QColor(series_colours()[1]))
        pen.setWidth(2)
        series.setPen(pen)
        for day, value in report.rows:
            stamp = QDateTime(day, QTime(12, 0)) if isinstance(day, dt.date) else QDateTime(day)
            series.append(stamp.toMSecsSinceEpoch(), float(value))
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("dd MMM")
        x.setTickCount(7)
        y = QValueAxis()
        values = [float(v) for _d, v in report.rows] or [0.0, 1.0]
        y.setRange(min(0.0, min(values)), max(values) * 1.1 or 1.0)
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f" if max(values) >= 10 else "%.1f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(False)
