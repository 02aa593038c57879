<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CounterPanel</name>
        <message>
            <source> +1 kit </source>
            <translation> +1 kit </translation>
        </message>
        <message>
            <source> +5 kits </source>
            <translation> +5 kits </translation>
        </message>
        <message>
            <source> −1 kit </source>
            <translation> −1 kit </translation>
        </message>
        <message>
            <source>(note: the station is marked {status})</source>
            <translation>(nota: la estación figura como {status})</translation>
        </message>
        <message>
            <source>Child-ID kits handed out</source>
            <translation>Kits de identificación infantil entregados</translation>
        </message>
        <message>
            <source>Child-ID kits handed out: {total}</source>
            <translation>Kits de identificación infantil entregados: {total}</translation>
        </message>
        <message>
            <source>Child-ID kits: {n} — {total} handed out tonight.</source>
            <translation>Kits de identificación: {n} — {total} entregados esta noche.</translation>
        </message>
        <message>
            <source>Count five participants</source>
            <translation>Contar cinco participantes</translation>
        </message>
        <message>
            <source>Count one participant</source>
            <translation>Contar un participante</translation>
        </message>
        <message>
            <source>Count {n} child-ID kits</source>
            <translation>Contar {n} kits de identificación infantil</translation>
        </message>
        <message>
            <source>Counted +{n} at {station} — {total} tonight.</source>
            <translation>Contados +{n} en {station} — {total} esta noche.</translation>
        </message>
        <message>
            <source>Counted: the {family} family at {station} — {total} tonight.</source>
            <translation>Contado: la familia {family} en {station} — {total} esta noche.</translation>
        </message>
        <message>
            <source>Counts only: this app stores no fingerprints, no photos and no child's details from the ID kits — families take their kit home.</source>
            <translation>Solo conteos: esta aplicación no guarda huellas, fotos ni datos de los niños de los kits — las familias se llevan su kit a casa.</translation>
        </message>
        <message>
            <source>NOT COUNTED — {problem}</source>
            <translation>NO CONTADO — {problem}</translation>
        </message>
        <message>
            <source>Participants counted at this station</source>
            <translation>Participantes contados en esta estación</translation>
        </message>
        <message>
            <source>Record a waiver for this family…</source>
            <translation>Registrar un permiso para esta familia…</translation>
        </message>
        <message>
            <source>Record the missing waiver for the family just refused</source>
            <translation>Registrar el permiso que le falta a la familia rechazada</translation>
        </message>
        <message>
            <source>Result of the last count</source>
            <translation>Resultado del último conteo</translation>
        </message>
        <message>
            <source>Scan a family's ticket (or type its code) and press Enter to count one child</source>
            <translation>Escanee el boleto de una familia (o escriba el código) y pulse Enter para contar a un niño</translation>
        </message>
        <message>
            <source>Scan a ticket to count at this station</source>
            <translation>Escanear un boleto para contar en esta estación</translation>
        </message>
        <message>
            <source>Take back one count pressed by mistake</source>
            <translation>Quitar un conteo marcado por error</translation>
        </message>
        <message>
            <source>Took back one — {total} tonight.</source>
            <translation>Se quitó uno — {total} esta noche.</translation>
        </message>
        <message>
            <source>counted tonight</source>
            <translation>contados esta noche</translation>
        </message>
        <message>
            <source>counted tonight · a waiver is needed to count by ticket</source>
            <translation>contados esta noche · se necesita un permiso para contar por boleto</translation>
        </message>
        <message>
            <source>−1 (mistake)</source>
            <translation>−1 (error)</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>A parent's waiver is needed to take part</source>
            <translation>Se necesita el permiso de un padre o madre para participar</translation>
        </message>
        <message>
            <source>Capacity (people at once)</source>
            <translation>Capacidad (personas a la vez)</translation>
        </message>
        <message>
            <source>Closes at</source>
            <translation>Cierra a las</translation>
        </message>
        <message>
            <source>Details not saved</source>
            <translation>Datos no guardados</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Abre</translation>
        </message>
        <message>
            <source>Opens at</source>
            <translation>Abre a las</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Guardar datos</translation>
        </message>
        <message>
            <source>Where in the park, e.g. North lawn</source>
            <translation>Dónde en el parque, p. ej. Césped norte</translation>
        </message>
        <message>
            <source>closes</source>
            <translation>cierra</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
    </context>
    <context>
        <name>IncidentsModel</name>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>OPEN</source>
            <translation>ABIERTO</translation>
        </message>
        <message>
            <source>Resolved {time}: {resolution}</source>
            <translation>Resuelto {time}: {resolution}</translation>
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
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPanel</name>
        <message>
            <source>How was it resolved?</source>
            <translation>¿Cómo se resolvió?</translation>
        </message>
        <message>
            <source>Incident description</source>
            <translation>Descripción del incidente</translation>
        </message>
        <message>
            <source>Incident not recorded</source>
            <translation>Incidente no registrado</translation>
        </message>
        <message>
            <source>Incident not resolved</source>
            <translation>Incidente no resuelto</translation>
        </message>
        <message>
            <source>Incidents and notes</source>
            <translation>Incidentes y notas</translation>
        </message>
        <message>
            <source>Record at this station</source>
            <translation>Registrar en esta estación</translation>
        </message>
        <message>
            <source>Resolve incident</source>
            <translation>Resolver incidente</translation>
        </message>
        <message>
            <source>Resolve selected…</source>
            <translation>Resolver elegido…</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>What happened, who, what was done (e.g. boy, 6, red shirt…)</source>
            <translation>Qué pasó, quién, qué se hizo (p. ej. niño, 6, camisa roja…)</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>Qué pasó:</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Demonstration</source>
            <translation>Demostración</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Running now</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>SchedulePanel</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add this demonstration to the schedule</source>
            <translation>Agregar esta demostración al horario</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <source>Cancel / restore selected</source>
            <translation>Cancelar / restaurar elegida</translation>
        </message>
        <message>
            <source>Change selected</source>
            <translation>Cambiar elegida</translation>
        </message>
        <message>
            <source>Demonstration not added</source>
            <translation>Demostración no agregada</translation>
        </message>
        <message>
            <source>Demonstration not changed</source>
            <translation>Demostración no cambiada</translation>
        </message>
        <message>
            <source>Demonstration schedule</source>
            <translation>Horario de demostraciones</translation>
        </message>
        <message>
            <source>Demonstration start time</source>
            <translation>Hora de inicio de la demostración</translation>
        </message>
        <message>
            <source>Demonstration title</source>
            <translation>Título de la demostración</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <source>Title, e.g. K-9 demonstration</source>
            <translation>Título, p. ej. Demostración K-9</translation>
        </message>
    </context>
    <context>
        <name>StationBoard</name>
        <message>
            <source>+{more} more</source>
            <translation>+{more} más</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>CERRADA</translation>
        </message>
        <message>
            <source>Database not reachable — showing the last known board, retrying</source>
            <translation>Base de datos no disponible — se muestra el último tablero, reintentando</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Esc or F11: leave full screen · this board refreshes by itself</source>
            <translation>Esc o F11: salir de pantalla completa · este tablero se actualiza solo</translation>
        </message>
        <message>
            <source>Expected: {names}</source>
            <translation>Se espera a: {names}</translation>
        </message>
        <message>
            <source>Next demonstrations</source>
            <translation>Próximas demostraciones</translation>
        </message>
        <message>
            <source>No more demonstrations tonight</source>
            <translation>No hay más demostraciones esta noche</translation>
        </message>
        <message>
            <source>OPEN</source>
            <translation>ABIERTA</translation>
        </message>
        <message>
            <source>On duty: {names}</source>
            <translation>De turno: {names}</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
        <message>
            <source>SETTING UP</source>
            <translation>PREPARÁNDOSE</translation>
        </message>
        <message>
            <source>Station board</source>
            <translation>Tablero de estaciones</translation>
        </message>
        <message>
            <source>Stations now</source>
            <translation>Estaciones ahora</translation>
        </message>
        <message>
            <source>at {time} · {when}</source>
            <translation>a las {time} · {when}</translation>
        </message>
        <message>
            <source>now, until {time}</source>
            <translation>ahora, hasta las {time}</translation>
        </message>
        <message>
            <source>{title} at {time}: {when}</source>
            <translation>{title} a las {time}: {when}</translation>
        </message>
    </context>
    <context>
        <name>StationWords</name>
        <message>
            <source>Arts and crafts</source>
            <translation>Artes y manualidades</translation>
        </message>
        <message>
            <source>Bounce house</source>
            <translation>Brincolín</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Check-in table</source>
            <translation>Mesa de registro</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Dunk tank</source>
            <translation>Tanque de remojo</translation>
        </message>
        <message>
            <source>Equipment display</source>
            <translation>Exhibición de equipo</translation>
        </message>
        <message>
            <source>Equipment problem</source>
            <translation>Problema con el equipo</translation>
        </message>
        <message>
            <source>Fingerprinting / child ID kits</source>
            <translation>Huellas / kits de identificación infantil</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>Primeros auxilios</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Comida</translation>
        </message>
        <message>
            <source>Giveaways</source>
            <translation>Obsequios</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>K-9 demonstration</source>
            <translation>Demostración K-9</translation>
        </message>
        <message>
            <source>K-9 resting</source>
            <translation>K-9 descansando</translation>
        </message>
        <message>
            <source>Music / DJ</source>
            <translation>Música / DJ</translation>
        </message>
        <message>
            <source>No shift now</source>
            <translation>Sin turno ahora</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Refilling the tank</source>
            <translation>Llenando el tanque</translation>
        </message>
        <message>
            <source>Setting up</source>
            <translation>Preparándose</translation>
        </message>
        <message>
            <source>Short of volunteers</source>
            <translation>Faltan voluntarios</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>Clima</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>equipo</translation>
        </message>
        <message>
            <source>first aid</source>
            <translation>primeros auxilios</translation>
        </message>
        <message>
            <source>in {hours} h {minutes} min</source>
            <translation>en {hours} h {minutes} min</translation>
        </message>
        <message>
            <source>in {minutes} min</source>
            <translation>en {minutes} min</translation>
        </message>
        <message>
            <source>in {seconds} s</source>
            <translation>en {seconds} s</translation>
        </message>
        <message>
            <source>lost child</source>
            <translation>niño perdido</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>seguridad</translation>
        </message>
        <message>
            <source>weather</source>
            <translation>clima</translation>
        </message>
        <message>
            <source>{here} of {needed} on duty</source>
            <translation>{here} de {needed} de turno</translation>
        </message>
        <message>
            <source>{here} on duty</source>
            <translation>{here} de turno</translation>
        </message>
    </context>
    <context>
        <name>StationsModel</name>
        <message>
            <source>Count</source>
            <translation>Conteo</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>StationsTab</name>
        <message>
            <source>Add a station</source>
            <translation>Agregar una estación</translation>
        </message>
        <message>
            <source>Add a station (organizers)</source>
            <translation>Agregar una estación (organizadores)</translation>
        </message>
        <message>
            <source>Add a station…</source>
            <translation>Agregar estación…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this station</source>
            <translation>Cerrar esta estación</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Incidents &amp;&amp; notes</source>
            <translation>Incidentes y notas</translation>
        </message>
        <message>
            <source>Last demonstration: {title} at {time} — {when}</source>
            <translation>Última demostración: {title} a las {time} — {when}</translation>
        </message>
        <message>
            <source>Location not set</source>
            <translation>Sin ubicación</translation>
        </message>
        <message>
            <source>Name of the new station (e.g. “Face painting”):</source>
            <translation>Nombre de la nueva estación (p. ej. «Pintacaritas»):</translation>
        </message>
        <message>
            <source>Next demonstration and its countdown</source>
            <translation>Próxima demostración y su cuenta regresiva</translation>
        </message>
        <message>
            <source>Next demonstration: {title} at {time} — {when}</source>
            <translation>Próxima demostración: {title} a las {time} — {when}</translation>
        </message>
        <message>
            <source>No demonstration scheduled here</source>
            <translation>No hay demostraciones programadas aquí</translation>
        </message>
        <message>
            <source>Not refreshed: {problem}</source>
            <translation>No actualizado: {problem}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the station board (TV)</source>
            <translation>Abrir el tablero (TV)</translation>
        </message>
        <message>
            <source>Open the station board on a second screen</source>
            <translation>Abrir el tablero de estaciones en una segunda pantalla</translation>
        </message>
        <message>
            <source>Open this station</source>
            <translation>Abrir esta estación</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Pause this station</source>
            <translation>Pausar esta estación</translation>
        </message>
        <message>
            <source>Pick a station on the left</source>
            <translation>Elija una estación a la izquierda</translation>
        </message>
        <message>
            <source>Reason for a pause</source>
            <translation>Motivo de la pausa</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Station not added</source>
            <translation>Estación no agregada</translation>
        </message>
        <message>
            <source>Station status</source>
            <translation>Estado de la estación</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>Stations and their status</source>
            <translation>Estaciones y su estado</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Estado no cambiado</translation>
        </message>
        <message>
            <source>Waiver saved — scan the ticket again to count the child.</source>
            <translation>Permiso guardado — escanee el boleto otra vez para contar al niño.</translation>
        </message>
        <message>
            <source>Waivers</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <source>Why the station is paused</source>
            <translation>Por qué está en pausa la estación</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>booked: {people}</source>
            <translation>inscritos: {people}</translation>
        </message>
        <message>
            <source>needs a parent's waiver</source>
            <translation>requiere permiso de los padres</translation>
        </message>
        <message>
            <source>nobody clocked in</source>
            <translation>nadie ha marcado entrada</translation>
        </message>
        <message>
            <source>open {opens}–{closes}</source>
            <translation>abierta {opens}–{closes}</translation>
        </message>
        <message>
            <source>running now</source>
            <translation>en curso</translation>
        </message>
        <message numerus="yes">
            <source>{open} open · {paused} paused · %n visits counted tonight</source>
            <translation>
                <numerusform>{open} abiertas · {paused} en pausa · %n visita contada esta noche</numerusform>
                <numerusform>{open} abiertas · {paused} en pausa · %n visitas contadas esta noche</numerusform>
            </translation>
        </message>
        <message>
            <source>● Open   ❚❚ Paused (with the reason)   ■ Closed   ◔ Setting up</source>
            <translation>● Abierta   ❚❚ En pausa (con el motivo)   ■ Cerrada   ◔ Preparándose</translation>
        </message>
    </context>
    <context>
        <name>WaiverDialog</name>
        <message>
            <source> years</source>
            <translation> años</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>All activities that need a waiver</source>
            <translation>Todas las actividades que requieren permiso</translation>
        </message>
        <message>
            <source>Child's age</source>
            <translation>Edad del niño o niña</translation>
        </message>
        <message>
            <source>Child's first name</source>
            <translation>Nombre del niño o niña</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Cubre</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Family the waiver is for</source>
            <translation>Familia a la que corresponde el permiso</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Find the family</source>
            <translation>Buscar la familia</translation>
        </message>
        <message>
            <source>Find the family first (scan their ticket).</source>
            <translation>Primero busque la familia (escanee su boleto).</translation>
        </message>
        <message>
            <source>No family found — check the spelling or the ticket</source>
            <translation>No se encontró la familia — revise cómo se escribe o el boleto</translation>
        </message>
        <message>
            <source>Parent / guardian</source>
            <translation>Padre, madre o tutor</translation>
        </message>
        <message>
            <source>Parent or guardian's name</source>
            <translation>Nombre del padre, madre o tutor</translation>
        </message>
        <message>
            <source>Read this to the parent or guardian (or let them read it):</source>
            <translation>Lea esto al padre, madre o tutor (o deje que lo lea):</translation>
        </message>
        <message>
            <source>Record a parent's waiver</source>
            <translation>Registrar el permiso de los padres</translation>
        </message>
        <message>
            <source>Scan the ticket, or type the family name</source>
            <translation>Escanee el boleto o escriba el apellido</translation>
        </message>
        <message>
            <source>The guardian has read the rules (or had them read out) and agrees</source>
            <translation>El tutor leyó las reglas (o se las leyeron) y está de acuerdo</translation>
        </message>
        <message>
            <source>Waiver for</source>
            <translation>Permiso para</translation>
        </message>
        <message>
            <source>Waiver not saved</source>
            <translation>Permiso no guardado</translation>
        </message>
        <message>
            <source>Waiver text to read to the guardian</source>
            <translation>Texto del permiso para leer al tutor</translation>
        </message>
        <message>
            <source>Which station the waiver covers</source>
            <translation>Qué estación cubre el permiso</translation>
        </message>
    </context>
    <context>
        <name>WaiverTextDialog</name>
        <message>
            <source>Waiver text</source>
            <translation>Texto del permiso</translation>
        </message>
        <message>
            <source>Waiver text (all laptops)</source>
            <translation>Texto del permiso (todas las computadoras)</translation>
        </message>
        <message>
            <source>Waiver text not saved</source>
            <translation>Texto del permiso no guardado</translation>
        </message>
    </context>
    <context>
        <name>WaiversModel</name>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Niño/a</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Cubre</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tutor</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <source>Rules read</source>
            <translation>Reglas leídas</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>WaiversPanel</name>
        <message>
            <source>Blank waiver form</source>
            <translation>Formulario de permiso en blanco</translation>
        </message>
        <message>
            <source>Edit the waiver text…</source>
            <translation>Editar el texto del permiso…</translation>
        </message>
        <message>
            <source>Print blank forms…</source>
            <translation>Imprimir formularios en blanco…</translation>
        </message>
        <message>
            <source>Record a waiver…</source>
            <translation>Registrar un permiso…</translation>
        </message>
        <message>
            <source>The form could not be made</source>
            <translation>No se pudo hacer el formulario</translation>
        </message>
        <message>
            <source>Waivers on file</source>
            <translation>Permisos registrados</translation>
        </message>
    </context>
</TS>
