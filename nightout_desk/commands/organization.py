"""`nightout-desk organization show|set KEY=VALUE…`: who issues the receipts and the IRS figures per year."""

from __future__ import annotations

import argparse
from dataclasses import replace

from nightout_desk.services.context import Desk
from nightout_desk.services.donations import organization
from nightout_desk.services.donations.benefits import NAMES, YearFigures
from nightout_desk.services.donations.organization import TAX_STATUS_LABELS, TEXT_FIELDS, Organization
from nightout_desk.services.errors import InvalidInput
from nightout_desk.services.money import format_money, parse_money

ALIASES = {"name": "legal_name", "signer": "signer_name", "prefix": "receipt_prefix", "status": "tax_status"}
FIGURES_KEY = "figures.YEAR." + "|".join(NAMES)


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p = sub.add_parser("organization", parents=[common], help="who issues the receipts, and the year's IRS figures",
                       description="show: the organization's details and the insubstantial-benefit figures per year "
                                   "(IRS Publication 1771). set KEY=VALUE…: change them, an organizer's (--operator "
                                   f"NAME and the PIN). Keys: {', '.join(TEXT_FIELDS)} (also {', '.join(ALIASES)}), "
                                   f"and {FIGURES_KEY}=DOLLARS (e.g. figures.2026.dollar_cap=140). A year without "
                                   r"published figures is set with all three at once. \n in a value starts a line.")
    p.add_argument("action", choices=["show", "set"])
    p.add_argument("values", nargs="*", metavar="KEY=VALUE")
    return p


def show(desk: Desk) -> int:
    org = organization.get(desk)
    for key in TEXT_FIELDS:
        value = getattr(org, key)
        if key == "letter_body":
            value = value.split("\n", 1)[0] + (" …" if "\n" in value else "")
        if key == "tax_status":
            value = f"{value} ({TAX_STATUS_LABELS.get(value, '?')})"
        print(f"{key} = {value}".replace("\n", "\\n"))
    for f in org.figures:
        figures = ", ".join(f"{name} {format_money(f.cents(name))}" for name in NAMES)
        print(f"figures {f.year}: {figures} — {f.source}" + ("" if f.checked else " (NOT CHECKED)"))
    return 0


def changed(org: Organization, pairs: list[str]) -> Organization:
    """The organization with KEY=VALUE pairs applied; an unknown key or a bad value raises InvalidInput."""
    if not pairs:
        raise InvalidInput("Say what to set, e.g. `organization set legal_name=\"Riverside PAL\" tax_status=501c3`.")
    texts: dict[str, str] = {}
    figures = {f.year: f for f in org.figures}
    touched: dict[int, set[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = ALIASES.get(key.strip(), key.strip())
        if not sep:
            raise InvalidInput(f"“{pair}” is not KEY=VALUE.")
        if key in TEXT_FIELDS:
            texts[key] = value.replace("\\n", "\n")
            continue
        parts = key.split(".")
        if len(parts) != 3 or parts[0] != "figures" or not parts[1].isdigit() or parts[2] not in NAMES:
            raise InvalidInput(f"Unknown key “{key}”: use {', '.join(TEXT_FIELDS)} or {FIGURES_KEY}.")
        year = int(parts[1])
        cents = parse_money(value, f"{key}")
        base = figures.get(year) or YearFigures(year, 0, 0, 0, "set by an organizer", checked=False)
        figures[year] = replace(base.with_cents(parts[2], cents), checked=base.checked)
        touched.setdefault(year, set()).add(parts[2])
    for year, names in touched.items():
        if not figures[year].checked and names != set(NAMES):
            raise InvalidInput(f"{year} has no published figures here: set all three at once "
                               f"({', '.join(f'figures.{year}.{n}' for n in NAMES)}).")
        figures[year] = replace(figures[year], checked=True)
    return replace(org, **texts, figures=tuple(figures[y] for y in sorted(figures)))


def set_values(desk: Desk, pairs: list[str]) -> int:
    saved = organization.save(desk, changed(organization.get(desk), pairs))
    print(f"Saved the receipt settings of {saved.legal_name}.")
    return 0
