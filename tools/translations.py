"""The screens' translations: Qt .ts sources kept in the repository, one file per area and language
(resources/translations/<language>/<area>.ts), compiled to .qm beside them by the build.

    python tools/translations.py compile            .ts -> .qm with pyside6-lrelease (make run/test/bundle, setup.py)
    python tools/translations.py update [AREA...]   add the strings lupdate finds in an area's sources to its .ts files

`update` runs pyside6-lupdate on the area's sources into a scratch file and merges: strings already translated keep
their translation, new ones come in unfinished, strings no longer in the code go. It writes the .ts itself (no line
numbers, sorted), so two engineers translating different areas never touch the same file, and a message whose source
holds `%n` is a plural (numerus) message whatever call made it (lupdate marks only `tr(text, "", n)` as one).
Spanish files hold every string; English files only the plurals ("%n households" -> "1 household" / "2 households"),
as Qt intends for a program written in English. tests/test_translations.py checks the areas marked done.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = "nightout_desk/ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")
FORMS = {"es": 2, "en": 2}  # plural forms: one / other, in both languages

# Each area's source files (globs from the repository's root). Every module under ui/ is in exactly one area
# (tests/test_translations.py checks it); one .ts per area and language, so areas can be translated in parallel.
AREAS: dict[str, tuple[str, ...]] = {
    "main": (f"{UI}/main_window.py", f"{UI}/tabs.py", f"{UI}/messages.py", f"{UI}/service_words.py",
             f"{UI}/service_parts.py", f"{UI}/language.py", f"{UI}/language_dialog.py"),
    "start": (f"{UI}/app.py", f"{UI}/desk_lock.py", f"{UI}/sign_in.py", f"{UI}/operator_dialog.py"),
    "dialogs": tuple(f"{UI}/{name}" for name in (
        "app_icon.py", "audit_actions.py", "audit_dialog.py", "background_job.py", "elided.py", "event_dialog.py",
        "event_switch.py", "help_dialogs.py", "import_dialog.py", "import_job.py", "import_models.py",
        "import_views.py", "integrity_watch.py", "log_check.py", "look.py", "operators_dialog.py", "page_view.py",
        "pdf_job.py", "pdfium.py", "print_preview.py", "printer_choice.py", "privacy_dialog.py", "quick_start.py",
        "rows_model.py", "scan_router.py", "scanning.py", "smoke.py", "speech.py", "state.py",
        "switch_event_dialog.py", "__init__.py")),
    "sync": (f"{UI}/sync/*.py",),
    "checkin": tuple(f"{UI}/checkin/{name}" for name in (
        "__init__.py", "banner.py", "checkin_tab.py", "counters_panel.py", "extensions.py", "recent_panel.py",
        "results_area.py", "sound.py", "table_models.py", "walkup_panel.py")),
    "checkin_dialogs": tuple(f"{UI}/checkin/{name}" for name in (
        "attendee_import.py", "household_dialogs.py", "ticket_print_dialog.py")),
    "volunteers": (f"{UI}/volunteers/*.py",),
    "stations": (f"{UI}/stations/*.py",),
    "inventory": (f"{UI}/inventory/*.py",),
    "donations": tuple(f"{UI}/donations/{name}" for name in (
        "__init__.py", "donation_dialog.py", "donation_import.py", "donations_tab.py", "donor_dialog.py",
        "figures_page.py", "print_flow.py", "statements_dialog.py", "table_models.py")),
    "donations_organization": (f"{UI}/donations/organization_dialog.py",),  # the Organization dialog, apart
    "reports": (f"{UI}/reports/*.py",),
}


def sources(area: str) -> list[Path]:
    return sorted({p for pattern in AREAS[area] for p in ROOT.glob(pattern)})


def ts_path(language: str, area: str) -> Path:
    return TRANSLATIONS / language / f"{area}.ts"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv's bin or Scripts folder)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name  # on PATH


# --- reading and writing .ts files -----------------------------------------------------------------------------------
Key = tuple[str, str]  # (context, source)


def read_ts(path: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file by (context, source); empty when the file does not exist yet."""
    if not path.exists():
        return {}
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def extracted(area: str) -> set[Key]:
    """What lupdate finds in the area's sources today: (context, source) of every tr() / translate() call."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", *map(str, sources(area)),
                        "-ts", str(scratch)], check=True, capture_output=True)
        return set(read_ts(scratch))


def is_plural(source: str) -> bool:
    return "%n" in source


def translations(message: ET.Element) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and all(translations(message))


def write_ts(path: Path, language: str, messages: dict[Key, ET.Element | None]) -> None:
    """Sorted by context and source, no locations; a message with no element yet is written unfinished."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context_name in sorted({c for c, _ in messages}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for (c, source), old in sorted(messages.items()):
            if c != context_name:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            done = old is not None and is_finished(old)
            kept = translations(old) if old is not None else []
            translation = ET.SubElement(message, "translation")
            if not done:
                translation.set("type", "unfinished")
            if is_plural(source):
                message.set("numerus", "yes")
                for i in range(FORMS[language]):
                    ET.SubElement(translation, "numerusform").text = kept[i] if i < len(kept) else ""
            else:
                translation.text = kept[0] if kept else ""
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update(area: str) -> None:
    found = extracted(area)
    for language in LANGUAGES:
        wanted = found if language == "es" else {k for k in found if is_plural(k[1])}
        old = read_ts(ts_path(language, area))
        write_ts(ts_path(language, area), language, {key: old.get(key) for key in wanted})


def compile_all(out: Path = TRANSLATIONS) -> list[Path]:
    """Every .ts -> .qm under `out` (the same folders), with pyside6-lrelease; returns the .qm files."""
    made = []
    for ts in sorted(TRANSLATIONS.glob("*/*.ts")):
        qm = out / ts.parent.name / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime and out == TRANSLATIONS:
            made.append(qm)
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    if argv[:1] == ["compile"]:
        compile_all()
        return 0
    if argv[:1] == ["update"]:
        for area in argv[1:] or list(AREAS):
            update(area)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
