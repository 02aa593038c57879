"""Reading the CSV files people really export: any common encoding and delimiter, title lines, ragged rows.

`read_table(path)` returns the header and the data rows, each with the file line number where its record starts,
so every problem can be reported as "line 12: ...". It raises `ImportProblem` with a sentence a volunteer can act on
when the file cannot be used at all (empty, a spreadsheet or a picture, no header line naming its columns).
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nightout_desk.services.errors import ImportProblem

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024  # a town's sign-up export is a few MB at most
MAX_FIELD_CHARS = 16 * 1024 * 1024  # csv's default limit (128 KB) rejects long pasted notes
HEADER_SEARCH_RECORDS = 30  # title lines a report may put before its header (SignUpGenius, Eventbrite summaries)
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
# charset-normalizer guesses wildly between Latin single-byte encodings on a short file (cp775 or cp1250 for
# Windows-1252's "Müller, Hélène"), and Excel on an American or European Windows writes Windows-1252. So its guess is
# only taken for other scripts (Cyrillic, Greek, Hebrew, Arabic, Thai, CJK); anything else is read as Windows-1252.
_OTHER_SCRIPTS = {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5", "cp866", "cp1253", "iso8859_7",
                  "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620", "shift_jis", "cp932", "euc_jp",
                  "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "euc_kr", "cp949"}
_SIGNATURES = (
    (b"PK\x03\x04", "an Excel workbook or another zipped file (.xlsx, .zip)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"{\\rtf", "a Word/RTF document"),
)
SAVE_AS_CSV = "Open it in Excel or Google Sheets and save it as “CSV UTF-8” (File › Save As / Download › CSV)."

HeaderTest = Callable[[Sequence[str]], bool]


@dataclass(frozen=True)
class Row:
    line: int  # the file line where this record starts (1-based, title lines included)
    cells: tuple[str, ...]
    cell_lines: tuple[tuple[int, int], ...] = ()  # a record over several lines: each cell's first and last line

    @property
    def is_blank(self) -> bool:
        return not any(c.strip() for c in self.cells)


@dataclass(frozen=True)
class Table:
    path: Path
    encoding: str  # a human name, e.g. "UTF-8 with BOM", "Windows-1252"
    delimiter: str
    header: tuple[str, ...]
    header_line: int
    rows: tuple[Row, ...]  # data rows after the header, blank rows left out
    title_lines: tuple[str, ...] = ()

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 or a detected encoding."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 with BOM"
        except UnicodeDecodeError as exc:
            raise ImportProblem(f"{name} says it is UTF-8 but is damaged "
                                f"near byte {exc.start}. {SAVE_AS_CSV}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportProblem(f"{name} could not be read as UTF-16. {SAVE_AS_CSV}") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    mixed = data.decode("utf-8", errors="replace")
    damaged = mixed.count("\ufffd")
    if sum(1 for ch in mixed if ord(ch) > 127) - damaged > damaged:  # mostly UTF-8 with a few stray bytes
        return mixed, f"UTF-8 ({damaged} damaged character{'s' if damaged != 1 else ''} shown as �)"
    guess = _guess_encoding(data)
    if guess in _OTHER_SCRIPTS:
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared in pyproject; Windows-1252 is then the fallback
        return None
    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def _refuse_non_text(data: bytes, name: str) -> None:
    if not data.strip(b" \t\r\n" + codecs.BOM_UTF8):
        raise ImportProblem(f"{name} is empty. Export the list again and choose that new file.")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise ImportProblem(f"{name} is {what}, not a CSV file. {SAVE_AS_CSV}")
    head = data[:8192]
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A binary file has control bytes (NULs among them) all through; a stray NUL in a list is one row's problem,
        # wherever it is, and that row is skipped by its line (`ColumnMapping.values`), so nothing stores "Smi\0th".
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
        if controls > max(len(head) // 20, 8) or head.count(0) > 8:
            raise ImportProblem(f"{name} is not a text file, so it cannot be a CSV list. {SAVE_AS_CSV}")


def _line_breaks(cell: str) -> int:
    return cell.count("\n") + cell.count("\r") - cell.count("\r\n")


def _records(text: str, delimiter: str) -> list[Row]:
    """Every record with the line it starts on (quoted newlines kept inside their field)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=False, strict=False)
    rows: list[Row] = []
    start = 1
    for cells in reader:
        spans: tuple[tuple[int, int], ...] = ()
        if reader.line_num > start:  # quoted line breaks: where each cell starts and ends, for `_refuse_swallowed_rows`
            line, spans = start, ()
            for c in cells:
                spans += ((line, line + _line_breaks(c)),)
                line += _line_breaks(c)
        rows.append(Row(start, tuple(c.replace("\r\n", "\n").replace("\r", "\n").strip() for c in cells), spans))
        start = reader.line_num + 1
    return rows


# A quote (") that opens and is not closed where the writer meant makes the csv module read every following line
# into that one cell, up to the next quote or the end of the file: other people's rows would be imported as one
# person's purpose or notes. Real notes with line breaks hold a few lines of prose; a cell whose continuation lines
# look like rows of the file (one with as many delimiters as a row has, or more than this many holding a delimiter)
# has swallowed rows.
SWALLOWED_LINES = 3
_QUOTE_LEFT_OPEN = ("Line {line} opens a quote (\") that is never closed, so the rest of the file cannot be read "
                    "safely. Fix that line in the spreadsheet and save as CSV again.")
_QUOTE_SWALLOWS = ("Line {line} opens a quote (\") that is only closed on line {end}, so the rows in between were "
                   "read as part of one cell and the file cannot be read safely. Fix line {line} in the spreadsheet "
                   "and save as CSV again.")


def _refuse_swallowed_rows(rows: Sequence[Row], width: int, delimiter: str) -> None:
    """ImportProblem naming the line where a quoted cell opens that holds what looks like rows of the file."""
    whole_row = max(3, width - 1)
    for row in rows:
        for cell, (first, last) in zip(row.cells, row.cell_lines, strict=False):
            if last == first:
                continue
            later = cell.split("\n")[1:]  # `_records` made every line break "\n"
            with_delimiter = [part.count(delimiter) for part in later if delimiter in part]
            if with_delimiter and (max(with_delimiter) >= whole_row or len(with_delimiter) > SWALLOWED_LINES):
                raise ImportProblem(_QUOTE_SWALLOWS.format(line=first, end=last))


def _quote_left_open(text: str, delimiter: str, first_line: int) -> int | None:
    """The line where a quoted field opens that is still open at the end of `text` (one record to the end of the
    file, starting on `first_line`), read as the csv module reads it: doubled quotes inside a quoted field, text after
    a closing quote kept. None when every quote closes."""
    line, opened = first_line, 0
    quoted = closing = False  # closing: just read a quote inside a quoted field (it closes, or a second one follows)
    at_start = True
    previous = ""
    for ch in text:
        if ch == "\r" or (ch == "\n" and previous != "\r"):
            line += 1
        previous = ch
        if quoted:
            if closing:
                closing = False
                if ch != '"':
                    quoted = False
                    at_start = ch == delimiter or ch in "\r\n"
            elif ch == '"':
                closing = True
        elif at_start and ch == '"':
            quoted, at_start, opened = True, False, line
        else:
            at_start = ch == delimiter or ch in "\r\n"
    return opened if quoted and not closing else None


def _refuse_quote_left_open(text: str, records: Sequence[Row], delimiter: str) -> None:
    """ImportProblem when the last record runs to the end of the file inside a quote, naming the line it opens on."""
    if not records:
        return
    lines = io.StringIO(text, newline="")
    for _ in range(records[-1].line - 1):
        lines.readline()
    tail = lines.read()
    if '"' in tail and (opened := _quote_left_open(tail, delimiter, records[-1].line)) is not None:
        raise ImportProblem(_QUOTE_LEFT_OPEN.format(line=opened))


def _sniff_delimiter(text: str) -> str:
    """csv.Sniffer on the first lines, checked against the table shape; else the delimiter giving the most even rows."""
    sample = "\n".join(text.splitlines()[:60])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _shape_score(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], d == ","))
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best] > 0 else ","


def _shape_score(sample: str, delimiter: str) -> int:
    """How many records share the commonest width (> 1 column) — title lines and notes do not count."""
    try:
        widths = Counter(len(r.cells) for r in _records(sample, delimiter) if not r.is_blank)
    except csv.Error:
        return 0
    wide = {w: n for w, n in widths.items() if w > 1}
    if not wide:
        return 0
    width, count = max(wide.items(), key=lambda item: (item[1], item[0]))
    return count * 1000 + width


def _looks_like_header(cells: Sequence[str]) -> bool:
    """A fallback when nothing named is recognised: several short labels, none of them data (digits, e-mail)."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2 or len(filled) < len(cells) / 2:
        return False
    return not any("@" in c or sum(ch.isdigit() for ch in c) > len(c) / 2 or len(c) > 60 for c in filled)


def read_table(path: Path, header_test: HeaderTest | None = None) -> Table:
    """Read a CSV file; `header_test(cells)` says which of the first records is the header (title lines skipped)."""
    name = f"“{path.name}”"
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(f"{name} is {size // (1024 * 1024)} MB — too big for a sign-up list. "
                                "Is it the right file?")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportProblem(f"{path} is a folder, not a file. Choose the CSV file inside it.") from None
    except FileNotFoundError:
        raise ImportProblem(f"There is no file at {path}.") from None
    except PermissionError:
        raise ImportProblem(f"{name} cannot be opened: this computer's account may not read it.") from None
    except OSError as exc:
        raise ImportProblem(f"{name} cannot be read ({exc.strerror or exc}).") from None
    _refuse_non_text(data, name)
    text, encoding = decode(data, name)
    text = text.lstrip("\ufeff")
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    delimiter = _sniff_delimiter(text)
    try:
        records = _records(text, delimiter)
    except csv.Error as exc:
        raise ImportProblem(f"{name} is not a readable CSV file ({exc}). {SAVE_AS_CSV}") from None
    _refuse_quote_left_open(text, records, delimiter)
    candidates = [r for r in records[:HEADER_SEARCH_RECORDS * 2] if not r.is_blank][:HEADER_SEARCH_RECORDS]
    header_row = next((r for r in candidates if header_test and header_test(r.cells)), None)
    if header_row is None:
        header_row = next((r for r in candidates if _looks_like_header(r.cells)), None)
    if header_row is None:
        raise ImportProblem(f"{name} has no header line naming its columns (such as “Last Name”, “Phone”, "
                            "“Email”). Add one as the first line, or export the list again with column headings.")
    titles = tuple(" ".join(c for c in r.cells if c) for r in records if r.line < header_row.line and not r.is_blank)
    rows = tuple(r for r in records if r.line > header_row.line and not r.is_blank)
    _refuse_swallowed_rows((header_row, *rows), len(header_row.cells), delimiter)
    log.info("read %s: %s, %r, header on line %d, %d rows", path, encoding, delimiter, header_row.line, len(rows))
    return Table(path, encoding, delimiter, header_row.cells, header_row.line, rows, titles)
