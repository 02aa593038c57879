<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>InventoryTab</name>
        <message numerus="yes">
            <source>%n items</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moves · {count} on hand</source>
            <translation>
                <numerusform>%n move · {count} on hand</numerusform>
                <numerusform>%n moves · {count} on hand</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{handed_out} handed out tonight to %n households</source>
            <translation>
                <numerusform>{handed_out} handed out tonight to %n household</numerusform>
                <numerusform>{handed_out} handed out tonight to %n households</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message numerus="yes">
            <source>{counted} of %n items counted · {differ} differ from the ledger</source>
            <translation>
                <numerusform>{counted} of %n item counted · {differ} differ from the ledger</numerusform>
                <numerusform>{counted} of %n items counted · {differ} differ from the ledger</numerusform>
            </translation>
        </message>
    </context>
</TS>
