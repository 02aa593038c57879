<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Areas</name>
        <message>
            <source>Check-in</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Donations</source>
            <translation>Donaciones</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventario</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Voluntarios</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of the screens on this laptop:</source>
            <translation>Idioma de las pantallas en esta computadora:</translation>
        </message>
        <message>
            <source>Saved. The screens change language the next time NightOut Desk starts.</source>
            <translation>Guardado. Las pantallas cambiarán de idioma la próxima vez que se inicie NightOut Desk.</translation>
        </message>
        <message>
            <source>The language could not be kept: {why}.</source>
            <translation>No se pudo guardar el idioma: {why}.</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n CSV files written to {folder} (readable by you only).</source>
            <translation>
                <numerusform>%n archivo CSV escrito en {folder} (solo usted puede leerlo).</numerusform>
                <numerusform>%n archivos CSV escritos en {folder} (solo usted puede leerlos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n hogar</numerusform>
                <numerusform>%n hogares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people on site</source>
            <translation>
                <numerusform>%n persona en el lugar</numerusform>
                <numerusform>%n personas en el lugar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>A copy of the database was saved as
{file}</source>
            <translation>Se guardó una copia de la base de datos como
{file}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>At the desk: {operator} ({role}) on {laptop}</source>
            <translation>En la mesa: {operator} ({role}) en {laptop}</translation>
        </message>
        <message>
            <source>At {percent}% the window needs {width}×{height} pixels and this screen has {room_width}×{room_height}: part of it would be out of sight. Keep {percent}%?</source>
            <translation>Al {percent}% la ventana necesita {width}×{height} píxeles y esta pantalla tiene {room_width}×{room_height}: una parte quedaría fuera de la vista. ¿Mantener el {percent}%?</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Registro de auditoría…</translation>
        </message>
        <message>
            <source>Back up the database…</source>
            <translation>Hacer copia de seguridad…</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Copia hecha</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Change who is at the desk</source>
            <translation>Cambiar quién está en la mesa</translation>
        </message>
        <message>
            <source>Change who is at the desk…</source>
            <translation>Cambiar quién está en la mesa…</translation>
        </message>
        <message>
            <source>Check the log</source>
            <translation>Comprobar el registro</translation>
        </message>
        <message>
            <source>Database not reachable — retrying</source>
            <translation>Base de datos no disponible — reintentando</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Base de datos: {name}</translation>
        </message>
        <message>
            <source>Desk locked ({why}): back to volunteer. Ctrl+Shift+O signs in.</source>
            <translation>Mesa bloqueada ({why}): de vuelta a voluntario. Ctrl+Shift+O para iniciar sesión.</translation>
        </message>
        <message>
            <source>Event settings</source>
            <translation>Configuración del evento</translation>
        </message>
        <message>
            <source>Event settings and neighbourhoods…</source>
            <translation>Configuración del evento y vecindarios…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export CSV files to which folder?</source>
            <translation>¿En qué carpeta exportar los archivos CSV?</translation>
        </message>
        <message>
            <source>Export CSV files…</source>
            <translation>Exportar archivos CSV…</translation>
        </message>
        <message>
            <source>Export names and contacts</source>
            <translation>Exportar nombres y contactos</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Guide for the night…</source>
            <translation>Guía para la noche…</translation>
        </message>
        <message>
            <source>Import attendees…</source>
            <translation>Importar asistentes…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>Atajos de teclado…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Idioma…</translation>
        </message>
        <message>
            <source>Live counts</source>
            <translation>Conteos en vivo</translation>
        </message>
        <message>
            <source>Lock the desk (back to volunteer)</source>
            <translation>Bloquear la mesa (volver a voluntario)</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>Nuevo evento…</translation>
        </message>
        <message>
            <source>Operators…</source>
            <translation>Operadores…</translation>
        </message>
        <message>
            <source>Print family tickets…</source>
            <translation>Imprimir boletos familiares…</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Privacidad…</translation>
        </message>
        <message>
            <source>Quick start…</source>
            <translation>Inicio rápido…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Pantallas</translation>
        </message>
        <message>
            <source>Station board (second screen or TV)</source>
            <translation>Tablero de estaciones (segunda pantalla o TV)</translation>
        </message>
        <message>
            <source>Switch event…</source>
            <translation>Cambiar de evento…</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Text size, in percent of this laptop's usual size:</source>
            <translation>Tamaño del texto, en porcentaje del tamaño habitual de esta computadora:</translation>
        </message>
        <message>
            <source>Text size…</source>
            <translation>Tamaño del texto…</translation>
        </message>
        <message>
            <source>The National Night Out table.</source>
            <translation>La mesa de National Night Out.</translation>
        </message>
        <message>
            <source>The desk is at the volunteer role already.</source>
            <translation>La mesa ya está en el rol de voluntario.</translation>
        </message>
        <message>
            <source>The size is used now but could not be kept for the next start: {why}.</source>
            <translation>El tamaño se usa ahora, pero no se pudo guardar para el próximo inicio: {why}.</translation>
        </message>
        <message>
            <source>{name} (this laptop)</source>
            <translation>{name} (esta computadora)</translation>
        </message>
        <message>
            <source>{name} (this laptop, read-only)</source>
            <translation>{name} (esta computadora, solo lectura)</translation>
        </message>
        <message>
            <source>{name} on the local socket (shared)</source>
            <translation>{name} en el socket local (compartida)</translation>
        </message>
        <message>
            <source>{name} on {host} (shared)</source>
            <translation>{name} en {host} (compartida)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Lieutenant / admin</source>
            <translation>Teniente / administrador</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Voluntario</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessages</name>
        <message>
            <source>A 501(c)(3) receipt needs the organization's EIN: nine digits, like 12-3456789.</source>
            <translation>Un recibo 501(c)(3) necesita el EIN de la organización: nueve dígitos, como 12-3456789.</translation>
        </message>
        <message>
            <source>A PIN needs at least {digits} digits, or a password at least {characters} characters (no spaces at either end).</source>
            <translation>Un PIN necesita al menos {digits} dígitos, o una contraseña al menos {characters} caracteres (sin espacios al principio ni al final).</translation>
        </message>
        <message>
            <source>A corrected time cannot be in the future.</source>
            <translation>Una hora corregida no puede ser en el futuro.</translation>
        </message>
        <message>
            <source>A demonstration lasts between 1 and {minutes} minutes.</source>
            <translation>Una demostración dura entre 1 y {minutes} minutos.</translation>
        </message>
        <message>
            <source>A donor needs a name: the person's or the business's.</source>
            <translation>Un donante necesita un nombre: el de la persona o el del negocio.</translation>
        </message>
        <message>
            <source>A shift can be at most 12 hours long.</source>
            <translation>Un turno puede durar como máximo 12 horas.</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>Un turno debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>A station needs a name, e.g. “Dunk tank”.</source>
            <translation>La estación necesita un nombre, p. ej. «Tanque de remojo».</translation>
        </message>
        <message>
            <source>A volunteer needs at least a first name.</source>
            <translation>Un voluntario necesita al menos un nombre.</translation>
        </message>
        <message>
            <source>Add between 1 and {limit} at a time.</source>
            <translation>Sume entre 1 y {limit} a la vez.</translation>
        </message>
        <message>
            <source>Adults and kids must be between 0 and {limit}.</source>
            <translation>Adultos y niños deben estar entre 0 y {limit}.</translation>
        </message>
        <message>
            <source>Adults and kids must be whole numbers between 0 and {limit}.</source>
            <translation>Adultos y niños deben ser números enteros entre 0 y {limit}.</translation>
        </message>
        <message>
            <source>Adults and kids must be whole numbers.</source>
            <translation>Adultos y niños deben ser números enteros.</translation>
        </message>
        <message>
            <source>An adjustment of 0 changes nothing.</source>
            <translation>Un ajuste de 0 no cambia nada.</translation>
        </message>
        <message>
            <source>Another laptop is saving at this moment. Nothing was lost — please try again.</source>
            <translation>Otra computadora está guardando en este momento. No se perdió nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>At least one person has to arrive to check in.</source>
            <translation>Debe llegar al menos una persona para registrarse.</translation>
        </message>
        <message>
            <source>Choose the organization's tax status.</source>
            <translation>Elija la situación fiscal de la organización.</translation>
        </message>
        <message>
            <source>Count between 1 and {limit} kits at a time.</source>
            <translation>Cuente entre 1 y {limit} kits a la vez.</translation>
        </message>
        <message>
            <source>Counted quantities must be whole numbers, 0 or more.</source>
            <translation>Las cantidades contadas deben ser números enteros, 0 o más.</translation>
        </message>
        <message>
            <source>Describe what the donor received in return (e.g. “sponsor banner at the park”).</source>
            <translation>Describa lo que recibió el donante a cambio (p. ej. «pancarta de patrocinador en el parque»).</translation>
        </message>
        <message>
            <source>Describe what was given, e.g. “24 youth bike helmets” or “DJ for the evening”.</source>
            <translation>Describa lo que se donó, p. ej. «24 cascos de bicicleta infantiles» o «DJ para la noche».</translation>
        </message>
        <message>
            <source>Each neighbourhood may appear only once in the list.</source>
            <translation>Cada vecindario puede aparecer una sola vez en la lista.</translation>
        </message>
        <message>
            <source>Each of {year}'s IRS figures must be more than $0.</source>
            <translation>Cada una de las cifras del IRS de {year} debe ser mayor que $0.</translation>
        </message>
        <message>
            <source>Give the demonstration a start time, e.g. 18:30.</source>
            <translation>Indique la hora de inicio de la demostración, p. ej. 18:30.</translation>
        </message>
        <message>
            <source>Give the demonstration a title, e.g. “K-9 demonstration”.</source>
            <translation>Dé un título a la demostración, p. ej. «Demostración K-9».</translation>
        </message>
        <message>
            <source>Hours cannot be added for the future.</source>
            <translation>No se pueden agregar horas en el futuro.</translation>
        </message>
        <message>
            <source>Limit reached: the {family} household already received {given} {item} (limit {limit} per household). An organizer can allow more.</source>
            <translation>Límite alcanzado: el hogar {family} ya recibió {given} {item} (límite {limit} por hogar). Un organizador puede permitir más.</translation>
        </message>
        <message>
            <source>No automatic backup could be written to {folder} ({why}).</source>
            <translation>No se pudo escribir ninguna copia automática en {folder} ({why}).</translation>
        </message>
        <message>
            <source>No family has the ticket “{code}”. Check the code, or use the +1 button.</source>
            <translation>Ninguna familia tiene el boleto «{code}». Revise el código o use el botón +1.</translation>
        </message>
        <message>
            <source>No gifts were received in {year}.</source>
            <translation>No se recibieron donaciones en {year}.</translation>
        </message>
        <message>
            <source>No receipt was issued yet: set up the organization (Organization settings), then use “Issue missing receipts”.</source>
            <translation>Todavía no se emitió ningún recibo: configure la organización (Organización) y luego use «Emitir recibos faltantes».</translation>
        </message>
        <message>
            <source>No volunteer has the badge {code}.</source>
            <translation>Ningún voluntario tiene el gafete {code}.</translation>
        </message>
        <message>
            <source>No volunteer has the badge {code}. Check the code, or find them in the roster.</source>
            <translation>Ningún voluntario tiene el gafete {code}. Revise el código o búsquelo en la lista.</translation>
        </message>
        <message>
            <source>No waiver on file for the {family} family at the {station}. A parent or guardian must sign one first — nobody was counted.</source>
            <translation>La familia {family} no tiene permiso registrado para {station}. El padre, la madre o el tutor debe firmar uno primero — no se contó a nadie.</translation>
        </message>
        <message>
            <source>One of those households is not in this event.</source>
            <translation>Uno de esos hogares no está en este evento.</translation>
        </message>
        <message>
            <source>Only {count} kits were counted at {station}; nothing to take back.</source>
            <translation>Solo se contaron {count} kits en {station}; no hay nada que quitar.</translation>
        </message>
        <message>
            <source>Only {who} can {doing}. Ask one to sign in at this laptop.</source>
            <translation>Solo {who} puede {doing}. Pida a uno que inicie sesión en esta computadora.</translation>
        </message>
        <message>
            <source>Opened read-only: you can look, nothing can be saved.</source>
            <translation>Abierta solo para lectura: puede mirar, no se puede guardar nada.</translation>
        </message>
        <message>
            <source>Out-of-pocket expenses are acknowledged only with donated services.</source>
            <translation>Los gastos propios solo se reconocen con servicios donados.</translation>
        </message>
        <message>
            <source>Pick two different donors to merge.</source>
            <translation>Elija dos donantes distintos para unir.</translation>
        </message>
        <message>
            <source>Pick two different households to merge.</source>
            <translation>Elija dos hogares distintos para unir.</translation>
        </message>
        <message>
            <source>Receipt {number} will be voided and reissued: say why (e.g. “wrong amount”).</source>
            <translation>El recibo {number} se anulará y se volverá a emitir: diga por qué (p. ej. «monto equivocado»).</translation>
        </message>
        <message>
            <source>Receipts need the organization's name and tax status first: Donations → Organization settings.</source>
            <translation>Los recibos necesitan primero el nombre de la organización y su situación fiscal: Donaciones → Organización.</translation>
        </message>
        <message>
            <source>Say where the stock came from, e.g. “left over from 2025” or “from the PD's stock”.</source>
            <translation>Diga de dónde vino el inventario, p. ej. «sobró de 2025» o «del almacén de la policía».</translation>
        </message>
        <message>
            <source>Say why the donation is void (e.g. “typed twice”, “check bounced”): it stays on file.</source>
            <translation>Diga por qué se anula la donación (p. ej. «escrita dos veces», «cheque sin fondos»): queda archivada.</translation>
        </message>
        <message>
            <source>Say why the hours are added by hand (e.g. “badge forgotten at home”).</source>
            <translation>Diga por qué se agregan las horas a mano (p. ej. «dejó el gafete en casa»).</translation>
        </message>
        <message>
            <source>Say why the hours are corrected (e.g. “forgot to scan out at 20:00”).</source>
            <translation>Diga por qué se corrigen las horas (p. ej. «olvidó marcar la salida a las 20:00»).</translation>
        </message>
        <message>
            <source>Say why the receipt is void (e.g. “wrong amount”, “duplicate”): it stays on file.</source>
            <translation>Diga por qué se anula el recibo (p. ej. «monto equivocado», «duplicado»): queda archivado.</translation>
        </message>
        <message>
            <source>Say why the station is paused (for example “weather” or “K-9 resting”), so the info booth can tell families.</source>
            <translation>Diga por qué está en pausa la estación (por ejemplo «clima» o «K-9 descansando»), para que el puesto de información pueda avisar a las familias.</translation>
        </message>
        <message>
            <source>Say why the stock changes (e.g. “2 damaged”, “found a box in the van”).</source>
            <translation>Diga por qué cambia el inventario (p. ej. «2 dañados», «había una caja en la camioneta»).</translation>
        </message>
        <message>
            <source>Scan a volunteer badge, or type its code.</source>
            <translation>Escanee un gafete de voluntario o escriba su código.</translation>
        </message>
        <message>
            <source>Scan the family's ticket, or type its code.</source>
            <translation>Escanee el boleto de la familia o escriba su código.</translation>
        </message>
        <message>
            <source>Set the IRS figures for {year} first (Organization settings): they decide whether what was given back is of insubstantial value.</source>
            <translation>Fije primero las cifras del IRS de {year} (Organización): deciden si lo entregado a cambio es de valor insignificante.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was saved; the log has the details.</source>
            <translation>Algo salió mal ({kind}). No se guardó nada; el registro tiene los detalles.</translation>
        </message>
        <message>
            <source>Take back between 1 and {limit} at a time.</source>
            <translation>Quite entre 1 y {limit} a la vez.</translation>
        </message>
        <message>
            <source>That check-in is not in this event.</source>
            <translation>Ese registro no está en este evento.</translation>
        </message>
        <message>
            <source>That conflict is not in this event.</source>
            <translation>Ese conflicto no está en este evento.</translation>
        </message>
        <message>
            <source>That demonstration is not on this event's schedule.</source>
            <translation>Esa demostración no está en el horario de este evento.</translation>
        </message>
        <message>
            <source>That donation is not in this event.</source>
            <translation>Esa donación no está en este evento.</translation>
        </message>
        <message>
            <source>That donor is not in this event.</source>
            <translation>Ese donante no está en este evento.</translation>
        </message>
        <message>
            <source>That entry was already corrected; correct the newer one.</source>
            <translation>Ese registro ya se corrigió; corrija el más reciente.</translation>
        </message>
        <message>
            <source>That event name is too long (200 characters at most).</source>
            <translation>Ese nombre de evento es demasiado largo (200 caracteres como máximo).</translation>
        </message>
        <message>
            <source>That giveaway item is not in this event.</source>
            <translation>Ese obsequio no está en este evento.</translation>
        </message>
        <message>
            <source>That hand-out is not in this event.</source>
            <translation>Esa entrega no está en este evento.</translation>
        </message>
        <message>
            <source>That hand-out was already undone.</source>
            <translation>Esa entrega ya se deshizo.</translation>
        </message>
        <message>
            <source>That household is not in this event.</source>
            <translation>Ese hogar no está en este evento.</translation>
        </message>
        <message>
            <source>That is a household's ticket, not a volunteer badge. Send them to the check-in table.</source>
            <translation>Eso es el boleto de un hogar, no un gafete de voluntario. Mándelos a la mesa de registro.</translation>
        </message>
        <message>
            <source>That is the last lieutenant / admin account; add another one first.</source>
            <translation>Es la última cuenta de teniente / administrador; agregue otra primero.</translation>
        </message>
        <message>
            <source>That name is too long (120 characters at most).</source>
            <translation>Ese nombre es demasiado largo (120 caracteres como máximo).</translation>
        </message>
        <message>
            <source>That receipt is not in this event.</source>
            <translation>Ese recibo no está en este evento.</translation>
        </message>
        <message>
            <source>That shift is not in this event.</source>
            <translation>Ese turno no está en este evento.</translation>
        </message>
        <message>
            <source>That station is not in this event.</source>
            <translation>Esa estación no está en este evento.</translation>
        </message>
        <message>
            <source>That time entry is not in this event.</source>
            <translation>Ese registro de horas no está en este evento.</translation>
        </message>
        <message>
            <source>That time is in the future.</source>
            <translation>Esa hora es en el futuro.</translation>
        </message>
        <message>
            <source>That volunteer is not on this event's roster.</source>
            <translation>Ese voluntario no está en la lista de este evento.</translation>
        </message>
        <message>
            <source>That volunteer is not on this shift.</source>
            <translation>Ese voluntario no está en este turno.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>El monto no puede ser negativo.</translation>
        </message>
        <message>
            <source>The amount has more than two digits after the decimal point (“{text}”).</source>
            <translation>El monto tiene más de dos dígitos después del punto decimal («{text}»).</translation>
        </message>
        <message>
            <source>The amount looks too large (“{text}”); please check it.</source>
            <translation>El monto parece demasiado grande («{text}»); revíselo, por favor.</translation>
        </message>
        <message>
            <source>The amount must be a number of dollars, like 25 or 1,250.00 — not “{text}”.</source>
            <translation>El monto debe ser una cantidad de dólares, como 25 o 1,250.00, no «{text}».</translation>
        </message>
        <message>
            <source>The amount “{text}” has its commas in the wrong places: write it like 1,250.00 or 1250 (commas only between groups of three digits, a point before the cents).</source>
            <translation>El monto «{text}» tiene las comas en lugares equivocados: escríbalo como 1,250.00 o 1250 (comas solo entre grupos de tres dígitos, un punto antes de los centavos).</translation>
        </message>
        <message>
            <source>The automatic backup in {folder} failed SQLite's integrity check and was deleted: the database file itself may be damaged.</source>
            <translation>La copia automática en {folder} no pasó la revisión de integridad de SQLite y se borró: puede que el propio archivo de la base de datos esté dañado.</translation>
        </message>
        <message>
            <source>The birth year must be a year like 2011.</source>
            <translation>El año de nacimiento debe ser un año como 2011.</translation>
        </message>
        <message>
            <source>The capacity cannot be negative.</source>
            <translation>La capacidad no puede ser negativa.</translation>
        </message>
        <message>
            <source>The capacity must be a whole number of people.</source>
            <translation>La capacidad debe ser un número entero de personas.</translation>
        </message>
        <message>
            <source>The change must be a whole number like -2 or 5, not “{value}”.</source>
            <translation>El cambio debe ser un número entero como -2 o 5, no «{value}».</translation>
        </message>
        <message>
            <source>The child's age is a whole number of years.</source>
            <translation>La edad del niño es un número entero de años.</translation>
        </message>
        <message>
            <source>The clock-out must be after the clock-in.</source>
            <translation>La salida debe ser después de la entrada.</translation>
        </message>
        <message>
            <source>The database could not be reached, so nothing was saved. Check the network cable or Wi-Fi and try again.</source>
            <translation>No se pudo conectar con la base de datos, así que no se guardó nada. Revise el cable de red o el Wi-Fi e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The database file is read-only (a write-protected USB stick, or a copy opened from a CD or a zip file), so nothing was saved. Copy it to this laptop's disk and open that copy.</source>
            <translation>El archivo de la base de datos es de solo lectura (una memoria USB protegida, o una copia abierta desde un CD o un archivo zip), así que no se guardó nada. Cópielo al disco de esta computadora y abra esa copia.</translation>
        </message>
        <message>
            <source>The database refused the change, so nothing was saved. The log has the details.</source>
            <translation>La base de datos rechazó el cambio, así que no se guardó nada. El registro tiene los detalles.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space (or plug in a USB stick) and try again.</source>
            <translation>El disco está lleno, así que no se guardó nada. Libere espacio (o conecte una memoria USB) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The end time must be a time like 17:00, not “{value}”.</source>
            <translation>La hora de cierre debe ser una hora como 17:00, no «{value}».</translation>
        </message>
        <message>
            <source>The event needs a name, e.g. “Riverside National Night Out 2026”.</source>
            <translation>El evento necesita un nombre, p. ej. «Noche Nacional de Riverside 2026».</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>El evento necesita un nombre.</translation>
        </message>
        <message>
            <source>The family name is needed — type the name they give you.</source>
            <translation>Falta el apellido: escriba el nombre que le den.</translation>
        </message>
        <message>
            <source>The guardian must confirm they read the rules before the waiver can be saved.</source>
            <translation>El tutor debe confirmar que leyó las reglas antes de guardar el permiso.</translation>
        </message>
        <message>
            <source>The item needs a name, e.g. “Bike helmet (youth)”.</source>
            <translation>El artículo necesita un nombre, p. ej. «Casco de bicicleta (juvenil)».</translation>
        </message>
        <message>
            <source>The length of a demonstration is a whole number of minutes.</source>
            <translation>La duración de una demostración es un número entero de minutos.</translation>
        </message>
        <message>
            <source>The letter has no text yet.</source>
            <translation>La carta aún no tiene texto.</translation>
        </message>
        <message>
            <source>The letter uses unknown placeholders: {unknown}. Known ones: {known}.</source>
            <translation>La carta usa marcadores desconocidos: {unknown}. Los conocidos son: {known}.</translation>
        </message>
        <message>
            <source>The number of volunteers needed must be between 0 and 100.</source>
            <translation>El número de voluntarios necesarios debe estar entre 0 y 100.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number, not “{value}”.</source>
            <translation>La cantidad debe ser un número entero, no «{value}».</translation>
        </message>
        <message>
            <source>The quantity must be at least 1.</source>
            <translation>La cantidad debe ser al menos 1.</translation>
        </message>
        <message>
            <source>The receipt number prefix may use letters, digits and dashes only, like NNO-2026.</source>
            <translation>El prefijo del número de recibo solo puede tener letras, dígitos y guiones, como NNO-2026.</translation>
        </message>
        <message>
            <source>The role must be officer, civilian or youth.</source>
            <translation>El rol debe ser oficial, civil o joven.</translation>
        </message>
        <message>
            <source>The start time must be a time like 17:00, not “{value}”.</source>
            <translation>La hora de inicio debe ser una hora como 17:00, no «{value}».</translation>
        </message>
        <message>
            <source>The time must be a time like 17:00, not “{value}”.</source>
            <translation>La hora debe ser una hora como 17:00, no «{value}».</translation>
        </message>
        <message>
            <source>The waiver text is too short to be a waiver; write the rules parents agree to.</source>
            <translation>El texto es demasiado corto para ser un permiso; escriba las reglas que aceptan los padres.</translation>
        </message>
        <message>
            <source>The {family} ticket was scanned here a moment ago; it was counted once.</source>
            <translation>El boleto de {family} se escaneó aquí hace un momento; se contó una vez.</translation>
        </message>
        <message>
            <source>There is already a station called “{name}”.</source>
            <translation>Ya hay una estación llamada «{name}».</translation>
        </message>
        <message>
            <source>There is already an event called “{name}” ({day}): give this one another name, e.g. with its year or park.</source>
            <translation>Ya hay un evento llamado «{name}» ({day}): dele a este otro nombre, p. ej. con su año o su parque.</translation>
        </message>
        <message>
            <source>There is already an event called “{name}”.</source>
            <translation>Ya hay un evento llamado «{name}».</translation>
        </message>
        <message>
            <source>There is already an item called “{name}”.</source>
            <translation>Ya hay un artículo llamado «{name}».</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>No hay ninguna copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>This shift already has the {needed} volunteer it needs.</source>
            <translation>Este turno ya tiene el {needed} voluntario que necesita.</translation>
        </message>
        <message>
            <source>This shift already has the {needed} volunteers it needs.</source>
            <translation>Este turno ya tiene los {needed} voluntarios que necesita.</translation>
        </message>
        <message>
            <source>Type the amount given, e.g. 250 or 1,250.00.</source>
            <translation>Escriba el monto donado, p. ej. 250 o 1,250.00.</translation>
        </message>
        <message>
            <source>Type the estimated value of the donated goods: a 501(c)(3) needs it to decide the disclosure for what was given back (it is never printed).</source>
            <translation>Escriba el valor estimado de los bienes donados: una 501(c)(3) lo necesita para decidir la declaración sobre lo entregado a cambio (nunca se imprime).</translation>
        </message>
        <message>
            <source>Type the operator's name.</source>
            <translation>Escriba el nombre del operador.</translation>
        </message>
        <message>
            <source>Type the organization's legal name, exactly as it should appear on receipts.</source>
            <translation>Escriba el nombre legal de la organización, tal como debe aparecer en los recibos.</translation>
        </message>
        <message>
            <source>Type what the items given back cost the organization (e.g. 1.50): it decides whether they are token items of insubstantial value.</source>
            <translation>Escriba lo que le costaron a la organización los artículos entregados (p. ej. 1.50): decide si son artículos simbólicos de valor insignificante.</translation>
        </message>
        <message>
            <source>Type your name so your check-ins are credited to you.</source>
            <translation>Escriba su nombre para que sus registros queden a su nombre.</translation>
        </message>
        <message>
            <source>Waivers are for children aged 0 to {age}; adults sign for themselves.</source>
            <translation>Los permisos son para niños de 0 a {age} años; los adultos firman por sí mismos.</translation>
        </message>
        <message>
            <source>Write a few words about what happened (who, where, what was done).</source>
            <translation>Escriba unas palabras sobre lo que pasó (quién, dónde, qué se hizo).</translation>
        </message>
        <message>
            <source>Write the child's first name.</source>
            <translation>Escriba el nombre del niño o niña.</translation>
        </message>
        <message>
            <source>Write the parent's or guardian's name.</source>
            <translation>Escriba el nombre del padre, madre o tutor.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>PIN incorrecto para {name}.</translation>
        </message>
        <message>
            <source>Year statements need the organization's name and tax status first: Donations → Organization….</source>
            <translation>Los estados anuales necesitan primero el nombre de la organización y su situación fiscal: Donaciones → Organización….</translation>
        </message>
        <message>
            <source>You cannot remove your own account; ask another lieutenant.</source>
            <translation>No puede quitar su propia cuenta; pídaselo a otro teniente.</translation>
        </message>
        <message>
            <source>every count, time and total the report and next year's comparison use (households by neighbourhood and ZIP, check-ins, station counts, volunteer hours, stock); ticket, badge and import codes; donations with their numbered receipts and each donor's name and address, which tax law keeps; incidents, the department's own record; who was at the keyboard; and the log's entries (what was done, when, by whom, on which laptop)</source>
            <translation>cada conteo, hora y total que usan el informe y la comparación del año próximo (hogares por vecindario y código postal, registros, conteos de estaciones, horas de voluntarios, existencias); códigos de boletos, gafetes e importación; donaciones con sus recibos numerados y el nombre y la dirección de cada donante, que la ley fiscal conserva; incidentes, el registro propio del departamento; quién estaba en el teclado; y las entradas del registro (qué se hizo, cuándo, quién, en qué computadora)</translation>
        </message>
        <message>
            <source>names, phones, emails and notes of households and volunteers; children's first names and ages on waivers and their guardians' names; volunteers' guardians, emergency contacts and birth years; donors' phones, emails, contact people and notes; and the details written in the log until then</source>
            <translation>nombres, teléfonos, correos y notas de hogares y voluntarios; nombres y edades de los niños en las autorizaciones y los nombres de sus tutores; tutores, contactos de emergencia y años de nacimiento de los voluntarios; teléfonos, correos, personas de contacto y notas de los donantes; y los datos escritos en el registro hasta entonces</translation>
        </message>
        <message>
            <source>{count} events are called “{name}” ({which}): name one by its id.</source>
            <translation>{count} eventos se llaman «{name}» ({which}): indique uno por su id.</translation>
        </message>
        <message>
            <source>{donor} has no donations to summarize.</source>
            <translation>{donor} no tiene donaciones para resumir.</translation>
        </message>
        <message>
            <source>{family} was already merged into another household.</source>
            <translation>{family} ya se unió con otro hogar.</translation>
        </message>
        <message>
            <source>{file} is damaged (it fails SQLite's integrity check), so nothing was restored.</source>
            <translation>{file} está dañado (no pasa la revisión de integridad de SQLite), así que no se restauró nada.</translation>
        </message>
        <message>
            <source>{file} is damaged (it fails SQLite's integrity check), so nothing was restored: choose another backup.</source>
            <translation>{file} está dañado (no pasa la revisión de integridad de SQLite), así que no se restauró nada: elija otra copia.</translation>
        </message>
        <message>
            <source>{file} is not a NightOut Desk database, so nothing was restored.</source>
            <translation>{file} no es una base de datos de NightOut Desk, así que no se restauró nada.</translation>
        </message>
        <message>
            <source>{file} was saved by a newer version of NightOut Desk than this one ({version}), so nothing was restored: install the newer version first.</source>
            <translation>{file} se guardó con una versión de NightOut Desk más nueva que esta ({version}), así que no se restauró nada: instale primero la versión nueva.</translation>
        </message>
        <message>
            <source>{item}: only {left} left in stock, so {quantity} cannot be handed out. Count the stock, or ask an organizer to override.</source>
            <translation>{item}: solo quedan {left} en inventario, así que no se pueden entregar {quantity}. Cuente el inventario o pida a un organizador que lo autorice.</translation>
        </message>
        <message>
            <source>{name} already has an account. Reset the PIN instead.</source>
            <translation>{name} ya tiene una cuenta. Restablezca el PIN en su lugar.</translation>
        </message>
        <message>
            <source>{name} clocked in at {time}; the clock-out must be later.</source>
            <translation>{name} marcó la entrada a las {time}; la salida debe ser más tarde.</translation>
        </message>
        <message>
            <source>{name} has no lieutenant / admin account here. A lieutenant adds accounts in Settings › Operators… (or `nightout-desk operators add`).</source>
            <translation>{name} no tiene aquí una cuenta de teniente / administrador. Un teniente agrega cuentas en Configuración › Operadores… (o `nightout-desk operators add`).</translation>
        </message>
        <message>
            <source>{name} has no organizer account here. A lieutenant adds accounts in Settings › Operators… (or `nightout-desk operators add`).</source>
            <translation>{name} no tiene aquí una cuenta de organizador. Un teniente agrega cuentas en Configuración › Operadores… (o `nightout-desk operators add`).</translation>
        </message>
        <message>
            <source>{name} is a minor and has no guardian's name and phone on file.</source>
            <translation>{name} es menor y no tiene registrado el nombre ni el teléfono de un tutor.</translation>
        </message>
        <message>
            <source>{name} is already booked at {station} {starts}–{ends} at the same time (double-booked).</source>
            <translation>{name} ya está asignado en {station} de {starts} a {ends} a la misma hora (doble turno).</translation>
        </message>
        <message>
            <source>{name} is already clocked in.</source>
            <translation>{name} ya tiene marcada la entrada.</translation>
        </message>
        <message>
            <source>{name} is already on this shift.</source>
            <translation>{name} ya está en este turno.</translation>
        </message>
        <message>
            <source>{name} is an organizer, not a lieutenant / admin.</source>
            <translation>{name} es organizador, no teniente / administrador.</translation>
        </message>
        <message>
            <source>{name} is not clocked in.</source>
            <translation>{name} no tiene marcada la entrada.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in as lieutenant / admin.</source>
            <translation>{name} necesita un PIN para iniciar sesión como teniente / administrador.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in as organizer.</source>
            <translation>{name} necesita un PIN para iniciar sesión como organizador.</translation>
        </message>
        <message>
            <source>{name} was clocked in at {time}; try again.</source>
            <translation>{name} marcó la entrada a las {time}; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name}'s account is locked after {count} wrong PINs. Try again at {time}, or ask a lieutenant to reset the PIN.</source>
            <translation>La cuenta de {name} está bloqueada tras {count} PIN incorrectos. Inténtelo de nuevo a las {time}, o pida a un teniente que restablezca el PIN.</translation>
        </message>
        <message>
            <source>{station} has only {total} counted; nothing to take back.</source>
            <translation>{station} tiene solo {total} contados; no hay nada que quitar.</translation>
        </message>
        <message>
            <source>{year} is not a tax year the figures could be for.</source>
            <translation>{year} no es un año fiscal para el que puedan ser las cifras.</translation>
        </message>
        <message>
            <source>{year}'s low-cost article figure must be less than its minimum payment.</source>
            <translation>La cifra de artículo de bajo costo de {year} debe ser menor que su pago mínimo.</translation>
        </message>
        <message>
            <source>“{email}” does not look like an email address.</source>
            <translation>«{email}» no parece una dirección de correo.</translation>
        </message>
        <message>
            <source>“{mark}” at the end of a name marks the demo's events: leave it out.</source>
            <translation>«{mark}» al final de un nombre marca los eventos de demostración: quítelo.</translation>
        </message>
        <message>
            <source>“{name}” is in the neighbourhood list twice: each may appear only once.</source>
            <translation>«{name}» está dos veces en la lista de vecindarios: cada uno puede aparecer una sola vez.</translation>
        </message>
    </context>
    <context>
        <name>ServiceParts</name>
        <message>
            <source>a lieutenant / admin</source>
            <translation>un teniente / administrador</translation>
        </message>
        <message>
            <source>a volunteer</source>
            <translation>un voluntario</translation>
        </message>
        <message>
            <source>a volunteer or lieutenant / admin</source>
            <translation>un voluntario o teniente / administrador</translation>
        </message>
        <message>
            <source>a volunteer or organizer</source>
            <translation>un voluntario u organizador</translation>
        </message>
        <message>
            <source>a volunteer or organizer or lieutenant / admin</source>
            <translation>un voluntario, organizador o teniente / administrador</translation>
        </message>
        <message>
            <source>add a demo event to a database that has accounts</source>
            <translation>agregar un evento de demostración a una base de datos que tiene cuentas</translation>
        </message>
        <message>
            <source>add a donor</source>
            <translation>agregar un donante</translation>
        </message>
        <message>
            <source>add a pre-registered household</source>
            <translation>agregar un hogar inscrito</translation>
        </message>
        <message>
            <source>add a volunteer</source>
            <translation>agregar un voluntario</translation>
        </message>
        <message>
            <source>add an operator account</source>
            <translation>agregar una cuenta de operador</translation>
        </message>
        <message>
            <source>add or change giveaway items</source>
            <translation>agregar o cambiar artículos de obsequio</translation>
        </message>
        <message>
            <source>add or remove operator accounts, reset PINs and change roles</source>
            <translation>agregar o quitar cuentas de operadores, restablecer PIN y cambiar roles</translation>
        </message>
        <message>
            <source>add, change or remove a shift</source>
            <translation>agregar, cambiar o quitar un turno</translation>
        </message>
        <message>
            <source>add, rename or change a station</source>
            <translation>agregar, renombrar o cambiar una estación</translation>
        </message>
        <message>
            <source>adjust the stock or record the count</source>
            <translation>ajustar las existencias o anotar el conteo</translation>
        </message>
        <message>
            <source>an organizer</source>
            <translation>un organizador</translation>
        </message>
        <message>
            <source>an organizer or lieutenant / admin</source>
            <translation>un organizador o teniente / administrador</translation>
        </message>
        <message>
            <source>change a donor's details</source>
            <translation>cambiar los datos de un donante</translation>
        </message>
        <message>
            <source>change a household's details</source>
            <translation>cambiar los datos de un hogar</translation>
        </message>
        <message>
            <source>change a volunteer's name, phone or organization</source>
            <translation>cambiar el nombre, el teléfono o la organización de un voluntario</translation>
        </message>
        <message>
            <source>change an operator's role</source>
            <translation>cambiar el rol de un operador</translation>
        </message>
        <message>
            <source>change how long families' details are kept, or remove them</source>
            <translation>cambiar cuánto tiempo se guardan los datos de las familias, o quitarlos</translation>
        </message>
        <message>
            <source>change the demonstration schedule</source>
            <translation>cambiar el horario de las demostraciones</translation>
        </message>
        <message>
            <source>change the event's details, neighbourhoods or settings</source>
            <translation>cambiar los datos, los vecindarios o la configuración del evento</translation>
        </message>
        <message>
            <source>change the waiver text</source>
            <translation>cambiar el texto del permiso</translation>
        </message>
        <message>
            <source>change who issues the receipts</source>
            <translation>cambiar quién emite los recibos</translation>
        </message>
        <message>
            <source>check a family in</source>
            <translation>registrar a una familia</translation>
        </message>
        <message>
            <source>check a walk-up family in</source>
            <translation>registrar a una familia que llega sin inscripción</translation>
        </message>
        <message>
            <source>choose a laptop's receipt series</source>
            <translation>elegir la serie de recibos de una computadora</translation>
        </message>
        <message>
            <source>clock a volunteer in or out now</source>
            <translation>marcar ahora la entrada o la salida de un voluntario</translation>
        </message>
        <message>
            <source>clock someone in or out at another time</source>
            <translation>marcar la entrada o la salida de alguien a otra hora</translation>
        </message>
        <message>
            <source>copy the database to a file</source>
            <translation>copiar la base de datos a un archivo</translation>
        </message>
        <message>
            <source>correct a recorded donation</source>
            <translation>corregir una donación registrada</translation>
        </message>
        <message>
            <source>correct the counts of a check-in made at another laptop</source>
            <translation>corregir los conteos de un registro hecho en otra computadora</translation>
        </message>
        <message>
            <source>correct the counts of a check-in made at this laptop</source>
            <translation>corregir los conteos de un registro hecho en esta computadora</translation>
        </message>
        <message>
            <source>correct volunteer hours or add them by hand</source>
            <translation>corregir horas de voluntarios o agregarlas a mano</translation>
        </message>
        <message>
            <source>count visits and child-ID kits at a station</source>
            <translation>contar visitas y kits de identificación infantil en una estación</translation>
        </message>
        <message>
            <source>create a new event</source>
            <translation>crear un evento nuevo</translation>
        </message>
        <message>
            <source>export names, phones, emails and addresses</source>
            <translation>exportar nombres, teléfonos, correos y direcciones</translation>
        </message>
        <message>
            <source>hand out giveaways or undo a hand-out</source>
            <translation>entregar obsequios o deshacer una entrega</translation>
        </message>
        <message>
            <source>hand out past a limit or an empty stock</source>
            <translation>entregar por encima de un límite o sin existencias</translation>
        </message>
        <message>
            <source>import donations</source>
            <translation>importar donaciones</translation>
        </message>
        <message>
            <source>import pre-registered households</source>
            <translation>importar hogares inscritos</translation>
        </message>
        <message>
            <source>import volunteers</source>
            <translation>importar voluntarios</translation>
        </message>
        <message>
            <source>issue missing or summary receipts</source>
            <translation>emitir recibos faltantes o recibos resumen</translation>
        </message>
        <message>
            <source>mark a sync conflict as dealt with</source>
            <translation>marcar como revisado un conflicto de sincronización</translation>
        </message>
        <message>
            <source>merge another laptop's file</source>
            <translation>unir el archivo de otra computadora</translation>
        </message>
        <message>
            <source>merge donors</source>
            <translation>unir donantes</translation>
        </message>
        <message>
            <source>merge two households</source>
            <translation>unir dos hogares</translation>
        </message>
        <message>
            <source>open, pause or close a station</source>
            <translation>abrir, pausar o cerrar una estación</translation>
        </message>
        <message>
            <source>print donors' calendar-year statements</source>
            <translation>imprimir los estados anuales (año calendario) de los donantes</translation>
        </message>
        <message>
            <source>print donors' thank-you letters</source>
            <translation>imprimir las cartas de agradecimiento a los donantes</translation>
        </message>
        <message>
            <source>print or send families' tickets</source>
            <translation>imprimir o enviar los boletos de las familias</translation>
        </message>
        <message>
            <source>print service-hours letters</source>
            <translation>imprimir cartas de horas de servicio</translation>
        </message>
        <message>
            <source>print volunteers' badges</source>
            <translation>imprimir los gafetes de los voluntarios</translation>
        </message>
        <message>
            <source>put a volunteer on a shift or take them off</source>
            <translation>poner a un voluntario en un turno o quitarlo de él</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>leer el registro de auditoría</translation>
        </message>
        <message>
            <source>receive stock (with a reason)</source>
            <translation>recibir existencias (con un motivo)</translation>
        </message>
        <message>
            <source>record a donation (and its receipt)</source>
            <translation>registrar una donación (y su recibo)</translation>
        </message>
        <message>
            <source>record a parent's waiver</source>
            <translation>guardar el permiso firmado por un padre, una madre o un tutor</translation>
        </message>
        <message>
            <source>remove an operator account</source>
            <translation>quitar una cuenta de operador</translation>
        </message>
        <message>
            <source>report or resolve an incident</source>
            <translation>reportar o resolver un incidente</translation>
        </message>
        <message>
            <source>reset an operator's PIN</source>
            <translation>restablecer el PIN de un operador</translation>
        </message>
        <message>
            <source>say whether donors of two events are the same giver</source>
            <translation>indicar si los donantes de dos eventos son la misma persona</translation>
        </message>
        <message>
            <source>see, record or change an emergency contact</source>
            <translation>ver, anotar o cambiar un contacto de emergencia</translation>
        </message>
        <message>
            <source>undo a check-in made at another laptop</source>
            <translation>deshacer un registro hecho en otra computadora</translation>
        </message>
        <message>
            <source>undo a check-in made at this laptop</source>
            <translation>deshacer un registro hecho en esta computadora</translation>
        </message>
        <message>
            <source>void a donation</source>
            <translation>anular una donación</translation>
        </message>
        <message>
            <source>void or reissue a receipt</source>
            <translation>anular o volver a emitir un recibo</translation>
        </message>
    </context>
</TS>
