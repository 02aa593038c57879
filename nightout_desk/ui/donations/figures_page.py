"""The Organization dialog's "IRS figures" page: each year's Publication 1771 figures, where they come from, and
whether an organizer confirmed them; a year can be added (the figures change every autumn).

A year's row becomes "set by an organizer" when its three amounts are changed or "Confirmed" is ticked; a stand-in
left unconfirmed is not stored (services/donations/organization.figure_values), so receipts keep saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nightout_desk import clock
from nightout_desk.services.donations.benefits import NAMES, YearFigures
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.money import format_money, parse_money

translate = QCoreApplication.translate
STAND_IN = re.compile(r"(?P<year>\d{4})'s figures, standing in: check (?P<where>.+) and set (?P<next>\d{4})'s")
LABELS = {"dollar_cap": QT_TRANSLATE_NOOP("FiguresPage", "2% test's cap"),
          "low_cost_article": QT_TRANSLATE_NOOP("FiguresPage", "Low-cost article"),
          "minimum_payment": QT_TRANSLATE_NOOP("FiguresPage", "Minimum payment")}


def label(name: str) -> str:
    return translate("FiguresPage", LABELS[name])


@dataclass
class _YearRow:
    figures: YearFigures | None  # None: a year added here
    amounts: dict[str, QLineEdit]
    confirmed: QCheckBox

    def value(self) -> YearFigures | None:
        """The year's figures as the organizer left them; None for an added year left empty."""
        year = int(self.confirmed.property("year"))
        texts = {name: self.amounts[name].text().strip() for name in NAMES}
        if self.figures is None and not any(texts.values()):
            return None
        if not all(texts.values()):
            raise InvalidInput(translate("FiguresPage", "Type all three of {year}'s IRS figures, or none.").format(
                year=year))
        # the label goes into parse_money's English sentence, so it stays English
        cents = {name: parse_money(texts[name], f"{year}'s {LABELS[name].lower()}") for name in NAMES}
        old = self.figures
        changed = old is None or any(cents[name] != old.cents(name) for name in NAMES)
        if not changed and (old.checked or not self.confirmed.isChecked()):
            return old
        return replace(old or YearFigures(year, 0, 0, 0, ""), **{f"{n}_cents": c for n, c in cents.items()},
                       source="set by an organizer", checked=True)


class FiguresPage(QWidget):
    def __init__(self, figures: tuple[YearFigures, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, _YearRow] = {}
        help_label = QLabel(self.tr(
            "IRS Publication 1771: what a donor gets back is of insubstantial value (the receipt says only token "
            "items were given) when it is worth at most 2% of the gift and at most the year's cap, or when the gift "
            "is at least the year's minimum payment and the only items given back bear your name or logo and cost "
            "you at most the low-cost article figure. The IRS publishes new figures each autumn in a Revenue "
            "Procedure."), wordWrap=True)
        help_label.setStyleSheet("color: #444")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(5, 1)
        for col, text in enumerate((self.tr("Year"), *map(label, NAMES), "", self.tr("Where from"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>" if text else ""), 0, col)
        self.add_year = QSpinBox(objectName="figuresNewYear", minimum=2000, maximum=2100)
        self.add_year.setAccessibleName(self.tr("Year to add"))
        self.add_button = QPushButton(self.tr("Add year"), objectName="figuresAddYear")
        self.add_button.clicked.connect(lambda: self.add(self.add_year.value()))
        adder = QHBoxLayout()
        adder.addWidget(QLabel(self.tr("Figures for another year:")))
        adder.addWidget(self.add_year)
        adder.addWidget(self.add_button)
        adder.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addLayout(self.grid)
        layout.addLayout(adder)
        layout.addStretch(1)
        for f in sorted(figures, key=lambda f: f.year, reverse=True):
            self._row(f.year, f)
        self.add_year.setValue(max([clock.local(clock.now()).year, *self.rows]) + 1)

    def add(self, year: int) -> None:
        if year not in self.rows:
            self._row(year, None)
        self.rows[year].amounts[NAMES[0]].setFocus()
        self.add_year.setValue(max(self.rows) + 1)

    def _row(self, year: int, f: YearFigures | None) -> None:
        at = self.grid.rowCount()
        self.grid.addWidget(QLabel(str(year)), at, 0)
        amounts = {}
        for col, name in enumerate(NAMES, start=1):
            edit = QLineEdit(format_money(f.cents(name)) if f else "", objectName=f"figures{year}_{name}")
            edit.setAccessibleName(self.tr("{year}: {figure}").format(year=year, figure=label(name)))
            edit.setMaximumWidth(110)
            amounts[name] = edit
            self.grid.addWidget(edit, at, col)
        confirmed = QCheckBox(self.tr("Confirmed"), objectName=f"figures{year}Confirmed", checked=bool(f and f.checked))
        confirmed.setProperty("year", year)
        confirmed.setToolTip(self.tr("Tick once you have checked these amounts against the IRS's publication for the "
                                     "year."))
        confirmed.setEnabled(not (f and f.checked))  # a confirmed year changes by typing new amounts
        source = QLabel(self._source(f.source) if f else self.tr("added here: type the year's three amounts"),
                        wordWrap=True)
        source.setStyleSheet("color: #444" if f and f.checked else "color: #8a4b00")
        self.grid.addWidget(confirmed, at, 4)
        self.grid.addWidget(source, at, 5)
        self.rows[year] = _YearRow(f, amounts, confirmed)

    def _source(self, source: str) -> str:
        """Where a year's figures come from: the organizer's, or the IRS's Revenue Procedure (named as stored)."""
        if source == "set by an organizer":
            return self.tr("set by an organizer")
        standing = STAND_IN.fullmatch(source)  # services/donations/benefits.py: last year's figures, standing in
        if standing:
            return self.tr("{year}'s figures, standing in: check {where} and set {next}'s").format(
                **standing.groupdict())
        return source

    def values(self) -> tuple[YearFigures, ...]:
        return tuple(v for row in self.rows.values() if (v := row.value()) is not None)
