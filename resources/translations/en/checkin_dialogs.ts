<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TicketPrintDialog</name>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>%n family</numerusform>
                <numerusform>%n families</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n labels</source>
            <translation>
                <numerusform>%n label</numerusform>
                <numerusform>%n labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tickets</source>
            <translation>
                <numerusform>%n ticket</numerusform>
                <numerusform>%n tickets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} and %n QR pictures written to {folder}.</source>
            <translation>
                <numerusform>{file} and %n QR picture written to {folder}.</numerusform>
                <numerusform>{file} and %n QR pictures written to {folder}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
