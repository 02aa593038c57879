<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DonationPrinting</name>
        <message numerus="yes">
            <source>%n receipts</source>
            <translation>
                <numerusform>%n receipt</numerusform>
                <numerusform>%n receipts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thank-you letters</source>
            <translation>
                <numerusform>%n thank-you letter</numerusform>
                <numerusform>%n thank-you letters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonationsTab</name>
        <message numerus="yes">
            <source>%n donations</source>
            <translation>
                <numerusform>%n donation</numerusform>
                <numerusform>%n donations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n donors</source>
            <translation>
                <numerusform>%n donor</numerusform>
                <numerusform>%n donors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n gift</numerusform>
                <numerusform>%n gifts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gifts of goods</source>
            <translation>
                <numerusform>%n gift of goods</numerusform>
                <numerusform>%n gifts of goods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipts not printed yet</source>
            <translation>
                <numerusform>%n receipt not printed yet</numerusform>
                <numerusform>%n receipts not printed yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonorDialog</name>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n gift</numerusform>
                <numerusform>%n gifts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>YearStatementsDialog</name>
        <message numerus="yes">
            <source>%n gifts</source>
            <translation>
                <numerusform>%n gift</numerusform>
                <numerusform>%n gifts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year statements, {year}</source>
            <translation>
                <numerusform>%n year statement, {year}</numerusform>
                <numerusform>%n year statements, {year}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nobody selected: Preview shows the statements of all %n donors who gave in {year} (Ctrl+click to choose).</source>
            <translation>
                <numerusform>Nobody selected: Preview shows the statement of the one donor who gave in {year} (Ctrl+click to choose).</numerusform>
                <numerusform>Nobody selected: Preview shows the statements of all %n donors who gave in {year} (Ctrl+click to choose).</numerusform>
            </translation>
        </message>
    </context>
</TS>
