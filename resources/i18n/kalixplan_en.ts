<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="152"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="156"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="158"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="159"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="160"/>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="164"/>
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
        <location filename="../../ui/actors/forms.py" line="39"/>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="42"/>
        <source>Ten digits, NNNNNN-NNNN; the last is a check digit</source>
        <translation>Ten digits, NNNNNN-NNNN; the last is a check digit</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="45"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="47"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="49"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="50"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="57"/>
        <source>New actor</source>
        <translation>New actor</translation>
    </message>
</context>
<context>
    <name>ActorListActions</name>
    <message>
        <location filename="../../ui/actors/list_actions.py" line="193"/>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../ui/actors/list_actions.py" line="194"/>
        <source>Only web addresses, e-mail addresses and files that exist can be opened.</source>
        <translation>Only web addresses, e-mail addresses and files that exist can be opened.</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../../ui/actors/panel.py" line="210"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="205"/>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="237"/>
        <source>Delete actor</source>
        <translation>Delete actor</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="238"/>
        <source>Delete %1 with its contacts, needs, interests and activities?</source>
        <translation>Delete %1 with its contacts, needs, interests and activities?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="294"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="295"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="296"/>
        <source>Land needs</source>
        <translation>Land needs</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="297"/>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="298"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="299"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="300"/>
        <source>Matching land</source>
        <translation>Matching land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="304"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="305"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="43"/>
        <location filename="../../ui/actors/models.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="49"/>
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="55"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="61"/>
        <source>Furthest stage</source>
        <translation>Furthest stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="67"/>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="86"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="92"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="98"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="106"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="114"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="121"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="128"/>
        <source>Water (m³/day)</source>
        <translation>Water (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="135"/>
        <source>Rail</source>
        <translation>Rail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="141"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="147"/>
        <source>Timeframe</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="153"/>
        <location filename="../../ui/actors/models.py" line="196"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="162"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="163"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="164"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="165"/>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="166"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="184"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="190"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="203"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="209"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="216"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="231"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="232"/>
        <source>ends soon</source>
        <translation>ends soon</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="239"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="245"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="255"/>
        <source>Stage since</source>
        <translation>Stage since</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="261"/>
        <source>Parcel status</source>
        <translation>Parcel status</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="267"/>
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="280"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="286"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="47"/>
        <source>Add a plan document</source>
        <translation>Add a plan document</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="59"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="60"/>
        <source>Web address or file</source>
        <translation>Web address or file</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="61"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="62"/>
        <source>Type of study</source>
        <translation>Type of study</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="65"/>
        <source>The national platform takes documents at a web address; a local file stays in KalixPlan only.</source>
        <translation>The national platform takes documents at a web address; a local file stays in KalixPlan only.</translation>
    </message>
</context>
<context>
    <name>AddPeriodDialog</name>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="44"/>
        <source>Extend or renew the implementation period</source>
        <translation>Extend or renew the implementation period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="55"/>
        <source>yyyy-mm-dd (when known)</source>
        <translation>yyyy-mm-dd (when known)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="58"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="59"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="60"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="61"/>
        <source>Laga kraft</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="62"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="65"/>
        <source>PBL 4 kap. 24 §: before the period has run out it is extended, after it has run out renewed from the day the decision gains legal force; at most five years at a time.</source>
        <translation>PBL 4 kap. 24 §: before the period has run out it is extended, after it has run out renewed from the day the decision gains legal force; at most five years at a time.</translation>
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
        <location filename="../../ui/importing/wizard.py" line="94"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="95"/>
        <location filename="../../ui/importing/wizard.py" line="161"/>
        <source>Nothing has been saved yet. Choose what to do with problems.</source>
        <translation>Nothing has been saved yet. Choose what to do with problems.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="98"/>
        <source>Stop: import nothing while there are problems</source>
        <translation>Stop: import nothing while there are problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="99"/>
        <source>Repair invalid geometries</source>
        <translation>Repair invalid geometries</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="100"/>
        <source>Skip features with problems</source>
        <translation>Skip features with problems</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="104"/>
        <source>Update existing rows</source>
        <translation>Update existing rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="105"/>
        <source>Keep existing rows (skip)</source>
        <translation>Keep existing rows (skip)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="108"/>
        <source>Choose if the layer exists already</source>
        <translation>Choose if the layer exists already</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="109"/>
        <source>Replace the existing layer&apos;s features</source>
        <translation>Replace the existing layer&apos;s features</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="110"/>
        <source>Add to the existing layer&apos;s features</source>
        <translation>Add to the existing layer&apos;s features</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111"/>
        <source>Keep the existing layer (import nothing)</source>
        <translation>Keep the existing layer (import nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Designation / name</source>
        <translation>Designation / name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="124"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="132"/>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="133"/>
        <source>Existing designation:</source>
        <translation>Existing designation:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>Existing layer:</source>
        <translation>Existing layer:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="149"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="157"/>
        <source>Nothing has been saved yet. NS Detaljplan 4.1: plans keep their identity; a plan edited in this project since the file was written is kept as it is.</source>
        <translation>Nothing has been saved yet. NS Detaljplan 4.1: plans keep their identity; a plan edited in this project since the file was written is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="173"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="184"/>
        <source>Checking the source</source>
        <translation>Checking the source</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="207"/>
        <source>Would import {0}, update {1} and skip {2}; {3} geometries repaired.</source>
        <translation>Would import {0}, update {1} and skip {2}; {3} geometries repaired.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="218"/>
        <source>Problems found: {0}. Nothing can be imported with these choices.</source>
        <translation>Problems found: {0}. Nothing can be imported with these choices.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="230"/>
        <source>Read the coordinates as EPSG:{0} ({1}) and check again</source>
        <translation>Read the coordinates as EPSG:{0} ({1}) and check again</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation type="vanished">Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="255"/>
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
        <location filename="../../ui/panels/project_dialogs.py" line="111"/>
        <source>Connect to PostGIS server</source>
        <translation>Connect to PostGIS server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="122"/>
        <source>Create the project schema (an empty database)</source>
        <translation>Create the project schema (an empty database)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="123"/>
        <source>Remember the password in the system keyring</source>
        <translation>Activity&lt;/source&gt;
        &lt;translation&gt;Activity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;121&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;122&quot;/&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Notes&lt;/source&gt;
        &lt;translation&gt;Notes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;Next step&lt;/source&gt;
        &lt;translation&gt;Next step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;125&quot;/&gt;
        &lt;source&gt;Next step due&lt;/source&gt;
        &lt;translation&gt;Next step due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;New activity&lt;/source&gt;
        &lt;translation&gt;New activity&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ActorForm&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;26&quot;/&gt;
        &lt;source&gt;Company&lt;/source&gt;
        &lt;translation&gt;Company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;27&quot;/&gt;
        &lt;source&gt;Utility&lt;/source&gt;
        &lt;translation&gt;Utility&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;28&quot;/&gt;
        &lt;source&gt;Investor&lt;/source&gt;
        &lt;translation&gt;Investor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;29&quot;/&gt;
        &lt;source&gt;Authority&lt;/source&gt;
        &lt;translation&gt;Authority&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;30&quot;/&gt;
        &lt;source&gt;Academia&lt;/source&gt;
        &lt;translation&gt;Academia&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;35&quot;/&gt;
        &lt;source&gt;Actor&lt;/source&gt;
        &lt;translation&gt;Actor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;37&quot;/&gt;
        &lt;source&gt;Organisation number&lt;/source&gt;
        &lt;translation&gt;Organisation number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;38&quot;/&gt;
        &lt;source&gt;Ten digits, NNNNNN-NNNN; the last is a check digit&lt;/source&gt;
        &lt;translation&gt;Ten digits, NNNNNN-NNNN; the last is a check digit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;39&quot;/&gt;
        &lt;source&gt;Name&lt;/source&gt;
        &lt;translation&gt;Name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;40&quot;/&gt;
        &lt;source&gt;Sector&lt;/source&gt;
        &lt;translation&gt;Sector&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;41&quot;/&gt;
        &lt;source&gt;Kind&lt;/source&gt;
        &lt;translation&gt;Kind&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Website&lt;/source&gt;
        &lt;translation&gt;Website&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Notes&lt;/source&gt;
        &lt;translation&gt;Notes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;New actor&lt;/source&gt;
        &lt;translation&gt;New actor&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ActorsPanel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;190&quot;/&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;Actors&lt;/source&gt;
        &lt;translation&gt;Actors&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;Saved by someone else&lt;/source&gt;
        &lt;translation&gt;Saved by someone else&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;229&quot;/&gt;
        &lt;source&gt;Delete actor&lt;/source&gt;
        &lt;translation&gt;Delete actor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;230&quot;/&gt;
        &lt;source&gt;Delete %1 with its contacts, needs, interests and activities?&lt;/source&gt;
        &lt;translation&gt;Delete %1 with its contacts, needs, interests and activities?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;269&quot;/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation&gt;Details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;269&quot;/&gt;
        &lt;source&gt;Contacts&lt;/source&gt;
        &lt;translation&gt;Contacts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;269&quot;/&gt;
        &lt;source&gt;Land needs&lt;/source&gt;
        &lt;translation&gt;Land needs&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;270&quot;/&gt;
        &lt;source&gt;Activity log&lt;/source&gt;
        &lt;translation&gt;Activity log&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;270&quot;/&gt;
        &lt;source&gt;Interests&lt;/source&gt;
        &lt;translation&gt;Interests&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;270&quot;/&gt;
        &lt;source&gt;Documents&lt;/source&gt;
        &lt;translation&gt;Documents&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;271&quot;/&gt;
        &lt;source&gt;Matching land&lt;/source&gt;
        &lt;translation&gt;Matching land&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;274&quot;/&gt;
        &lt;source&gt;Mark done&lt;/source&gt;
        &lt;translation&gt;Mark done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/panel.py&quot; line=&quot;275&quot;/&gt;
        &lt;source&gt;Open&lt;/source&gt;
        &lt;translation&gt;Open&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AlertsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;63&quot;/&gt;
        &lt;source&gt;Things to act on&lt;/source&gt;
        &lt;translation&gt;Things to act on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;What&lt;/source&gt;
        &lt;translation&gt;What&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;70&quot;/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation&gt;Details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Reservation expired&lt;/source&gt;
        &lt;translation&gt;Reservation expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;88&quot;/&gt;
        &lt;source&gt;Reservation ends soon&lt;/source&gt;
        &lt;translation&gt;Reservation ends soon&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;89&quot;/&gt;
        &lt;source&gt;Implementation period ends&lt;/source&gt;
        &lt;translation&gt;Implementation period ends&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Next step due&lt;/source&gt;
        &lt;translation&gt;Next step due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Nothing needs attention.&lt;/source&gt;
        &lt;translation&gt;Nothing needs attention.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/alerts_dialog.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;%1 things need attention, %2 of them overdue.&lt;/source&gt;
        &lt;translation&gt;%1 things need attention, %2 of them overdue.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CheckPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;90&quot;/&gt;
        &lt;source&gt;Check&lt;/source&gt;
        &lt;translation&gt;Check&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;91&quot;/&gt;
        &lt;source&gt;Nothing has been saved yet. Choose what to do with problems.&lt;/source&gt;
        &lt;translation&gt;Nothing has been saved yet. Choose what to do with problems.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;94&quot;/&gt;
        &lt;source&gt;Stop: import nothing while there are problems&lt;/source&gt;
        &lt;translation&gt;Stop: import nothing while there are problems&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;95&quot;/&gt;
        &lt;source&gt;Repair invalid geometries&lt;/source&gt;
        &lt;translation&gt;Repair invalid geometries&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Skip features with problems&lt;/source&gt;
        &lt;translation&gt;Skip features with problems&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;100&quot;/&gt;
        &lt;source&gt;Update existing rows&lt;/source&gt;
        &lt;translation&gt;Update existing rows&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;101&quot;/&gt;
        &lt;source&gt;Keep existing rows (skip)&lt;/source&gt;
        &lt;translation&gt;Keep existing rows (skip)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Feature&lt;/source&gt;
        &lt;translation&gt;Feature&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Designation / name&lt;/source&gt;
        &lt;translation&gt;Designation / name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Problem&lt;/source&gt;
        &lt;translation&gt;Problem&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;113&quot;/&gt;
        &lt;source&gt;Check again&lt;/source&gt;
        &lt;translation&gt;Check again&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;116&quot;/&gt;
        &lt;source&gt;Problems:&lt;/source&gt;
        &lt;translation&gt;Problems:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;117&quot;/&gt;
        &lt;source&gt;Existing designation:&lt;/source&gt;
        &lt;translation&gt;Existing designation:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Import&lt;/source&gt;
        &lt;translation&gt;Import&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Checking…&lt;/source&gt;
        &lt;translation&gt;Checking…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;Checking the source&lt;/source&gt;
        &lt;translation&gt;Checking the source&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;168&quot;/&gt;
        &lt;source&gt;Would import {0}, update {1} and skip {2}; {3} geometries repaired.&lt;/source&gt;
        &lt;translation&gt;Would import {0}, update {1} and skip {2}; {3} geometries repaired.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;Problems found: {0}. Nothing can be imported with these choices.&lt;/source&gt;
        &lt;translation&gt;Problems found: {0}. Nothing can be imported with these choices.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;189&quot;/&gt;
        &lt;source&gt;Unexpected error: {0}&lt;/source&gt;
        &lt;translation&gt;Unexpected error: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;210&quot;/&gt;
        &lt;source&gt;Importing&lt;/source&gt;
        &lt;translation&gt;Importing&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ConflictDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Saved by someone else&lt;/source&gt;
        &lt;translation&gt;Saved by someone else&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;68&quot;/&gt;
        &lt;source&gt;%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.&lt;/source&gt;
        &lt;translation&gt;%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Field&lt;/source&gt;
        &lt;translation&gt;Field&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Your value&lt;/source&gt;
        &lt;translation&gt;Your value&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;78&quot;/&gt;
        &lt;source&gt;Now saved&lt;/source&gt;
        &lt;translation&gt;Now saved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;Reload their version&lt;/source&gt;
        &lt;translation&gt;Reload their version&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;97&quot;/&gt;
        &lt;source&gt;Apply my values again&lt;/source&gt;
        &lt;translation&gt;Apply my values again&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;98&quot;/&gt;
        &lt;source&gt;Keep editing&lt;/source&gt;
        &lt;translation&gt;Keep editing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;106&quot;/&gt;
        &lt;source&gt;Delete anyway&lt;/source&gt;
        &lt;translation&gt;Delete anyway&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/conflict.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Your values are kept in the change log whatever you choose.&lt;/source&gt;
        &lt;translation&gt;Your values are kept in the change log whatever you choose.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ConnectDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;112&quot;/&gt;
        &lt;source&gt;Connect to PostGIS server&lt;/source&gt;
        &lt;translation&gt;Connect to PostGIS server&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;123&quot;/&gt;
        &lt;source&gt;Create the project schema (an empty database)&lt;/source&gt;
        &lt;translation&gt;Create the project schema (an empty database)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;124&quot;/&gt;
        &lt;source&gt;Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="126"/>
        <source>Kept by the operating system (Credential Manager, Keychain, Secret Service), never in KalixPlan&apos;s settings. Without it, the password is used for this session only (or comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Kept by the operating system (Credential Manager, Keychain, Secret Service), never in KalixPlan&apos;s settings. Without it, the password is used for this session only (or comes from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="133"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="134"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="135"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="136"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="137"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="138"/>
        <source>…or a URL</source>
        <translation>…or a URL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="171"/>
        <source>That is not a database URL.</source>
        <translation>That is not a database URL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="174"/>
        <source>Only PostgreSQL/PostGIS servers are supported.</source>
        <translation>Only PostgreSQL/PostGIS servers are supported.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="177"/>
        <source>Name the database.</source>
        <translation>Name the database.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="186"/>
        <source>This computer has no system keyring; the password is used for this session only. Press OK again to connect.</source>
        <translation>Server&lt;/source&gt;
        &lt;translation&gt;Server&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;133&quot;/&gt;
        &lt;source&gt;Port&lt;/source&gt;
        &lt;translation&gt;Port&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;Database&lt;/source&gt;
        &lt;translation&gt;Database&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;User&lt;/source&gt;
        &lt;translation&gt;User&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;136&quot;/&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation&gt;Password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;137&quot;/&gt;
        &lt;source&gt;…or a URL&lt;/source&gt;
        &lt;translation&gt;…or a URL&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;172&quot;/&gt;
        &lt;source&gt;That is not a database URL.&lt;/source&gt;
        &lt;translation&gt;That is not a database URL.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;175&quot;/&gt;
        &lt;source&gt;Only PostgreSQL/PostGIS servers are supported.&lt;/source&gt;
        &lt;translation&gt;Only PostgreSQL/PostGIS servers are supported.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;178&quot;/&gt;
        &lt;source&gt;Name the database.&lt;/source&gt;
        &lt;translation&gt;Name the database.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/panels/project_dialogs.py&quot; line=&quot;186&quot;/&gt;
        &lt;source&gt;This computer has no system keyring; the password is used for this session only. Press OK again to connect.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="69"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="72"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="73"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="74"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="78"/>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
</context>
<context>
    <name>CrsPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="196"/>
        <source>Coordinates and text</source>
        <translation>Coordinates and text</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="200"/>
        <source>— choose the coordinate system —</source>
        <translation>— choose the coordinate system —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="213"/>
        <source>The first rows, decoded with the chosen encoding</source>
        <translation>The first rows, decoded with the chosen encoding</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="217"/>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="218"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="227"/>
        <source>Actors have no geometry; no coordinate system is needed.</source>
        <translation>Actors have no geometry; no coordinate system is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="233"/>
        <source>The file states its coordinate system: EPSG:{0}.</source>
        <translation>The file states its coordinate system: EPSG:{0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="238"/>
        <source>The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).</source>
        <translation>The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="245"/>
        <source>The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.</source>
        <translation>The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="298"/>
        <source>The file states EPSG:{0}, but its coordinates fit EPSG:{1}; they are read as EPSG:{1}.</source>
        <translation>The file states EPSG:{0}, but its coordinates fit EPSG:{1}; they are read as EPSG:{1}.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="110"/>
        <location filename="../../ui/dashboard/widget.py" line="155"/>
        <source>Compiled %1</source>
        <translation>Compiled %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="122"/>
        <source>Save dashboard as PDF</source>
        <translation>Save dashboard as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="122"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="141"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="157"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="158"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="159"/>
        <source>Recompute the figures from the database</source>
        <translation>Recompute the figures from the database</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="160"/>
        <source>The dashboard on one A4 page</source>
        <translation>The dashboard on one A4 page</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="171"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="173"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="176"/>
        <source>File or web address</source>
        <translation>File or web address</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="179"/>
        <source>A path such as /srv/avtal/loi.pdf or an https:// address</source>
        <translation>A path such as /srv/avtal/loi.pdf or an https:// address</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="184"/>
        <source>New document link</source>
        <translation>New document link</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="57"/>
        <source>CSV with WKT (.csv)</source>
        <translation>CSV with WKT (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="107"/>
        <location filename="../../ui/exporting/dialog.py" line="157"/>
        <location filename="../../ui/exporting/dialog.py" line="276"/>
        <location filename="../../ui/exporting/dialog.py" line="283"/>
        <location filename="../../ui/exporting/dialog.py" line="333"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="110"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="111"/>
        <source>Detailed plans</source>
        <translation>Detailed plans</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="112"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="113"/>
        <source>Reference layer</source>
        <translation>Reference layer</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="120"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="122"/>
        <source>The selection ({0} rows)</source>
        <translation>The selection ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="123"/>
        <source>Rows where</source>
        <translation>Rows where</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="129"/>
        <source>value, e.g. available</source>
        <translation>value, e.g. available</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="140"/>
        <source>Swedish column headers</source>
        <translation>Swedish column headers</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="141"/>
        <source>English field names</source>
        <translation>English field names</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="143"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="162"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="163"/>
        <source>Reference layer:</source>
        <translation>Reference layer:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="168"/>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="169"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="170"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="171"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="206"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="219"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="245"/>
        <location filename="../../ui/exporting/dialog.py" line="266"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="246"/>
        <location filename="../../ui/exporting/dialog.py" line="267"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="284"/>
        <source>{0} exists already. Replace it?</source>
        <translation>Contact person&lt;/source&gt;
        &lt;translation&gt;Contact person&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;Name&lt;/source&gt;
        &lt;translation&gt;Name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;65&quot;/&gt;
        &lt;source&gt;Role&lt;/source&gt;
        &lt;translation&gt;Role&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Phone&lt;/source&gt;
        &lt;translation&gt;Phone&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;71&quot;/&gt;
        &lt;source&gt;New contact person&lt;/source&gt;
        &lt;translation&gt;New contact person&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CrsPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;166&quot;/&gt;
        &lt;source&gt;Coordinates and text&lt;/source&gt;
        &lt;translation&gt;Coordinates and text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;170&quot;/&gt;
        &lt;source&gt;— choose the coordinate system —&lt;/source&gt;
        &lt;translation&gt;— choose the coordinate system —&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;179&quot;/&gt;
        &lt;source&gt;The first rows, decoded with the chosen encoding&lt;/source&gt;
        &lt;translation&gt;The first rows, decoded with the chosen encoding&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;183&quot;/&gt;
        &lt;source&gt;Coordinate system:&lt;/source&gt;
        &lt;translation&gt;Coordinate system:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;184&quot;/&gt;
        &lt;source&gt;Text encoding:&lt;/source&gt;
        &lt;translation&gt;Text encoding:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;Actors have no geometry; no coordinate system is needed.&lt;/source&gt;
        &lt;translation&gt;Actors have no geometry; no coordinate system is needed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;195&quot;/&gt;
        &lt;source&gt;The file states its coordinate system: EPSG:{0}.&lt;/source&gt;
        &lt;translation&gt;The file states its coordinate system: EPSG:{0}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;204&quot;/&gt;
        &lt;source&gt;The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).&lt;/source&gt;
        &lt;translation&gt;The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;211&quot;/&gt;
        &lt;source&gt;The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.&lt;/source&gt;
        &lt;translation&gt;The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DashboardWidget&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;108&quot;/&gt;
        &lt;source&gt;Compiled %1&lt;/source&gt;
        &lt;translation&gt;Compiled %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;Save dashboard as PDF&lt;/source&gt;
        &lt;translation&gt;Save dashboard as PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;120&quot;/&gt;
        &lt;source&gt;PDF (*.pdf)&lt;/source&gt;
        &lt;translation&gt;PDF (*.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;Dashboard&lt;/source&gt;
        &lt;translation&gt;Dashboard&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;151&quot;/&gt;
        &lt;source&gt;Refresh&lt;/source&gt;
        &lt;translation&gt;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;152&quot;/&gt;
        &lt;source&gt;Save as PDF…&lt;/source&gt;
        &lt;translation&gt;Save as PDF…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;153&quot;/&gt;
        &lt;source&gt;Recompute the figures from the database&lt;/source&gt;
        &lt;translation&gt;Recompute the figures from the database&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/dashboard/widget.py&quot; line=&quot;154&quot;/&gt;
        &lt;source&gt;The dashboard on one A4 page&lt;/source&gt;
        &lt;translation&gt;The dashboard on one A4 page&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentForm&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;136&quot;/&gt;
        &lt;source&gt;Document&lt;/source&gt;
        &lt;translation&gt;Document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;138&quot;/&gt;
        &lt;source&gt;Title&lt;/source&gt;
        &lt;translation&gt;Title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;File or web address&lt;/source&gt;
        &lt;translation&gt;File or web address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;A path such as /srv/avtal/loi.pdf or an https:// address&lt;/source&gt;
        &lt;translation&gt;A path such as /srv/avtal/loi.pdf or an https:// address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/forms.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;New document link&lt;/source&gt;
        &lt;translation&gt;New document link&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;83&quot;/&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;128&quot;/&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;228&quot;/&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;235&quot;/&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;259&quot;/&gt;
        &lt;source&gt;Export&lt;/source&gt;
        &lt;translation&gt;Export&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;86&quot;/&gt;
        &lt;source&gt;Parcels&lt;/source&gt;
        &lt;translation&gt;Parcels&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;87&quot;/&gt;
        &lt;source&gt;Detailed plans&lt;/source&gt;
        &lt;translation&gt;Detailed plans&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;88&quot;/&gt;
        &lt;source&gt;Actors&lt;/source&gt;
        &lt;translation&gt;Actors&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;89&quot;/&gt;
        &lt;source&gt;Reference layer&lt;/source&gt;
        &lt;translation&gt;Reference layer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;96&quot;/&gt;
        &lt;source&gt;All rows&lt;/source&gt;
        &lt;translation&gt;All rows&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;98&quot;/&gt;
        &lt;source&gt;The selection ({0} rows)&lt;/source&gt;
        &lt;translation&gt;The selection ({0} rows)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;99&quot;/&gt;
        &lt;source&gt;Rows where&lt;/source&gt;
        &lt;translation&gt;Rows where&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;105&quot;/&gt;
        &lt;source&gt;value, e.g. available&lt;/source&gt;
        &lt;translation&gt;value, e.g. available&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;116&quot;/&gt;
        &lt;source&gt;Swedish column headers&lt;/source&gt;
        &lt;translation&gt;Swedish column headers&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;117&quot;/&gt;
        &lt;source&gt;English field names&lt;/source&gt;
        &lt;translation&gt;English field names&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;Browse…&lt;/source&gt;
        &lt;translation&gt;Browse…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;133&quot;/&gt;
        &lt;source&gt;Register:&lt;/source&gt;
        &lt;translation&gt;Register:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;134&quot;/&gt;
        &lt;source&gt;Reference layer:&lt;/source&gt;
        &lt;translation&gt;Reference layer:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;139&quot;/&gt;
        &lt;source&gt;Rows:&lt;/source&gt;
        &lt;translation&gt;Rows:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Format:&lt;/source&gt;
        &lt;translation&gt;Format:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;Columns:&lt;/source&gt;
        &lt;translation&gt;Columns:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;File:&lt;/source&gt;
        &lt;translation&gt;File:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;171&quot;/&gt;
        &lt;source&gt;Export to&lt;/source&gt;
        &lt;translation&gt;Export to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;184&quot;/&gt;
        &lt;source&gt;Choose a file to export to.&lt;/source&gt;
        &lt;translation&gt;Choose a file to export to.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;218&quot;/&gt;
        &lt;source&gt;Exporting…&lt;/source&gt;
        &lt;translation&gt;Exporting…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;219&quot;/&gt;
        &lt;source&gt;Exporting&lt;/source&gt;
        &lt;translation&gt;Exporting&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;236&quot;/&gt;
        &lt;source&gt;{0} exists already. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="298"/>
        <source>Exported {0} rows to {1}.</source>
        <translation>Exported {0} rows to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="307"/>
        <source>Exported {0} plans and {1} provisions to {2}. {3} findings would stop a delivery to the national platform, {4} are warnings:</source>
        <translation>Exported {0} plans and {1} provisions to {2}. {3} findings would stop a delivery to the national platform, {4} are warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="318"/>
        <source>Exported {0} plans and {1} provisions to {2}; the national platform&apos;s rules find nothing to stop on.</source>
        <translation>Exported {0} plans and {1} provisions to {2}; the national platform&apos;s rules find nothing to stop on.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="337"/>
        <source>Unexpected error: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="66"/>
        <source>Enter a whole number, e.g. 10.</source>
        <translation>Enter a whole number, e.g. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="68"/>
        <source>Enter a number, e.g. 250 or 12,5.</source>
        <translation>Enter a number, e.g. 250 or 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="116"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="140"/>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="208"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="209"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="210"/>
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
        <location filename="../../ui/printing/html_export.py" line="68"/>
        <location filename="../../ui/printing/html_export.py" line="84"/>
        <source>Export interactive HTML</source>
        <translation>Export interactive HTML</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="70"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="77"/>
        <source>Exporting the map</source>
        <translation>Exporting the map</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="373"/>
        <source>Import geodata</source>
        <translation>Import geodata</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../ui/actors/interests.py" line="151"/>
        <source>Register an interest in a parcel</source>
        <translation>Register an interest in a parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="152"/>
        <source>Selected interest</source>
        <translation>Selected interest</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="153"/>
        <source>Add interest</source>
        <translation>Add interest</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="154"/>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="155"/>
        <source>Reserve parcel</source>
        <translation>Reserve parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="156"/>
        <source>End reservation</source>
        <translation>End reservation</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="157"/>
        <source>Dialogue stage</source>
        <translation>Dialogue stage</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="158"/>
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="160"/>
        <source>Reserve the parcel for this actor until the date (status: reserved)</source>
        <translation>Reserve the parcel for this actor until the date (status: reserved)</translation>
    </message>
</context>
<context>
    <name>LayerPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="165"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="166"/>
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
        <location filename="../../ui/printing/logo_chooser.py" line="43"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="44"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="75"/>
        <source>None (a placeholder is printed)</source>
        <translation>None (a placeholder is printed)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="103"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="105"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="120"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="180"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="181"/>
        <source>Plan boundaries</source>
        <translation>Plan boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="182"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="183"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="194"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="196"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="197"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="199"/>
        <source>&amp;Connect to PostGIS server…</source>
        <translation>&amp;Connect to PostGIS server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="201"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="204"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="205"/>
        <source>New &amp;parcel</source>
        <translation>New &amp;parcel</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="206"/>
        <source>New p&amp;lan</source>
        <translation>New p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="207"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="208"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="209"/>
        <source>&amp;Layers</source>
        <translation>&amp;Layers</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="210"/>
        <source>&amp;About KalixPlan</source>
        <translation>&amp;About KalixPlan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>The map could not be shown: %1</source>
        <translation>The map could not be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="188"/>
        <source>%n parcel(s) were edited outside KalixPlan: areas and distances recomputed.</source>
        <translation>
            <numerusform>%n parcel was edited outside KalixPlan: area and distances recomputed.</numerusform>
            <numerusform>%n parcels were edited outside KalixPlan: areas and distances recomputed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>KalixPlan</source>
        <translation>KalixPlan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1

Nothing was saved by this action.</source>
        <translation type="vanished">Something unexpected went wrong: %1

Nothing was saved by this action.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1

Nothing was saved by this action. The details are in %2.</source>
        <translation type="vanished">Exported {0} rows to {1}.&lt;/source&gt;
        &lt;translation&gt;Exported {0} rows to {1}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;256&quot;/&gt;
        &lt;source&gt;Cancelled; no file was written.&lt;/source&gt;
        &lt;translation&gt;Cancelled; no file was written.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/exporting/dialog.py&quot; line=&quot;263&quot;/&gt;
        &lt;source&gt;Unexpected error: {0}&lt;/source&gt;
        &lt;translation&gt;Unexpected error: {0}&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FieldEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;64&quot;/&gt;
        &lt;source&gt;Enter a whole number, e.g. 10.&lt;/source&gt;
        &lt;translation&gt;Enter a whole number, e.g. 10.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;66&quot;/&gt;
        &lt;source&gt;Enter a number, e.g. 250 or 12,5.&lt;/source&gt;
        &lt;translation&gt;Enter a number, e.g. 250 or 12,5.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;109&quot;/&gt;
        &lt;source&gt;YYYY-MM-DD&lt;/source&gt;
        &lt;translation&gt;YYYY-MM-DD&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Enter a date as YYYY-MM-DD, e.g. 2026-06-30.&lt;/source&gt;
        &lt;translation&gt;Enter a date as YYYY-MM-DD, e.g. 2026-06-30.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;198&quot;/&gt;
        &lt;source&gt;Unknown&lt;/source&gt;
        &lt;translation&gt;Unknown&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;199&quot;/&gt;
        &lt;source&gt;Yes&lt;/source&gt;
        &lt;translation&gt;Yes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/forms/fields.py&quot; line=&quot;200&quot;/&gt;
        &lt;source&gt;No&lt;/source&gt;
        &lt;translation&gt;No&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GeometryPreview&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/preview.py&quot; line=&quot;25&quot;/&gt;
        &lt;source&gt;The first features of the source, in its own coordinates&lt;/source&gt;
        &lt;translation&gt;The first features of the source, in its own coordinates&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/preview.py&quot; line=&quot;50&quot;/&gt;
        &lt;source&gt;No geometries&lt;/source&gt;
        &lt;translation&gt;No geometries&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/preview.py&quot; line=&quot;91&quot;/&gt;
        &lt;source&gt;N ↑&lt;/source&gt;
        &lt;translation&gt;N ↑&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HtmlExport&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/html_export.py&quot; line=&quot;65&quot;/&gt;
        &lt;location filename=&quot;../../ui/printing/html_export.py&quot; line=&quot;81&quot;/&gt;
        &lt;source&gt;Export interactive HTML&lt;/source&gt;
        &lt;translation&gt;Export interactive HTML&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/html_export.py&quot; line=&quot;67&quot;/&gt;
        &lt;source&gt;Web page (*.html)&lt;/source&gt;
        &lt;translation&gt;Web page (*.html)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/html_export.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;Exporting the map&lt;/source&gt;
        &lt;translation&gt;Exporting the map&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ImportWizard&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/wizard.py&quot; line=&quot;322&quot;/&gt;
        &lt;source&gt;Import geodata&lt;/source&gt;
        &lt;translation&gt;Import geodata&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;InterestsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;140&quot;/&gt;
        &lt;source&gt;Register an interest in a parcel&lt;/source&gt;
        &lt;translation&gt;Register an interest in a parcel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;141&quot;/&gt;
        &lt;source&gt;Selected interest&lt;/source&gt;
        &lt;translation&gt;Selected interest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;142&quot;/&gt;
        &lt;source&gt;Add interest&lt;/source&gt;
        &lt;translation&gt;Add interest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;Change stage&lt;/source&gt;
        &lt;translation&gt;Change stage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;144&quot;/&gt;
        &lt;source&gt;Reserve parcel&lt;/source&gt;
        &lt;translation&gt;Reserve parcel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;145&quot;/&gt;
        &lt;source&gt;End reservation&lt;/source&gt;
        &lt;translation&gt;End reservation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;146&quot;/&gt;
        &lt;source&gt;Dialogue stage&lt;/source&gt;
        &lt;translation&gt;Dialogue stage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;147&quot;/&gt;
        &lt;source&gt;Reserved until&lt;/source&gt;
        &lt;translation&gt;Reserved until&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/interests.py&quot; line=&quot;149&quot;/&gt;
        &lt;source&gt;Reserve the parcel for this actor until the date (status: reserved)&lt;/source&gt;
        &lt;translation&gt;Reserve the parcel for this actor until the date (status: reserved)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;LayerPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;135&quot;/&gt;
        &lt;source&gt;Layer&lt;/source&gt;
        &lt;translation&gt;Layer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/importing/pages.py&quot; line=&quot;136&quot;/&gt;
        &lt;source&gt;The file holds several layers; choose the one to import.&lt;/source&gt;
        &lt;translation&gt;The file holds several layers; choose the one to import.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ListTab&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/lists.py&quot; line=&quot;129&quot;/&gt;
        &lt;source&gt;Add…&lt;/source&gt;
        &lt;translation&gt;Add…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/lists.py&quot; line=&quot;130&quot;/&gt;
        &lt;source&gt;Edit…&lt;/source&gt;
        &lt;translation&gt;Edit…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/actors/lists.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;Delete&lt;/source&gt;
        &lt;translation&gt;Delete&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;LogoChooserWidget&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;42&quot;/&gt;
        &lt;source&gt;Choose…&lt;/source&gt;
        &lt;translation&gt;Choose…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;43&quot;/&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Remove&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;74&quot;/&gt;
        &lt;source&gt;None (a placeholder is printed)&lt;/source&gt;
        &lt;translation&gt;None (a placeholder is printed)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;102&quot;/&gt;
        &lt;source&gt;Choose a logo&lt;/source&gt;
        &lt;translation&gt;Choose a logo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;104&quot;/&gt;
        &lt;source&gt;Images (*.png *.jpg *.jpeg *.svg)&lt;/source&gt;
        &lt;translation&gt;Images (*.png *.jpg *.jpeg *.svg)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/printing/logo_chooser.py&quot; line=&quot;119&quot;/&gt;
        &lt;source&gt;Logo&lt;/source&gt;
        &lt;translation&gt;Logo&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainMenus&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;143&quot;/&gt;
        &lt;source&gt;&amp;Undo&lt;/source&gt;
        &lt;translation&gt;&amp;Undo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;148&quot;/&gt;
        &lt;source&gt;&amp;Redo&lt;/source&gt;
        &lt;translation&gt;&amp;Redo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;193&quot;/&gt;
        &lt;source&gt;Parcels&lt;/source&gt;
        &lt;translation&gt;Parcels&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;194&quot;/&gt;
        &lt;source&gt;Plan boundaries&lt;/source&gt;
        &lt;translation&gt;Plan boundaries&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;195&quot;/&gt;
        &lt;source&gt;Land use&lt;/source&gt;
        &lt;translation&gt;Land use&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;196&quot;/&gt;
        &lt;source&gt;Basemap&lt;/source&gt;
        &lt;translation&gt;Basemap&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;204&quot;/&gt;
        &lt;source&gt;&amp;File&lt;/source&gt;
        &lt;translation&gt;&amp;File&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;205&quot;/&gt;
        &lt;source&gt;&amp;Edit&lt;/source&gt;
        &lt;translation&gt;&amp;Edit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;206&quot;/&gt;
        &lt;source&gt;&amp;View&lt;/source&gt;
        &lt;translation&gt;&amp;View&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;207&quot;/&gt;
        &lt;source&gt;&amp;Tools&lt;/source&gt;
        &lt;translation&gt;&amp;Tools&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;208&quot;/&gt;
        &lt;source&gt;&amp;Help&lt;/source&gt;
        &lt;translation&gt;&amp;Help&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;209&quot;/&gt;
        &lt;source&gt;&amp;New project…&lt;/source&gt;
        &lt;translation&gt;&amp;New project…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;210&quot;/&gt;
        &lt;source&gt;&amp;Open project…&lt;/source&gt;
        &lt;translation&gt;&amp;Open project…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;212&quot;/&gt;
        &lt;source&gt;&amp;Connect to PostGIS server…&lt;/source&gt;
        &lt;translation&gt;&amp;Connect to PostGIS server…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;214&quot;/&gt;
        &lt;source&gt;&amp;Recent projects&lt;/source&gt;
        &lt;translation&gt;&amp;Recent projects&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;215&quot;/&gt;
        &lt;source&gt;&amp;Quit&lt;/source&gt;
        &lt;translation&gt;&amp;Quit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;217&quot;/&gt;
        &lt;source&gt;&amp;Find&lt;/source&gt;
        &lt;translation&gt;&amp;Find&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;218&quot;/&gt;
        &lt;source&gt;New &amp;parcel&lt;/source&gt;
        &lt;translation&gt;New &amp;parcel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;219&quot;/&gt;
        &lt;source&gt;New p&amp;lan&lt;/source&gt;
        &lt;translation&gt;New p&amp;lan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;220&quot;/&gt;
        &lt;source&gt;&amp;Preferences…&lt;/source&gt;
        &lt;translation&gt;&amp;Preferences…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;221&quot;/&gt;
        &lt;source&gt;&amp;Panels&lt;/source&gt;
        &lt;translation&gt;&amp;Panels&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;222&quot;/&gt;
        &lt;source&gt;&amp;Layers&lt;/source&gt;
        &lt;translation&gt;&amp;Layers&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_menus.py&quot; line=&quot;223&quot;/&gt;
        &lt;source&gt;&amp;About KalixPlan&lt;/source&gt;
        &lt;translation&gt;&amp;About KalixPlan&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_window.py&quot; line=&quot;131&quot;/&gt;
        &lt;source&gt;The map could not be shown: %1&lt;/source&gt;
        &lt;translation&gt;The map could not be shown: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_window.py&quot; line=&quot;186&quot;/&gt;
        &lt;location filename=&quot;../../ui/main_window.py&quot; line=&quot;334&quot;/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation&gt;Details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_window.py&quot; line=&quot;234&quot;/&gt;
        &lt;source&gt;KalixPlan&lt;/source&gt;
        &lt;translation&gt;KalixPlan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Something unexpected went wrong: %1

Nothing was saved by this action.&lt;/source&gt;
        &lt;translation type=&quot;vanished&quot;&gt;Something unexpected went wrong: %1

Nothing was saved by this action.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../../ui/main_window.py&quot; line=&quot;243&quot;/&gt;
        &lt;source&gt;Something unexpected went wrong: %1

Nothing was saved by this action. The details are in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="vanished">No project open</translation>
    </message>
    <message>
        <source>%1 parcels, %2 ha shown</source>
        <translation type="vanished">%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Find land</source>
        <translation>Find land</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Detailed plans</source>
        <translation>Detailed plans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</source>
        <translation>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</source>
        <translation>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>About KalixPlan</source>
        <translation>About KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Log file: %1&lt;br&gt;Your data and the demo: %2&lt;br&gt;Map cache: %3</source>
        <translation>Log file: %1&lt;br&gt;Your data and the demo: %2&lt;br&gt;Map cache: %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../ui/map/widget.py" line="255"/>
        <source>The map page could not be loaded.</source>
        <translation>The map page could not be loaded.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="341"/>
        <source>Field mapping</source>
        <translation>Field mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="343"/>
        <source>Columns were matched by name and common Swedish/English names; adjust them.</source>
        <translation>Columns were matched by name and common Swedish/English names; adjust them.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="346"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="346"/>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="350"/>
        <source>preset name</source>
        <translation>preset name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="351"/>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="354"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="405"/>
        <source>— matched by name —</source>
        <translation>— matched by name —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="423"/>
        <source>Type a name for the preset first.</source>
        <translation>Type a name for the preset first.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="432"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Preset &apos;{0}&apos; saved.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="444"/>
        <source>This source lacks columns of the preset: {0}</source>
        <translation>This source lacks columns of the preset: {0}</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="64"/>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="65"/>
        <source>land use</source>
        <translation>land use</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="66"/>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="67"/>
        <source>rail</source>
        <translation>rail</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="68"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="69"/>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="70"/>
        <source>constraints</source>
        <translation>constraints</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="82"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="88"/>
        <location filename="../../ui/actors/match_panel.py" line="134"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="96"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="109"/>
        <location filename="../../ui/actors/match_panel.py" line="142"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="122"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="128"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="244"/>
        <source>Record a land need to match land.</source>
        <translation>Record a land need to match land.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="266"/>
        <location filename="../../ui/actors/match_panel.py" line="288"/>
        <source>Matching land</source>
        <translation>Matching land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="275"/>
        <source>%1 parcels ranked; %2 meet every known criterion.</source>
        <translation>%1 parcels ranked; %2 meet every known criterion.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="337"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="338"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="339"/>
        <source>Find land</source>
        <translation>Find land</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="340"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="341"/>
        <source>Which actors does a parcel fit?</source>
        <translation>Which actors does a parcel fit?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="342"/>
        <source>Find actors</source>
        <translation>Find actors</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="88"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="88"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="91"/>
        <location filename="../../ui/actors/forms.py" line="139"/>
        <source>Land need</source>
        <translation>Land need</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="93"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="94"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="95"/>
        <source>Water (m³/day)</source>
        <translation>Water (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="98"/>
        <source>Needs rail access</source>
        <translation>Needs rail access</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="106"/>
        <source>Max distance to rail (m)</source>
        <translation>Max distance to rail (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="109"/>
        <source>Empty: 2000 m when rail access is needed</source>
        <translation>Empty: 2000 m when rail access is needed</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="113"/>
        <source>Needs port access</source>
        <translation>Needs port access</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="121"/>
        <source>Max distance to port (m)</source>
        <translation>Max distance to port (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="124"/>
        <source>Empty: 5000 m when port access is needed</source>
        <translation>Empty: 5000 m when port access is needed</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="128"/>
        <source>Timeframe</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="130"/>
        <source>When the land is needed, e.g. 2027 or Q3 2026</source>
        <translation>When the land is needed, e.g. 2027 or Q3 2026</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="132"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="136"/>
        <source>New land need</source>
        <translation>New land need</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="42"/>
        <location filename="../../ui/panels/project_dialogs.py" line="80"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="44"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="53"/>
        <source>Fill it with the Kalix example data</source>
        <translation>Fill it with the Kalix example data</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="57"/>
        <source>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</source>
        <translation>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="63"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="64"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="80"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="93"/>
        <source>Choose a file name.</source>
        <translation>Choose a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="96"/>
        <source>That file exists already; choose another name.</source>
        <translation>That file exists already; choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="99"/>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ParcelFilterPanel</name>
    <message>
        <location filename="../../ui/panels/filter.py" line="169"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="186"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="189"/>
        <source>Limits (0 = any)</source>
        <translation>Limits (0 = any)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="191"/>
        <source>Area at least (ha)</source>
        <translation>Area at least (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="192"/>
        <source>Area at most (ha)</source>
        <translation>Area at most (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="193"/>
        <source>Price at most (SEK/m²)</source>
        <translation>Price at most (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="194"/>
        <source>Power at least (MW)</source>
        <translation>Power at least (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="195"/>
        <source>Railway within (m)</source>
        <translation>Railway within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="196"/>
        <source>Port within (m)</source>
        <translation>Port within (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="198"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="203"/>
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
        <location filename="../../ui/forms/parcel_form.py" line="54"/>
        <location filename="../../ui/forms/parcel_form.py" line="66"/>
        <source>Property designation</source>
        <translation>Property designation</translation>
    </message>
    <message>
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</source>
        <translation type="vanished">Register area name and block:unit, e.g. Kalix Näsbyn 1:23</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="75"/>
        <source>Area name</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="76"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="78"/>
        <source>Owner kind</source>
        <translation>Owner kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="80"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="183"/>
        <source>%1 ha — not recomputed yet: the boundary was changed outside KalixPlan (reopen the project)</source>
        <translation>%1 ha — not recomputed yet: the boundary was changed outside KalixPlan (reopen the project)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="186"/>
        <source>%1 ha (computed from the boundary)</source>
        <translation>%1 ha (computed from the boundary)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="51"/>
        <source>Kept by</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="55"/>
        <source>Name of the area (no designation)</source>
        <translation>Name of the area (no designation)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="60"/>
        <source>Land a municipality keeps by name only (a &apos;ledig industrimark&apos; layer) has its name as its key</source>
        <translation>Land a municipality keeps by name only (a &apos;ledig industrimark&apos; layer) has its name as its key</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="70"/>
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23; for land kept by name, its name</source>
        <translation>Register area name and block:unit, e.g. Kalix Näsbyn 1:23; for land kept by name, its name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="74"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="89"/>
        <source>Reserved until</source>
        <translation>Reserved until</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="90"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="93"/>
        <source>Governing plan</source>
        <translation>Governing plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="98"/>
        <source>Max height (m)</source>
        <translation>Max height (m)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="99"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="100"/>
        <source>Price (SEK/m²)</source>
        <translation>Price (SEK/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="101"/>
        <source>Price includes</source>
        <translation>Price includes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="102"/>
        <source>Power (MW)</source>
        <translation>Power (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="103"/>
        <source>Water and sewer</source>
        <translation>Water and sewer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="106"/>
        <source>Water capacity (m³/day)</source>
        <translation>Water capacity (m³/day)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="110"/>
        <source>District heating</source>
        <translation>District heating</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="111"/>
        <source>Fibre</source>
        <translation>Fibre</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="112"/>
        <source>Gas or hydrogen</source>
        <translation>Gas or hydrogen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="115"/>
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="122"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="129"/>
        <source>Road (E4/E10)</source>
        <translation>Road (E4/E10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="136"/>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="141"/>
        <source>Flood risk</source>
        <translation>Flood risk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="144"/>
        <source>Contaminated land (MIFO class 1-4)</source>
        <translation>Contaminated land (MIFO class 1-4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="149"/>
        <source>Protected nature</source>
        <translation>Protected nature</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="151"/>
        <source>Shoreline protection</source>
        <translation>Shoreline protection</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="153"/>
        <source>National interest</source>
        <translation>National interest</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="154"/>
        <source>Geotechnics</source>
        <translation>Geotechnics</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="155"/>
        <source>State of the land</source>
        <translation>State of the land</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="156"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="157"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="158"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="161"/>
        <source>On the public web pages</source>
        <translation>On the public web pages</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="163"/>
        <source>Yes, publish it</source>
        <translation>Yes, publish it</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="163"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="167"/>
        <source>Only parcels marked here go out with &apos;kalixplan publish&apos; (the &apos;ledig mark&apos; pages); owners, notes and prices never do unless chosen</source>
        <translation>Only parcels marked here go out with &apos;kalixplan publish&apos; (the &apos;ledig mark&apos; pages); owners, notes and prices never do unless chosen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="174"/>
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
    <message numerus="yes">
        <location filename="../../ui/panels/parcel_workspace.py" line="139"/>
        <source>%n parcel(s) are not shown: the filter or search hides them (Show all parcels).</source>
        <translation>
            <numerusform>%n parcel is not shown: the filter or search hides it (Show all parcels).</numerusform>
            <numerusform>%n parcels are not shown: the filter or search hides them (Show all parcels).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="225"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="226"/>
        <source>Save your changes to %1?</source>
        <translation>Save your changes to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="261"/>
        <source>Delete %1 with the actors&apos; interests in them (%2)? Edit ▸ Undo restores the parcels with their interests.</source>
        <translation>Delete %1 with the actors&apos; interests in them (%2)? Edit ▸ Undo restores the parcels with their interests.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="265"/>
        <source>Delete %1? Edit ▸ Undo restores the parcels.</source>
        <translation>Delete %1? Edit ▸ Undo restores the parcels.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="268"/>
        <source>Delete parcels</source>
        <translation>Delete parcels</translation>
    </message>
    <message>
        <source>Delete %1 parcels</source>
        <translation type="vanished">Delete %1 parcels</translation>
    </message>
</context>
<context>
    <name>PlanDocumentsBox</name>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="113"/>
        <source>Documents (planhandlingar)</source>
        <translation>Documents (planhandlingar)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Add…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="116"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Remove</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="150"/>
        <source>Detailed plan</source>
        <translation>Detailed plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="151"/>
        <source>Town plan (older form)</source>
        <translation>Town plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="152"/>
        <source>Building plan (older form)</source>
        <translation>Building plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="153"/>
        <source>Parcelling plan (older form)</source>
        <translation>Parcelling plan (older form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="158"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="159"/>
        <source>Process and decisions</source>
        <translation>Process and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="160"/>
        <source>Implementation period</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="161"/>
        <source>Archive and notes</source>
        <translation>Archive and notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="166"/>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>kommunkod-P-number, e.g. 2514-P123</source>
        <translation type="vanished">kommunkod-P-number, e.g. 2514-P123</translation>
    </message>
    <message>
        <source>Catalogue reference: %1</source>
        <translation type="vanished">Catalogue reference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="107"/>
        <source>No provisions registered</source>
        <translation>No provisions registered</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="136"/>
        <source>Provisions (planbestämmelser)</source>
        <translation>Provisions (planbestämmelser)</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="vanished">Provision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="106"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="117"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="124"/>
        <source>boundary changed</source>
        <translation>boundary changed</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="132"/>
        <source>… and %1 earlier versions</source>
        <translation>… and %1 earlier versions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="133"/>
        <source>No versions recorded</source>
        <translation>No versions recorded</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="138"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="162"/>
        <source>Quality of the digital plan</source>
        <translation>Quality of the digital plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="170"/>
        <source>The plan&apos;s beteckning as the archive writes it, e.g. 2514-P123, BN16/1724 or DP 2026:1</source>
        <translation>The plan&apos;s beteckning as the archive writes it, e.g. 2514-P123, BN16/1724 or DP 2026:1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="174"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="175"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="178"/>
        <source>Plan type</source>
        <translation>Plan type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="189"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="197"/>
        <source>Decision type</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="203"/>
        <source>A new plan replaces the plans it names, a change amends them (PBL 4 kap. 38-39 §§), a repeal removes them (5 kap. 38 §)</source>
        <translation>A new plan replaces the plans it names, a change amends them (PBL 4 kap. 38-39 §§), a repeal removes them (5 kap. 38 §)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="207"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="208"/>
        <source>Decision body</source>
        <translation>Decision body</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="209"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="210"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="211"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="212"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="213"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="214"/>
        <source>Length (years)</source>
        <translation>Length (years)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="217"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="220"/>
        <source>Empty: the day the plan came into force</source>
        <translation>Empty: the day the plan came into force</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="224"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="229"/>
        <source>Archive id</source>
        <translation>Archive id</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="232"/>
        <source>Plans this decision affects</source>
        <translation>Plans this decision affects</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="235"/>
        <source>The plans it replaces, changes or repeals (föregående plans beteckning); separate several with ;</source>
        <translation>The plans it replaces, changes or repeals (föregående plans beteckning); separate several with ;</translation>
    </message>
    <message>
        <source>Previous plan</source>
        <translation type="vanished">Previous plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="239"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="242"/>
        <source>Digitisation</source>
        <translation>Digitisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="246"/>
        <source>Is the plan complete in digital form (NS Detaljplan 4.1)?</source>
        <translation>Is the plan complete in digital form (NS Detaljplan 4.1)?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="250"/>
        <source>Boundaries corrected</source>
        <translation>Boundaries corrected</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="258"/>
        <source>Planning basis checked</source>
        <translation>Planning basis checked</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="266"/>
        <source>Usability</source>
        <translation>Usability</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="271"/>
        <source>About the quality</source>
        <translation>About the quality</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="275"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="275"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="278"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
</context>
<context>
    <name>PlanPeriodsBox</name>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="107"/>
        <source>Extended or renewed implementation period</source>
        <translation>Extended or renewed implementation period</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Remove</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="110"/>
        <source>%1 by %2 years, adopted %3</source>
        <translation>%1 by %2 years, adopted %3</translation>
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
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="51"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="57"/>
        <source>Implementation ends</source>
        <translation>Implementation ends</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="153"/>
        <source>Delete plans</source>
        <translation>Delete plans</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="155"/>
        <source>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. Edit ▸ Undo restores the plans, their areas and the links.</source>
        <translation>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. Edit ▸ Undo restores the plans, their areas and the links.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="210"/>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="211"/>
        <source>Remove the link to %1? The document itself is not touched.</source>
        <translation>Remove the link to %1? The document itself is not touched.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="230"/>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="231"/>
        <source>Only web addresses, e-mail addresses and files that exist can be opened.</source>
        <translation>Only web addresses, e-mail addresses and files that exist can be opened.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="180"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="187"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="188"/>
        <source>WMS service</source>
        <translation>WMS service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="189"/>
        <source>XYZ tile service</source>
        <translation>XYZ tile service</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="190"/>
        <source>No basemap</source>
        <translation>No basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="198"/>
        <source>WMS layer names, comma separated</source>
        <translation>WMS layer names, comma separated</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="205"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="206"/>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="207"/>
        <source>Service URL</source>
        <translation>Service URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="208"/>
        <source>WMS layers</source>
        <translation>WMS layers</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="209"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="210"/>
        <source>The language and the basemap change when you press OK.</source>
        <translation>The language and the basemap change when you press OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="253"/>
        <source>Enter the service&apos;s address, starting with https://.</source>
        <translation>Enter the service&apos;s address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="257"/>
        <source>An XYZ address needs {z}, {x} and {y} in it.</source>
        <translation>An XYZ address needs {z}, {x} and {y} in it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="261"/>
        <source>Name at least one WMS layer.</source>
        <translation>Name at least one WMS layer.</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../ui/presentation/mode.py" line="153"/>
        <source>Presentation mode is on; Esc in the presentation brings the map back.</source>
        <translation>Presentation mode is on; Esc in the presentation brings the map back.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/mode.py" line="392"/>
        <source>Presentation &amp;mode…</source>
        <translation>Presentation &amp;mode…</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/mode.py" line="394"/>
        <source>Show available land full screen to a visitor, site by site (F11)</source>
        <translation>Show available land full screen to a visitor, site by site (F11)</translation>
    </message>
</context>
<context>
    <name>PresentationSetupDialog</name>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="105"/>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="106"/>
        <source>Tour through &amp;areas (tick them; drag to reorder)</source>
        <translation>Tour through &amp;areas (tick them; drag to reorder)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="107"/>
        <source>Tour through an &amp;actor&apos;s matching land</source>
        <translation>Tour through an &amp;actor&apos;s matching land</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="108"/>
        <source>Show &amp;prices</source>
        <translation>Show &amp;prices</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="111"/>
        <source>Only available land is shown, without owners or notes. Keys: → or Page Down next, ← or Page Up back, Home/End, Esc leaves.</source>
        <translation>Only available land is shown, without owners or notes. Keys: → or Page Down next, ← or Page Up back, Home/End, Esc leaves.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="115"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../ui/presentation/view.py" line="290"/>
        <source>KalixPlan – presentation</source>
        <translation>KalixPlan – presentation</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/view.py" line="291"/>
        <source>→ next   ← back   Esc leave</source>
        <translation>→ next   ← back   Esc leave</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/printing/dialog.py" line="78"/>
        <location filename="../../ui/printing/dialog.py" line="343"/>
        <location filename="../../ui/printing/dialog.py" line="359"/>
        <location filename="../../ui/printing/dialog.py" line="392"/>
        <location filename="../../ui/printing/dialog.py" line="403"/>
        <source>Print map</source>
        <translation>Print map</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="94"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="95"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="98"/>
        <source>Fit to extent</source>
        <translation>Fit to extent</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="103"/>
        <source>Selected parcels</source>
        <translation>Selected parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="105"/>
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="106"/>
        <source>All parcels</source>
        <translation>All parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="107"/>
        <source>Whole municipality</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="110"/>
        <source>The municipal boundary and every parcel on one sheet, at the largest scale that holds them</source>
        <translation>The municipal boundary and every parcel on one sheet, at the largest scale that holds them</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="121"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="122"/>
        <source>Plan boundaries</source>
        <translation>Plan boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="123"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="124"/>
        <source>Reference layers</source>
        <translation>Reference layers</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="132"/>
        <source>Basemap tiles (from the local cache)</source>
        <translation>Basemap tiles (from the local cache)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="133"/>
        <source>Overview map</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="135"/>
        <source>Table of the parcels shown</source>
        <translation>Table of the parcels shown</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="136"/>
        <source>Coordinate ticks</source>
        <translation>Coordinate ticks</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="148"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="149"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="150"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="151"/>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="153"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="154"/>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="155"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="156"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="157"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="162"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="166"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="167"/>
        <source>Prospectus PDF…</source>
        <translation>Prospectus PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="169"/>
        <source>One A4 prospectus sheet (objektblad) per selected parcel, for investors</source>
        <translation>One A4 prospectus sheet (objektblad) per selected parcel, for investors</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="173"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="174"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="223"/>
        <source>Type the scale as a number such as 10000 or 1:10 000.</source>
        <translation>Type the scale as a number such as 10000 or 1:10 000.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="299"/>
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="308"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="322"/>
        <source>Parcels shown: {n}. Scale {scale} on {paper}.</source>
        <translation>Parcels shown: {n}. Scale {scale} on {paper}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="346"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="353"/>
        <source>Printing to PDF</source>
        <translation>Printing to PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="358"/>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="370"/>
        <source>Save prospectus</source>
        <translation>Save prospectus</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="378"/>
        <source>Writing the prospectus</source>
        <translation>Writing the prospectus</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="383"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="385"/>
        <source>Prospectus</source>
        <translation>Prospectus</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="392"/>
        <source>Wait for the preview, then print.</source>
        <translation>Wait for the preview, then print.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewWidget</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="129"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="130"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="133"/>
        <source>True size: a millimetre of the sheet is a millimetre on the screen</source>
        <translation>True size: a millimetre of the sheet is a millimetre on the screen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="136"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>Zoom out (Ctrl + mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="138"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>Zoom in (Ctrl + mouse wheel)</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="68"/>
        <source>The project could not be opened</source>
        <translation>The project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76"/>
        <source>Opening the project…</source>
        <translation>Opening the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81"/>
        <source>Preparing the Kalix example data…</source>
        <translation>Preparing the Kalix example data…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>The last project could not be opened</source>
        <translation>The last project could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="112"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="127"/>
        <location filename="../../ui/window_actions.py" line="142"/>
        <source>Creating the project…</source>
        <translation>Creating the project…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="163"/>
        <source>No detailed plan in force here.</source>
        <translation>No detailed plan in force here.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="168"/>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="177"/>
        <source>laga kraft %1</source>
        <translation>laga kraft %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="201"/>
        <source>%1 replaced by %2</source>
        <translation>%1 replaced by %2</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="202"/>
        <source>%1 repealed by %2</source>
        <translation>%1 repealed by %2</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="202"/>
        <source>%1 repealed</source>
        <translation>%1 repealed</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="203"/>
        <source>%1 overlapped by the newer %2 (no decision links them)</source>
        <translation>%1 overlapped by the newer %2 (no decision links them)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="204"/>
        <source>%1 not in force yet (laga kraft %2)</source>
        <translation>%1 not in force yet (laga kraft %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="vanished">Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="184"/>
        <source>max height %1 m</source>
        <translation>max height %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="187"/>
        <source>Land use: %1</source>
        <translation>Land use: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="190"/>
        <source>Implementation period ends %1</source>
        <translation>Implementation period ends %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="192"/>
        <source>Implementation period ended %1</source>
        <translation>Implementation period ended %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation type="vanished">Replaces %1</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/exporting/publish.py" line="43"/>
        <source>Publish the &apos;ledig mark&apos; site</source>
        <translation>Publish the &apos;ledig mark&apos; site</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="45"/>
        <source>A new or empty folder, or the site&apos;s folder</source>
        <translation>A new or empty folder, or the site&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="46"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="51"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="52"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="59"/>
        <source>Show the price per m²</source>
        <translation>Show the price per m²</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="60"/>
        <source>A prospectus PDF for each parcel</source>
        <translation>A prospectus PDF for each parcel</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="63"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="64"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="69"/>
        <source>Only parcels marked for the public web pages and available go out, without owners or notes. Nothing is fetched from the internet: the folder opens from disk and from any web host.</source>
        <translation>Only parcels marked for the public web pages and available go out, without owners or notes. Nothing is fetched from the internet: the folder opens from disk and from any web host.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="80"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="83"/>
        <source>Open the site</source>
        <translation>Open the site</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="96"/>
        <source>The site&apos;s folder</source>
        <translation>The site&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="111"/>
        <source>Choose the folder for the site first.</source>
        <translation>Choose the folder for the site first.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="114"/>
        <source>Choose at least one language.</source>
        <translation>Choose at least one language.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="133"/>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="134"/>
        <source>Publishing the site</source>
        <translation>Publishing the site</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="142"/>
        <source>Published %1 parcels on %2 pages with %3 prospectus PDFs to %4.</source>
        <translation>Published %1 parcels on %2 pages with %3 prospectus PDFs to %4.</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../../ui/workspace.py" line="190"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="189"/>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="182"/>
        <source>Delete %1 plans</source>
        <translation>Delete %1 plans</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>Delete %1 parcels</source>
        <translation>Delete %1 parcels</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="191"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="201"/>
        <source>the interest of %1 in %2</source>
        <translation>the interest of %1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="205"/>
        <source>the reservation of %1 for %2</source>
        <translation>the reservation of %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="207"/>
        <source>the link of %1 to plan %2</source>
        <translation>the link of %1 to plan %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="210"/>
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
        <location filename="../../ui/importing/wizard.py" line="287"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="293"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="294"/>
        <source>Designation / name</source>
        <translation>Designation / name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="295"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="296"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="312"/>
        <source>Imported {0}, updated {1}, skipped {2} from {3}.</source>
        <translation>Imported {0}, updated {1}, skipped {2} from {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="319"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="320"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="321"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="331"/>
        <location filename="../../ui/importing/wizard.py" line="338"/>
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
        <location filename="../../ui/forms/base.py" line="256"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Correct the marked fields and save again.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="230"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="298"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="299"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="300"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RowListBox</name>
    <message>
        <location filename="../../ui/forms/row_list_box.py" line="82"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/row_list_box.py" line="83"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="84"/>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="85"/>
        <source>Choose the file and what to import from it.</source>
        <translation>Choose the file and what to import from it.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="88"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="95"/>
        <source>Parcels of industrial land</source>
        <translation>Parcels of industrial land</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="96"/>
        <source>Detailed plans (boundaries)</source>
        <translation>Detailed plans (boundaries)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="97"/>
        <source>Land-use areas of plans</source>
        <translation>Land-use areas of plans</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="98"/>
        <source>Reference layer (roads, railway, zones …)</source>
        <translation>Reference layer (roads, railway, zones …)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="99"/>
        <source>Actors (companies and organisations, no geometry)</source>
        <translation>Actors (companies and organisations, no geometry)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>As the existing layer (a new one: other)</source>
        <translation>As the existing layer (a new one: other)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="110"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="111"/>
        <source>Import as:</source>
        <translation>Import as:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="112"/>
        <source>Layer name:</source>
        <translation>Layer name:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Layer represents:</source>
        <translation>Layer represents:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="118"/>
        <source>Import geodata</source>
        <translation>Import geodata</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../ui/status_labels.py" line="34"/>
        <source>No project open</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../../ui/status_labels.py" line="42"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 parcels, %2 ha shown</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../ui/window_tools.py" line="247"/>
        <source>Boverket&apos;s planbestämmelsekatalog (in use: %1)</source>
        <translation>Boverket&apos;s planbestämmelsekatalog (in use: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="251"/>
        <source>Catalogue release (*.json)</source>
        <translation>Catalogue release (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="262"/>
        <source>Boverket&apos;s planbestämmelsekatalog</source>
        <translation>Boverket&apos;s planbestämmelsekatalog</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="264"/>
        <source>Release %1 with %2 entries is in use for every project; NS Detaljplan deliveries refer to its entries.</source>
        <translation>Release %1 with %2 entries is in use for every project; NS Detaljplan deliveries refer to its entries.</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="288"/>
        <source>&amp;Import geodata…</source>
        <translation>&amp;Import geodata…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="289"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="290"/>
        <source>&amp;Print map or prospectus…</source>
        <translation>&amp;Print map or prospectus…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="291"/>
        <source>Export interactive &amp;HTML map…</source>
        <translation>Export interactive &amp;HTML map…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="292"/>
        <source>P&amp;ublish the &apos;ledig mark&apos; site…</source>
        <translation>P&amp;ublish the &apos;ledig mark&apos; site…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="293"/>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alerts…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="294"/>
        <source>Boverket&apos;s &amp;catalogue…</source>
        <translation>Boverket&apos;s &amp;catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="295"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="296"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="134"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
