<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AddShiftDialog</name>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Termina:</translation>
        </message>
        <message>
            <source>&amp;Station:</source>
            <translation>&amp;Estación:</translation>
        </message>
        <message>
            <source>&amp;Volunteers needed:</source>
            <translation>&amp;Voluntarios necesarios:</translation>
        </message>
        <message>
            <source>Add a shift</source>
            <translation>Agregar un turno</translation>
        </message>
        <message>
            <source>S&amp;tarts:</source>
            <translation>E&amp;mpieza:</translation>
        </message>
        <message>
            <source>Shift ends at</source>
            <translation>El turno termina a las</translation>
        </message>
        <message>
            <source>Shift not added</source>
            <translation>Turno no agregado</translation>
        </message>
        <message>
            <source>Shift starts at</source>
            <translation>El turno empieza a las</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Volunteers needed</source>
            <translation>Voluntarios necesarios</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>(already on it)</source>
            <translation>(ya está en él)</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>Assign {name} to a shift</source>
            <translation>Asignar a {name} a un turno</translation>
        </message>
        <message>
            <source>Choose the shift first.</source>
            <translation>Elija primero el turno.</translation>
        </message>
        <message>
            <source>Filter by station…</source>
            <translation>Filtrar por estación…</translation>
        </message>
        <message>
            <source>Filter shifts by station</source>
            <translation>Filtrar turnos por estación</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>No asignado</translation>
        </message>
        <message>
            <source>Pick a shift</source>
            <translation>Elija un turno</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Turnos</translation>
        </message>
        <message>
            <source>Shifts in &lt;b&gt;bold&lt;/b&gt; still need people. {name}'s warnings (double-booking, a minor without a guardian) are shown before booking.</source>
            <translation>Los turnos en &lt;b&gt;negrita&lt;/b&gt; aún necesitan gente. Los avisos sobre {name} (doble turno, menor sin tutor) se muestran antes de asignar.</translation>
        </message>
        <message numerus="yes">
            <source>needs %n more</source>
            <translation>
                <numerusform>falta %n</numerusform>
                <numerusform>faltan %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{booked} of {needed} booked</source>
            <translation>{booked} de {needed} asignados</translation>
        </message>
    </context>
    <context>
        <name>BadgePrintDialog</name>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n gafete</numerusform>
                <numerusform>%n gafetes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badges counted as printed{note}.</source>
            <translation>
                <numerusform>%n gafete contado como impreso{note}.</numerusform>
                <numerusform>%n gafetes contados como impresos{note}.</numerusform>
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
            <source>%n sheets</source>
            <translation>
                <numerusform>%n hoja</numerusform>
                <numerusform>%n hojas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print:</source>
            <translation>&amp;Imprimir:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>&amp;Stock:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>({printed} printed before)</source>
            <translation>({printed} ya impresos antes)</translation>
        </message>
        <message>
            <source>({reprints} reprinted)</source>
            <translation>({reprints} reimpresos)</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Cannot print badges</source>
            <translation>No se pueden imprimir los gafetes</translation>
        </message>
        <message>
            <source>Drawing the badges…</source>
            <translation>Dibujando los gafetes…</translation>
        </message>
        <message>
            <source>Households' ticket labels</source>
            <translation>Etiquetas de boletos de los hogares</translation>
        </message>
        <message>
            <source>Label stock</source>
            <translation>Tipo de etiqueta</translation>
        </message>
        <message>
            <source>Nothing to print yet.</source>
            <translation>Todavía no hay nada que imprimir.</translation>
        </message>
        <message>
            <source>Nothing to print.</source>
            <translation>Nada que imprimir.</translation>
        </message>
        <message>
            <source>Nothing to print: every badge was printed already.</source>
            <translation>Nada que imprimir: todos los gafetes ya se imprimieron.</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>Solo gafetes aún no impresos</translation>
        </message>
        <message>
            <source>Outline the labels (a test print on plain paper)</source>
            <translation>Marcar el borde de las etiquetas (prueba en papel normal)</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>Print badges</source>
            <translation>Imprimir gafetes</translation>
        </message>
        <message>
            <source>Prints not counted</source>
            <translation>Impresiones no contadas</translation>
        </message>
        <message>
            <source>Reprint {name}'s badge</source>
            <translation>Reimprimir el gafete de {name}</translation>
        </message>
        <message>
            <source>Reprinted</source>
            <translation>Reimpreso</translation>
        </message>
        <message>
            <source>Stopped: no badges were made.</source>
            <translation>Detenido: no se hizo ningún gafete.</translation>
        </message>
        <message>
            <source>The reprint is counted and in the audit log.</source>
            <translation>La reimpresión está contada y anotada en el registro de auditoría.</translation>
        </message>
        <message>
            <source>Volunteers' badges</source>
            <translation>Gafetes de voluntarios</translation>
        </message>
        <message>
            <source>Whose badges</source>
            <translation>Gafetes de quién</translation>
        </message>
        <message>
            <source>Why the badge is reprinted</source>
            <translation>Por qué se reimprime el gafete</translation>
        </message>
        <message>
            <source>lost badge</source>
            <translation>gafete perdido</translation>
        </message>
        <message>
            <source>{badges} on {pages}.</source>
            <translation>{badges} en {pages}.</translation>
        </message>
    </context>
    <context>
        <name>BadgeStocks</name>
        <message>
            <source>A4 sheet — 99.1 × 67.7 mm badges, 8 per sheet (Avery L7165 die)</source>
            <translation>Hoja A4 — gafetes de 99.1 × 67.7 mm, 8 por hoja (troquel Avery L7165)</translation>
        </message>
        <message>
            <source>Avery 5392 — 4″ × 3″ name badges, 6 per Letter sheet</source>
            <translation>Avery 5392 — gafetes de 4″ × 3″, 6 por hoja Carta</translation>
        </message>
        <message>
            <source>Avery 5395 — 3⅜″ × 2⅓″ name badge labels, 8 per Letter sheet</source>
            <translation>Avery 5395 — etiquetas de gafete de 3⅜″ × 2⅓″, 8 por hoja Carta</translation>
        </message>
        <message>
            <source>Brother DK-11202 — 62 × 100 mm labels, one per label</source>
            <translation>Brother DK-11202 — etiquetas de 62 × 100 mm, una por etiqueta</translation>
        </message>
        <message>
            <source>Brother DK-22205 — 62 mm continuous tape, 90 mm per badge</source>
            <translation>Brother DK-22205 — cinta continua de 62 mm, 90 mm por gafete</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>%n booked but not here</source>
            <translation>
                <numerusform>%n asignado pero no está</numerusform>
                <numerusform>%n asignados pero no están</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shifts with gaps</source>
            <translation>
                <numerusform>%n turno con faltas</numerusform>
                <numerusform>%n turnos con faltas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n short of {needed} needed</source>
            <translation>
                <numerusform>falta %n de {needed}</numerusform>
                <numerusform>faltan %n de {needed}</numerusform>
            </translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <source>Ended, covered</source>
            <translation>Terminado, cubierto</translation>
        </message>
        <message>
            <source>Ended, {gap}</source>
            <translation>Terminado, {gap}</translation>
        </message>
        <message>
            <source>No shifts planned</source>
            <translation>Sin turnos previstos</translation>
        </message>
    </context>
    <context>
        <name>CoverageModel</name>
        <message>
            <source>(now)</source>
            <translation>(ahora)</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Asignados</translation>
        </message>
        <message>
            <source>Booked volunteers</source>
            <translation>Voluntarios asignados</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <source>Here now: {names}</source>
            <translation>Presentes ahora: {names}</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Necesarios</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message numerus="yes">
            <source>&lt;b style='color:#a00000'&gt;⚠ {gaps} of the %n shifts still to come or running have gaps&lt;/b&gt; (rows in red say what is missing).</source>
            <translation>
                <numerusform>&lt;b style='color:#a00000'&gt;⚠ {gaps} de %n turno pendiente o en curso tiene faltas&lt;/b&gt; (las filas en rojo dicen qué falta).</numerusform>
                <numerusform>&lt;b style='color:#a00000'&gt;⚠ {gaps} de los %n turnos pendientes o en curso tienen faltas&lt;/b&gt; (las filas en rojo dicen qué falta).</numerusform>
            </translation>
        </message>
        <message>
            <source>Add shift…</source>
            <translation>Agregar turno…</translation>
        </message>
        <message>
            <source>Adding a shift needs an organizer: you are asked to sign in when you save</source>
            <translation>Agregar un turno requiere un organizador: se le pedirá iniciar sesión al guardar</translation>
        </message>
        <message>
            <source>Assign a volunteer to this shift…</source>
            <translation>Asignar un voluntario a este turno…</translation>
        </message>
        <message>
            <source>Choose a shift in the list first.</source>
            <translation>Elija primero un turno de la lista.</translation>
        </message>
        <message>
            <source>Coverage of each station's shifts</source>
            <translation>Cobertura de los turnos de cada estación</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>No asignado</translation>
        </message>
        <message>
            <source>Now on duty: {here} of {needed} needed.</source>
            <translation>De turno ahora: {here} de {needed} necesarios.</translation>
        </message>
        <message>
            <source>Pick a shift</source>
            <translation>Elija un turno</translation>
        </message>
        <message>
            <source>Who takes this shift?</source>
            <translation>¿Quién toma este turno?</translation>
        </message>
        <message numerus="yes">
            <source>✓ The %n shifts still to come or running are covered.</source>
            <translation>
                <numerusform>✓ El %n turno pendiente o en curso está cubierto.</numerusform>
                <numerusform>✓ Los %n turnos pendientes o en curso están cubiertos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message numerus="yes">
            <source>&lt;b style='color:#8a5a00'&gt;⚠ %n entries left open need review&lt;/b&gt; (Clock times… on the roster).</source>
            <translation>
                <numerusform>&lt;b style='color:#8a5a00'&gt;⚠ %n registro quedó abierto y hay que revisarlo&lt;/b&gt; (Horas de entrada… en la lista).</numerusform>
                <numerusform>&lt;b style='color:#8a5a00'&gt;⚠ %n registros quedaron abiertos y hay que revisarlos&lt;/b&gt; (Horas de entrada… en la lista).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{hours}&lt;/b&gt; verified hours from %n volunteers; {on_site} on site now.</source>
            <translation>
                <numerusform>&lt;b&gt;{hours}&lt;/b&gt; horas verificadas de %n voluntario; {on_site} en el lugar ahora.</numerusform>
                <numerusform>&lt;b&gt;{hours}&lt;/b&gt; horas verificadas de %n voluntarios; {on_site} en el lugar ahora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hours per organization</source>
            <translation>Horas por organización</translation>
        </message>
        <message>
            <source>Hours per volunteer</source>
            <translation>Horas por voluntario</translation>
        </message>
        <message>
            <source>Letters not made</source>
            <translation>Cartas no hechas</translation>
        </message>
        <message>
            <source>Preview and print service-hours letters</source>
            <translation>Ver e imprimir cartas de horas de servicio</translation>
        </message>
        <message>
            <source>Service-hours letters</source>
            <translation>Cartas de horas de servicio</translation>
        </message>
        <message>
            <source>Service-hours letters ({count})</source>
            <translation>Cartas de horas de servicio ({count})</translation>
        </message>
        <message>
            <source>Service-hours letters…</source>
            <translation>Cartas de horas…</translation>
        </message>
        <message>
            <source>The selected volunteer's letter, or with nobody selected, one letter for everyone with verified hours</source>
            <translation>La carta del voluntario elegido o, si no hay nadie elegido, una carta para cada persona con horas verificadas</translation>
        </message>
        <message>
            <source>Verified = clocked in and out, or entered/corrected by an organizer. An entry left open after its shift counts only once an organizer reviews it.</source>
            <translation>Verificadas = con entrada y salida marcadas, o anotadas/corregidas por un organizador. Un registro que quedó abierto después de su turno solo cuenta cuando un organizador lo revisa.</translation>
        </message>
        <message>
            <source>Writing the letters…</source>
            <translation>Escribiendo las cartas…</translation>
        </message>
    </context>
    <context>
        <name>OrganizationHoursModel</name>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificadas</translation>
        </message>
    </context>
    <context>
        <name>PickVolunteerDialog</name>
        <message>
            <source>Find a volunteer</source>
            <translation>Buscar un voluntario</translation>
        </message>
        <message>
            <source>Type a name or organization…</source>
            <translation>Escriba un nombre u organización…</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Voluntarios</translation>
        </message>
        <message>
            <source>no organization</source>
            <translation>sin organización</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>A minor with no guardian's name and phone on file</source>
            <translation>Menor sin nombre ni teléfono de un tutor registrado</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Gafete</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>No guardian on file!</source>
            <translation>¡Sin tutor registrado!</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>En el lugar</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>menor</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialogs</name>
        <message>
            <source>Assign anyway?</source>
            <translation>¿Asignar de todos modos?</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Revise, por favor</translation>
        </message>
    </context>
    <context>
        <name>TimeEntriesDialog</name>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;: {hours} verified hours</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: {hours} horas verificadas</translation>
        </message>
        <message>
            <source>Choose the entry to correct first.</source>
            <translation>Elija primero el registro a corregir.</translation>
        </message>
        <message>
            <source>Clock in at this time</source>
            <translation>Marcar entrada a esta hora</translation>
        </message>
        <message>
            <source>Clock out at this time</source>
            <translation>Marcar salida a esta hora</translation>
        </message>
        <message>
            <source>Clock times — {name}</source>
            <translation>Horas de entrada y salida — {name}</translation>
        </message>
        <message>
            <source>Clock-in time</source>
            <translation>Hora de entrada</translation>
        </message>
        <message>
            <source>Clock-out time</source>
            <translation>Hora de salida</translation>
        </message>
        <message>
            <source>Correct selected entry</source>
            <translation>Corregir el registro elegido</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>Entrada:</translation>
        </message>
        <message>
            <source>No clock entries yet — scan the badge, or clock in here.</source>
            <translation>Todavía no hay registros: escanee el gafete o marque la entrada aquí.</translation>
        </message>
        <message>
            <source>Not clocked in</source>
            <translation>Entrada no marcada</translation>
        </message>
        <message>
            <source>Not clocked out</source>
            <translation>Salida no marcada</translation>
        </message>
        <message>
            <source>Not corrected</source>
            <translation>No corregido</translation>
        </message>
        <message>
            <source>Out:</source>
            <translation>Salida:</translation>
        </message>
        <message>
            <source>Pick an entry</source>
            <translation>Elija un registro</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Motivo de la corrección</translation>
        </message>
        <message>
            <source>Time entries</source>
            <translation>Registros de horas</translation>
        </message>
        <message>
            <source>Times other than now, and corrections, need an organizer (you are asked to sign in if the desk has none); each is kept in the audit log.</source>
            <translation>Otras horas distintas de ahora, y las correcciones, requieren un organizador (se le pedirá iniciar sesión si la mesa no tiene uno); cada una queda en el registro de auditoría.</translation>
        </message>
        <message>
            <source>Why (e.g. forgot to scan out at 20:00)</source>
            <translation>Por qué (p. ej., olvidó marcar la salida a las 20:00)</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>corregido</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>anotado a mano</translation>
        </message>
        <message>
            <source>on duty</source>
            <translation>de turno</translation>
        </message>
        <message>
            <source>open — needs review</source>
            <translation>abierto — por revisar</translation>
        </message>
        <message>
            <source>{hours} not yet verified</source>
            <translation>{hours} sin verificar aún</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Correo:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Apellido:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Nota&amp;s:</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>O&amp;rganización:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>R&amp;ol:</translation>
        </message>
        <message>
            <source>&amp;T-shirt:</source>
            <translation>&amp;Camiseta:</translation>
        </message>
        <message>
            <source>Add a volunteer</source>
            <translation>Agregar un voluntario</translation>
        </message>
        <message>
            <source>Badge &lt;b&gt;{code}&lt;/b&gt;</source>
            <translation>Gafete &lt;b&gt;{code}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Año de nacimiento</translation>
        </message>
        <message>
            <source>Birth year:</source>
            <translation>Año de nacimiento:</translation>
        </message>
        <message>
            <source>Edit volunteer</source>
            <translation>Editar voluntario</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <source>Emergency contact (organizers and lieutenants only)</source>
            <translation>Contacto de emergencia (solo organizadores y tenientes)</translation>
        </message>
        <message>
            <source>Emergency contact's name</source>
            <translation>Nombre del contacto de emergencia</translation>
        </message>
        <message>
            <source>Emergency contact's phone</source>
            <translation>Teléfono del contacto de emergencia</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <translation>Nombre del tutor</translation>
        </message>
        <message>
            <source>Guardian's name:</source>
            <translation>Nombre del tutor:</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Teléfono del tutor</translation>
        </message>
        <message>
            <source>Guardian's phone:</source>
            <translation>Teléfono del tutor:</translation>
        </message>
        <message>
            <source>Hidden — only organizers and lieutenants can see it</source>
            <translation>Oculto: solo lo ven organizadores y tenientes</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>Menores</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Teléfono:</translation>
        </message>
        <message>
            <source>Police department, Explorer post, Rotary, a business…</source>
            <translation>Departamento de policía, Explorers, Rotary, un negocio…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Save volunteer</source>
            <translation>Guardar voluntario</translation>
        </message>
        <message>
            <source>Sign in as an organizer to see the emergency contact</source>
            <translation>Iniciar sesión como organizador para ver el contacto de emergencia</translation>
        </message>
        <message>
            <source>Sign in to see or change it…</source>
            <translation>Iniciar sesión para verlo o cambiarlo…</translation>
        </message>
        <message>
            <source>T-shirt size</source>
            <translation>Talla de camiseta</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Menor de 18</translation>
        </message>
        <message>
            <source>e.g. 2011</source>
            <translation>p. ej. 2011</translation>
        </message>
    </context>
    <context>
        <name>VolunteerHoursModel</name>
        <message numerus="yes">
            <source>%n left open: review</source>
            <translation>
                <numerusform>%n abierto: revisar</numerusform>
                <numerusform>%n abiertos: revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>Left open: review</source>
            <translation>Quedó abierto: revisar</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>En el lugar</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificadas</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Voluntario</translation>
        </message>
    </context>
    <context>
        <name>VolunteerImport</name>
        <message>
            <source>Birth year</source>
            <translation>Año de nacimiento</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Teléfono de emergencia</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
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
            <source>Guardian's name</source>
            <translation>Nombre del tutor</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Teléfono del tutor</translation>
        </message>
        <message>
            <source>Import volunteers</source>
            <translation>Importar voluntarios</translation>
        </message>
        <message>
            <source>Import volunteers and their shifts: a &lt;b&gt;SignUpGenius sign-up report&lt;/b&gt; (Reports › Sign Up Report › export to CSV) is recognised as it is — each person once, booked on every slot they took, stations and shifts added as needed; any other list is read as a &lt;b&gt;generic CSV&lt;/b&gt; where you say which column holds what. Importing the same file again adds nobody twice.</source>
            <translation>Importe voluntarios y sus turnos: un &lt;b&gt;informe de inscripciones de SignUpGenius&lt;/b&gt; (Reports › Sign Up Report › export to CSV) se reconoce tal cual — cada persona una vez, asignada a cada espacio que tomó, con estaciones y turnos agregados según haga falta; cualquier otra lista se lee como un &lt;b&gt;CSV genérico&lt;/b&gt; donde usted indica qué columna contiene qué. Importar el mismo archivo otra vez no agrega a nadie dos veces.</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
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
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Shift end</source>
            <translation>Fin del turno</translation>
        </message>
        <message>
            <source>Shift start</source>
            <translation>Inicio del turno</translation>
        </message>
        <message>
            <source>SignUpGenius sign-up report</source>
            <translation>Informe de inscripciones de SignUpGenius</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>T-shirt size</source>
            <translation>Talla de camiseta</translation>
        </message>
        <message>
            <source>officer, civilian or youth</source>
            <translation>officer, civilian o youth (oficial, civil o joven)</translation>
        </message>
        <message>
            <source>or a full-name column</source>
            <translation>o una columna de nombre completo</translation>
        </message>
        <message>
            <source>volunteers</source>
            <translation>voluntarios</translation>
        </message>
    </context>
    <context>
        <name>VolunteerRoles</name>
        <message>
            <source>Civilian</source>
            <translation>Civil</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Oficial</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Joven</translation>
        </message>
    </context>
    <context>
        <name>VolunteersTab</name>
        <message>
            <source>Add a volunteer</source>
            <translation>Agregar un voluntario</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Assign the selected volunteer to a shift</source>
            <translation>Asignar el voluntario elegido a un turno</translation>
        </message>
        <message>
            <source>Assign to shift…</source>
            <translation>Asignar a turno…</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>No se puede abrir</translation>
        </message>
        <message>
            <source>Clock in / out</source>
            <translation>Entrada / salida</translation>
        </message>
        <message>
            <source>Clock the selected volunteer in or out</source>
            <translation>Marcar la entrada o salida del voluntario elegido</translation>
        </message>
        <message>
            <source>Clock times…</source>
            <translation>Horas de entrada…</translation>
        </message>
        <message>
            <source>Clock-in result</source>
            <translation>Resultado de entrada/salida</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Edit the selected volunteer</source>
            <translation>Editar el voluntario elegido</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Find a volunteer</source>
            <translation>Buscar un voluntario</translation>
        </message>
        <message>
            <source>Find: name, organization, phone, badge</source>
            <translation>Buscar: nombre, organización, teléfono, gafete</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Import volunteers from SignUpGenius or a CSV file</source>
            <translation>Importar voluntarios de SignUpGenius o de un archivo CSV</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Pick a volunteer</source>
            <translation>Elija un voluntario</translation>
        </message>
        <message>
            <source>Preview and print badges</source>
            <translation>Ver e imprimir gafetes</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>Imprimir gafetes…</translation>
        </message>
        <message>
            <source>Reprint badge…</source>
            <translation>Reimprimir gafete…</translation>
        </message>
        <message>
            <source>Reprint the selected volunteer's badge</source>
            <translation>Reimprimir el gafete del voluntario elegido</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Scan a badge (or type its code) and press Enter — in if out, out if in</source>
            <translation>Escanee un gafete (o escriba su código) y pulse Enter — entrada si está fuera, salida si está dentro</translation>
        </message>
        <message>
            <source>Scan a volunteer badge to clock in or out</source>
            <translation>Escanee un gafete de voluntario para marcar entrada o salida</translation>
        </message>
        <message>
            <source>Scan a volunteer's badge to clock them in or out.</source>
            <translation>Escanee el gafete de un voluntario para marcar su entrada o salida.</translation>
        </message>
        <message>
            <source>See and correct clock times</source>
            <translation>Ver y corregir las horas de entrada y salida</translation>
        </message>
        <message>
            <source>Select a volunteer in the roster first.</source>
            <translation>Elija primero un voluntario de la lista.</translation>
        </message>
        <message>
            <source>Volunteer roster</source>
            <translation>Lista de voluntarios</translation>
        </message>
        <message>
            <source>minor with no guardian on file</source>
            <translation>menor sin tutor registrado</translation>
        </message>
        <message>
            <source>no shift booked now</source>
            <translation>sin turno asignado ahora</translation>
        </message>
        <message>
            <source>{shown} of {total} shown · {on_site} on site now</source>
            <translation>{shown} de {total} mostrados · {on_site} en el lugar ahora</translation>
        </message>
        <message>
            <source>{who} is already clocked IN (at {time}) — nothing changed. Scan again after a minute to change it.</source>
            <translation>{who} ya tiene marcada la ENTRADA (a las {time}) — no cambió nada. Escanee de nuevo después de un minuto para cambiarlo.</translation>
        </message>
        <message>
            <source>{who} is already clocked OUT (at {time}) — nothing changed. Scan again after a minute to change it.</source>
            <translation>{who} ya tiene marcada la SALIDA (a las {time}) — no cambió nada. Escanee de nuevo después de un minuto para cambiarlo.</translation>
        </message>
        <message numerus="yes">
            <source>“{text}” is not a badge code — %n volunteers match, listed below; select one and press Clock in / out.</source>
            <translation>
                <numerusform>«{text}» no es un código de gafete — %n voluntario coincide, en la lista de abajo; elíjalo y pulse Entrada / salida.</numerusform>
                <numerusform>«{text}» no es un código de gafete — %n voluntarios coinciden, en la lista de abajo; elija uno y pulse Entrada / salida.</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ {name} is booked on the shift.</source>
            <translation>✔ {name} está asignado al turno.</translation>
        </message>
        <message>
            <source>✔ {who} clocked IN at {time}{where}</source>
            <translation>✔ ENTRADA de {who} a las {time}{where}</translation>
        </message>
        <message>
            <source>✔ {who} clocked OUT at {time} · {stretch} this time, {tonight} tonight</source>
            <translation>✔ SALIDA de {who} a las {time} · {stretch} esta vez, {tonight} esta noche</translation>
        </message>
        <message>
            <source>✖ NOT FOUND: no volunteer's badge or name matches “{text}”. Nothing was changed.</source>
            <translation>✖ NO ENCONTRADO: ningún gafete ni nombre de voluntario coincide con «{text}». No se cambió nada.</translation>
        </message>
    </context>
</TS>
