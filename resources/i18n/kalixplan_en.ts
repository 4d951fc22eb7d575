<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="65" />
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="68" />
        <source>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78" />
        <source>Now saved</source>
        <translation>Now saved</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="96" />
        <source>Reload their version</source>
        <translation>Reload their version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="97" />
        <source>Apply my values again</source>
        <translation>Apply my values again</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="98" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="106" />
        <source>Delete anyway</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="108" />
        <source>Your values are kept in the change log whatever you choose.</source>
        <translation>Your values are kept in the change log whatever you choose.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="110" />
        <source>Connect to PostGIS server</source>
        <translation>Connect to PostGIS server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="121" />
        <source>Create the project schema (an empty database)</source>
        <translation>Create the project schema (an empty database)</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="127" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="128" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="129" />
        <source>…or a URL</source>
        <translation>…or a URL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="163" />
        <source>That is not a database URL.</source>
        <translation>That is not a database URL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="166" />
        <source>Only PostgreSQL/PostGIS servers are supported.</source>
        <translation>Only PostgreSQL/PostGIS servers are supported.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="169" />
        <source>Name the database.</source>
        <translation>Name the database.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="64" />
        <source>Enter a whole number, e.g. 10.</source>
        <translation>Enter a whole number, e.g. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="66" />
        <source>Enter a number, e.g. 250 or 12,5.</source>
        <translation>Enter a number, e.g. 250 or 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="109" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="130" />
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="193" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="194" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="195" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="143" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="148" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="193" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="194" />
        <source>Plan boundaries</source>
        <translation>Plan boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195" />
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="196" />
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="204" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="205" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="206" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="207" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="208" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="209" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="210" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="212" />
        <source>&amp;Connect to PostGIS server…</source>
        <translation>&amp;Connect to PostGIS server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="214" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="215" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="217" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="218" />
        <source>New &amp;parcel</source>
        <translation>New &amp;parcel</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="219" />
        <source>New p&amp;lan</source>
        <translation>New p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="220" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="221" />
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="222" />
        <source>&amp;Layers</source>
        <translation>&amp;Layers</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="223" />
        <source>&amp;About KalixPlan</source>
        <translation>&amp;About KalixPlan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>The map could not be shown: %1</source>
        <translation>The map could not be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Something unexpected went wrong: %1

Nothing was saved by this action.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <location filename="../../ui/main_window.py" line="301" />
        <source>Parcel</source>
        <translation>Parcel</translation>
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
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Find land</source>
        <translation>Find land</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Detailed plans</source>
        <translation>Detailed plans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</source>
        <translation>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</source>
        <translation>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>About KalixPlan</source>
        <translation>About KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="41" />
        <location filename="../../ui/panels/project_dialogs.py" line="79" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="43" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="52" />
        <source>Fill it with the Kalix example data</source>
        <translation>Fill it with the Kalix example data</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="56" />
        <source>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</source>
        <translation>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="62" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="63" />
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="79" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="92" />
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="95" />
        <source>That file exists already; choose another name.</source>
        <translation>That file exists already; choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="98" />
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ParcelFilterPanel</name>
    <message>
        <location filename="../../ui/panels/filter.py" line="166" />
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="178" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="181" />
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="184" />
        <source>Limits (0 = any)</source>
        <translation>Limits (0 = any)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="186" />
        <source>Area at least (ha)</source>
        <translation>Area at least (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="187" />
        <source>Area at most (ha)</source>
        <translation>Area at most (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="188" />
        <source>Price at most (SEK/m²)</source>
        <translation>Price at most (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="189" />
        <source>Power at least (MW)</source>
        <translation>Power at least (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="190" />
        <source>Railway within (m)</source>
        <translation>Railway within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="191" />
        <source>Port within (m)</source>
        <translation>Port within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="193" />
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="198" />
        <source>Show all parcels</source>
        <translation>Show all parcels</translation>
    </message>
</context>
<context>
    <name>ParcelForm</name>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="33" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="34" />
        <source>Municipal company</source>
        <translation>Municipal company</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="35" />
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="36" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="41" />
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="42" />
        <source>Status and planning</source>
        <translation>Status and planning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="43" />
        <source>Utilities</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="44" />
        <source>Transport (computed from reference layers)</source>
        <translation>Transport (computed from reference layers)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="45" />
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="46" />
        <source>Contact and notes</source>
        <translation>Contact and notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="47" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="49" />
        <source>Property designation</source>
        <translation>Property designation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="50" />
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</source>
        <translation>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="51" />
        <source>Area name</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="52" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="53" />
        <source>Owner kind</source>
        <translation>Owner kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="54" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="55" />
        <source>%1 ha (computed from the boundary)</source>
        <translation>%1 ha (computed from the boundary)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="57" />
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="58" />
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="59" />
        <source>Governing plan</source>
        <translation>Governing plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="61" />
        <source>Max height (m)</source>
        <translation>Max height (m)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="62" />
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="63" />
        <source>Price (SEK/m²)</source>
        <translation>Price (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="64" />
        <source>Price includes</source>
        <translation>Price includes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="65" />
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="66" />
        <source>Water and sewer</source>
        <translation>Water and sewer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="67" />
        <source>Water capacity (m³/day)</source>
        <translation>Water capacity (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="68" />
        <source>District heating</source>
        <translation>District heating</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="69" />
        <source>Fibre</source>
        <translation>Fibre</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="70" />
        <source>Gas or hydrogen</source>
        <translation>Gas or hydrogen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="71" />
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="73" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="75" />
        <source>Road (E4/E10)</source>
        <translation>Road (E4/E10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="77" />
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="79" />
        <source>Flood risk</source>
        <translation>Flood risk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="80" />
        <source>Contaminated land (MIFO class 1-4)</source>
        <translation>Contaminated land (MIFO class 1-4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="82" />
        <source>Protected nature</source>
        <translation>Protected nature</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="83" />
        <source>Shoreline protection</source>
        <translation>Shoreline protection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="84" />
        <source>National interest</source>
        <translation>National interest</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="85" />
        <source>Geotechnics</source>
        <translation>Geotechnics</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="86" />
        <source>State of the land</source>
        <translation>State of the land</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="87" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="88" />
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="89" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="93" />
        <source>New parcel</source>
        <translation>New parcel</translation>
    </message>
</context>
<context>
    <name>ParcelTableModel</name>
    <message>
        <location filename="../../ui/models/parcels.py" line="19" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="25" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="38" />
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="45" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="51" />
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="58" />
        <source>Price (SEK/m²)</source>
        <translation>Price (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="65" />
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="72" />
        <source>Rail (m)</source>
        <translation>Rail (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="79" />
        <source>Port (m)</source>
        <translation>Port (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="86" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="92" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ParcelWorkspace</name>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="179" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="180" />
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="209" />
        <source>Delete parcels</source>
        <translation>Delete parcels</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="210" />
        <source>Delete %1? Actors' interests in them are deleted too. Edit ▸ Undo restores the parcels.</source>
        <translation>Delete %1? Actors' interests in them are deleted too. Edit ▸ Undo restores the parcels.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="215" />
        <source>Delete %1 parcels</source>
        <translation>Delete %1 parcels</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="20" />
        <source>Detailed plan</source>
        <translation>Detailed plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="21" />
        <source>Town plan (older form)</source>
        <translation>Town plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="22" />
        <source>Building plan (older form)</source>
        <translation>Building plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="23" />
        <source>Parcelling plan (older form)</source>
        <translation>Parcelling plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="28" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="29" />
        <source>Process and decisions</source>
        <translation>Process and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="30" />
        <source>Implementation period</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="31" />
        <source>Archive and notes</source>
        <translation>Archive and notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="33" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="34" />
        <source>kommunkod-P-number, e.g. 2514-P123</source>
        <translation>kommunkod-P-number, e.g. 2514-P123</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="36" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="37" />
        <source>Plan type</source>
        <translation>Plan type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="39" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="40" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="41" />
        <source>Decision body</source>
        <translation>Decision body</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="42" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="43" />
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="44" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="45" />
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="46" />
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="47" />
        <source>Length (years)</source>
        <translation>Length (years)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="48" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="49" />
        <source>Empty: the day the plan came into force</source>
        <translation>Empty: the day the plan came into force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="50" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="52" />
        <source>Archive id</source>
        <translation>Archive id</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="53" />
        <source>Previous plan</source>
        <translation>Previous plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="54" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="58" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="18" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="24" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="38" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="44" />
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="50" />
        <source>Implementation ends</source>
        <translation>Implementation ends</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="110" />
        <source>Delete plans</source>
        <translation>Delete plans</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="112" />
        <source>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. This cannot be undone.</source>
        <translation>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="167" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="174" />
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="175" />
        <source>WMS service</source>
        <translation>WMS service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="176" />
        <source>XYZ tile service</source>
        <translation>XYZ tile service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="177" />
        <source>No basemap</source>
        <translation>No basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="185" />
        <source>WMS layer names, comma separated</source>
        <translation>WMS layer names, comma separated</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="192" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="193" />
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="194" />
        <source>Service URL</source>
        <translation>Service URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="195" />
        <source>WMS layers</source>
        <translation>WMS layers</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="196" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="197" />
        <source>The language and the basemap change when you press OK.</source>
        <translation>The language and the basemap change when you press OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="240" />
        <source>Enter the service's address, starting with https://.</source>
        <translation>Enter the service's address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="244" />
        <source>An XYZ address needs {z}, {x} and {y} in it.</source>
        <translation>An XYZ address needs {z}, {x} and {y} in it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="248" />
        <source>Name at least one WMS layer.</source>
        <translation>Name at least one WMS layer.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="68" />
        <source>The project could not be opened</source>
        <translation>The project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76" />
        <source>Opening the project…</source>
        <translation>Opening the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81" />
        <source>Preparing the Kalix example data…</source>
        <translation>Preparing the Kalix example data…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95" />
        <source>The last project could not be opened</source>
        <translation>The last project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="112" />
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="127" />
        <location filename="../../ui/window_actions.py" line="142" />
        <source>Creating the project…</source>
        <translation>Creating the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="164" />
        <source>No detailed plan in force here.</source>
        <translation>No detailed plan in force here.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="167" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="171" />
        <source>max height %1 m</source>
        <translation>max height %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="174" />
        <source>Land use: %1</source>
        <translation>Land use: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="177" />
        <source>Implementation period ends %1</source>
        <translation>Implementation period ends %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="179" />
        <source>Implementation period ended %1</source>
        <translation>Implementation period ended %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="184" />
        <source>Replaces %1</source>
        <translation>Replaces %1</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../../ui/undo.py" line="124" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="135" />
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="151" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../ui/panels/register.py" line="165" />
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="167" />
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="177" />
        <source>Quick search (Ctrl+F)</source>
        <translation>Quick search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="178" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="179" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="186" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="207" />
        <location filename="../../ui/forms/base.py" line="242" />
        <source>Correct the marked fields and save again.</source>
        <translation>Correct the marked fields and save again.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="230" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="284" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="285" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="286" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
</TS>