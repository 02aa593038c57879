"""A smaller ICU data library for the Linux bundle: Qt's libicudata (32 MB) holds every locale of the world, the word
dictionaries of Chinese, Japanese, Thai, Khmer, Lao and Burmese and 190 code pages; the app speaks English and Spanish.
Kept: the root data, English and Spanish locales (names, currencies, collation, break rules), Unicode properties and
normalization, time zones, Europe's single-byte code pages. The result (about 6 MB) is the same kind of library, with
the same name and entry symbol, so Qt loads it as before.

Linux only (Windows and macOS PySide6 use the system's ICU). Needs binutils' objcopy and nm, ICU's icupkg (Debian's
icu-devtools) and a C compiler; without them the build keeps the full library and says so.
Used by build.spec: `trimmed(path_of_libicudata, work_dir)`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LANGUAGES = ("en", "es")
# Windows-1250..1258 and ISO-8859-x: the single-byte code pages of Western and Eastern Europe (a few KB each), kept
# for Qt's own decoders; the large multi-byte East Asian tables go.
CODE_PAGES = re.compile(r"^(ibm-53(4[6-9]|5[0-4])_|ibm-9(1[2-9]|2[0-3])_|iso-8859)")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # af, es_419, zh_Hant_TW; not supplementalData, zoneinfo64


def wanted(item: str) -> bool:
    """Whether an item of the ICU data package (e.g. "coll/es.res", "gb18030.cnv") is kept."""
    name = item.rpartition("/")[2]
    stem, _, kind = name.rpartition(".")
    if kind == "dict":  # the word dictionaries of scripts written without spaces
        return False
    if kind == "cnv":
        return bool(CODE_PAGES.match(name))
    if kind == "res" and LOCALE.match(stem):
        return stem.split("_")[0] in LANGUAGES
    return True


def _run(*cmd: str | Path, cwd: Path | None = None) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True, cwd=cwd).stdout


def trimmed(library: Path, work: Path) -> Path | None:
    """Writes work/<library's name> with only the wanted items; None (keep the original) when a tool is missing or
    the library is not laid out as expected."""
    tools = {name: shutil.which(name) for name in ("objcopy", "nm", "icupkg", "cc")}
    if not all(tools.values()):
        print(f"icu_data: {', '.join(n for n, p in tools.items() if not p)} missing: the full ICU data is bundled")
        return None
    symbols = re.findall(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", _run("nm", "-D", "-S", library), re.M)
    if len(symbols) != 1:
        print(f"icu_data: no single ICU data symbol in {library}: the full ICU data is bundled")
        return None
    _address, size, symbol = symbols[0]
    work.mkdir(parents=True, exist_ok=True)
    package = work / f"{symbol[:-4]}l.dat"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", library, package)
    if package.stat().st_size != int(size, 16):  # .rodata is the data and nothing else, as ICU's own build makes it
        print(f"icu_data: {library} holds more than the ICU data: the full ICU data is bundled")
        return None
    items = _run("icupkg", "-l", package).split()
    (work / "remove.txt").write_text("\n".join(i for i in items if not wanted(i)) + "\n")
    small = work / "small" / package.name  # icupkg names the items after the file: icudt73l/coll/es.res
    small.parent.mkdir(exist_ok=True)
    _run("icupkg", "--ignore-deps", "-r", work / "remove.txt", package, small)
    (work / "icudata.s").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
        f'.incbin "small/{small.name}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n')
    out = work / library.name
    _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", out, "icudata.s", cwd=work)
    return out
