"""Every fixed text a printout says, keyed by id: (English, Spanish). {placeholders} are filled by `Words`;
a 'one|many' pair is a count's noun (`Words.count`). tests/test_spanish_printouts.py checks both are there."""

from __future__ import annotations

from nightout_desk.services.wording.report_texts import REPORT_TEXTS
from nightout_desk.services.wording.sheet_texts import SHEET_TEXTS

TEXTS: dict[str, tuple[str, str]] = {
    "and": ("and", "y"),
    "pdf.author": ("NightOut Desk", "NightOut Desk"),
    # family tickets
    "ticket.label": ("FAMILY TICKET", "BOLETO FAMILIAR"),
    "ticket.how_to": ("Show this at the check-in table", "Muéstrelo en la mesa de registro"),
    "ticket.none": ("No families to print tickets for.", "No hay familias para imprimir boletos."),
    "ticket.title": ("Family tickets — {event}", "Boletos familiares — {event}"),
    # badges
    "role.officer": ("Officer", "Agente"),
    "role.civilian": ("Civilian", "Civil"),
    "role.youth": ("Youth", "Joven"),
    "role.household": ("Household", "Familia"),
    "count.adults": ("adult|adults", "adulto|adultos"),
    "count.kids": ("kid|kids", "niño|niños"),
    "badge.none": ("No badges to print.", "No hay gafetes para imprimir."),
    "badge.title": ("Badges — {event}", "Gafetes — {event}"),
    # the waiver form
    "waiver.title": ("Parent / guardian waiver — {event}", "Permiso de padre, madre o tutor — {event}"),
    "waiver.heading": ("PARENT / GUARDIAN PERMISSION AND WAIVER", "PERMISO Y EXENCIÓN DEL PADRE, MADRE O TUTOR"),
    "waiver.for": ("For: {stations}", "Para: {stations}"),
    "waiver.any_station": ("activities that need a waiver", "actividades que requieren permiso"),
    "waiver.children": ("Children taking part", "Niños que participan"),
    "waiver.child_name": ("Child's first name", "Nombre del niño o niña"),
    "waiver.age": ("Age", "Edad"),
    "waiver.station": ("Station (or “all”)", "Estación (o “todas”)"),
    "waiver.parent_name": ("Parent or guardian's name (please print)",
                           "Nombre del padre, madre o tutor (en letra de molde)"),
    "waiver.ticket": ("Family name on the ticket / ticket code", "Apellido en el boleto / código del boleto"),
    "waiver.phone": ("Phone during the event", "Teléfono durante el evento"),
    "waiver.when": ("Date and time", "Fecha y hora"),
    "waiver.read_rules": ("I have read the rules of the station and explained them to my child.",
                          "He leído las reglas de la estación y se las he explicado a mi hijo o hija."),
    "waiver.signature": ("Signature of parent or guardian", "Firma del padre, madre o tutor"),
    "waiver.for_volunteer": ("For the volunteer: enter this waiver at the Stations screen (Waivers) so a ticket scan "
                             "counts the child. Entered by: ____________________",
                             "Para el voluntario: registre este permiso en la pantalla Estaciones (Permisos) para "
                             "que el boleto cuente al niño. Registrado por: ______________"),
    "waiver.keep": ("Keep this form with the event's records.", "Guarde este formulario con los registros del evento."),
    # service-hours letters
    "hours.title": ("Service-hours letters", "Cartas de horas de servicio"),
    "hours.none": ("No volunteer has recorded hours yet.", "Ningún voluntario ha registrado horas todavía."),
    "hours.heading": ("Community service hours", "Horas de servicio comunitario"),
    "hours.to_whom": ("To whom it may concern,", "A quien corresponda:"),
    "hours.the_event": ("the event", "el evento"),
    "hours.in_town": (" in {town}", " en {town}"),
    "hours.confirms": ("This letter confirms that {name}{org} volunteered at {event}{town} on {date}, serving at: "
                       "{stations}.",
                       "Esta carta confirma que {name}{org} participó como voluntario en {event}{town} el {date}, "
                       "en: {stations}."),
    "hours.verified": ("Verified hours of service:", "Horas de servicio verificadas:"),
    "hours.amount": ("{hours} hours ({h} h {m} min)", "{hours} horas ({h} h {m} min)"),
    "hours.station": ("Station", "Estación"),
    "hours.in": ("In", "Entrada"),
    "hours.out": ("Out", "Salida"),
    "hours.hours": ("Hours", "Horas"),
    "hours.note": ("Note", "Nota"),
    "hours.more": ("… and {n} more entries", "… y {n} registros más"),
    "hours.unverified": ("A further {hours} hours were recorded but are not yet verified by an organizer, so they are "
                         "not included above.",
                         "Se registraron otras {hours} horas que un organizador aún no ha verificado, por lo que no "
                         "se incluyen arriba."),
    "hours.how": ("Hours are taken from the event's time clock: volunteers scanned their badge when they started and "
                  "finished. Thank you for keeping our neighbourhoods safe and connected.",
                  "Las horas provienen del reloj del evento: los voluntarios escanearon su gafete al empezar y al "
                  "terminar. Gracias por ayudar a que nuestros vecindarios sean seguros y unidos."),
    "hours.organizer": ("Organizer, {event}", "Organizador, {event}"),
    "hours.badge": ("Volunteer badge {code}", "Gafete de voluntario {code}"),
    "hours.no_shift": ("No shift", "Sin turno"),
    "hours.under_review": ("left open: under review", "sin cerrar: en revisión"),
    "hours.on_duty": ("on duty now", "de turno ahora"),
    "hours.corrected": ("corrected by an organizer", "corrección del organizador"),
    "hours.entered": ("entered by an organizer", "registro del organizador"),
}

# receipts: the wording frozen at issue (services/donations/receipt_wording.py); the legal sentences follow IRS
# Publication 1771, the Spanish a translation printed above the official English (see docs/architecture.md)
TEXTS.update({
    "receipt.donation_title": ("Donation receipt", "Recibo de donación"),
    "receipt.summary_title": ("Summary of contributions — {event}", "Resumen de contribuciones — {event}"),
    "receipt.thanks_event": ("Thank you for supporting {event}!", "¡Gracias por apoyar {event}!"),
    "receipt.thanks": ("Thank you for your generosity!", "¡Gracias por su generosidad!"),
    "receipt.nothing": ("No goods or services were provided in return for this contribution.",
                        "No se proporcionaron bienes ni servicios a cambio de esta contribución."),
    "receipt.nothing_all": ("No goods or services were provided in return for these contributions.",
                            "No se proporcionaron bienes ni servicios a cambio de estas contribuciones."),
    "receipt.goods_note": ("Donated goods are described without a value, as the IRS requires: the donor determines "
                           "their value for tax purposes.",
                           "Los bienes donados se describen sin valor, como lo exige el IRS: el donante determina su "
                           "valor para fines fiscales."),
    "receipt.services_note": ("The value of donated time and services is not deductible as a charitable "
                              "contribution.",
                              "El valor del tiempo y de los servicios donados no es deducible como contribución "
                              "caritativa."),
    "receipt.cash": ("Cash", "Efectivo"),
    "receipt.check_no": ("Check no. {number}", "Cheque n.º {number}"),
    "receipt.check": ("Check", "Cheque"),
    "receipt.card": ("Card / online payment", "Pago con tarjeta / en línea"),
    "receipt.gift_card_of": ("Gift card — {what}", "Tarjeta de regalo — {what}"),
    "receipt.gift_card": ("Gift card", "Tarjeta de regalo"),
    "receipt.goods": ("Donated goods", "Bienes donados"),
    "receipt.services": ("Donated services", "Servicios donados"),
    "receipt.quantity_of": ("{quantity}{unit} of {what}", "{quantity}{unit} de {what}"),
    "receipt.services_of": ("Services: {what}", "Servicios: {what}"),
    "receipt.named": ("{what} received on {date}", "{what} recibido el {date}"),
    "receipt.of_gift": (" of {gift}", " de {gift}"),
    "receipt.goods_or_services": ("goods or services", "bienes o servicios"),
    "receipt.token": ("In return for the contribution{when}, {org} provided only token items of insubstantial value "
                      "({what}), as described in IRS Publication 1771.",
                      "A cambio de la contribución{when}, {org} proporcionó solo artículos simbólicos de valor "
                      "insignificante ({what}), según se describe en la Publicación 1771 del IRS."),
    "receipt.provided": ("In return for the contribution{when}, {org} provided {what}, with a good-faith estimated "
                         "fair market value of {value}.",
                         "A cambio de la contribución{when}, {org} proporcionó {what}, con un valor justo de mercado "
                         "estimado de buena fe de {value}."),
    "receipt.limited_money": ("The amount of the contribution that is deductible for federal income tax purposes is "
                              "limited to the excess of the money contributed ({money}) over the value of the goods "
                              "or services provided ({value}), that is {excess}.",
                              "La cantidad de la contribución que es deducible para fines del impuesto federal sobre "
                              "el ingreso se limita al exceso del dinero aportado ({money}) sobre el valor de los "
                              "bienes o servicios proporcionados ({value}), es decir, {excess}."),
    "receipt.limited_property": ("The amount of the contribution that is deductible for federal income tax purposes "
                                 "is limited to the excess of the value of the property contributed over the value "
                                 "of the goods or services provided.",
                                 "La cantidad de la contribución que es deducible para fines del impuesto federal "
                                 "sobre el ingreso se limita al exceso del valor de los bienes aportados sobre el "
                                 "valor de los bienes o servicios proporcionados."),
    "receipt.on_date": (" on {date}", " el {date}"),
    "receipt.expenses": ("In providing these services{when} the donor paid out-of-pocket expenses ({what}) that {org} "
                         "did not reimburse.",
                         "Al prestar estos servicios{when}, el donante pagó gastos de su bolsillo ({what}) que {org} "
                         "no reembolsó."),
    "receipt.government": ("{org} is a governmental unit described in section 170(c)(1) of the Internal Revenue Code. "
                           "Gifts are accepted for exclusively public purposes and are deductible to the extent "
                           "allowed by law.",
                           "{org} es una unidad gubernamental descrita en la sección 170(c)(1) del Código de Impuestos "
                           "Internos. Las donaciones se aceptan exclusivamente para fines públicos y son deducibles "
                           "en la medida en que lo permita la ley."),
    "receipt.charity": ("{org} is a tax-exempt organization under section 501(c)(3) of the Internal Revenue Code "
                        "(EIN {ein}). Contributions are deductible to the extent allowed by law.",
                        "{org} es una organización exenta de impuestos según la sección 501(c)(3) del Código de "
                        "Impuestos Internos (EIN {ein}). Las contribuciones son deducibles en la medida en que lo "
                        "permita la ley."),
    # the receipt page's own labels (printing/receipts.py)
    "receipt.number": ("No. {number}", "N.º {number}"),
    "receipt.issued": ("Issued {date}", "Emitido el {date}"),
    "receipt.replaces": ("Replaces receipt {number}", "Reemplaza el recibo {number}"),
    "receipt.copy": ("Copy — reprinted for your records", "Copia — reimpresa para sus registros"),
    "receipt.continued": ("(continued)", "(continuación)"),
    "receipt.heading": ("Receipt", "Recibo"),
    "receipt.summary_heading": ("Contribution summary", "Resumen de contribuciones"),
    "receipt.received_from": ("RECEIVED WITH THANKS FROM", "RECIBIDO CON AGRADECIMIENTO DE"),
    "receipt.attn": ("Attn: {name}", "Atención: {name}"),
    "receipt.date_received": ("Date received", "Fecha de recepción"),
    "receipt.description": ("Description", "Descripción"),
    "receipt.cash_amount": ("Cash amount", "Monto en efectivo"),
    "receipt.total_cash": ("Total cash contribution", "Total de la contribución en efectivo"),
    "receipt.one_cash": ("Cash contribution", "Contribución en efectivo"),
    "receipt.purpose": ("Purpose: {purpose}", "Propósito: {purpose}"),
    "receipt.tax_records": ("FOR YOUR TAX RECORDS", "PARA SUS REGISTROS FISCALES"),
    "receipt.official_english": ("", "Texto oficial en inglés (IRS):"),
    "receipt.footer_right": ("Receipt {number}", "Recibo {number}"),
    "receipt.void": ("VOID — {reason}{when}. This receipt is kept on file only.",
                     "ANULADO — {reason}{when}. Este recibo solo se guarda en el archivo."),
    "receipt.voided_on": (" (voided {date})", " (anulado el {date})"),
    "receipt.void_stamp": ("VOID", "ANULADO"),
    "receipts.title": ("Donation receipts", "Recibos de donación"),
    "receipts.one_title": ("Receipt {number}", "Recibo {number}"),
    # thank-you letters
    "letter.title": ("Thank-you letters", "Cartas de agradecimiento"),
    "letter.our_department": ("our department", "nuestro departamento"),
})

TEXTS.update(REPORT_TEXTS)  # the end-of-night report's (services/wording/report_texts.py)
TEXTS.update(SHEET_TEXTS)  # the year statements', the cheat sheet's and the count sheet's (sheet_texts.py)
