<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>&amp;EIN:</source>
            <translation>&amp;EIN:</translation>
        </message>
        <message>
            <source>&amp;Footer line:</source>
            <translation>&amp;Pie de página:</translation>
        </message>
        <message>
            <source>&amp;Legal name:</source>
            <translation>&amp;Nombre legal:</translation>
        </message>
        <message>
            <source>&amp;Letter in English:</source>
            <translation>Carta en &amp;inglés:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;Signed by:</source>
            <translation>&amp;Firmado por:</translation>
        </message>
        <message>
            <source>501(c)(3) tax-exempt organization (with an EIN)</source>
            <translation>Organización exenta de impuestos 501(c)(3) (con un EIN)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Changing it later does not renumber receipts already issued.</source>
            <translation>Cambiarlo después no vuelve a numerar los recibos ya emitidos.</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>C&amp;orreo:</translation>
        </message>
        <message>
            <source>EIN</source>
            <translation>EIN</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Footer line on Spanish receipts</source>
            <translation>Pie de página de los recibos en español</translation>
        </message>
        <message>
            <source>Footer line on receipts</source>
            <translation>Pie de página de los recibos</translation>
        </message>
        <message>
            <source>Governmental unit (town or police department) — IRC 170(c)(1)</source>
            <translation>Unidad gubernamental (municipio o departamento de policía) — IRC 170(c)(1)</translation>
        </message>
        <message>
            <source>IRS figures</source>
            <translation>Cifras del IRS</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Letter in &amp;Spanish:</source>
            <translation>Carta en &amp;español:</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Placeholders filled in for each donor: {placeholders}. An event whose printouts are in Spanish (Event settings) prints the Spanish letter and footer.</source>
            <translation>Marcadores que se completan para cada donante: {placeholders}. Un evento cuyos impresos están en español (Configuración del evento) imprime la carta y el pie de página en español.</translation>
        </message>
        <message>
            <source>Receipt number &amp;prefix:</source>
            <translation>P&amp;refijo del número de recibo:</translation>
        </message>
        <message>
            <source>Receipt number prefix</source>
            <translation>Prefijo del número de recibo</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Receipts and letters: the issuing organization</source>
            <translation>Recibos y cartas: la organización que los emite</translation>
        </message>
        <message>
            <source>Receipts state that gifts go to a governmental unit (IRC 170(c)(1)) for exclusively public purposes; they make no 501(c)(3) claim.</source>
            <translation>Los recibos indican que las donaciones van a una unidad gubernamental (IRC 170(c)(1)) con fines exclusivamente públicos; no afirman la condición 501(c)(3).</translation>
        </message>
        <message>
            <source>Receipts state the 501(c)(3) status and EIN. Payments over $75 made partly for goods or services get the IRS quid pro quo disclosure.</source>
            <translation>Los recibos indican la condición 501(c)(3) y el EIN. Los pagos de más de $75 hechos en parte a cambio de bienes o servicios llevan la declaración «quid pro quo» del IRS.</translation>
        </message>
        <message>
            <source>Signer's &amp;title:</source>
            <translation>&amp;Cargo de quien firma:</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Nombre de quien firma</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Cargo de quien firma</translation>
        </message>
        <message>
            <source>Spanish receipts' f&amp;ooter:</source>
            <translation>P&amp;ie de los recibos en español:</translation>
        </message>
        <message>
            <source>Tax status:</source>
            <translation>Situación fiscal:</translation>
        </message>
        <message>
            <source>Thank-you letter</source>
            <translation>Carta de agradecimiento</translation>
        </message>
        <message>
            <source>Thank-you letter text</source>
            <translation>Texto de la carta de agradecimiento</translation>
        </message>
        <message>
            <source>Thank-you letter text in Spanish</source>
            <translation>Texto de la carta de agradecimiento en español</translation>
        </message>
        <message>
            <source>Who issues the receipts</source>
            <translation>Quién emite los recibos</translation>
        </message>
        <message>
            <source>e.g. Community Policing Unit</source>
            <translation>p. ej. Unidad de Policía Comunitaria</translation>
        </message>
        <message>
            <source>e.g. Lt. Dana Reyes</source>
            <translation>p. ej. Tte. Dana Reyes</translation>
        </message>
        <message>
            <source>e.g. Town of Riverside Police Department</source>
            <translation>p. ej. Departamento de Policía de Riverside</translation>
        </message>
        <message>
            <source>{prefix} (default)</source>
            <translation>{prefix} (predeterminado)</translation>
        </message>
    </context>
</TS>
