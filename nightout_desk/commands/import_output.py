"""Printing an import's preview and result on a terminal, shared by every `nightout-desk import KIND FILE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path

from nightout_desk.commands.terminal import StopOnCtrlC, progress
from nightout_desk.services.errors import ImportProblem
from nightout_desk.services.importing import ImportPreview, ImportResult, parse_map_options

PreviewFn = Callable[[Path, Mapping[str, str], str], ImportPreview]
RunFn = Callable[..., ImportResult]  # run(path, mapping, fmt, progress=..., should_stop=...)


def describe(p: ImportPreview) -> list[str]:
    """The preview as lines: format, encoding, the column mapping, the counts and each skipped row."""
    lines = [f"File: {p.file_name}",
             f"Format: {p.format_name} ({p.encoding}, {p.delimiter}-separated, header on line {p.header_line})"]
    if p.title_lines:
        lines.append(f"Title lines skipped: {' / '.join(t[:60] for t in p.title_lines)}")
    lines.append("Columns (field, --map name, column in the file):")
    width = max(len(f.label) for f in p.fields)
    key_width = max(len(f.key) for f in p.fields)
    chosen = dict(p.mapping)
    for f in p.fields:
        column = chosen.get(f.key)
        shown = f"“{column}”" if column else ("(missing — required)" if f.required and not any(
            k in chosen for k in f.satisfied_by) else "(not in the file)")
        lines.append(f"  {f.label:<{width}}  {f.key:<{key_width}}  <- {shown}")
    lines.append(f"Rows read: {p.rows_read} · {p.summary()}")
    if p.skipped:
        lines.append("Skipped rows:")
        lines.extend(f"  {s}" for s in p.skipped)
    return lines


def run_import_command(path: Path, args: argparse.Namespace, preview: PreviewFn, run: RunFn) -> int:
    """Preview, then import (unless --dry-run) with a bar on a terminal. Exit 0 when it imported; ImportProblem
    (exit 1) when it cannot; exit 1 with what was written when Ctrl+C stopped it between two batches."""
    mapping = parse_map_options(getattr(args, "map", []) or [])
    fmt = getattr(args, "format", "auto") or "auto"
    p = preview(path, mapping, fmt)
    print("\n".join(describe(p)))
    if p.problem:
        columns = ", ".join(f"“{c}”" for c in p.columns if c)
        raise ImportProblem(f"{p.problem} Use --map FIELD=COLUMN (the file's columns: {columns}).")
    if p.to_create == 0 and p.already_there == 0:
        raise ImportProblem(f"Nothing in {p.file_name} could be imported: every row was skipped (see above).")
    if args.dry_run:
        print(f"Dry run: nothing was written ({p.to_create} {p.noun} would be added).")
        return 0
    with StopOnCtrlC() as ctrl_c:
        result = run(path, mapping, fmt, progress=lambda done, total: progress(done, total, "Importing"),
                     should_stop=ctrl_c.pressed)
    print(result.summary())
    return 1 if result.stopped else 0
