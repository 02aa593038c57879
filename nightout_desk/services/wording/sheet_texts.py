"""Fixed texts (key -> English, Spanish) of the year statements, the keyboard cheat sheet and the giveaway count
sheet, joined into `texts.TEXTS`. The statements' IRS sentences are the receipts' ("receipt.*")."""

from __future__ import annotations

SHEET_TEXTS: dict[str, tuple[str, str]] = {
    # calendar-year statements (services/donations/statements.py, printing/statements.py)
    "statement.title": ("Contributions in {year}", "Contribuciones en {year}"),
    "statement.heading": ("Year statement", "Estado anual"),
    "statement.year": ("Year {year}", "Año {year}"),
    "statement.every_event": ("{title}, at every event", "{title}, en todos los eventos"),
    "statement.gift": ("Gift", "Donación"),
    "statement.given_back": ("Given in return", "Recibido a cambio"),
    "statement.nothing": ("Nothing", "Nada"),
    "statement.receipt": (" · receipt {number}", " · recibo {number}"),
    "statement.total": ("Total cash contributions in {year}", "Total en efectivo en {year}"),
    "statement.thanks": ("Thank you for your support in {year}!", "¡Gracias por su apoyo en {year}!"),
    "statement.gift_said": ("Gift {n} ({date}, {what}): ", "Donación {n} ({date}, {what}): "),
    "statement.nothing_for": ("No goods or services were provided in return for {gifts}.",
                              "No se proporcionaron bienes ni servicios a cambio de {gifts}."),
    "statement.gift_n": ("gift {n}", "la donación {n}"),
    "statement.gifts_n": ("gifts {numbers}", "las donaciones {numbers}"),
    "statements.title": ("Year statements {year}", "Estados anuales {year}"),
    "statements.one_title": ("{donor}: contributions in {year}", "{donor}: contribuciones en {year}"),
    "statement.kind.cash": ("Cash", "Efectivo"),
    "statement.kind.check": ("Check", "Cheque"),
    "statement.kind.card": ("Card / online", "Tarjeta / en línea"),
    "statement.kind.gift card": ("Gift card", "Tarjeta de regalo"),
    "statement.kind.in-kind": ("Goods", "Bienes"),
    "statement.kind.services": ("Services", "Servicios"),
    # the giveaway count sheet (printing/count_sheet.py)
    "count.title": ("Giveaway count sheet", "Conteo de obsequios"),
    "count.printed": ("Printed {when}", "Impreso el {when}"),
    "count.page": ("Page {n}", "Página {n}"),
    "count.signed": ("Counted by: ______________________     Checked by: ______________________     Time: ________",
                     "Contado por: ___________________     Revisado por: ___________________     Hora: ________"),
    "count.item": ("Item", "Artículo"),
    "count.category": ("Category", "Categoría"),
    "count.unit": ("Unit", "Unidad"),
    "count.counted": ("Counted", "Contados"),
    "count.footer": ("Count what is on the shelf, then enter the numbers in Inventory › Reconcile count.",
                     "Cuente lo que hay en el estante y luego escriba los números en Inventario › Conciliar conteo."),
    # the keyboard cheat sheet (printing/cheat_sheet.py; the keys' words are in nightout_desk/shortcuts.py)
    "cheat.title": ("Keys at the table", "Teclas en la mesa"),
    "cheat.footer": ("Help › Keyboard shortcuts shows this list; Help › Guide for the night explains the screens.",
                     "Ayuda › Atajos de teclado muestra esta lista; Ayuda › Guía para la noche explica las pantallas."),
}
