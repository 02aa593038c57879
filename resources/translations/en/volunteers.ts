<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssignDialog</name>
        <message numerus="yes">
            <source>needs %n more</source>
            <translation>
                <numerusform>needs %n more</numerusform>
                <numerusform>needs %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BadgePrintDialog</name>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n badge</numerusform>
                <numerusform>%n badges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badges counted as printed{note}.</source>
            <translation>
                <numerusform>%n badge counted as printed{note}.</numerusform>
                <numerusform>%n badges counted as printed{note}.</numerusform>
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
            <source>%n sheets</source>
            <translation>
                <numerusform>%n sheet</numerusform>
                <numerusform>%n sheets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>%n booked but not here</source>
            <translation>
                <numerusform>%n booked but not here</numerusform>
                <numerusform>%n booked but not here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shifts with gaps</source>
            <translation>
                <numerusform>%n shift with gaps</numerusform>
                <numerusform>%n shifts with gaps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n short of {needed} needed</source>
            <translation>
                <numerusform>%n short of {needed} needed</numerusform>
                <numerusform>%n short of {needed} needed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message numerus="yes">
            <source>&lt;b style='color:#a00000'&gt;⚠ {gaps} of the %n shifts still to come or running have gaps&lt;/b&gt; (rows in red say what is missing).</source>
            <translation>
                <numerusform>&lt;b style='color:#a00000'&gt;⚠ {gaps} of the %n shift still to come or running has gaps&lt;/b&gt; (rows in red say what is missing).</numerusform>
                <numerusform>&lt;b style='color:#a00000'&gt;⚠ {gaps} of the %n shifts still to come or running have gaps&lt;/b&gt; (rows in red say what is missing).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ The %n shifts still to come or running are covered.</source>
            <translation>
                <numerusform>✓ The %n shift still to come or running is covered.</numerusform>
                <numerusform>✓ The %n shifts still to come or running are covered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message numerus="yes">
            <source>&lt;b style='color:#8a5a00'&gt;⚠ %n entries left open need review&lt;/b&gt; (Clock times… on the roster).</source>
            <translation>
                <numerusform>&lt;b style='color:#8a5a00'&gt;⚠ %n entry left open needs review&lt;/b&gt; (Clock times… on the roster).</numerusform>
                <numerusform>&lt;b style='color:#8a5a00'&gt;⚠ %n entries left open need review&lt;/b&gt; (Clock times… on the roster).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{hours}&lt;/b&gt; verified hours from %n volunteers; {on_site} on site now.</source>
            <translation>
                <numerusform>&lt;b&gt;{hours}&lt;/b&gt; verified hours from %n volunteer; {on_site} on site now.</numerusform>
                <numerusform>&lt;b&gt;{hours}&lt;/b&gt; verified hours from %n volunteers; {on_site} on site now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VolunteerHoursModel</name>
        <message numerus="yes">
            <source>%n left open: review</source>
            <translation>
                <numerusform>%n left open: review</numerusform>
                <numerusform>%n left open: review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VolunteersTab</name>
        <message numerus="yes">
            <source>“{text}” is not a badge code — %n volunteers match, listed below; select one and press Clock in / out.</source>
            <translation>
                <numerusform>“{text}” is not a badge code — %n volunteer matches, listed below; select one and press Clock in / out.</numerusform>
                <numerusform>“{text}” is not a badge code — %n volunteers match, listed below; select one and press Clock in / out.</numerusform>
            </translation>
        </message>
    </context>
</TS>
