<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>DonationDates</name>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>{month} {day} {time}</source>
            <translation>{day} {month} {time}</translation>
        </message>
        <message>
            <source>{month} {day}, {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DonationDialog</name>
        <message>
            <source>&amp;Amount ($):</source>
            <translation>&amp;Monto ($):</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <translation>&amp;Donante:</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Cantidad:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;What was given:</source>
            <translation>¿&amp;Qué se donó?:</translation>
        </message>
        <message>
            <source>(the description)</source>
            <translation>(la descripción)</translation>
        </message>
        <message>
            <source>Add these goods to the giveaway stock</source>
            <translation>Agregar estos bienes a los obsequios</translation>
        </message>
        <message>
            <source>Amount in dollars</source>
            <translation>Monto en dólares</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Check &amp;number:</source>
            <translation>&amp;Número de cheque:</translation>
        </message>
        <message>
            <source>Check number</source>
            <translation>Número de cheque</translation>
        </message>
        <message>
            <source>Choose the donor from the list, or add them with “New donor…”.</source>
            <translation>Elija al donante en la lista o agréguelo con «Nuevo donante…».</translation>
        </message>
        <message>
            <source>Correct a donation</source>
            <translation>Corregir una donación</translation>
        </message>
        <message>
            <source>Date &amp;received:</source>
            <translation>&amp;Fecha de recibo:</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Fecha de recibo</translation>
        </message>
        <message>
            <source>Descri&amp;ption of goods:</source>
            <translation>Descri&amp;pción de los bienes:</translation>
        </message>
        <message>
            <source>Descri&amp;ption of services:</source>
            <translation>Descri&amp;pción de los servicios:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>Descri&amp;pción:</translation>
        </message>
        <message>
            <source>Description of what was given</source>
            <translation>Descripción de lo donado</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>Donor received in r&amp;eturn:</source>
            <translation>El donante recibió a ca&amp;mbio:</translation>
        </message>
        <message>
            <source>Estimated value ($, internal):</source>
            <translation>Valor estimado ($, interno):</translation>
        </message>
        <message>
            <source>Estimated value, internal only</source>
            <translation>Valor estimado, solo para uso interno</translation>
        </message>
        <message>
            <source>Expenses not reimbursed:</source>
            <translation>Gastos no reembolsados:</translation>
        </message>
        <message>
            <source>Fair market value of what the donor received</source>
            <translation>Valor justo de mercado de lo que recibió el donante</translation>
        </message>
        <message>
            <source>For the organizers' report only. Receipts never show a value for goods.</source>
            <translation>Solo para el informe de los organizadores. Los recibos nunca muestran un valor para los bienes.</translation>
        </message>
        <message>
            <source>For token items (IRS Publication 1771): what the items given back cost us.</source>
            <translation>Para artículos simbólicos (Publicación 1771 del IRS): lo que nos costaron los artículos entregados.</translation>
        </message>
        <message>
            <source>Giveaway item</source>
            <translation>Artículo de obsequio</translation>
        </message>
        <message>
            <source>How many go into stock</source>
            <translation>Cuántos van a los obsequios</translation>
        </message>
        <message>
            <source>How many:</source>
            <translation>Cuántos:</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Artículo:</translation>
        </message>
        <message>
            <source>Limit per household (new item):</source>
            <translation>Límite por hogar (artículo nuevo):</translation>
        </message>
        <message>
            <source>Limit per household for a new item</source>
            <translation>Límite por hogar para un artículo nuevo</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>New donor…</source>
            <translation>Nuevo donante…</translation>
        </message>
        <message>
            <source>New item: {name}</source>
            <translation>Artículo nuevo: {name}</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Propósito:</translation>
        </message>
        <message>
            <source>Purpose or restriction</source>
            <translation>Propósito o restricción</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Motivo de la corrección</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>Motivo de la corrección:</translation>
        </message>
        <message>
            <source>Record a donation</source>
            <translation>Registrar una donación</translation>
        </message>
        <message>
            <source>Save and &amp;print receipt</source>
            <translation>Guardar e &amp;imprimir recibo</translation>
        </message>
        <message>
            <source>Save and print new receipt</source>
            <translation>Guardar e imprimir recibo nuevo</translation>
        </message>
        <message>
            <source>Store / card:</source>
            <translation>Tienda / tarjeta:</translation>
        </message>
        <message>
            <source>The volunteer's out-of-pocket expenses, not reimbursed</source>
            <translation>Gastos propios del voluntario, no reembolsados</translation>
        </message>
        <message>
            <source>Type to find a donor</source>
            <translation>Escriba para buscar un donante</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>What it cost the organization</source>
            <translation>Lo que le costó a la organización</translation>
        </message>
        <message>
            <source>What the donor received bears the organization's name or logo</source>
            <translation>Lo que recibió el donante lleva el nombre o logotipo de la organización</translation>
        </message>
        <message>
            <source>What the donor received in return</source>
            <translation>Lo que recibió el donante a cambio</translation>
        </message>
        <message>
            <source>What was given</source>
            <translation>Qué se donó</translation>
        </message>
        <message>
            <source>e.g. 250.00</source>
            <translation>p. ej. 250.00</translation>
        </message>
        <message>
            <source>each, cases, boxes…</source>
            <translation>unidades, cajas, paquetes…</translation>
        </message>
        <message>
            <source>it bears our name or logo (a mug, a T-shirt, a sticker…)</source>
            <translation>lleva nuestro nombre o logotipo (taza, camiseta, calcomanía…)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>nothing (leave empty) — or e.g. sponsor banner, dinner tickets</source>
            <translation>nada (deje vacío) — o p. ej. pancarta de patrocinador, boletos para cena</translation>
        </message>
        <message>
            <source>optional, e.g. K-9 equipment</source>
            <translation>opcional, p. ej. equipo para K-9</translation>
        </message>
        <message>
            <source>optional, e.g. mileage and paint supplies (no amount)</source>
            <translation>opcional, p. ej. millaje y pintura (sin monto)</translation>
        </message>
        <message>
            <source>why it is corrected (printed receipts are voided and reissued)</source>
            <translation>por qué se corrige (los recibos impresos se anulan y se vuelven a emitir)</translation>
        </message>
        <message>
            <source>{item} ({n} on hand)</source>
            <translation>{item} ({n} disponibles)</translation>
        </message>
        <message>
            <source>…its fair market &amp;value ($):</source>
            <translation>…su &amp;valor justo de mercado ($):</translation>
        </message>
        <message>
            <source>…what it &amp;cost us ($):</source>
            <translation>…lo que nos &amp;costó ($):</translation>
        </message>
    </context>
    <context>
        <name>DonationImport</name>
        <message>
            <source>Import donations</source>
            <translation>Importar donaciones</translation>
        </message>
        <message>
            <source>Import gifts from an &lt;b&gt;online-giving export&lt;/b&gt; or a &lt;b&gt;treasurer's spreadsheet&lt;/b&gt;: one donation per row. Donors already on file are recognised by name (and email); receipts are numbered as the rows are added. A row without a kind of gift but with an amount counts as a card / online payment. Importing the same file again adds nothing twice.</source>
            <translation>Importe donaciones de una &lt;b&gt;exportación de donaciones en línea&lt;/b&gt; o de la &lt;b&gt;hoja de cálculo del tesorero&lt;/b&gt;: una donación por fila. Los donantes ya registrados se reconocen por nombre (y correo); los recibos se numeran al agregar las filas. Una fila sin tipo de donación pero con monto cuenta como pago con tarjeta / en línea. Importar el mismo archivo otra vez no agrega nada dos veces.</translation>
        </message>
        <message>
            <source>donations</source>
            <translation>donaciones</translation>
        </message>
    </context>
    <context>
        <name>DonationKinds</name>
        <message>
            <source>Card / online</source>
            <translation>Tarjeta / en línea</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta de regalo</translation>
        </message>
        <message>
            <source>Goods (in-kind)</source>
            <translation>Bienes (en especie)</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
    </context>
    <context>
        <name>DonationPrinting</name>
        <message numerus="yes">
            <source>%n receipts</source>
            <translation>
                <numerusform>%n recibo</numerusform>
                <numerusform>%n recibos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thank-you letters</source>
            <translation>
                <numerusform>%n carta de agradecimiento</numerusform>
                <numerusform>%n cartas de agradecimiento</numerusform>
            </translation>
        </message>
        <message>
            <source>Receipt {number}</source>
            <translation>Recibo {number}</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Thank-you letters</source>
            <translation>Cartas de agradecimiento</translation>
        </message>
        <message>
            <source>Writing the letters…</source>
            <translation>Preparando las cartas…</translation>
        </message>
        <message>
            <source>Writing the receipts…</source>
            <translation>Preparando los recibos…</translation>
        </message>
    </context>
    <context>
        <name>DonationsModel</name>
        <message>
            <source>Amount / goods</source>
            <translation>Monto / bienes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>In return</source>
            <translation>A cambio</translation>
        </message>
        <message>
            <source>In return: {what} ({value})</source>
            <translation>A cambio: {what} ({value})</translation>
        </message>
        <message>
            <source>Internal estimate (never printed): {value}</source>
            <translation>Estimación interna (nunca se imprime): {value}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>NOT PRINTED</source>
            <translation>SIN IMPRIMIR</translation>
        </message>
        <message>
            <source>Purpose: {purpose}</source>
            <translation>Propósito: {purpose}</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Recorded by {who}</source>
            <translation>Registrada por {who}</translation>
        </message>
        <message>
            <source>VOID (counted nowhere): {reason} — by {who} on {when}</source>
            <translation>ANULADA (no cuenta en ningún total): {reason} — por {who} el {when}</translation>
        </message>
        <message>
            <source>VOID — {reason}</source>
            <translation>ANULADA — {reason}</translation>
        </message>
        <message>
            <source>no receipt yet</source>
            <translation>sin recibo todavía</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impreso</translation>
        </message>
        <message>
            <source>yes, {value}</source>
            <translation>sí, {value}</translation>
        </message>
    </context>
    <context>
        <name>DonationsTab</name>
        <message numerus="yes">
            <source>%n donations</source>
            <translation>
                <numerusform>%n donación</numerusform>
                <numerusform>%n donaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n donors</source>
            <translation>
                <numerusform>%n donante</numerusform>
                <numerusform>%n donantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n donación</numerusform>
                <numerusform>%n donaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts of goods</source>
            <translation>
                <numerusform>%n donación de bienes</numerusform>
                <numerusform>%n donaciones de bienes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipts not printed yet</source>
            <translation>
                <numerusform>%n recibo sin imprimir</numerusform>
                <numerusform>%n recibos sin imprimir</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Every donor's gifts&lt;/b&gt;</source>
            <translation>&lt;b&gt;Donaciones de todos los donantes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{donor}&lt;/b&gt;: {gifts}</source>
            <translation>&lt;b&gt;{donor}&lt;/b&gt;: {gifts}</translation>
        </message>
        <message>
            <source>Add a donor</source>
            <translation>Agregar un donante</translation>
        </message>
        <message>
            <source>Correct a donation</source>
            <translation>Corregir una donación</translation>
        </message>
        <message>
            <source>Correct donation…</source>
            <translation>Corregir donación…</translation>
        </message>
        <message>
            <source>Correct the selected donation</source>
            <translation>Corregir la donación elegida</translation>
        </message>
        <message>
            <source>Donation saved</source>
            <translation>Donación guardada</translation>
        </message>
        <message>
            <source>Donation totals</source>
            <translation>Totales de donaciones</translation>
        </message>
        <message>
            <source>Donation voided</source>
            <translation>Donación anulada</translation>
        </message>
        <message>
            <source>Donations</source>
            <translation>Donaciones</translation>
        </message>
        <message>
            <source>Donor summary receipt</source>
            <translation>Recibo resumen del donante</translation>
        </message>
        <message>
            <source>Donor summary receipt…</source>
            <translation>Recibo resumen…</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Donantes</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Editar donante</translation>
        </message>
        <message>
            <source>Edit donor…</source>
            <translation>Editar donante…</translation>
        </message>
        <message>
            <source>Edit the selected donor</source>
            <translation>Editar el donante elegido</translation>
        </message>
        <message>
            <source>Every receipt is printed already.</source>
            <translation>Todos los recibos ya están impresos.</translation>
        </message>
        <message>
            <source>Find a donor</source>
            <translation>Buscar un donante</translation>
        </message>
        <message>
            <source>Find a donor: name, contact, email, phone</source>
            <translation>Buscar un donante: nombre, contacto, correo, teléfono</translation>
        </message>
        <message>
            <source>Import donations from a CSV file</source>
            <translation>Importar donaciones de un archivo CSV</translation>
        </message>
        <message>
            <source>Import donations…</source>
            <translation>Importar donaciones…</translation>
        </message>
        <message>
            <source>Keep “{keep}” ({kept}) and move the {moved} of “{other}” to it?

Receipts already issued keep their wording.</source>
            <translation>¿Conservar «{keep}» ({kept}) y pasarle {moved} de «{other}»?

Los recibos ya emitidos conservan su texto.</translation>
        </message>
        <message>
            <source>Merge donors</source>
            <translation>Unir donantes</translation>
        </message>
        <message>
            <source>Merge donors…</source>
            <translation>Unir donantes…</translation>
        </message>
        <message>
            <source>Merge two selected donors</source>
            <translation>Unir dos donantes elegidos</translation>
        </message>
        <message>
            <source>New donor…</source>
            <translation>Nuevo donante…</translation>
        </message>
        <message>
            <source>No donations are recorded for these donors yet.</source>
            <translation>Todavía no hay donaciones registradas de estos donantes.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>No se imprimió</translation>
        </message>
        <message>
            <source>Not refreshed: {why}</source>
            <translation>No se actualizó: {why}</translation>
        </message>
        <message>
            <source>One receipt listing all the donor's gifts</source>
            <translation>Un recibo con todas las donaciones del donante</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Organization…</source>
            <translation>Organización…</translation>
        </message>
        <message>
            <source>Print donors' calendar-year statements (every event)</source>
            <translation>Imprimir los estados anuales de los donantes (todos los eventos)</translation>
        </message>
        <message>
            <source>Print every receipt not printed yet</source>
            <translation>Imprimir todos los recibos aún sin imprimir</translation>
        </message>
        <message>
            <source>Print or reprint the selected receipt</source>
            <translation>Imprimir o reimprimir el recibo elegido</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>Imprimir recibo…</translation>
        </message>
        <message>
            <source>Print thank-you letters</source>
            <translation>Imprimir cartas de agradecimiento</translation>
        </message>
        <message>
            <source>Print unprinted receipts</source>
            <translation>Imprimir recibos pendientes</translation>
        </message>
        <message>
            <source>Print unprinted receipts ({n})</source>
            <translation>Imprimir recibos pendientes ({n})</translation>
        </message>
        <message>
            <source>Receipt {new} replaces {old}. Print it now?</source>
            <translation>El recibo {new} reemplaza al {old}. ¿Imprimirlo ahora?</translation>
        </message>
        <message>
            <source>Receipt {number} will be voided. Why?</source>
            <translation>El recibo {number} se anulará. ¿Por qué?</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Receipts (void ones too)</source>
            <translation>Recibos (también anulados)</translation>
        </message>
        <message>
            <source>Record a donation</source>
            <translation>Registrar una donación</translation>
        </message>
        <message>
            <source>Record donation…  (Ctrl+N)</source>
            <translation>Registrar donación…  (Ctrl+N)</translation>
        </message>
        <message>
            <source>Reissue receipt</source>
            <translation>Volver a emitir el recibo</translation>
        </message>
        <message>
            <source>Reissue receipt {number}</source>
            <translation>Volver a emitir el recibo {number}</translation>
        </message>
        <message>
            <source>Reissued</source>
            <translation>Emitido de nuevo</translation>
        </message>
        <message>
            <source>Reissue…</source>
            <translation>Reemitir…</translation>
        </message>
        <message>
            <source>Select a donation that has a receipt, or a receipt in the Receipts list.</source>
            <translation>Elija una donación que tenga recibo, o un recibo en la lista Recibos.</translation>
        </message>
        <message>
            <source>Select one donor in the list first.</source>
            <translation>Elija primero un donante en la lista.</translation>
        </message>
        <message>
            <source>Select the donation in the Donations list first.</source>
            <translation>Elija primero la donación en la lista Donaciones.</translation>
        </message>
        <message>
            <source>Select the two entries of the same donor (Ctrl+click the second one), then press Merge.</source>
            <translation>Elija las dos entradas del mismo donante (Ctrl+clic en la segunda) y pulse Unir.</translation>
        </message>
        <message>
            <source>Set up the organization first (Organization…), then print.</source>
            <translation>Configure primero la organización (Organización…) y luego imprima.</translation>
        </message>
        <message>
            <source>Show every donor's</source>
            <translation>Ver de todos</translation>
        </message>
        <message>
            <source>Show every donor's donations</source>
            <translation>Ver las donaciones de todos los donantes</translation>
        </message>
        <message>
            <source>Thank-you letters</source>
            <translation>Cartas de agradecimiento</translation>
        </message>
        <message>
            <source>Thank-you letters…</source>
            <translation>Cartas de agradecimiento…</translation>
        </message>
        <message>
            <source>That donation is void already: {reason}.</source>
            <translation>Esa donación ya está anulada: {reason}.</translation>
        </message>
        <message>
            <source>That donation was voided ({reason}), and its receipt with it: the Receipts list shows it.</source>
            <translation>Esa donación se anuló ({reason}) y su recibo con ella: aparece en la lista de Recibos.</translation>
        </message>
        <message>
            <source>The new receipt gets a new number and points to this one.</source>
            <translation>El recibo nuevo recibe un número nuevo y remite a este.</translation>
        </message>
        <message>
            <source>Void a donation</source>
            <translation>Anular una donación</translation>
        </message>
        <message>
            <source>Void and reissue the selected receipt</source>
            <translation>Anular el recibo elegido y emitirlo de nuevo</translation>
        </message>
        <message>
            <source>Void donation</source>
            <translation>Anular donación</translation>
        </message>
        <message>
            <source>Void donation…</source>
            <translation>Anular donación…</translation>
        </message>
        <message>
            <source>Void receipt</source>
            <translation>Anular el recibo</translation>
        </message>
        <message>
            <source>Void receipt {number}</source>
            <translation>Anular el recibo {number}</translation>
        </message>
        <message>
            <source>Void receipt…</source>
            <translation>Anular recibo…</translation>
        </message>
        <message>
            <source>Void the selected donation (typed twice, a bounced check)</source>
            <translation>Anular la donación elegida (escrita dos veces, un cheque sin fondos)</translation>
        </message>
        <message>
            <source>Void the selected receipt only: the gift still counts (to take the gift back too, use Void donation…)</source>
            <translation>Anular solo el recibo elegido: la donación sigue contando (para quitar también la donación, use Anular donación…)</translation>
        </message>
        <message>
            <source>Void {gift}? It stays on file, marked VOID, and counts nowhere.</source>
            <translation>¿Anular {gift}? Queda archivada, marcada ANULADA, y no cuenta en ningún total.</translation>
        </message>
        <message>
            <source>Void {gift}? It stays on file, marked VOID, and counts nowhere; receipt {number} is voided with it.</source>
            <translation>¿Anular {gift}? Queda archivada, marcada ANULADA, y no cuenta en ningún total; el recibo {number} se anula con ella.</translation>
        </message>
        <message>
            <source>Who issues the receipts</source>
            <translation>Quién emite los recibos</translation>
        </message>
        <message>
            <source>Why (typed twice, check bounced, wrong donor)?</source>
            <translation>¿Por qué? (escrita dos veces, cheque sin fondos, donante equivocado)</translation>
        </message>
        <message>
            <source>Why is it void? It stays on file, marked VOID, with this reason:</source>
            <translation>¿Por qué se anula? Queda archivado, marcado ANULADO, con este motivo:</translation>
        </message>
        <message>
            <source>Year statements</source>
            <translation>Estados anuales</translation>
        </message>
        <message>
            <source>Year statements…</source>
            <translation>Estados anuales…</translation>
        </message>
        <message>
            <source>{donors} · {donations} · {money} in money · {goods} · {unprinted}</source>
            <translation>{donors} · {donations} · {money} en dinero · {goods} · {unprinted}</translation>
        </message>
        <message>
            <source>{donor}'s {kind} of {what}</source>
            <translation>la donación de {donor} ({kind}) de {what}</translation>
        </message>
        <message>
            <source>⚠ Receipts cannot be issued yet: an organizer must enter the organization's name and tax status (Organization… below). Donations can be recorded meanwhile.</source>
            <translation>⚠ Todavía no se pueden emitir recibos: un organizador debe escribir el nombre de la organización y su situación fiscal (Organización…, abajo). Mientras tanto se pueden registrar donaciones.</translation>
        </message>
    </context>
    <context>
        <name>DonorDialog</name>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n donación</numerusform>
                <numerusform>%n donaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>Persona de &amp;contacto:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>C&amp;orreo:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>12 Main St
Riverside, NY 12345</source>
            <translation>12 Main St
Riverside, NY 12345</translation>
        </message>
        <message>
            <source>A &amp;business or group</source>
            <translation>Un &amp;negocio o grupo</translation>
        </message>
        <message>
            <source>A &amp;person</source>
            <translation>Una &amp;persona</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Persona de contacto</translation>
        </message>
        <message>
            <source>Donor's name</source>
            <translation>Nombre del donante</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Editar donante</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>No&amp;tas:</translation>
        </message>
        <message>
            <source>New donor</source>
            <translation>Nuevo donante</translation>
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
            <source>Postal address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>Quién:</translation>
        </message>
        <message>
            <source>the person at the business</source>
            <translation>la persona en el negocio</translation>
        </message>
        <message>
            <source>“{name}” ({gifts})</source>
            <translation>«{name}» ({gifts})</translation>
        </message>
        <message>
            <source>⚠ Already on file: {names}. Cancel and pick them in the list instead of adding them twice.</source>
            <translation>⚠ Ya registrado: {names}. Cancele y elíjalo en la lista en vez de agregarlo dos veces.</translation>
        </message>
    </context>
    <context>
        <name>DonorsModel</name>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>Donaciones</translation>
        </message>
        <message>
            <source>Last gift</source>
            <translation>Última donación</translation>
        </message>
        <message>
            <source>Money given</source>
            <translation>Dinero donado</translation>
        </message>
    </context>
    <context>
        <name>FiguresPage</name>
        <message>
            <source>2% test's cap</source>
            <translation>Tope de la prueba del 2%</translation>
        </message>
        <message>
            <source>Add year</source>
            <translation>Agregar año</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Figures for another year:</source>
            <translation>Cifras de otro año:</translation>
        </message>
        <message>
            <source>IRS Publication 1771: what a donor gets back is of insubstantial value (the receipt says only token items were given) when it is worth at most 2% of the gift and at most the year's cap, or when the gift is at least the year's minimum payment and the only items given back bear your name or logo and cost you at most the low-cost article figure. The IRS publishes new figures each autumn in a Revenue Procedure.</source>
            <translation>Publicación 1771 del IRS: lo que recibe un donante es de valor insignificante (el recibo dice que solo se entregaron artículos simbólicos) cuando vale como máximo el 2% de la donación y no más que el tope del año, o cuando la donación es al menos el pago mínimo del año y los únicos artículos entregados llevan su nombre o logotipo y le costaron como máximo la cifra de artículo de bajo costo. El IRS publica las cifras nuevas cada otoño en un Revenue Procedure.</translation>
        </message>
        <message>
            <source>Low-cost article</source>
            <translation>Artículo de bajo costo</translation>
        </message>
        <message>
            <source>Minimum payment</source>
            <translation>Pago mínimo</translation>
        </message>
        <message>
            <source>Tick once you have checked these amounts against the IRS's publication for the year.</source>
            <translation>Márquelo cuando haya comprobado estos montos con la publicación del IRS del año.</translation>
        </message>
        <message>
            <source>Type all three of {year}'s IRS figures, or none.</source>
            <translation>Escriba las tres cifras del IRS de {year}, o ninguna.</translation>
        </message>
        <message>
            <source>Where from</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Year to add</source>
            <translation>Año a agregar</translation>
        </message>
        <message>
            <source>added here: type the year's three amounts</source>
            <translation>agregado aquí: escriba los tres montos del año</translation>
        </message>
        <message>
            <source>set by an organizer</source>
            <translation>fijadas por un organizador</translation>
        </message>
        <message>
            <source>{year}'s figures, standing in: check {where} and set {next}'s</source>
            <translation>cifras de {year}, provisionales: consulte {where} y fije las de {next}</translation>
        </message>
        <message>
            <source>{year}: {figure}</source>
            <translation>{year}: {figure}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsModel</name>
        <message>
            <source>(summary)</source>
            <translation>(resumen)</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Dinero</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Issued by {who}</source>
            <translation>Emitido por {who}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>ANULADO</translation>
        </message>
        <message>
            <source>VOID — replaced by {number}</source>
            <translation>ANULADO — reemplazado por {number}</translation>
        </message>
        <message>
            <source>VOID — {reason}</source>
            <translation>ANULADO — {reason}</translation>
        </message>
        <message>
            <source>VOID: {reason} — by {who} on {when}</source>
            <translation>ANULADO: {reason} — por {who} el {when}</translation>
        </message>
        <message>
            <source>not printed yet</source>
            <translation>sin imprimir</translation>
        </message>
        <message>
            <source>printed ×{n}</source>
            <translation>impreso ×{n}</translation>
        </message>
        <message>
            <source>replaces {number}</source>
            <translation>reemplaza a {number}</translation>
        </message>
    </context>
    <context>
        <name>YearStatementsDialog</name>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n donación</numerusform>
                <numerusform>%n donaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year statements, {year}</source>
            <translation>
                <numerusform>%n estado anual, {year}</numerusform>
                <numerusform>%n estados anuales, {year}</numerusform>
            </translation>
        </message>
        <message>
            <source>Are “{one}” ({one_events}) and “{other}” ({other_events}) the same giver? Their gifts then go on one statement.</source>
            <translation>¿Son «{one}» ({one_events}) y «{other}» ({other_events}) el mismo donante? Entonces sus donaciones van en un solo estado.</translation>
        </message>
        <message>
            <source>Calendar &amp;year:</source>
            <translation>&amp;Año calendario:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Donors who gave in the year</source>
            <translation>Donantes que donaron en el año</translation>
        </message>
        <message>
            <source>Each statement lists every gift of the year, at every event, with what was given back. Donors are matched across events by name and email.</source>
            <translation>Cada estado enumera todas las donaciones del año, en todos los eventos, con lo que se entregó a cambio. Los donantes se relacionan entre eventos por nombre y correo.</translation>
        </message>
        <message>
            <source>No gifts were received in {year}.</source>
            <translation>No se recibieron donaciones en {year}.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody selected: Preview shows the statements of all %n donors who gave in {year} (Ctrl+click to choose).</source>
            <translation>
                <numerusform>Nadie elegido: Vista previa muestra el estado del único donante (%n) que donó en {year} (Ctrl+clic para elegir).</numerusform>
                <numerusform>Nadie elegido: Vista previa muestra los estados de los %n donantes que donaron en {year} (Ctrl+clic para elegir).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not the same donor</source>
            <translation>No es el mismo donante</translation>
        </message>
        <message>
            <source>Not the same donor…</source>
            <translation>No es el mismo…</translation>
        </message>
        <message>
            <source>Preview shows the selected donor's statement.</source>
            <translation>Vista previa muestra el estado del donante elegido.</translation>
        </message>
        <message>
            <source>Preview shows the {n} selected donors' statements. Two entries of one giver? Same donor… puts them on one statement.</source>
            <translation>Vista previa muestra los estados de los {n} donantes elegidos. ¿Dos entradas de un mismo donante? Mismo donante… las pone en un solo estado.</translation>
        </message>
        <message>
            <source>Preview the year statements</source>
            <translation>Vista previa de los estados anuales</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>Same donor</source>
            <translation>Mismo donante</translation>
        </message>
        <message>
            <source>Same donor…</source>
            <translation>Mismo donante…</translation>
        </message>
        <message>
            <source>Say that the selected entry is different people at different events</source>
            <translation>Indicar que la entrada elegida son personas distintas en eventos distintos</translation>
        </message>
        <message>
            <source>Say that the two selected donors are the same giver</source>
            <translation>Indicar que los dos donantes elegidos son el mismo</translation>
        </message>
        <message>
            <source>Writing the statements…</source>
            <translation>Preparando los estados…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Year statements</source>
            <translation>Estados anuales</translation>
        </message>
        <message>
            <source>{gifts}, {money}</source>
            <translation>{gifts}, {money}</translation>
        </message>
        <message>
            <source>{name} — {gifts} ({events})</source>
            <translation>{name} — {gifts} ({events})</translation>
        </message>
        <message>
            <source>“{name}” is matched across {events} by name and email. Are they different people? Each event's donor then gets a statement of its own.</source>
            <translation>«{name}» se relaciona entre {events} por nombre y correo. ¿Son personas distintas? Entonces el donante de cada evento recibe su propio estado.</translation>
        </message>
    </context>
</TS>
