"""The end-of-night report: `build_report(desk)` gives one plain `NightReport`; `tables` gives the tables behind
its charts (printed in the PDF and written as CSV, so both carry the same totals)."""

from nightout_desk.services.report.build import build_report
from nightout_desk.services.report.model import NO_DATA, NightReport

__all__ = ["NO_DATA", "NightReport", "build_report"]
