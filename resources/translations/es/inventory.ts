<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CountModel</name>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>On hand (ledger)</source>
            <translation>En existencia (registro)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>coincide</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>sin contar</translation>
        </message>
        <message>
            <source>{diff} (extra)</source>
            <translation>{diff} (de más)</translation>
        </message>
        <message>
            <source>{diff} (missing)</source>
            <translation>{diff} (faltan)</translation>
        </message>
    </context>
    <context>
        <name>HandOutPanel</name>
        <message>
            <source>({given} of {limit})</source>
            <translation>({given} de {limit})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Giveaways&lt;/b&gt;</source>
            <translation>&lt;b&gt;Obsequios&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Giveaways&lt;/b&gt; for the &lt;b&gt;{family}&lt;/b&gt; household</source>
            <translation>&lt;b&gt;Obsequios&lt;/b&gt; para el hogar &lt;b&gt;{family}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>After a check-in, hand out giveaways here with Alt+1…Alt+9.</source>
            <translation>Después de un registro, entregue obsequios aquí con Alt+1…Alt+9.</translation>
        </message>
        <message>
            <source>Allow anyway</source>
            <translation>Permitir de todos modos</translation>
        </message>
        <message>
            <source>Allow anyway (organizer)</source>
            <translation>Permitir igual (organizador)</translation>
        </message>
        <message>
            <source>Allow this hand-out past the limit or the stock</source>
            <translation>Permitir esta entrega por encima del límite o de las existencias</translation>
        </message>
        <message>
            <source>Check a family in first: giveaways are handed out to a checked-in household.</source>
            <translation>Primero registre a una familia: los obsequios se entregan a un hogar registrado.</translation>
        </message>
        <message>
            <source>Giveaways to hand out</source>
            <translation>Obsequios para entregar</translation>
        </message>
        <message>
            <source>Hand out to the {family} household: press Alt+1…Alt+{last} (or click). Limits per household are checked.</source>
            <translation>Entregar al hogar {family}: pulse Alt+1…Alt+{last} (o haga clic). Se revisan los límites por hogar.</translation>
        </message>
        <message>
            <source>Hand out {item}: {state}</source>
            <translation>Entregar {item}: {state}</translation>
        </message>
        <message>
            <source>Hand-out result</source>
            <translation>Resultado de la entrega</translation>
        </message>
        <message>
            <source>LIMIT REACHED ({given} of {limit})</source>
            <translation>LÍMITE ALCANZADO ({given} de {limit})</translation>
        </message>
        <message>
            <source>Nothing to undo here: no item was handed out since this check-in.</source>
            <translation>Nada que deshacer: no se entregó nada desde este registro.</translation>
        </message>
        <message>
            <source>OUT OF STOCK</source>
            <translation>AGOTADO</translation>
        </message>
        <message>
            <source>Only {left} left!</source>
            <translation>¡Solo quedan {left}!</translation>
        </message>
        <message>
            <source>Put back the last item handed out</source>
            <translation>Devolver el último artículo entregado</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Atajo: {keys}</translation>
        </message>
        <message>
            <source>Stock shows {count} (below zero): count the {item} when you can.</source>
            <translation>Las existencias marcan {count} (bajo cero): cuente {item} cuando pueda.</translation>
        </message>
        <message>
            <source>That was the last one: {item} is now OUT OF STOCK.</source>
            <translation>Era el último: {item} está AGOTADO.</translation>
        </message>
        <message>
            <source>Undo last  (Alt+0)</source>
            <translation>Deshacer  (Alt+0)</translation>
        </message>
        <message>
            <source>allowed by an organizer</source>
            <translation>permitido por un organizador</translation>
        </message>
        <message>
            <source>{given} given · {left} left</source>
            <translation>{given} entregados · quedan {left}</translation>
        </message>
        <message>
            <source>{given} of {limit} given · {left} left</source>
            <translation>{given} de {limit} entregados · quedan {left}</translation>
        </message>
        <message>
            <source>{left} left</source>
            <translation>quedan {left}</translation>
        </message>
        <message>
            <source>{left} left.</source>
            <translation>Quedan {left}.</translation>
        </message>
        <message>
            <source>↶ {item} put back in stock.</source>
            <translation>↶ {item} devuelto a las existencias.</translation>
        </message>
        <message>
            <source>✓ 1 {item} to the {family} household{limit}{extra}. {left}</source>
            <translation>✓ 1 {item} para el hogar {family}{limit}{extra}. {left}</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n artículo</numerusform>
                <numerusform>%n artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moves · {count} on hand</source>
            <translation>
                <numerusform>%n movimiento · {count} en existencia</numerusform>
                <numerusform>%n movimientos · {count} en existencia</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a giveaway item</source>
            <translation>Agregar un obsequio</translation>
        </message>
        <message>
            <source>Add a giveaway item first (New item…).</source>
            <translation>Primero agregue un obsequio (Nuevo artículo…).</translation>
        </message>
        <message>
            <source>Adjust stock with a reason</source>
            <translation>Ajustar existencias con un motivo</translation>
        </message>
        <message>
            <source>Adjust…</source>
            <translation>Ajustar…</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Hoja de conteo</translation>
        </message>
        <message>
            <source>Count sheet not made</source>
            <translation>No se hizo la hoja de conteo</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Editar artículo</translation>
        </message>
        <message>
            <source>Edit item…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected item</source>
            <translation>Editar el artículo elegido</translation>
        </message>
        <message>
            <source>Enter counted quantities</source>
            <translation>Anotar las cantidades contadas</translation>
        </message>
        <message>
            <source>Giveaway count sheet</source>
            <translation>Hoja de conteo de obsequios</translation>
        </message>
        <message>
            <source>Giveaway items</source>
            <translation>Obsequios</translation>
        </message>
        <message>
            <source>Giveaways</source>
            <translation>Obsequios</translation>
        </message>
        <message>
            <source>Hand out at a station</source>
            <translation>Entregar en una estación</translation>
        </message>
        <message>
            <source>Hand out at a station…</source>
            <translation>Entregar en estación…</translation>
        </message>
        <message>
            <source>LOW STOCK</source>
            <translation>POCAS EXISTENCIAS</translation>
        </message>
        <message>
            <source>Moves of the selected item</source>
            <translation>Movimientos del artículo elegido</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>Nuevo artículo…</translation>
        </message>
        <message>
            <source>Not put back</source>
            <translation>No se devolvió</translation>
        </message>
        <message>
            <source>Not refreshed: {problem}</source>
            <translation>No actualizado: {problem}</translation>
        </message>
        <message>
            <source>Print count sheet…</source>
            <translation>Hoja de conteo…</translation>
        </message>
        <message>
            <source>Print the end-of-night count sheet</source>
            <translation>Imprimir la hoja de conteo del final de la noche</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Devolver</translation>
        </message>
        <message>
            <source>Put back (undo a hand-out)</source>
            <translation>Devolver (deshacer una entrega)</translation>
        </message>
        <message>
            <source>Receive stock</source>
            <translation>Recibir existencias</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>Recibir…</translation>
        </message>
        <message>
            <source>Reconcile</source>
            <translation>Cuadrar el conteo</translation>
        </message>
        <message>
            <source>Reconcile count…</source>
            <translation>Cuadrar conteo…</translation>
        </message>
        <message>
            <source>Select a “handed out” move in the list of moves first.</source>
            <translation>Primero elija un movimiento «entregado» en la lista de movimientos.</translation>
        </message>
        <message>
            <source>Select an item in the list first.</source>
            <translation>Primero elija un artículo de la lista.</translation>
        </message>
        <message>
            <source>Select an item to see its moves (received, handed out, adjusted, counted).</source>
            <translation>Elija un artículo para ver sus movimientos (recibido, entregado, ajustado, contado).</translation>
        </message>
        <message>
            <source>Stock summary</source>
            <translation>Resumen de existencias</translation>
        </message>
        <message>
            <source>There are no giveaway items yet.</source>
            <translation>Todavía no hay obsequios.</translation>
        </message>
        <message>
            <source>Undo the selected hand-out</source>
            <translation>Deshacer la entrega elegida</translation>
        </message>
        <message>
            <source>no item is low</source>
            <translation>ningún artículo está bajo</translation>
        </message>
        <message numerus="yes">
            <source>{handed_out} handed out tonight to %n households</source>
            <translation>
                <numerusform>{handed_out} entregados esta noche a %n hogar</numerusform>
                <numerusform>{handed_out} entregados esta noche a %n hogares</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InventoryWords</name>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Below zero ({count}) — count it</source>
            <translation>Bajo cero ({count}) — cuéntelo</translation>
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
            <source>LOW — {count} left</source>
            <translation>BAJO — quedan {count}</translation>
        </message>
        <message>
            <source>Low-stock warning at {amount} or fewer</source>
            <translation>Aviso de pocas existencias con {amount} o menos</translation>
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
            <source>OK</source>
            <translation>Bien</translation>
        </message>
        <message>
            <source>OUT — none left</source>
            <translation>AGOTADO — no queda ninguno</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>adjusted</source>
            <translation>ajustado</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>contado</translation>
        </message>
        <message>
            <source>donation</source>
            <translation>donación</translation>
        </message>
        <message>
            <source>handed out</source>
            <translation>entregado</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <source>purchased</source>
            <translation>comprado</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibido</translation>
        </message>
        <message>
            <source>{month} {day} {time}</source>
            <translation>{day} {month} {time}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <source>&amp;Low-stock warning at:</source>
            <translation>Aviso de &amp;pocas existencias en:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>&amp;Orden:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Edit giveaway item</source>
            <translation>Editar obsequio</translation>
        </message>
        <message>
            <source>Item name</source>
            <translation>Nombre del artículo</translation>
        </message>
        <message>
            <source>Limit per &amp;household:</source>
            <translation>Límite por &amp;hogar:</translation>
        </message>
        <message>
            <source>Limit per household</source>
            <translation>Límite por hogar</translation>
        </message>
        <message>
            <source>Lower comes first: the first item is Alt+1 on the check-in desk</source>
            <translation>El menor va primero: el primer artículo es Alt+1 en la mesa de registro</translation>
        </message>
        <message>
            <source>New giveaway item</source>
            <translation>Nuevo obsequio</translation>
        </message>
        <message>
            <source>Offer it on the check-in desk's hand-out buttons</source>
            <translation>Ofrecerlo en los botones de entrega de la mesa de registro</translation>
        </message>
        <message>
            <source>Order on the hand-out buttons</source>
            <translation>Orden en los botones de entrega</translation>
        </message>
        <message>
            <source>Safety, School supplies, Food and drink…</source>
            <translation>Seguridad, Útiles escolares, Comida y bebida…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Warn when on hand is at or below</source>
            <translation>Avisar cuando las existencias lleguen a</translation>
        </message>
        <message>
            <source>e.g. Bike helmet (youth)</source>
            <translation>p. ej. Casco de bicicleta (juvenil)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <source>Adjusted / counted</source>
            <translation>Ajustado / contado</translation>
        </message>
        <message>
            <source>At check-in desk</source>
            <translation>En la mesa de registro</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Handed out tonight</source>
            <translation>Entregados esta noche</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Limit / household</source>
            <translation>Límite / hogar</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>En existencia</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibidos</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Existencias</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>MovesModel</name>
        <message>
            <source>(override)</source>
            <translation>(autorizado)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>On hand after</source>
            <translation>Existencia después</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>To / from</source>
            <translation>A / de</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>counted {count}</source>
            <translation>contado {count}</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>deshecho</translation>
        </message>
        <message>
            <source>{family} household</source>
            <translation>hogar {family}</translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Counted quantities</source>
            <translation>Cantidades contadas</translation>
        </message>
        <message>
            <source>Note about the count</source>
            <translation>Nota sobre el conteo</translation>
        </message>
        <message>
            <source>Reconcile the stock count</source>
            <translation>Cuadrar el conteo de existencias</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Registrar el conteo</translation>
        </message>
        <message>
            <source>Type at least one counted quantity.</source>
            <translation>Escriba al menos una cantidad contada.</translation>
        </message>
        <message>
            <source>Type what was counted on the shelf (from the count sheet). Items left blank are not changed. Differences are recorded as “counted” moves; nothing is overwritten.</source>
            <translation>Escriba lo que se contó en el estante (de la hoja de conteo). Los artículos en blanco no cambian. Las diferencias se registran como movimientos «contado»; no se sobrescribe nada.</translation>
        </message>
        <message>
            <source>e.g. end of night, counted by Tom and Aisha</source>
            <translation>p. ej. final de la noche, contado por Tom y Aisha</translation>
        </message>
        <message numerus="yes">
            <source>{counted} of %n items counted · {differ} differ from the ledger</source>
            <translation>
                <numerusform>{counted} de %n artículo contado · {differ} no coinciden con el registro</numerusform>
                <numerusform>{counted} de %n artículos contados · {differ} no coinciden con el registro</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockChangeDialog</name>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Cambio:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>&amp;How many:</source>
            <translation>&amp;Cuántos:</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>&amp;Artículo:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>&amp;Station:</source>
            <translation>&amp;Estación:</translation>
        </message>
        <message>
            <source>Adjust stock (damaged, lost, found)</source>
            <translation>Ajustar existencias (dañados, perdidos, encontrados)</translation>
        </message>
        <message>
            <source>Change (negative takes away)</source>
            <translation>Cambio (negativo resta)</translation>
        </message>
        <message>
            <source>Hand out at a station</source>
            <translation>Entregar en una estación</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Cuántos</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Receive stock</source>
            <translation>Recibir existencias</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>De dónde vino</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>optional, e.g. party store order</source>
            <translation>opcional, p. ej. pedido a la tienda de fiestas</translation>
        </message>
        <message>
            <source>required, e.g. 2 damaged</source>
            <translation>obligatorio, p. ej. 2 dañados</translation>
        </message>
        <message>
            <source>{item} — {count} on hand</source>
            <translation>{item} — {count} en existencia</translation>
        </message>
    </context>
</TS>
