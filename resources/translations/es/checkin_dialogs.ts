<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttendeeImport</name>
        <message>
            <source>Adults</source>
            <translation>Adultos</translation>
        </message>
        <message>
            <source>Consent to contact</source>
            <translation>Permiso para contactar</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Eventbrite attendee report</source>
            <translation>Informe de asistentes de Eventbrite</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Generic CSV (choose the columns)</source>
            <translation>CSV genérico (elija las columnas)</translation>
        </message>
        <message>
            <source>Import attendees</source>
            <translation>Importar asistentes</translation>
        </message>
        <message>
            <source>Import the families who signed up in advance: an &lt;b&gt;Eventbrite attendee report&lt;/b&gt; (Orders › Attendee report › Export to CSV) is recognised as it is — one household per order; any other list is read as a &lt;b&gt;generic CSV&lt;/b&gt; where you say which column holds what. Eventbrite's barcode, attendee and order numbers (or a ticket-code column) are kept, so the ticket on a parent's phone checks the family in. Importing the same file again adds nothing twice, only the codes of tickets bought since.</source>
            <translation>Importe las familias que se inscribieron con anticipación: un &lt;b&gt;informe de asistentes de Eventbrite&lt;/b&gt; (Orders › Attendee report › Export to CSV) se reconoce tal cual — un hogar por pedido; cualquier otra lista se lee como un &lt;b&gt;CSV genérico&lt;/b&gt; donde usted indica qué columna contiene qué. Se guardan el código de barras y los números de asistente y de pedido de Eventbrite (o una columna de código de boleto), así que el boleto en el teléfono de un padre o madre registra a la familia. Importar el mismo archivo otra vez no agrega nada dos veces, solo los códigos de boletos comprados después.</translation>
        </message>
        <message>
            <source>Kids</source>
            <translation>Niños</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Vecindario</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>People in the party</source>
            <translation>Personas en el grupo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Recognise automatically</source>
            <translation>Reconocer automáticamente</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>Código de boleto</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>adults = people − kids</source>
            <translation>adultos = personas − niños</translation>
        </message>
        <message>
            <source>households</source>
            <translation>hogares</translation>
        </message>
        <message>
            <source>or a full-name column</source>
            <translation>o una columna de nombre completo</translation>
        </message>
        <message>
            <source>scanned at the desk, it finds the family</source>
            <translation>al escanearlo en la mesa, encuentra a la familia</translation>
        </message>
        <message>
            <source>“Smith, John” or “John Smith”</source>
            <translation>«García, José» o «José García»</translation>
        </message>
    </context>
    <context>
        <name>HouseholdCodes</name>
        <message>
            <source>Eventbrite attendee #</source>
            <translation>N.º de asistente de Eventbrite</translation>
        </message>
        <message>
            <source>Eventbrite barcode</source>
            <translation>Código de barras de Eventbrite</translation>
        </message>
        <message>
            <source>Eventbrite order #</source>
            <translation>N.º de pedido de Eventbrite</translation>
        </message>
        <message>
            <source>Imported ticket</source>
            <translation>Boleto importado</translation>
        </message>
        <message>
            <source>pre-registered</source>
            <translation>inscrito</translation>
        </message>
        <message>
            <source>walk-up</source>
            <translation>sin registro</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Correo:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellido:</translation>
        </message>
        <message>
            <source>&amp;Kids expected:</source>
            <translation>&amp;Niños esperados:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;ZIP:</source>
            <translation>Código &amp;postal:</translation>
        </message>
        <message>
            <source>A&amp;dults expected:</source>
            <translation>A&amp;dultos esperados:</translation>
        </message>
        <message>
            <source>Adults expected</source>
            <translation>Adultos esperados</translation>
        </message>
        <message>
            <source>Edit household — {family}</source>
            <translation>Editar hogar — {family}</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>First &amp;names:</source>
            <translation>No&amp;mbres:</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Kids expected</source>
            <translation>Niños esperados</translation>
        </message>
        <message>
            <source>May be contacted about future events</source>
            <translation>Se le puede contactar sobre futuros eventos</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>Neigh&amp;bourhood:</source>
            <translation>&amp;Vecindario:</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Vecindario</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Registration platform's ticket codes</source>
            <translation>Códigos de boleto de la plataforma de inscripción</translation>
        </message>
        <message>
            <source>Ticket {code} · {source}</source>
            <translation>Boleto {code} · {source}</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <translation>Código postal</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Keep {household}</source>
            <translation>Conservar {household}</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Unir</translation>
        </message>
        <message>
            <source>Merge duplicate households</source>
            <translation>Unir hogares duplicados</translation>
        </message>
        <message>
            <source>The other household is folded into the one you keep: its empty fields are filled in, its ticket still works, and its check-in history is kept. If both were checked in, the family is counted once.</source>
            <translation>El otro hogar se une al que conserva: se completan sus campos vacíos, su boleto sigue sirviendo y se guarda su historial de registro. Si ambos estaban registrados, la familia se cuenta una sola vez.</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>registrado</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>no registrado</translation>
        </message>
    </context>
    <context>
        <name>TicketPrintDialog</name>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>%n familia</numerusform>
                <numerusform>%n familias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n labels</source>
            <translation>
                <numerusform>%n etiqueta</numerusform>
                <numerusform>%n etiquetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tickets</source>
            <translation>
                <numerusform>%n boleto</numerusform>
                <numerusform>%n boletos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print on:</source>
            <translation>&amp;Imprimir en:</translation>
        </message>
        <message>
            <source>Drawing the tickets…</source>
            <translation>Dibujando los boletos…</translation>
        </message>
        <message>
            <source>Export families' tickets to which folder?</source>
            <translation>¿En qué carpeta exportar los boletos de las familias?</translation>
        </message>
        <message>
            <source>Export for a mail merge…</source>
            <translation>Exportar para combinar correspondencia…</translation>
        </message>
        <message>
            <source>No families yet: import the sign-ups first (File › Import attendees…).</source>
            <translation>Todavía no hay familias: importe primero las inscripciones (Archivo › Importar asistentes…).</translation>
        </message>
        <message>
            <source>Not written to the audit log</source>
            <translation>No se anotó en el registro de auditoría</translation>
        </message>
        <message>
            <source>One ticket per family, with the QR code the check-in desk scans. Send them ahead of the night, or hand them out at sign-up.</source>
            <translation>Un boleto por familia, con el código QR que escanea la mesa de registro. Envíelos antes de la noche o entréguelos al inscribirse.</translation>
        </message>
        <message>
            <source>Paper or label stock</source>
            <translation>Papel o etiquetas</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>Print family tickets</source>
            <translation>Imprimir boletos familiares</translation>
        </message>
        <message>
            <source>Stopped: no tickets were made.</source>
            <translation>Detenido: no se hizo ningún boleto.</translation>
        </message>
        <message>
            <source>Tickets not exported</source>
            <translation>Boletos no exportados</translation>
        </message>
        <message>
            <source>Tickets not made</source>
            <translation>Boletos no hechos</translation>
        </message>
        <message>
            <source>tickets.csv (family, first names, email, code) and one QR picture per family</source>
            <translation>tickets.csv (familia, nombres, correo, código) y una imagen QR por familia</translation>
        </message>
        <message numerus="yes">
            <source>{file} and %n QR pictures written to {folder}.</source>
            <translation>
                <numerusform>{file} y %n imagen QR escritos en {folder}.</numerusform>
                <numerusform>{file} y %n imágenes QR escritos en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tickets} on {pages}.</source>
            <translation>{tickets} en {pages}.</translation>
        </message>
    </context>
    <context>
        <name>TicketStocks</name>
        <message>
            <source>A4 paper — 8 tickets of 100 × 70 mm, cut on the dashed lines</source>
            <translation>Papel A4 — 8 boletos de 100 × 70 mm, cortar por las líneas punteadas</translation>
        </message>
        <message>
            <source>US Letter paper — 8 tickets of 4″ × 2½″, cut on the dashed lines</source>
            <translation>Papel Carta — 8 boletos de 4″ × 2½″, cortar por las líneas punteadas</translation>
        </message>
    </context>
</TS>
