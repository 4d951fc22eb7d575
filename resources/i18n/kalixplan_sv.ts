<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="65" />
        <source>Saved by someone else</source>
        <translation>Sparad av någon annan</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="68" />
        <source>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation>%1 ändrades av någon annan efter att du öppnade den. Inget av dina ändringar har sparats ännu. Jämför värdena och välj.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Now saved</source>
        <translation>Sparat nu</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="96" />
        <source>Reload their version</source>
        <translation>Läs in deras version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="97" />
        <source>Apply my values again</source>
        <translation>Spara mina värden ändå</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="98" />
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="106" />
        <source>Delete anyway</source>
        <translation>Ta bort ändå</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="108" />
        <source>Your values are kept in the change log whatever you choose.</source>
        <translation>Dina värden finns kvar i ändringsloggen vad du än väljer.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="110" />
        <source>Connect to PostGIS server</source>
        <translation>Anslut till PostGIS-server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="121" />
        <source>Create the project schema (an empty database)</source>
        <translation>Skapa projektets tabeller (en tom databas)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="124" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="125" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="126" />
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="127" />
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="128" />
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="129" />
        <source>…or a URL</source>
        <translation>…eller en URL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="163" />
        <source>That is not a database URL.</source>
        <translation>Det är ingen databas-URL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="166" />
        <source>Only PostgreSQL/PostGIS servers are supported.</source>
        <translation>Bara PostgreSQL/PostGIS-servrar stöds.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="169" />
        <source>Name the database.</source>
        <translation>Ange databasens namn.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="64" />
        <source>Enter a whole number, e.g. 10.</source>
        <translation>Skriv ett heltal, t.ex. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="66" />
        <source>Enter a number, e.g. 250 or 12,5.</source>
        <translation>Skriv ett tal, t.ex. 250 eller 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="109" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="130" />
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="193" />
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="194" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="195" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="143" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="148" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="193" />
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="194" />
        <source>Plan boundaries</source>
        <translation>Plangränser</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195" />
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="196" />
        <source>Basemap</source>
        <translation>Bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="204" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="205" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="206" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="207" />
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="208" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="209" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="210" />
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="212" />
        <source>&amp;Connect to PostGIS server…</source>
        <translation>&amp;Anslut till PostGIS-server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="214" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="215" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="217" />
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="218" />
        <source>New &amp;parcel</source>
        <translation>Ny &amp;fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="219" />
        <source>New p&amp;lan</source>
        <translation>Ny p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="220" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="221" />
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="222" />
        <source>&amp;Layers</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="223" />
        <source>&amp;About KalixPlan</source>
        <translation>&amp;Om KalixPlan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>The map could not be shown: %1</source>
        <translation>Kartan kunde inte visas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>KalixPlan</source>
        <translation>KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Something unexpected went wrong: %1

Nothing was saved by this action.</source>
        <translation>Något oväntat gick fel: %1

Inget sparades av den här åtgärden.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <location filename="../../ui/main_window.py" line="301" />
        <source>Parcel</source>
        <translation>Fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <location filename="../../ui/main_window.py" line="299" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>No project open</source>
        <translation>Inget projekt öppet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 fastigheter, %2 ha visas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Find land</source>
        <translation>Hitta mark</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Detailed plans</source>
        <translation>Detaljplaner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</source>
        <translation>Klicka på en fastighet eller en plan i kartan, eller välj en rad i en tabell, så visas uppgifterna här.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</source>
        <translation>projektet innehåller påhittade demonstrationsdata för Kalix. Skapa eller öppna ett riktigt projekt i menyn Arkiv.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>About KalixPlan</source>
        <translation>Om KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detaljplaner, industrimark och aktörer i den gröna omställningen för svenska kommuner.&lt;/p&gt;&lt;p&gt;Kartdata © OpenStreetMaps bidragsgivare. Exempeldata är påhittade.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>Save your changes to %1?</source>
        <translation>Spara dina ändringar i %1?</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="41" />
        <location filename="../../ui/panels/project_dialogs.py" line="79" />
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="43" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="52" />
        <source>Fill it with the Kalix example data</source>
        <translation>Fyll det med exempeldata för Kalix</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="56" />
        <source>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</source>
        <translation>Koordinatsystemet går inte att ändra senare. SWEREF 99 TM är det nationella valet; en lokal zon (t.ex. SWEREF 99 23 15 för Kalix) ger sanna avstånd.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="62" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="63" />
        <source>Coordinate system</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="79" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="92" />
        <source>Choose a file name.</source>
        <translation>Välj ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="95" />
        <source>That file exists already; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="98" />
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
</context>
<context>
    <name>ParcelFilterPanel</name>
    <message>
        <location filename="../../ui/panels/filter.py" line="166" />
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 fastigheter, %2 ha visas</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="178" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="181" />
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="184" />
        <source>Limits (0 = any)</source>
        <translation>Gränser (0 = alla)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="186" />
        <source>Area at least (ha)</source>
        <translation>Areal minst (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="187" />
        <source>Area at most (ha)</source>
        <translation>Areal högst (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="188" />
        <source>Price at most (SEK/m²)</source>
        <translation>Pris högst (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="189" />
        <source>Power at least (MW)</source>
        <translation>Effekt minst (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="190" />
        <source>Railway within (m)</source>
        <translation>Järnväg inom (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="191" />
        <source>Port within (m)</source>
        <translation>Hamn inom (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="193" />
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="198" />
        <source>Show all parcels</source>
        <translation>Visa alla fastigheter</translation>
    </message>
</context>
<context>
    <name>ParcelForm</name>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="33" />
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="34" />
        <source>Municipal company</source>
        <translation>Kommunalt bolag</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="35" />
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="36" />
        <source>State</source>
        <translation>Staten</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="41" />
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="42" />
        <source>Status and planning</source>
        <translation>Status och planläge</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="43" />
        <source>Utilities</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="44" />
        <source>Transport (computed from reference layers)</source>
        <translation>Transporter (beräknat från referenslager)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="45" />
        <source>Constraints</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="46" />
        <source>Contact and notes</source>
        <translation>Kontakt och anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="47" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="49" />
        <source>Property designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="50" />
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</source>
        <translation>Registerområde och block:enhet, t.ex. Kalix Näsbyn 1:23</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="51" />
        <source>Area name</source>
        <translation>Områdesnamn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="52" />
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="53" />
        <source>Owner kind</source>
        <translation>Ägartyp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="54" />
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="55" />
        <source>%1 ha (computed from the boundary)</source>
        <translation>%1 ha (beräknat från gränsen)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="57" />
        <source>Reserved until</source>
        <translation>Reserverad till</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="58" />
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="59" />
        <source>Governing plan</source>
        <translation>Gällande plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="61" />
        <source>Max height (m)</source>
        <translation>Högsta höjd (m)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="62" />
        <source>Utilisation</source>
        <translation>Exploateringsgrad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="63" />
        <source>Price (SEK/m²)</source>
        <translation>Pris (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="64" />
        <source>Price includes</source>
        <translation>I priset ingår</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="65" />
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="66" />
        <source>Water and sewer</source>
        <translation>Vatten och avlopp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="67" />
        <source>Water capacity (m³/day)</source>
        <translation>Vattenkapacitet (m³/dygn)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="68" />
        <source>District heating</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="69" />
        <source>Fibre</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="70" />
        <source>Gas or hydrogen</source>
        <translation>Gas eller vätgas</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="71" />
        <source>Railway</source>
        <translation>Järnväg</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="73" />
        <source>Port</source>
        <translation>Hamn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="75" />
        <source>Road (E4/E10)</source>
        <translation>Väg (E4/E10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="77" />
        <source>Substation</source>
        <translation>Transformatorstation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="79" />
        <source>Flood risk</source>
        <translation>Översvämningsrisk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="80" />
        <source>Contaminated land (MIFO class 1-4)</source>
        <translation>Förorenad mark (MIFO-klass 1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="82" />
        <source>Protected nature</source>
        <translation>Skyddad natur</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="83" />
        <source>Shoreline protection</source>
        <translation>Strandskydd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="84" />
        <source>National interest</source>
        <translation>Riksintresse</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="85" />
        <source>Geotechnics</source>
        <translation>Geoteknik</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="86" />
        <source>State of the land</source>
        <translation>Markens skick</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="87" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="88" />
        <source>Contact e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="89" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="93" />
        <source>New parcel</source>
        <translation>Ny fastighet</translation>
    </message>
</context>
<context>
    <name>ParcelTableModel</name>
    <message>
        <location filename="../../ui/models/parcels.py" line="19" />
        <source>Designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="25" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="38" />
        <source>Land use</source>
        <translation>Användning</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="45" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="51" />
        <source>Area (ha)</source>
        <translation>Areal (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="58" />
        <source>Price (SEK/m²)</source>
        <translation>Pris (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="65" />
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="72" />
        <source>Rail (m)</source>
        <translation>Järnväg (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="79" />
        <source>Port (m)</source>
        <translation>Hamn (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="86" />
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="92" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ParcelWorkspace</name>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="179" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="180" />
        <source>Save your changes to %1?</source>
        <translation>Spara dina ändringar i %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="209" />
        <source>Delete parcels</source>
        <translation>Ta bort fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="210" />
        <source>Delete %1? Actors' interests in them are deleted too. Edit ▸ Undo restores the parcels.</source>
        <translation>Ta bort %1? Aktörers intressen i dem tas också bort. Redigera ▸ Ångra återställer fastigheterna.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="215" />
        <source>Delete %1 parcels</source>
        <translation>Ta bort %1 fastigheter</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="20" />
        <source>Detailed plan</source>
        <translation>Detaljplan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="21" />
        <source>Town plan (older form)</source>
        <translation>Stadsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="22" />
        <source>Building plan (older form)</source>
        <translation>Byggnadsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="23" />
        <source>Parcelling plan (older form)</source>
        <translation>Avstyckningsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="28" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="29" />
        <source>Process and decisions</source>
        <translation>Process och beslut</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="30" />
        <source>Implementation period</source>
        <translation>Genomförandetid</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="31" />
        <source>Archive and notes</source>
        <translation>Arkiv och anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="33" />
        <source>Designation</source>
        <translation>Planbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="34" />
        <source>kommunkod-P-number, e.g. 2514-P123</source>
        <translation>kommunkod-P-nummer, t.ex. 2514-P123</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="35" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="36" />
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="37" />
        <source>Plan type</source>
        <translation>Plantyp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="39" />
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="40" />
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="41" />
        <source>Decision body</source>
        <translation>Beslutande organ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="42" />
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="43" />
        <source>Consultation</source>
        <translation>Samråd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="44" />
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="45" />
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="46" />
        <source>In force</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="47" />
        <source>Length (years)</source>
        <translation>Längd (år)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="48" />
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="49" />
        <source>Empty: the day the plan came into force</source>
        <translation>Tomt: dagen planen vann laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="50" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="52" />
        <source>Archive id</source>
        <translation>Arkivbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="53" />
        <source>Previous plan</source>
        <translation>Tidigare plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="54" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="58" />
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="18" />
        <source>Designation</source>
        <translation>Planbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="24" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="38" />
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="44" />
        <source>In force</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="50" />
        <source>Implementation ends</source>
        <translation>Genomförandetid slutar</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="110" />
        <source>Delete plans</source>
        <translation>Ta bort planer</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="112" />
        <source>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. This cannot be undone.</source>
        <translation>Ta bort %1 med dess användningsområden? Fastigheterna behåller sina uppgifter men förlorar kopplingen till planen. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="167" />
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="174" />
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="175" />
        <source>WMS service</source>
        <translation>WMS-tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="176" />
        <source>XYZ tile service</source>
        <translation>XYZ-kakeltjänst</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="177" />
        <source>No basemap</source>
        <translation>Ingen bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="185" />
        <source>WMS layer names, comma separated</source>
        <translation>WMS-lagernamn, kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="192" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="193" />
        <source>Basemap</source>
        <translation>Bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="194" />
        <source>Service URL</source>
        <translation>Tjänstens adress</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="195" />
        <source>WMS layers</source>
        <translation>WMS-lager</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="196" />
        <source>Attribution</source>
        <translation>Upphovsangivelse</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="197" />
        <source>The language and the basemap change when you press OK.</source>
        <translation>Språk och bakgrundskarta ändras när du trycker OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="240" />
        <source>Enter the service's address, starting with https://.</source>
        <translation>Ange tjänstens adress, som börjar med https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="244" />
        <source>An XYZ address needs {z}, {x} and {y} in it.</source>
        <translation>En XYZ-adress måste innehålla {z}, {x} och {y}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="248" />
        <source>Name at least one WMS layer.</source>
        <translation>Ange minst ett WMS-lager.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="68" />
        <source>The project could not be opened</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76" />
        <source>Opening the project…</source>
        <translation>Öppnar projektet…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81" />
        <source>Preparing the Kalix example data…</source>
        <translation>Förbereder exempeldata för Kalix…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95" />
        <source>The last project could not be opened</source>
        <translation>Det senaste projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110" />
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="112" />
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="127" />
        <location filename="../../ui/window_actions.py" line="142" />
        <source>Creating the project…</source>
        <translation>Skapar projektet…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="164" />
        <source>No detailed plan in force here.</source>
        <translation>Ingen detaljplan gäller här.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="167" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="171" />
        <source>max height %1 m</source>
        <translation>högsta höjd %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="174" />
        <source>Land use: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="177" />
        <source>Implementation period ends %1</source>
        <translation>Genomförandetiden slutar %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="179" />
        <source>Implementation period ended %1</source>
        <translation>Genomförandetiden slutade %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="184" />
        <source>Replaces %1</source>
        <translation>Ersätter %1</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../../ui/undo.py" line="124" />
        <source>Edit %1</source>
        <translation>ändring av %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="135" />
        <source>Create %1</source>
        <translation>ny %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="151" />
        <source>Delete %1</source>
        <translation>borttagning av %1</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../ui/panels/register.py" line="165" />
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="167" />
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="177" />
        <source>Quick search (Ctrl+F)</source>
        <translation>Snabbsök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="178" />
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="179" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="186" />
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="207" />
        <location filename="../../ui/forms/base.py" line="242" />
        <source>Correct the marked fields and save again.</source>
        <translation>Rätta de markerade fälten och spara igen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="230" />
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="284" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="285" />
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="286" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
</TS>