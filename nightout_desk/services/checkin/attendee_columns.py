"""The columns an attendee import reads, with the names (English and localized) they go by in real exports."""

from __future__ import annotations

from nightout_desk.services.importing import Field

_ZIP = ("home zip", "home zip code", "home postcode", "home postal code", "zip", "zip code", "zipcode", "postcode",
        "post code", "postal code", "billing zip", "plz", "postleitzahl", "code postal", "codigo postal", "cp")
_EMAIL = ("email", "email address", "e-mail", "e-mail address", "correo", "correo electronico", "courriel",
          "adresse e-mail", "adresse email", "e-mail-adresse")

EVENTBRITE_FIELDS: tuple[Field, ...] = (
    Field("order", "Order #", ("order no", "order number", "order id", "bestellnr", "bestellnummer",
                               "n° de commande", "numero de commande", "n.º de pedido", "numero de pedido",
                               "no de pedido", "n. ordine"), required=True),
    Field("first_name", "First name", ("first name", "forename", "given name", "vorname", "prenom", "nombre",
                                       "nome")),
    Field("last_name", "Last name", ("last name", "surname", "family name", "nachname", "nom", "apellidos",
                                     "apellido", "cognome"), required=True),
    Field("buyer_last_name", "Buyer last name", ("buyer surname", "purchaser last name", "nachname des kaufers",
                                                 "nom de l'acheteur", "apellidos del comprador")),
    Field("email", "Email", _EMAIL),
    Field("buyer_email", "Buyer email", ("buyer email address", "purchaser email")),
    Field("quantity", "Quantity", ("qty", "anzahl", "menge", "quantite", "cantidad", "quantita")),
    Field("ticket_type", "Ticket type", ("ticket", "ticketart", "ticket-typ", "tickettyp", "type de billet",
                                         "tipo de entrada", "tipo de boleto", "tipo di biglietto")),
    Field("status", "Attendee status", ("status", "teilnehmerstatus", "statut du participant", "statut",
                                        "estado del asistente", "estado", "stato del partecipante")),
    Field("zip_code", "ZIP", _ZIP),
    # each ticket's own codes: kept as scan codes of the order's household (services/checkin/household_codes.py)
    Field("barcode", "Barcode #", ("barcode", "barcode no", "barcode number", "ticket barcode", "barcode-nr",
                                   "strichcode", "code-barres", "code barre", "codigo de barras",
                                   "codice a barre")),
    Field("attendee_no", "Attendee #", ("attendee number", "attendee id", "ticket id",
                                        "teilnehmer-nr", "teilnehmernr", "teilnehmernummer", "n° de participant",
                                        "numero de participant", "n.º de asistente", "numero de asistente",
                                        "n. partecipante")),
    Field("cell_phone", "Cell phone", ("mobile phone", "mobile", "cell", "handy", "mobiltelefon", "mobilnummer",
                                       "telephone portable", "portable", "telefono movil", "movil", "celular")),
    Field("home_phone", "Home phone", ("phone", "phone number", "telefon", "telefon (privat)", "telephone",
                                       "telephone (domicile)", "telefono", "telefono de casa")),
)

GENERIC_FIELDS: tuple[Field, ...] = (
    Field("family_name", "Family name", ("last name", "lastname", "surname", "family", "household",
                                         "household name", "apellido", "apellidos", "familia", "famille",
                                         "nom de famille", "nom", "nachname", "familienname", "cognome"),
          required=True, satisfied_by=("full_name",), hint="or a full-name column"),
    Field("full_name", "Full name", ("name", "your name", "contact name", "parent name", "parent/guardian name",
                                     "guardian name", "attendee name", "registrant", "registrant name",
                                     "nombre completo", "nom complet"), hint="“Smith, John” or “John Smith”"),
    Field("first_names", "First names", ("first name", "firstname", "given name", "given names", "forename",
                                         "vorname", "prenom", "nombre")),
    Field("phone", "Phone", ("phone number", "telephone", "tel", "mobile", "mobile phone", "cell", "cell phone",
                             "home phone", "contact number", "telefono", "telefon")),
    Field("email", "Email", _EMAIL),
    Field("zip_code", "ZIP", _ZIP),
    Field("neighbourhood", "Neighbourhood", ("neighborhood", "area", "district", "subdivision", "block",
                                             "barrio", "quartier", "colonia")),
    Field("adults", "Adults", ("number of adults", "no of adults", "adults attending", "adult", "adultos",
                               "adultes", "erwachsene")),
    Field("kids", "Kids", ("children", "child", "number of kids", "number of children", "no of kids",
                           "no of children", "kids attending", "children attending", "ninos", "enfants",
                           "kinder")),
    Field("party_size", "People in the party", ("party size", "guests", "number attending", "people",
                                                "how many", "total people", "no attending", "number in party",
                                                "group size", "quantity", "qty", "headcount", "invitados", "personas"),
          hint="adults = people − kids"),
    Field("ticket_code", "Ticket code", ("ticket code", "ticket no", "ticket number", "ticket #", "ticket id",
                                         "barcode", "barcode no", "qr code", "confirmation code",
                                         "confirmation number", "confirmation no", "registration code",
                                         "registration number", "registration id"),
          hint="scanned at the desk, it finds the family"),
    Field("notes", "Notes", ("note", "comments", "comment", "remarks", "message", "anything else",
                             "anything else we should know", "allergies", "notas", "comentarios", "commentaires",
                             "bemerkungen", "kommentare")),
    Field("consent", "Consent to contact", ("consent to contact", "may we contact you", "ok to contact",
                                            "contact ok", "opt in", "opt-in", "newsletter", "email updates")),
)

# the columns of the preview table, as each household will be created
SHOWN = ("Family name", "First names", "Adults", "Kids", "Phone", "Email", "ZIP", "Neighbourhood")
