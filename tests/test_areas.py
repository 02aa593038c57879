"""The areas are wired in plain sight: one list (`nightout_desk.areas.AREAS`) that every layer's table follows,
no module imported by a computed string, and no two modules that import each other (directly or round a longer loop).
A lazy import (`nightout_desk/lazy.py`, for a light start) names its module in a literal and counts as an import."""

from __future__ import annotations

import ast
from pathlib import Path

from nightout_desk import commands
from nightout_desk.areas import AREAS, Area
from nightout_desk.services import export
from nightout_desk.services.demo import steps
from nightout_desk.ui import tabs
from nightout_desk.ui.checkin import extensions

PACKAGE = Path(__file__).resolve().parent.parent / "nightout_desk"


def test_every_area_is_listed_once_and_every_table_follows_the_list():
    listed = [info.area for info in AREAS]
    assert sorted(listed) == sorted(Area) and len(set(listed)) == len(listed)
    assert len({info.tab_name for info in AREAS}) == len(AREAS)
    for table in (tabs.TABS, extensions.PANELS, commands.COMMANDS, steps.STEPS, export.TABLES):
        assert set(table) <= set(listed)
    assert set(tabs.TABS) == set(listed), "every area has its tab"
    assert [info.area for info, _ in tabs.all_tabs()] == listed


def test_command_line_kinds_come_from_the_areas():
    assert set(commands.importers()) == {"attendees", "volunteers", "donations"}
    assert {"badges", "receipts", "letters", "waivers", "count-sheet", "hours-letters"} <= set(commands.printers())
    assert commands.report_command() is not None


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(tree: ast.AST, name: str, is_package: bool, known: dict[str, Path]) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "lazy_module":
            (target,) = node.args
            assert isinstance(target, ast.Constant) and isinstance(target.value, str), f"{name}: a literal name"
            assert target.value in known, f"{name}: lazy_module({target.value!r}) names no module of ours"
            found.add(target.value)
    return {m for m in found if m in known and m != name}


def test_no_module_is_imported_by_a_string():
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        assert "import_module(" not in text and "__import__(" not in text, name


def test_no_two_modules_import_each_other():
    known = _modules()
    graph = {name: _imports(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
             for name, path in known.items()}
    # Tarjan's strongly connected components: any component of two or more modules is a cycle
    index, low, stack, on_stack, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    import sys
    sys.setrecursionlimit(10_000)
    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []
