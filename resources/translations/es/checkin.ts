<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ArrivalBar</name>
        <message>
            <source>&amp;Adults:</source>
            <translation>&amp;Adultos:</translation>
        </message>
        <message>
            <source>&amp;Kids:</source>
            <translation>&amp;Niños:</translation>
        </message>
        <message>
            <source>Adults arriving</source>
            <translation>Adultos que llegan</translation>
        </message>
        <message>
            <source>Change the adults and kids of the last check-in</source>
            <translation>Cambiar los adultos y niños del último registro</translation>
        </message>
        <message>
            <source>Check in  (Enter)</source>
            <translation>Registrar  (Enter)</translation>
        </message>
        <message>
            <source>Check in the selected household</source>
            <translation>Registrar el hogar elegido</translation>
        </message>
        <message>
            <source>Correct last counts  (F3)</source>
            <translation>Corregir conteo  (F3)</translation>
        </message>
        <message>
            <source>Edit  (F4)</source>
            <translation>Editar  (F4)</translation>
        </message>
        <message>
            <source>Edit the selected household</source>
            <translation>Editar el hogar elegido</translation>
        </message>
        <message>
            <source>Enter in the search box</source>
            <translation>Enter en la búsqueda</translation>
        </message>
        <message>
            <source>Kids arriving</source>
            <translation>Niños que llegan</translation>
        </message>
        <message>
            <source>Merge two selected households</source>
            <translation>Unir dos hogares elegidos</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Unir…</translation>
        </message>
        <message>
            <source>Select two households (Ctrl+click) that are the same family</source>
            <translation>Elija dos hogares (Ctrl+clic) que sean la misma familia</translation>
        </message>
        <message>
            <source>Set Adults/Kids, then press this to fix the last check-in's counts</source>
            <translation>Ajuste Adultos/Niños y pulse aquí para corregir el conteo del último registro</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Atajo: {keys}</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Matching households</source>
            <translation>Hogares encontrados</translation>
        </message>
    </context>
    <context>
        <name>CheckInTab</name>
        <message numerus="yes">
            <source>%n households match</source>
            <translation>
                <numerusform>%n hogar coincide</numerusform>
                <numerusform>%n hogares coinciden</numerusform>
            </translation>
        </message>
        <message>
            <source>, ↑/↓ to choose</source>
            <translation>, ↑/↓ para elegir</translation>
        </message>
        <message>
            <source>Add a walk-up family</source>
            <translation>Agregar una familia sin registro</translation>
        </message>
        <message>
            <source>Choose a family first: type part of their name, then Enter.</source>
            <translation>Elija primero una familia: escriba parte del nombre y pulse Enter.</translation>
        </message>
        <message>
            <source>Choose a family to edit first: type part of their name.</source>
            <translation>Elija primero la familia a editar: escriba parte del nombre.</translation>
        </message>
        <message>
            <source>Correct the counts</source>
            <translation>Corregir el conteo</translation>
        </message>
        <message>
            <source>Edit a household</source>
            <translation>Editar un hogar</translation>
        </message>
        <message>
            <source>Find a household or scan a ticket</source>
            <translation>Buscar un hogar o escanear un boleto</translation>
        </message>
        <message>
            <source>Kept {family}'s check-in at {time}.</source>
            <translation>Se mantuvo el registro de {family} a las {time}.</translation>
        </message>
        <message>
            <source>Merge households</source>
            <translation>Unir hogares</translation>
        </message>
        <message>
            <source>Merged into {family}.</source>
            <translation>Unido con {family}.</translation>
        </message>
        <message>
            <source>Name, phone, email or ticket code — or scan</source>
            <translation>Nombre, teléfono, correo o código — o escanee</translation>
        </message>
        <message>
            <source>No household matches</source>
            <translation>Ningún hogar coincide</translation>
        </message>
        <message>
            <source>No household matches “{text}”.
Try part of the name or phone number — or press F2 to add them as a walk-up.</source>
            <translation>Ningún hogar coincide con «{text}».
Pruebe parte del nombre o del teléfono, o pulse F2 para agregarlos sin registro.</translation>
        </message>
        <message>
            <source>Nothing is listed until you type — families' details stay private.</source>
            <translation>No se muestra nada hasta que escriba: los datos de las familias son privados.</translation>
        </message>
        <message>
            <source>Nothing to undo: this laptop has no check-in in force.</source>
            <translation>Nada que deshacer: esta computadora no tiene registros vigentes.</translation>
        </message>
        <message>
            <source>Pick the check-in to undo in the list on the right first (Ctrl+Z undoes this laptop's last one).</source>
            <translation>Elija primero en la lista de la derecha el registro a deshacer (Ctrl+Z deshace el último de esta computadora).</translation>
        </message>
        <message>
            <source>Saved the changes to {family}.</source>
            <translation>Se guardaron los cambios de {family}.</translation>
        </message>
        <message>
            <source>Select exactly two households (Ctrl+click) that are the same family, then Merge.</source>
            <translation>Elija exactamente dos hogares (Ctrl+clic) que sean la misma familia y pulse Unir.</translation>
        </message>
        <message>
            <source>Shortcut: F2</source>
            <translation>Atajo: F2</translation>
        </message>
        <message>
            <source>Sound on or off</source>
            <translation>Sonido sí o no</translation>
        </message>
        <message>
            <source>Sound: off</source>
            <translation>Sonido: no</translation>
        </message>
        <message>
            <source>Sound: on</source>
            <translation>Sonido: sí</translation>
        </message>
        <message>
            <source>There is no check-in from this desk to correct yet.</source>
            <translation>Todavía no hay un registro de esta mesa para corregir.</translation>
        </message>
        <message>
            <source>Undo a check-in</source>
            <translation>Deshacer un registro</translation>
        </message>
        <message>
            <source>Undo {family}'s check-in at {time} ({people})?  Enter = undo · Esc = keep it</source>
            <translation>¿Deshacer el registro de {family} a las {time} ({people})?  Enter = deshacer · Esc = mantener</translation>
        </message>
        <message>
            <source>Walk-up  (F2)</source>
            <translation>Sin registro  (F2)</translation>
        </message>
        <message>
            <source>Walk-up cancelled. Type a name, phone or ticket code — or scan a ticket.</source>
            <translation>Llegada sin registro cancelada. Escriba un nombre, teléfono o código, o escanee un boleto.</translation>
        </message>
        <message>
            <source>Walk-up: family name, Tab, adults, Tab, kids, Tab, ZIP — then Enter.</source>
            <translation>Sin registro: apellido, Tab, adultos, Tab, niños, Tab, código postal; luego Enter.</translation>
        </message>
        <message>
            <source>{family}'s check-in at {time} is already undone.</source>
            <translation>El registro de {family} a las {time} ya está deshecho.</translation>
        </message>
        <message>
            <source>{row} of {rows}</source>
            <translation>{row} de {rows}</translation>
        </message>
        <message>
            <source>↑/↓ choose · Enter checks in · F2 walk-up · F3 correct counts · F4 edit · Ctrl+Z undo</source>
            <translation>↑/↓ elegir · Enter registra · F2 sin registro · F3 corregir conteo · F4 editar · Ctrl+Z deshacer</translation>
        </message>
        <message>
            <source>↶ UNDONE — {family}'s check-in at {time}{reason}. They can be checked in again.</source>
            <translation>↶ DESHECHO — registro de {family} a las {time}{reason}. Pueden registrarse de nuevo.</translation>
        </message>
        <message>
            <source>⚠ ALREADY CHECKED IN — {family} at {time} by {who}: {people}</source>
            <translation>⚠ YA REGISTRADOS — {family} a las {time} por {who}: {people}</translation>
        </message>
        <message>
            <source>✓ CHECKED IN — {family}: {people}</source>
            <translation>✓ REGISTRADOS — {family}: {people}</translation>
        </message>
        <message>
            <source>✓ COUNTS CORRECTED — {family}: {people}</source>
            <translation>✓ CONTEO CORREGIDO — {family}: {people}</translation>
        </message>
        <message>
            <source>✓ WALK-UP CHECKED IN — {family}: {people}</source>
            <translation>✓ REGISTRADOS SIN REGISTRO PREVIO — {family}: {people}</translation>
        </message>
        <message>
            <source>✗ NOT FOUND: nobody matches “{text}”. Try part of the name or phone, or F2 for a walk-up.</source>
            <translation>✗ NO ENCONTRADO: nadie coincide con «{text}». Pruebe parte del nombre o del teléfono, o F2 para llegada sin registro.</translation>
        </message>
        <message>
            <source>✗ NOT FOUND: ticket {code} is not registered for this event. Ask for their name, or press F2 for a walk-up.</source>
            <translation>✗ NO ENCONTRADO: el boleto {code} no está registrado en este evento. Pregunte su nombre o pulse F2 para llegada sin registro.</translation>
        </message>
        <message>
            <source>✗ NOT FOUND: {code} is not a ticket for this event. Ask for their name, or press F2 for a walk-up.</source>
            <translation>✗ NO ENCONTRADO: {code} no es un boleto de este evento. Pregunte su nombre o pulse F2 para llegada sin registro.</translation>
        </message>
        <message>
            <source>✗ NOT FOUND: {code} is not a ticket for this event. Nothing was changed.</source>
            <translation>✗ NO ENCONTRADO: {code} no es un boleto de este evento. No se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>CountersPanel</name>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n hogar</numerusform>
                <numerusform>%n hogares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Adults</source>
            <translation>Adultos</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Hogares</translation>
        </message>
        <message>
            <source>Kids</source>
            <translation>Niños</translation>
        </message>
        <message>
            <source>People in the
last 15 min</source>
            <translation>Personas en los
últimos 15 min</translation>
        </message>
        <message>
            <source>People on site</source>
            <translation>Personas en el lugar</translation>
        </message>
        <message>
            <source>Walk-ups</source>
            <translation>Sin registro</translation>
        </message>
        <message>
            <source>{households}, {people} in the last 15 minutes</source>
            <translation>{households}, {people} en los últimos 15 minutos</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message numerus="yes">
            <source>%n adults</source>
            <translation>
                <numerusform>%n adulto</numerusform>
                <numerusform>%n adultos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kids</source>
            <translation>
                <numerusform>%n niño</numerusform>
                <numerusform>%n niños</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecentCheckInsModel</name>
        <message>
            <source>(walk-up)</source>
            <translation>(sin registro)</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Mesa</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Dentro</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Deshecho</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>deshecho</translation>
        </message>
        <message>
            <source>undone: {reason}</source>
            <translation>deshecho: {reason}</translation>
        </message>
        <message>
            <source>{people} · ticket {code} · by {operator}</source>
            <translation>{people} · boleto {code} · por {operator}</translation>
        </message>
    </context>
    <context>
        <name>RecentPanel</name>
        <message>
            <source>&lt;b&gt;Recent check-ins&lt;/b&gt; (all desks)</source>
            <translation>&lt;b&gt;Registros recientes&lt;/b&gt; (todas las mesas)</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Motivo (opcional)</translation>
        </message>
        <message>
            <source>Reason for the undo</source>
            <translation>Motivo para deshacer</translation>
        </message>
        <message>
            <source>Recent check-ins</source>
            <translation>Registros recientes</translation>
        </message>
        <message>
            <source>Undo selected</source>
            <translation>Deshacer elegido</translation>
        </message>
        <message>
            <source>Undo the check-in picked in the list. Ctrl+Z offers to undo this laptop's last one.</source>
            <translation>Deshace el registro elegido en la lista. Ctrl+Z ofrece deshacer el último de esta computadora.</translation>
        </message>
        <message>
            <source>Undo the selected check-in</source>
            <translation>Deshacer el registro elegido</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Type a name, phone or ticket code — or scan a ticket.</source>
            <translation>Escriba un nombre, teléfono o código, o escanee un boleto.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>(walk-up)</source>
            <translation>(sin registro)</translation>
        </message>
        <message>
            <source>Checked in {time} at {laptop}</source>
            <translation>Registrado a las {time} en {laptop}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperados</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>Aún no llega</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Boleto</translation>
        </message>
        <message>
            <source>ZIP / neighbourhood</source>
            <translation>Código postal / vecindario</translation>
        </message>
    </context>
    <context>
        <name>WalkUpPanel</name>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellido:</translation>
        </message>
        <message>
            <source>&amp;Kids:</source>
            <translation>&amp;Niños:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;ZIP / area:</source>
            <translation>&amp;C. postal / zona:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Walk-up family&lt;/b&gt; — Tab between fields, Enter saves and checks in, Esc cancels</source>
            <translation>&lt;b&gt;Familia sin registro&lt;/b&gt; — Tab entre campos, Enter guarda y registra, Esc cancela</translation>
        </message>
        <message>
            <source>A&amp;dults:</source>
            <translation>A&amp;dultos:</translation>
        </message>
        <message>
            <source>ALREADY CHECKED IN</source>
            <translation>YA REGISTRADOS</translation>
        </message>
        <message>
            <source>Cancel  (Esc)</source>
            <translation>Cancelar  (Esc)</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>First &amp;names:</source>
            <translation>&amp;Nombres:</translation>
        </message>
        <message>
            <source>First names (optional)</source>
            <translation>Nombres (opcional)</translation>
        </message>
        <message>
            <source>It's them: check in the registered family  (F6)</source>
            <translation>Son ellos: registrar a la familia inscrita  (F6)</translation>
        </message>
        <message>
            <source>Phone (optional)</source>
            <translation>Teléfono (opcional)</translation>
        </message>
        <message>
            <source>Save and check in  (Enter)</source>
            <translation>Guardar y registrar  (Enter)</translation>
        </message>
        <message>
            <source>Save the walk-up and check them in</source>
            <translation>Guardar la llegada sin registro y registrarlos</translation>
        </message>
        <message>
            <source>Walk-up ZIP or neighbourhood</source>
            <translation>Código postal o vecindario sin registro</translation>
        </message>
        <message>
            <source>Walk-up adults</source>
            <translation>Adultos sin registro</translation>
        </message>
        <message>
            <source>Walk-up family name</source>
            <translation>Apellido sin registro</translation>
        </message>
        <message>
            <source>Walk-up first names</source>
            <translation>Nombres sin registro</translation>
        </message>
        <message>
            <source>Walk-up kids</source>
            <translation>Niños sin registro</translation>
        </message>
        <message>
            <source>Walk-up phone</source>
            <translation>Teléfono sin registro</translation>
        </message>
        <message>
            <source>ZIP or neighbourhood</source>
            <translation>Código postal o vecindario</translation>
        </message>
        <message>
            <source>pre-registered, not yet arrived</source>
            <translation>inscritos, aún no llegan</translation>
        </message>
        <message>
            <source>⚠ Possible duplicate: {family} — {where} ({state}).</source>
            <translation>⚠ Posible duplicado: {family} — {where} ({state}).</translation>
        </message>
    </context>
</TS>
