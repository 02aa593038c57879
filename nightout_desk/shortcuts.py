"""Every keyboard shortcut of the app, in one list: Help › Keyboard shortcuts and the printed cheat sheet read it,
and a test walks the running window's QActions, QShortcuts and buttons and fails when a key is missing from it, or
listed here and bound nowhere (tests/test_shortcuts.py).

Plain data (no Qt), so the printout and the command line can read it too. Each key's words also in Spanish, for
the cheat sheet of an event whose printouts are in Spanish (`in_language`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    label: str  # the keys as a volunteer reads them: "Alt+1 … Alt+9"
    what: str  # what they do, in a few words
    bound: tuple[str, ...] = ()  # the QKeySequence texts the window binds (empty: typed keys the screen reads itself)
    standard: str = ""  # or a QKeySequence.StandardKey the window binds: its keys are the system's (none offscreen)
    what_es: str = ""  # `what` in Spanish
    label_es: str = ""  # `label` in Spanish, when it has words and not only keys

    def in_language(self, spanish: bool) -> tuple[str, str]:
        """(keys, what they do) as the cheat sheet prints them."""
        return (self.label_es or self.label, self.what_es) if spanish else (self.label, self.what)


@dataclass(frozen=True)
class Group:
    title: str  # the task: "At the check-in desk"
    shortcuts: tuple[Shortcut, ...]
    title_es: str = ""


def _digits(modifier: str, last: int) -> tuple[str, ...]:
    return tuple(f"{modifier}+{n}" for n in range(1, last + 1))


SCREEN_COUNT = 6  # one Ctrl+digit per tab (nightout_desk.areas.AREAS; the test checks this number against it)

def _es(shortcut: Shortcut, what_es: str, label_es: str = "") -> Shortcut:
    return Shortcut(shortcut.label, shortcut.what, shortcut.bound, shortcut.standard, what_es, label_es)


GROUPS: tuple[Group, ...] = (
    Group("At the check-in desk", (
        _es(Shortcut("Type, then Enter", "find a family by name, phone, email or ticket code; Enter checks in the "
                                         "one highlighted"),
            "buscar una familia por nombre, teléfono, correo o código del boleto; Enter registra la resaltada",
            "Escriba y Enter"),
        _es(Shortcut("↑ / ↓", "choose another family in the list"), "elegir otra familia de la lista"),
        _es(Shortcut("Esc", "clear the search box"), "borrar la búsqueda"),
        _es(Shortcut("Ctrl+F", "back to the search box (Volunteers: their search box)", ("Ctrl+F",)),
            "volver a la búsqueda (Voluntarios: su búsqueda)"),
        _es(Shortcut("Alt+A, Alt+K", "adults, kids arriving"), "adultos, niños que llegan"),
        _es(Shortcut("F2", "walk-up family: Enter saves, Esc cancels", ("F2",)),
            "familia sin inscripción: Enter guarda, Esc cancela"),
        _es(Shortcut("F6", "walk-up already registered: check in that family instead"),
            "ya inscrita: registrar esa familia en su lugar"),
        _es(Shortcut("F4", "edit the selected family", ("F4",)), "editar la familia elegida"),
    ), "En la mesa de registro"),
    Group("Scanning", (
        _es(Shortcut("Scan a ticket", "anywhere in the window: the family is checked in and Check-in comes forward"),
            "en cualquier parte de la ventana: la familia queda registrada y se muestra Registro",
            "Escanear un boleto"),
        _es(Shortcut("Scan a badge", "the volunteer clocks in or out"), "el voluntario marca entrada o salida",
            "Escanear un gafete"),
        _es(Shortcut("Scan on Stations", "a ticket counts a visit at the chosen station"),
            "un boleto cuenta una visita en la estación elegida", "Escanear en Estaciones"),
        _es(Shortcut("NOT FOUND", "an unknown code changes nothing: check the code, or find the family by name"),
            "un código desconocido no cambia nada: revise el código o busque la familia por nombre",
            "NO ENCONTRADO"),
    ), "Escanear"),
    Group("Undo and corrections", (
        _es(Shortcut("Ctrl+Z", "undo this laptop's last check-in: it names the family first; Enter undoes, Esc keeps",
                     ("Ctrl+Z",)),
            "deshacer el último registro de esta computadora: primero nombra la familia; Enter deshace, Esc lo "
            "conserva"),
        _es(Shortcut("F3", "correct the last check-in's adults and kids", ("F3",)),
            "corregir los adultos y niños del último registro"),
        _es(Shortcut("Alt+0", "Check-in: put the last giveaway back · Stations: take back one count", ("Alt+0",)),
            "Registro: devolver el último obsequio · Estaciones: quitar una visita"),
    ), "Deshacer y corregir"),
    Group("Giveaways and station counts", (
        _es(Shortcut("Alt+1 … Alt+9", "Check-in: hand out giveaway 1 to 9 to the family just checked in",
                     _digits("Alt", 9)),
            "Registro: entregar el obsequio 1 a 9 a la familia recién registrada"),
        _es(Shortcut("Alt+1, Alt+5", "Stations: count one, count five visitors", ("Alt+1", "Alt+5")),
            "Estaciones: contar uno, contar cinco visitantes"),
        _es(Shortcut("Ctrl+N", "Donations: record a donation", ("Ctrl+N",)), "Donaciones: registrar una donación"),
    ), "Obsequios y conteos de estaciones"),
    Group("Lock and who is at the desk", (
        _es(Shortcut("Ctrl+L", "lock the desk: back to the volunteer role", ("Ctrl+L",)),
            "bloquear la mesa: volver al rol de voluntario"),
        _es(Shortcut("Ctrl+Shift+O", "change who is at the desk (sign in)", ("Ctrl+Shift+O",)),
            "cambiar quién atiende la mesa (iniciar sesión)"),
    ), "Bloqueo y quién atiende la mesa"),
    Group("Screens (tabs)", (
        _es(Shortcut(f"Ctrl+1 … Ctrl+{SCREEN_COUNT}", "Check-in, Volunteers, Stations, Donations, Inventory, Reports",
                     _digits("Ctrl", SCREEN_COUNT)),
            "Registro, Voluntarios, Estaciones, Donaciones, Inventario, Informes"),
        _es(Shortcut("Ctrl+B", "the station board, for a TV or a second screen", ("Ctrl+B",)),
            "el tablero de estaciones, para un televisor o una segunda pantalla"),
        _es(Shortcut("F11, Esc", "station board: full screen on and off", ("F11", "Esc")),
            "tablero de estaciones: pantalla completa sí y no"),
    ), "Pantallas (pestañas)"),
    Group("Menus and help", (
        _es(Shortcut("F1", "quick start card", ("F1",)), "tarjeta de inicio rápido"),
        _es(Shortcut("Ctrl+/", "this list of keyboard shortcuts", ("Ctrl+/",)), "esta lista de atajos de teclado"),
        _es(Shortcut("Ctrl+Shift+I", "import attendees", ("Ctrl+Shift+I",)), "importar asistentes"),
        _es(Shortcut("Ctrl+Shift+T", "print family tickets", ("Ctrl+Shift+T",)), "imprimir boletos familiares"),
        _es(Shortcut("Ctrl+Shift+L", "audit log", ("Ctrl+Shift+L",)), "registro de auditoría"),
        _es(Shortcut("Ctrl+Shift+E", "export CSV files", ("Ctrl+Shift+E",)), "exportar archivos CSV"),
        _es(Shortcut("Ctrl+Q", "quit (the system's own key; on a Mac, Cmd+Q)", standard="Quit"),
            "salir (la tecla del sistema; en una Mac, Cmd+Q)"),
    ), "Menús y ayuda"),
)


def bound_keys() -> set[str]:
    """Every key sequence the list says the window binds, as QKeySequence.toString(PortableText) writes it."""
    return {key for group in GROUPS for s in group.shortcuts for key in s.bound}
