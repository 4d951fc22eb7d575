<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="119"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="122"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="123"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="124"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="125"/>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="129"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="26"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="27"/>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="28"/>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="29"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="30"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="35"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="37"/>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="38"/>
        <source>Ten digits, NNNNNN-NNNN; the last is a check digit</source>
        <translation>Ten digits, NNNNNN-NNNN; the last is a check digit</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="40"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="41"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="42"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="43"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="50"/>
        <source>New actor</source>
        <translation>New actor</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../../ui/actors/panel.py" line="190"/>
        <location filename="../../ui/actors/panel.py" line="200"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="193"/>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="229"/>
        <source>Delete actor</source>
        <translation>Delete actor</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="230"/>
        <source>Delete %1 with its contacts, needs, interests and activities?</source>
        <translation>Delete %1 with its contacts, needs, interests and activities?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="269"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="269"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="269"/>
        <source>Land needs</source>
        <translation>Land needs</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="270"/>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="270"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="270"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="271"/>
        <source>Matching land</source>
        <translation>Matching land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="274"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="275"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="63"/>
        <source>Things to act on</source>
        <translation>Things to act on</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="87"/>
        <source>Reservation expired</source>
        <translation>Reservation expired</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="88"/>
        <source>Reservation ends soon</source>
        <translation>Reservation ends soon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="89"/>
        <source>Implementation period ends</source>
        <translation>Implementation period ends</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="90"/>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="97"/>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="100"/>
        <source>%1 things need attention, %2 of them overdue.</source>
        <translation>%1 things need attention, %2 of them overdue.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="89"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="90"/>
        <source>Nothing has been saved yet. Choose what to do with problems.</source>
        <translation>Nothing has been saved yet. Choose what to do with problems.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="93"/>
        <source>Stop: import nothing while there are problems</source>
        <translation>Stop: import nothing while there are problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="94"/>
        <source>Repair invalid geometries</source>
        <translation>Repair invalid geometries</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="95"/>
        <source>Skip features with problems</source>
        <translation>Skip features with problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="99"/>
        <source>Update existing rows</source>
        <translation>Update existing rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="100"/>
        <source>Keep existing rows (skip)</source>
        <translation>Keep existing rows (skip)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="107"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="107"/>
        <source>Designation / name</source>
        <translation>Designation / name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="107"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="112"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="115"/>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="116"/>
        <source>Existing designation:</source>
        <translation>Existing designation:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="129"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="139"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="150"/>
        <source>Checking the source</source>
        <translation>Checking the source</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="167"/>
        <source>Would import {0}, update {1} and skip {2}; {3} geometries repaired.</source>
        <translation>Would import {0}, update {1} and skip {2}; {3} geometries repaired.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="178"/>
        <source>Problems found: {0}. Nothing can be imported with these choices.</source>
        <translation>Problems found: {0}. Nothing can be imported with these choices.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="188"/>
        <source>Unexpected error: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="209"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="65"/>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="68"/>
        <source>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Now saved</source>
        <translation>Now saved</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="96"/>
        <source>Reload their version</source>
        <translation>Reload their version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="97"/>
        <source>Apply my values again</source>
        <translation>Apply my values again</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="98"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="106"/>
        <source>Delete anyway</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="108"/>
        <source>Your values are kept in the change log whatever you choose.</source>
        <translation>Your values are kept in the change log whatever you choose.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="110"/>
        <source>Connect to PostGIS server</source>
        <translation>Connect to PostGIS server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="121"/>
        <source>Create the project schema (an empty database)</source>
        <translation>Create the project schema (an empty database)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="124"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="125"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="126"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="127"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="128"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="129"/>
        <source>…or a URL</source>
        <translation>…or a URL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="163"/>
        <source>That is not a database URL.</source>
        <translation>That is not a database URL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="166"/>
        <source>Only PostgreSQL/PostGIS servers are supported.</source>
        <translation>Only PostgreSQL/PostGIS servers are supported.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="169"/>
        <source>Name the database.</source>
        <translation>Name the database.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="62"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="65"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="66"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="67"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="71"/>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
</context>
<context>
    <name>CrsPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="166"/>
        <source>Coordinates and text</source>
        <translation>Coordinates and text</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="170"/>
        <source>— choose the coordinate system —</source>
        <translation>— choose the coordinate system —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="179"/>
        <source>The first rows, decoded with the chosen encoding</source>
        <translation>The first rows, decoded with the chosen encoding</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="183"/>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="184"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="193"/>
        <source>Actors have no geometry; no coordinate system is needed.</source>
        <translation>Actors have no geometry; no coordinate system is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="195"/>
        <source>The file states its coordinate system: EPSG:{0}.</source>
        <translation>The file states its coordinate system: EPSG:{0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="204"/>
        <source>The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).</source>
        <translation>The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="211"/>
        <source>The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.</source>
        <translation>The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="108"/>
        <source>Compiled %1</source>
        <translation>Compiled %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="120"/>
        <source>Save dashboard as PDF</source>
        <translation>Save dashboard as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="120"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="137"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="149"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="150"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="151"/>
        <source>Recompute the figures from the database</source>
        <translation>Recompute the figures from the database</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="152"/>
        <source>The dashboard on one A4 page</source>
        <translation>The dashboard on one A4 page</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="136"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="138"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="139"/>
        <source>File or web address</source>
        <translation>File or web address</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="140"/>
        <source>A path such as /srv/avtal/loi.pdf or an https:// address</source>
        <translation>A path such as /srv/avtal/loi.pdf or an https:// address</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="144"/>
        <source>New document link</source>
        <translation>New document link</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="79"/>
        <location filename="../../ui/exporting/dialog.py" line="124"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="82"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="83"/>
        <source>Detailed plans</source>
        <translation>Detailed plans</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="84"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="85"/>
        <source>Reference layer</source>
        <translation>Reference layer</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="92"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="94"/>
        <source>The selection ({0} rows)</source>
        <translation>The selection ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="95"/>
        <source>Rows where</source>
        <translation>Rows where</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="101"/>
        <source>value, e.g. available</source>
        <translation>value, e.g. available</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="112"/>
        <source>Swedish column headers</source>
        <translation>Swedish column headers</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="113"/>
        <source>English field names</source>
        <translation>English field names</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="115"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="129"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="130"/>
        <source>Reference layer:</source>
        <translation>Reference layer:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="135"/>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="136"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="137"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="138"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="167"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="178"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="209"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="210"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="220"/>
        <source>Exported {0} rows to {1}.</source>
        <translation>Exported {0} rows to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="226"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="230"/>
        <source>Unexpected error: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="64"/>
        <source>Enter a whole number, e.g. 10.</source>
        <translation>Enter a whole number, e.g. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="66"/>
        <source>Enter a number, e.g. 250 or 12,5.</source>
        <translation>Enter a number, e.g. 250 or 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="109"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="130"/>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="198"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="199"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="200"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>GeometryPreview</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="25"/>
        <source>The first features of the source, in its own coordinates</source>
        <translation>The first features of the source, in its own coordinates</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="50"/>
        <source>No geometries</source>
        <translation>No geometries</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="91"/>
        <source>N ↑</source>
        <translation>N ↑</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <location filename="../../ui/printing/html_export.py" line="61"/>
        <location filename="../../ui/printing/html_export.py" line="76"/>
        <source>Export interactive HTML</source>
        <translation>Export interactive HTML</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="63"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="70"/>
        <source>Exporting the map</source>
        <translation>Exporting the map</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="313"/>
        <source>Import geodata</source>
        <translation>Import geodata</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../ui/actors/interests.py" line="140"/>
        <source>Register an interest in a parcel</source>
        <translation>Register an interest in a parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="141"/>
        <source>Selected interest</source>
        <translation>Selected interest</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="142"/>
        <source>Add interest</source>
        <translation>Add interest</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="143"/>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="144"/>
        <source>Reserve parcel</source>
        <translation>Reserve parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="145"/>
        <source>End reservation</source>
        <translation>End reservation</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="146"/>
        <source>Dialogue stage</source>
        <translation>Dialogue stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="147"/>
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="149"/>
        <source>Reserve the parcel for this actor until the date (status: reserved)</source>
        <translation>Reserve the parcel for this actor until the date (status: reserved)</translation>
    </message>
</context>
<context>
    <name>LayerPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="135"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="136"/>
        <source>The file holds several layers; choose the one to import.</source>
        <translation>The file holds several layers; choose the one to import.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../ui/actors/lists.py" line="129"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/actors/lists.py" line="130"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/actors/lists.py" line="131"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>LogoChooserWidget</name>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="42"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="43"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="74"/>
        <source>None (a placeholder is printed)</source>
        <translation>None (a placeholder is printed)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="102"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="104"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="119"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="143"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="148"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="193"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="194"/>
        <source>Plan boundaries</source>
        <translation>Plan boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="196"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="205"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="206"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="207"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="209"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="210"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="212"/>
        <source>&amp;Connect to PostGIS server…</source>
        <translation>&amp;Connect to PostGIS server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="214"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="215"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="217"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="218"/>
        <source>New &amp;parcel</source>
        <translation>New &amp;parcel</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="219"/>
        <source>New p&amp;lan</source>
        <translation>New p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="220"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="221"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="222"/>
        <source>&amp;Layers</source>
        <translation>&amp;Layers</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="223"/>
        <source>&amp;About KalixPlan</source>
        <translation>&amp;About KalixPlan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>The map could not be shown: %1</source>
        <translation>The map could not be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>KalixPlan</source>
        <translation>KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Something unexpected went wrong: %1

Nothing was saved by this action.</source>
        <translation>Something unexpected went wrong: %1

Nothing was saved by this action.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Find land</source>
        <translation>Find land</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Detailed plans</source>
        <translation>Detailed plans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</source>
        <translation>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</source>
        <translation>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>About KalixPlan</source>
        <translation>About KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../ui/map/widget.py" line="231"/>
        <source>The map page could not be loaded.</source>
        <translation>The map page could not be loaded.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="269"/>
        <source>Field mapping</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="271"/>
        <source>Columns were matched by name and common Swedish/English names; adjust them.</source>
        <translation>Columns were matched by name and common Swedish/English names; adjust them.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="274"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="274"/>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="278"/>
        <source>preset name</source>
        <translation>preset name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="279"/>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="282"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="333"/>
        <source>— matched by name —</source>
        <translation>— matched by name —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="351"/>
        <source>Type a name for the preset first.</source>
        <translation>Type a name for the preset first.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="358"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Preset &apos;{0}&apos; saved.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="370"/>
        <source>This source lacks columns of the preset: {0}</source>
        <translation>This source lacks columns of the preset: {0}</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="206"/>
        <source>Record a land need to match land.</source>
        <translation>Record a land need to match land.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="227"/>
        <location filename="../../ui/actors/match_panel.py" line="249"/>
        <source>Matching land</source>
        <translation>Matching land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="236"/>
        <source>%1 parcels ranked; %2 meet every known criterion.</source>
        <translation>%1 parcels ranked; %2 meet every known criterion.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="298"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="299"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="300"/>
        <source>Find land</source>
        <translation>Find land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="301"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="302"/>
        <source>Which actors does a parcel fit?</source>
        <translation>Which actors does a parcel fit?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="303"/>
        <source>Find actors</source>
        <translation>Find actors</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="81"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="81"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="84"/>
        <location filename="../../ui/actors/forms.py" line="106"/>
        <source>Land need</source>
        <translation>Land need</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="86"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="87"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="88"/>
        <source>Water (m³/day)</source>
        <translation>Water (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="89"/>
        <source>Needs rail access</source>
        <translation>Needs rail access</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="91"/>
        <source>Max distance to rail (m)</source>
        <translation>Max distance to rail (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="92"/>
        <source>Empty: 2000 m when rail access is needed</source>
        <translation>Empty: 2000 m when rail access is needed</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="93"/>
        <source>Needs port access</source>
        <translation>Needs port access</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="95"/>
        <source>Max distance to port (m)</source>
        <translation>Max distance to port (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="96"/>
        <source>Empty: 5000 m when port access is needed</source>
        <translation>Empty: 5000 m when port access is needed</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="97"/>
        <source>Timeframe</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="98"/>
        <source>When the land is needed, e.g. 2027 or Q3 2026</source>
        <translation>When the land is needed, e.g. 2027 or Q3 2026</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="99"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="103"/>
        <source>New land need</source>
        <translation>New land need</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="41"/>
        <location filename="../../ui/panels/project_dialogs.py" line="79"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="43"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="52"/>
        <source>Fill it with the Kalix example data</source>
        <translation>Fill it with the Kalix example data</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="56"/>
        <source>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</source>
        <translation>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="62"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="63"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="79"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="92"/>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="95"/>
        <source>That file exists already; choose another name.</source>
        <translation>That file exists already; choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="98"/>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ParcelFilterPanel</name>
    <message>
        <location filename="../../ui/panels/filter.py" line="166"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="181"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="184"/>
        <source>Limits (0 = any)</source>
        <translation>Limits (0 = any)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="186"/>
        <source>Area at least (ha)</source>
        <translation>Area at least (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="187"/>
        <source>Area at most (ha)</source>
        <translation>Area at most (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="188"/>
        <source>Price at most (SEK/m²)</source>
        <translation>Price at most (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="189"/>
        <source>Power at least (MW)</source>
        <translation>Power at least (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="190"/>
        <source>Railway within (m)</source>
        <translation>Railway within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="191"/>
        <source>Port within (m)</source>
        <translation>Port within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="193"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="198"/>
        <source>Show all parcels</source>
        <translation>Show all parcels</translation>
    </message>
</context>
<context>
    <name>ParcelForm</name>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="33"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="34"/>
        <source>Municipal company</source>
        <translation>Municipal company</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="35"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="36"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="41"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="42"/>
        <source>Status and planning</source>
        <translation>Status and planning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="43"/>
        <source>Utilities</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="44"/>
        <source>Transport (computed from reference layers)</source>
        <translation>Transport (computed from reference layers)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="45"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="46"/>
        <source>Contact and notes</source>
        <translation>Contact and notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="47"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="49"/>
        <source>Property designation</source>
        <translation>Property designation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="50"/>
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</source>
        <translation>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="51"/>
        <source>Area name</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="52"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="53"/>
        <source>Owner kind</source>
        <translation>Owner kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="54"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="55"/>
        <source>%1 ha (computed from the boundary)</source>
        <translation>%1 ha (computed from the boundary)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="57"/>
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="58"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="59"/>
        <source>Governing plan</source>
        <translation>Governing plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="61"/>
        <source>Max height (m)</source>
        <translation>Max height (m)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="62"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="63"/>
        <source>Price (SEK/m²)</source>
        <translation>Price (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="64"/>
        <source>Price includes</source>
        <translation>Price includes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="65"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="66"/>
        <source>Water and sewer</source>
        <translation>Water and sewer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="67"/>
        <source>Water capacity (m³/day)</source>
        <translation>Water capacity (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="68"/>
        <source>District heating</source>
        <translation>District heating</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="69"/>
        <source>Fibre</source>
        <translation>Fibre</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="70"/>
        <source>Gas or hydrogen</source>
        <translation>Gas or hydrogen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="71"/>
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="73"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="75"/>
        <source>Road (E4/E10)</source>
        <translation>Road (E4/E10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="77"/>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="79"/>
        <source>Flood risk</source>
        <translation>Flood risk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="80"/>
        <source>Contaminated land (MIFO class 1-4)</source>
        <translation>Contaminated land (MIFO class 1-4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="82"/>
        <source>Protected nature</source>
        <translation>Protected nature</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="83"/>
        <source>Shoreline protection</source>
        <translation>Shoreline protection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="84"/>
        <source>National interest</source>
        <translation>National interest</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="85"/>
        <source>Geotechnics</source>
        <translation>Geotechnics</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="86"/>
        <source>State of the land</source>
        <translation>State of the land</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="87"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="88"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="89"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="93"/>
        <source>New parcel</source>
        <translation>New parcel</translation>
    </message>
</context>
<context>
    <name>ParcelTableModel</name>
    <message>
        <location filename="../../ui/models/parcels.py" line="19"/>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="25"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="38"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="45"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="51"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="58"/>
        <source>Price (SEK/m²)</source>
        <translation>Price (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="65"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="72"/>
        <source>Rail (m)</source>
        <translation>Rail (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="79"/>
        <source>Port (m)</source>
        <translation>Port (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="86"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="92"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ParcelWorkspace</name>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="180"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="181"/>
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="214"/>
        <source>Delete %1 with the actors&apos; interests in them (%2)? Edit ▸ Undo restores the parcels with their interests.</source>
        <translation>Delete %1 with the actors&apos; interests in them (%2)? Edit ▸ Undo restores the parcels with their interests.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="218"/>
        <source>Delete %1? Edit ▸ Undo restores the parcels.</source>
        <translation>Delete %1? Edit ▸ Undo restores the parcels.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="221"/>
        <source>Delete parcels</source>
        <translation>Delete parcels</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="226"/>
        <source>Delete %1 parcels</source>
        <translation>Delete %1 parcels</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="20"/>
        <source>Detailed plan</source>
        <translation>Detailed plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="21"/>
        <source>Town plan (older form)</source>
        <translation>Town plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="22"/>
        <source>Building plan (older form)</source>
        <translation>Building plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="23"/>
        <source>Parcelling plan (older form)</source>
        <translation>Parcelling plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="28"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="29"/>
        <source>Process and decisions</source>
        <translation>Process and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="30"/>
        <source>Implementation period</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="31"/>
        <source>Archive and notes</source>
        <translation>Archive and notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="33"/>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="34"/>
        <source>kommunkod-P-number, e.g. 2514-P123</source>
        <translation>kommunkod-P-number, e.g. 2514-P123</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="36"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="37"/>
        <source>Plan type</source>
        <translation>Plan type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="39"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="40"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="41"/>
        <source>Decision body</source>
        <translation>Decision body</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="42"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="43"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="44"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="45"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="46"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="47"/>
        <source>Length (years)</source>
        <translation>Length (years)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="48"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="49"/>
        <source>Empty: the day the plan came into force</source>
        <translation>Empty: the day the plan came into force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="50"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="52"/>
        <source>Archive id</source>
        <translation>Archive id</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="53"/>
        <source>Previous plan</source>
        <translation>Previous plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="54"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="58"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="18"/>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="38"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="44"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="50"/>
        <source>Implementation ends</source>
        <translation>Implementation ends</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="112"/>
        <source>Delete plans</source>
        <translation>Delete plans</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="114"/>
        <source>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. Edit ▸ Undo restores the plans, their areas and the links.</source>
        <translation>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. Edit ▸ Undo restores the plans, their areas and the links.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="200"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="207"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="208"/>
        <source>WMS service</source>
        <translation>WMS service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="209"/>
        <source>XYZ tile service</source>
        <translation>XYZ tile service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="210"/>
        <source>No basemap</source>
        <translation>No basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="218"/>
        <source>WMS layer names, comma separated</source>
        <translation>WMS layer names, comma separated</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="225"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="226"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="227"/>
        <source>Service URL</source>
        <translation>Service URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="228"/>
        <source>WMS layers</source>
        <translation>WMS layers</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="229"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="230"/>
        <source>The language and the basemap change when you press OK.</source>
        <translation>The language and the basemap change when you press OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="273"/>
        <source>Enter the service&apos;s address, starting with https://.</source>
        <translation>Enter the service&apos;s address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="277"/>
        <source>An XYZ address needs {z}, {x} and {y} in it.</source>
        <translation>An XYZ address needs {z}, {x} and {y} in it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="281"/>
        <source>Name at least one WMS layer.</source>
        <translation>Name at least one WMS layer.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/printing/dialog.py" line="68"/>
        <location filename="../../ui/printing/dialog.py" line="299"/>
        <location filename="../../ui/printing/dialog.py" line="310"/>
        <location filename="../../ui/printing/dialog.py" line="317"/>
        <location filename="../../ui/printing/dialog.py" line="328"/>
        <source>Print map</source>
        <translation>Print map</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="84"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="85"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="88"/>
        <source>Fit to extent</source>
        <translation>Fit to extent</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="93"/>
        <source>Selected parcels</source>
        <translation>Selected parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="95"/>
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="96"/>
        <source>All parcels</source>
        <translation>All parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="103"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="104"/>
        <source>Plan boundaries</source>
        <translation>Plan boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="105"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="106"/>
        <source>Reference layers</source>
        <translation>Reference layers</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="114"/>
        <source>Basemap tiles (from the local cache)</source>
        <translation>Basemap tiles (from the local cache)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="115"/>
        <source>Overview map</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="117"/>
        <source>Table of the parcels shown</source>
        <translation>Table of the parcels shown</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="118"/>
        <source>Coordinate ticks</source>
        <translation>Coordinate ticks</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="130"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="131"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="132"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="133"/>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="134"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="135"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="136"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="137"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="138"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="143"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="147"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="148"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="149"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="196"/>
        <source>Type the scale as a number such as 10000 or 1:10 000.</source>
        <translation>Type the scale as a number such as 10000 or 1:10 000.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="253"/>
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="262"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="276"/>
        <source>Parcels shown: {n}. Scale {scale} on {paper}.</source>
        <translation>Parcels shown: {n}. Scale {scale} on {paper}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="301"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="307"/>
        <source>Printing to PDF</source>
        <translation>Printing to PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="309"/>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="317"/>
        <source>Wait for the preview, then print.</source>
        <translation>Wait for the preview, then print.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewWidget</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="128"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="129"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="132"/>
        <source>True size: a millimetre of the sheet is a millimetre on the screen</source>
        <translation>True size: a millimetre of the sheet is a millimetre on the screen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="135"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>Zoom out (Ctrl + mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="137"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>Zoom in (Ctrl + mouse wheel)</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="69"/>
        <source>The project could not be opened</source>
        <translation>The project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="77"/>
        <source>Opening the project…</source>
        <translation>Opening the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="82"/>
        <source>Preparing the Kalix example data…</source>
        <translation>Preparing the Kalix example data…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="96"/>
        <source>The last project could not be opened</source>
        <translation>The last project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="111"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="113"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="128"/>
        <location filename="../../ui/window_actions.py" line="143"/>
        <source>Creating the project…</source>
        <translation>Creating the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>No detailed plan in force here.</source>
        <translation>No detailed plan in force here.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="168"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="172"/>
        <source>max height %1 m</source>
        <translation>max height %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="175"/>
        <source>Land use: %1</source>
        <translation>Land use: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="178"/>
        <source>Implementation period ends %1</source>
        <translation>Implementation period ends %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="180"/>
        <source>Implementation period ended %1</source>
        <translation>Implementation period ended %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="185"/>
        <source>Replaces %1</source>
        <translation>Replaces %1</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../../ui/undo.py" line="91"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="102"/>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="117"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="263"/>
        <source>the interest of %1 in %2</source>
        <translation>the interest of %1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="267"/>
        <source>the reservation of %1 for %2</source>
        <translation>the reservation of %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="269"/>
        <source>the link of %1 to plan %2</source>
        <translation>the link of %1 to plan %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="272"/>
        <source>Undo brought back everything except %1, which someone else has deleted or changed in the meantime.</source>
        <translation>Undo brought back everything except %1, which someone else has deleted or changed in the meantime.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../ui/panels/register.py" line="165"/>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="167"/>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="177"/>
        <source>Quick search (Ctrl+F)</source>
        <translation>Quick search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="178"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="179"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="241"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="247"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="248"/>
        <source>Designation / name</source>
        <translation>Designation / name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="249"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="250"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="254"/>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="266"/>
        <source>Imported {0}, updated {1}, skipped {2} from {3}.</source>
        <translation>Imported {0}, updated {1}, skipped {2} from {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="273"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="274"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="275"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="285"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="186"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="207"/>
        <location filename="../../ui/forms/base.py" line="242"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Correct the marked fields and save again.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="230"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="284"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="285"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="286"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="64"/>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="65"/>
        <source>Choose the file and what to import from it.</source>
        <translation>Choose the file and what to import from it.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="68"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="75"/>
        <source>Parcels of industrial land</source>
        <translation>Parcels of industrial land</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="76"/>
        <source>Detailed plans (boundaries)</source>
        <translation>Detailed plans (boundaries)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="77"/>
        <source>Land-use areas of plans</source>
        <translation>Land-use areas of plans</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="78"/>
        <source>Reference layer (roads, railway, zones …)</source>
        <translation>Reference layer (roads, railway, zones …)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="79"/>
        <source>Actors (companies and organisations, no geometry)</source>
        <translation>Actors (companies and organisations, no geometry)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="89"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="90"/>
        <source>Import as:</source>
        <translation>Import as:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="91"/>
        <source>Layer name:</source>
        <translation>Layer name:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="92"/>
        <source>Layer represents:</source>
        <translation>Layer represents:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="97"/>
        <source>Import geodata</source>
        <translation>Import geodata</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../ui/window_tools.py" line="232"/>
        <source>&amp;Import geodata…</source>
        <translation>&amp;Import geodata…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="233"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="234"/>
        <source>&amp;Print map or prospectus…</source>
        <translation>&amp;Print map or prospectus…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="235"/>
        <source>Export interactive &amp;HTML map…</source>
        <translation>Export interactive &amp;HTML map…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="236"/>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alerts…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="237"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="238"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
