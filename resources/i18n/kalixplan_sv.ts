<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="152"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="154"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="156"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="158"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="159"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="160"/>
        <source>Next step due</source>
        <translation>Nästa steg senast</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="164"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="26"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="27"/>
        <source>Utility</source>
        <translation>Energibolag</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="28"/>
        <source>Investor</source>
        <translation>Investerare</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="29"/>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="30"/>
        <source>Academia</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="35"/>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="39"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="42"/>
        <source>Ten digits, NNNNNN-NNNN; the last is a check digit</source>
        <translation>Tio siffror, NNNNNN-NNNN; den sista är en kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="44"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="45"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="47"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="49"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="50"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="57"/>
        <source>New actor</source>
        <translation>Ny aktör</translation>
    </message>
</context>
<context>
    <name>ActorListActions</name>
    <message>
        <location filename="../../ui/actors/list_actions.py" line="193"/>
        <source>Open document</source>
        <translation>Öppna dokument</translation>
    </message>
    <message>
        <location filename="../../ui/actors/list_actions.py" line="194"/>
        <source>Only web addresses, e-mail addresses and files that exist can be opened.</source>
        <translation>Bara webbadresser, e-postadresser och filer som finns kan öppnas.</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../../ui/actors/panel.py" line="210"/>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="205"/>
        <source>Saved by someone else</source>
        <translation>Sparad av någon annan</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="237"/>
        <source>Delete actor</source>
        <translation>Ta bort aktör</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="238"/>
        <source>Delete %1 with its contacts, needs, interests and activities?</source>
        <translation>Ta bort %1 med kontakter, behov, intressen och aktiviteter?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="294"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="295"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="296"/>
        <source>Land needs</source>
        <translation>Markbehov</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="297"/>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="298"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="299"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="300"/>
        <source>Matching land</source>
        <translation>Passande mark</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="304"/>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/panel.py" line="305"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="43"/>
        <location filename="../../ui/actors/models.py" line="80"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="49"/>
        <source>Org. number</source>
        <translation>Org.nummer</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="55"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="61"/>
        <source>Furthest stage</source>
        <translation>Längst kommet steg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="67"/>
        <source>Next step due</source>
        <translation>Nästa steg senast</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="86"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="92"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="98"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="106"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="114"/>
        <source>Area (ha)</source>
        <translation>Areal (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="121"/>
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="128"/>
        <source>Water (m³/day)</source>
        <translation>Vatten (m³/dygn)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="135"/>
        <source>Rail</source>
        <translation>Järnväg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="141"/>
        <source>Port</source>
        <translation>Hamn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="147"/>
        <source>Timeframe</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="153"/>
        <location filename="../../ui/actors/models.py" line="196"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="162"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="163"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="164"/>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="165"/>
        <source>Site visit</source>
        <translation>Platsbesök</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="166"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="184"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="190"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="203"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="209"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="216"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="231"/>
        <source>expired</source>
        <translation>har gått ut</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="232"/>
        <source>ends soon</source>
        <translation>går snart ut</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="239"/>
        <source>Parcel</source>
        <translation>Fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="245"/>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="255"/>
        <source>Stage since</source>
        <translation>Steg sedan</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="261"/>
        <source>Parcel status</source>
        <translation>Fastighetens status</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="267"/>
        <source>Reserved until</source>
        <translation>Reserverad till</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="280"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/models.py" line="286"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="47"/>
        <source>Add a plan document</source>
        <translation>Lägg till en planhandling</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="60"/>
        <source>Web address or file</source>
        <translation>Webbadress eller fil</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="61"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="62"/>
        <source>Type of study</source>
        <translation>Typ av underlag</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="65"/>
        <source>The national platform takes documents at a web address; a local file stays in KalixPlan only.</source>
        <translation>Den nationella plattformen tar emot handlingar på en webbadress; en lokal fil stannar i KalixPlan.</translation>
    </message>
</context>
<context>
    <name>AddPeriodDialog</name>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="44"/>
        <source>Extend or renew the implementation period</source>
        <translation>Förläng eller förnya genomförandetiden</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="55"/>
        <source>yyyy-mm-dd (when known)</source>
        <translation>åååå-mm-dd (när det är känt)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="58"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="59"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="60"/>
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="61"/>
        <source>Laga kraft</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="62"/>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="65"/>
        <source>PBL 4 kap. 24 §: before the period has run out it is extended, after it has run out renewed from the day the decision gains legal force; at most five years at a time.</source>
        <translation>PBL 4 kap. 24 §: innan genomförandetiden har gått ut förlängs den, därefter förnyas den från den dag beslutet vinner laga kraft; högst fem år i sänder.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="63"/>
        <source>Things to act on</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="70"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="87"/>
        <source>Reservation expired</source>
        <translation>Reservationen har gått ut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="88"/>
        <source>Reservation ends soon</source>
        <translation>Reservationen går snart ut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="89"/>
        <source>Implementation period ends</source>
        <translation>Genomförandetiden slutar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="90"/>
        <source>Next step due</source>
        <translation>Nästa steg senast</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="97"/>
        <source>Nothing needs attention.</source>
        <translation>Inget behöver åtgärdas.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/alerts_dialog.py" line="100"/>
        <source>%1 things need attention, %2 of them overdue.</source>
        <translation>%1 saker behöver åtgärdas, %2 av dem är försenade.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="94"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="95"/>
        <location filename="../../ui/importing/wizard.py" line="161"/>
        <source>Nothing has been saved yet. Choose what to do with problems.</source>
        <translation>Inget har sparats ännu. Välj vad som ska göras med problemen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="98"/>
        <source>Stop: import nothing while there are problems</source>
        <translation>Stoppa: importera inget så länge det finns problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="99"/>
        <source>Repair invalid geometries</source>
        <translation>Laga ogiltiga geometrier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="100"/>
        <source>Skip features with problems</source>
        <translation>Hoppa över objekt med problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="104"/>
        <source>Update existing rows</source>
        <translation>Uppdatera befintliga rader</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="105"/>
        <source>Keep existing rows (skip)</source>
        <translation>Behåll befintliga rader (hoppa över)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="108"/>
        <source>Choose if the layer exists already</source>
        <translation>Välj om lagret redan finns</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="109"/>
        <source>Replace the existing layer&apos;s features</source>
        <translation>Ersätt det befintliga lagrets objekt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="110"/>
        <source>Add to the existing layer&apos;s features</source>
        <translation>Lägg till i det befintliga lagrets objekt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="111"/>
        <source>Keep the existing layer (import nothing)</source>
        <translation>Behåll det befintliga lagret (importera inget)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Feature</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Designation / name</source>
        <translation>Beteckning / namn</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="119"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="124"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="132"/>
        <source>Problems:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="133"/>
        <source>Existing designation:</source>
        <translation>Befintlig beteckning:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>Existing layer:</source>
        <translation>Befintligt lager:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="149"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="157"/>
        <source>Nothing has been saved yet. NS Detaljplan 4.1: plans keep their identity; a plan edited in this project since the file was written is kept as it is.</source>
        <translation>Inget har sparats ännu. NS Detaljplan 4.1: planerna behåller sin identitet; en plan som ändrats i projektet sedan filen skrevs behålls som den är.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="173"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="184"/>
        <source>Checking the source</source>
        <translation>Kontrollerar källan</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="207"/>
        <source>Would import {0}, update {1} and skip {2}; {3} geometries repaired.</source>
        <translation>Skulle importera {0}, uppdatera {1} och hoppa över {2}; {3} geometrier lagade.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="218"/>
        <source>Problems found: {0}. Nothing can be imported with these choices.</source>
        <translation>Problem hittade: {0}. Inget kan importeras med de här valen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="230"/>
        <source>Read the coordinates as EPSG:{0} ({1}) and check again</source>
        <translation>Läs koordinaterna som EPSG:{0} ({1}) och kontrollera igen</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation type="vanished">Oväntat fel: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="255"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="65"/>
        <source>Saved by someone else</source>
        <translation>Sparad av någon annan</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="68"/>
        <source>%1 was changed by someone else after you opened it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation>%1 ändrades av någon annan efter att du öppnade den. Inget av dina ändringar har sparats ännu. Jämför värdena och välj.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Now saved</source>
        <translation>Sparat nu</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="96"/>
        <source>Reload their version</source>
        <translation>Läs in deras version</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="97"/>
        <source>Apply my values again</source>
        <translation>Spara mina värden ändå</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="98"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="106"/>
        <source>Delete anyway</source>
        <translation>Ta bort ändå</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="108"/>
        <source>Your values are kept in the change log whatever you choose.</source>
        <translation>Dina värden finns kvar i ändringsloggen vad du än väljer.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="111"/>
        <source>Connect to PostGIS server</source>
        <translation>Anslut till PostGIS-server</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="122"/>
        <source>Create the project schema (an empty database)</source>
        <translation>Skapa projektets tabeller (en tom databas)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="123"/>
        <source>Remember the password in the system keyring</source>
        <translation>Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="126"/>
        <source>Kept by the operating system (Credential Manager, Keychain, Secret Service), never in KalixPlan&apos;s settings. Without it, the password is used for this session only (or comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>Sparas av operativsystemet (Autentiseringshanteraren, Nyckelring, Secret Service), aldrig i KalixPlans inställningar. Utan det används lösenordet bara under den här sessionen (eller hämtas från PGPASSWORD eller ~/.pgpass).</translation>
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
        <translation>Databas</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="136"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="137"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="138"/>
        <source>…or a URL</source>
        <translation>…eller en URL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="171"/>
        <source>That is not a database URL.</source>
        <translation>Det är ingen databas-URL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="174"/>
        <source>Only PostgreSQL/PostGIS servers are supported.</source>
        <translation>Bara PostgreSQL/PostGIS-servrar stöds.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="177"/>
        <source>Name the database.</source>
        <translation>Ange databasens namn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="186"/>
        <source>This computer has no system keyring; the password is used for this session only. Press OK again to connect.</source>
        <translation>Datorn har ingen nyckelring i systemet; lösenordet används bara under den här sessionen. Tryck OK igen för att ansluta.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="69"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="71"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="72"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="73"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="74"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="78"/>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
</context>
<context>
    <name>CrsPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="196"/>
        <source>Coordinates and text</source>
        <translation>Koordinater och text</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="200"/>
        <source>— choose the coordinate system —</source>
        <translation>— välj koordinatsystem —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="213"/>
        <source>The first rows, decoded with the chosen encoding</source>
        <translation>De första raderna, avkodade med vald teckenkodning</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="217"/>
        <source>Coordinate system:</source>
        <translation>Koordinatsystem:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="218"/>
        <source>Text encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="227"/>
        <source>Actors have no geometry; no coordinate system is needed.</source>
        <translation>Aktörer har ingen geometri; inget koordinatsystem behövs.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="233"/>
        <source>The file states its coordinate system: EPSG:{0}.</source>
        <translation>Filen anger sitt koordinatsystem: EPSG:{0}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="238"/>
        <source>The file does not say which coordinate system it uses; choose it below (KalixPlan never guesses).</source>
        <translation>Filen anger inte vilket koordinatsystem den använder; välj det nedan (KalixPlan gissar aldrig).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="245"/>
        <source>The Shapefile has no .cpg file; GDAL reads its text as {0}. Choose UTF-8 or Windows-1252 (cp1252) if å, ä and ö look wrong in the preview.</source>
        <translation>Shapefilen saknar .cpg-fil; GDAL läser texten som {0}. Välj UTF-8 eller Windows-1252 (cp1252) om å, ä och ö ser fel ut i förhandsvisningen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="298"/>
        <source>The file states EPSG:{0}, but its coordinates fit EPSG:{1}; they are read as EPSG:{1}.</source>
        <translation>Filen anger EPSG:{0}, men koordinaterna passar EPSG:{1}; de läses som EPSG:{1}.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="110"/>
        <location filename="../../ui/dashboard/widget.py" line="155"/>
        <source>Compiled %1</source>
        <translation>Sammanställd %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="122"/>
        <source>Save dashboard as PDF</source>
        <translation>Spara översikten som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="122"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="141"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="157"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="158"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="159"/>
        <source>Recompute the figures from the database</source>
        <translation>Räkna om siffrorna från databasen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widget.py" line="160"/>
        <source>The dashboard on one A4 page</source>
        <translation>Översikten på en A4-sida</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="171"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="173"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="176"/>
        <source>File or web address</source>
        <translation>Fil eller webbadress</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="179"/>
        <source>A path such as /srv/avtal/loi.pdf or an https:// address</source>
        <translation>En sökväg som /srv/avtal/loi.pdf eller en https://-adress</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="184"/>
        <source>New document link</source>
        <translation>Ny dokumentlänk</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="57"/>
        <source>CSV with WKT (.csv)</source>
        <translation>CSV med WKT (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="107"/>
        <location filename="../../ui/exporting/dialog.py" line="157"/>
        <location filename="../../ui/exporting/dialog.py" line="276"/>
        <location filename="../../ui/exporting/dialog.py" line="283"/>
        <location filename="../../ui/exporting/dialog.py" line="333"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="110"/>
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="111"/>
        <source>Detailed plans</source>
        <translation>Detaljplaner</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="112"/>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="113"/>
        <source>Reference layer</source>
        <translation>Referensskikt</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="120"/>
        <source>All rows</source>
        <translation>Alla rader</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="122"/>
        <source>The selection ({0} rows)</source>
        <translation>Markeringen ({0} rader)</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="123"/>
        <source>Rows where</source>
        <translation>Rader där</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="129"/>
        <source>value, e.g. available</source>
        <translation>värde, t.ex. available</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="140"/>
        <source>Swedish column headers</source>
        <translation>Svenska kolumnrubriker</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="141"/>
        <source>English field names</source>
        <translation>Engelska fältnamn</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="143"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="162"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="163"/>
        <source>Reference layer:</source>
        <translation>Referensskikt:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="168"/>
        <source>Rows:</source>
        <translation>Rader:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="169"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="170"/>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="171"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="206"/>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="219"/>
        <source>Choose a file to export to.</source>
        <translation>Välj en fil att exportera till.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="245"/>
        <location filename="../../ui/exporting/dialog.py" line="266"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="246"/>
        <location filename="../../ui/exporting/dialog.py" line="267"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="284"/>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="298"/>
        <source>Exported {0} rows to {1}.</source>
        <translation>Exporterade {0} rader till {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="307"/>
        <source>Exported {0} plans and {1} provisions to {2}. {3} findings would stop a delivery to the national platform, {4} are warnings:</source>
        <translation>{0} planer och {1} bestämmelser exporterades till {2}. {3} fynd skulle stoppa en leverans till den nationella plattformen, {4} är varningar:</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="318"/>
        <source>Exported {0} plans and {1} provisions to {2}; the national platform&apos;s rules find nothing to stop on.</source>
        <translation>{0} planer och {1} bestämmelser exporterades till {2}; den nationella plattformens regler hittar inget som stoppar leveransen.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/dialog.py" line="337"/>
        <source>Unexpected error: {0}</source>
        <translation>Oväntat fel: {0}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="66"/>
        <source>Enter a whole number, e.g. 10.</source>
        <translation>Skriv ett heltal, t.ex. 10.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="68"/>
        <source>Enter a number, e.g. 250 or 12,5.</source>
        <translation>Skriv ett tal, t.ex. 250 eller 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="116"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="140"/>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-06-30.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="208"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="209"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="210"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>GeometryPreview</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="25"/>
        <source>The first features of the source, in its own coordinates</source>
        <translation>De första objekten i källan, i dess egna koordinater</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="50"/>
        <source>No geometries</source>
        <translation>Inga geometrier</translation>
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
        <translation>Exportera interaktiv HTML</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="70"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/html_export.py" line="77"/>
        <source>Exporting the map</source>
        <translation>Exporterar kartan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="373"/>
        <source>Import geodata</source>
        <translation>Importera geodata</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../ui/actors/interests.py" line="151"/>
        <source>Register an interest in a parcel</source>
        <translation>Registrera intresse för en fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="152"/>
        <source>Selected interest</source>
        <translation>Valt intresse</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="153"/>
        <source>Add interest</source>
        <translation>Lägg till intresse</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="154"/>
        <source>Change stage</source>
        <translation>Ändra skede</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="155"/>
        <source>Reserve parcel</source>
        <translation>Reservera fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="156"/>
        <source>End reservation</source>
        <translation>Avsluta reservation</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="157"/>
        <source>Dialogue stage</source>
        <translation>Dialogskede</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="158"/>
        <source>Reserved until</source>
        <translation>Reserverad till</translation>
    </message>
    <message>
        <location filename="../../ui/actors/interests.py" line="160"/>
        <source>Reserve the parcel for this actor until the date (status: reserved)</source>
        <translation>Reservera fastigheten för aktören till datumet (status: reserverad)</translation>
    </message>
</context>
<context>
    <name>LayerPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="165"/>
        <source>Layer</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="166"/>
        <source>The file holds several layers; choose the one to import.</source>
        <translation>Filen innehåller flera lager; välj det som ska importeras.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../ui/actors/lists.py" line="129"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/actors/lists.py" line="130"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/actors/lists.py" line="131"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>LogoChooserWidget</name>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="43"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="44"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="75"/>
        <source>None (a placeholder is printed)</source>
        <translation>Ingen (en platshållare skrivs ut)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="103"/>
        <source>Choose a logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="105"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/logo_chooser.py" line="120"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="180"/>
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="181"/>
        <source>Plan boundaries</source>
        <translation>Plangränser</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="182"/>
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="183"/>
        <source>Basemap</source>
        <translation>Bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="194"/>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="196"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="197"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="199"/>
        <source>&amp;Connect to PostGIS server…</source>
        <translation>&amp;Anslut till PostGIS-server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="201"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="204"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="205"/>
        <source>New &amp;parcel</source>
        <translation>Ny &amp;fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="206"/>
        <source>New p&amp;lan</source>
        <translation>Ny p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="207"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="208"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="209"/>
        <source>&amp;Layers</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="210"/>
        <source>&amp;About KalixPlan</source>
        <translation>&amp;Om KalixPlan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>The map could not be shown: %1</source>
        <translation>Kartan kunde inte visas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="188"/>
        <source>%n parcel(s) were edited outside KalixPlan: areas and distances recomputed.</source>
        <translation>
            <numerusform>%n fastighet hade ändrats utanför KalixPlan: areal och avstånd är omräknade.</numerusform>
            <numerusform>%n fastigheter hade ändrats utanför KalixPlan: areal och avstånd är omräknade.</numerusform>
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
        <translation type="vanished">Något oväntat gick fel: %1

Inget sparades av den här åtgärden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1

Nothing was saved by this action. The details are in %2.</source>
        <translation type="vanished">Något oväntat gick fel: %1

Inget sparades av den här åtgärden. Detaljerna finns i %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Parcel</source>
        <translation>Fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="vanished">Inget projekt öppet</translation>
    </message>
    <message>
        <source>%1 parcels, %2 ha shown</source>
        <translation type="vanished">%1 fastigheter, %2 ha visas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Find land</source>
        <translation>Hitta mark</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Detailed plans</source>
        <translation>Detaljplaner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Click a parcel or a plan on the map, or pick a row in a table, to see its details here.</source>
        <translation>Klicka på en fastighet eller en plan i kartan, eller välj en rad i en tabell, så visas uppgifterna här.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>this project holds invented demo data for Kalix. Create or open a real project in the File menu.</source>
        <translation>projektet innehåller påhittade demonstrationsdata för Kalix. Skapa eller öppna ett riktigt projekt i menyn Arkiv.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>About KalixPlan</source>
        <translation>Om KalixPlan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detailed plans, industrial land and green-transition actors for Swedish municipalities.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors. The example data is invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KalixPlan %1&lt;/h3&gt;&lt;p&gt;Detaljplaner, industrimark och aktörer i den gröna omställningen för svenska kommuner.&lt;/p&gt;&lt;p&gt;Kartdata © OpenStreetMaps bidragsgivare. Exempeldata är påhittade.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Log file: %1&lt;br&gt;Your data and the demo: %2&lt;br&gt;Map cache: %3</source>
        <translation>Loggfil: %1&lt;br&gt;Dina data och demot: %2&lt;br&gt;Kartcache: %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Save your changes to %1?</source>
        <translation>Spara dina ändringar i %1?</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../ui/map/widget.py" line="255"/>
        <source>The map page could not be loaded.</source>
        <translation>Kartsidan kunde inte läsas in.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="341"/>
        <source>Field mapping</source>
        <translation>Fältkoppling</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="343"/>
        <source>Columns were matched by name and common Swedish/English names; adjust them.</source>
        <translation>Kolumnerna kopplades efter namn och vanliga svenska/engelska namn; justera dem.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="346"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="346"/>
        <source>Source column</source>
        <translation>Källkolumn</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="350"/>
        <source>preset name</source>
        <translation>namn på mallen</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="351"/>
        <source>Save preset</source>
        <translation>Spara mall</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="354"/>
        <source>Preset:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="405"/>
        <source>— matched by name —</source>
        <translation>— kopplat efter namn —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="423"/>
        <source>Type a name for the preset first.</source>
        <translation>Skriv först ett namn på mallen.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="432"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Mallen &apos;{0}&apos; sparad.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="444"/>
        <source>This source lacks columns of the preset: {0}</source>
        <translation>Källan saknar kolumner som mallen använder: {0}</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="64"/>
        <source>area</source>
        <translation>areal</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="65"/>
        <source>land use</source>
        <translation>markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="66"/>
        <source>power</source>
        <translation>effekt</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="67"/>
        <source>rail</source>
        <translation>järnväg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="68"/>
        <source>port</source>
        <translation>hamn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="69"/>
        <source>water</source>
        <translation>vatten</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="70"/>
        <source>constraints</source>
        <translation>restriktioner</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="82"/>
        <source>Parcel</source>
        <translation>Fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="88"/>
        <location filename="../../ui/actors/match_panel.py" line="134"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="96"/>
        <source>Area (ha)</source>
        <translation>Areal (ha)</translation>
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
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="122"/>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="128"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="244"/>
        <source>Record a land need to match land.</source>
        <translation>Registrera ett markbehov för att hitta passande mark.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="266"/>
        <location filename="../../ui/actors/match_panel.py" line="288"/>
        <source>Matching land</source>
        <translation>Passande mark</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="275"/>
        <source>%1 parcels ranked; %2 meet every known criterion.</source>
        <translation>%1 fastigheter rangordnade; %2 uppfyller alla kända krav.</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="337"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="338"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="339"/>
        <source>Find land</source>
        <translation>Hitta mark</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="340"/>
        <source>Show on map</source>
        <translation>Visa i kartan</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="341"/>
        <source>Which actors does a parcel fit?</source>
        <translation>Vilka aktörer passar en fastighet?</translation>
    </message>
    <message>
        <location filename="../../ui/actors/match_panel.py" line="342"/>
        <source>Find actors</source>
        <translation>Hitta aktörer</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../ui/actors/forms.py" line="88"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="88"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="91"/>
        <location filename="../../ui/actors/forms.py" line="139"/>
        <source>Land need</source>
        <translation>Markbehov</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="93"/>
        <source>Area (ha)</source>
        <translation>Areal (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="94"/>
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="95"/>
        <source>Water (m³/day)</source>
        <translation>Vatten (m³/dygn)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="98"/>
        <source>Needs rail access</source>
        <translation>Behöver järnväg</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="106"/>
        <source>Max distance to rail (m)</source>
        <translation>Högsta avstånd till järnväg (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="109"/>
        <source>Empty: 2000 m when rail access is needed</source>
        <translation>Tomt: 2000 m när järnväg behövs</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="113"/>
        <source>Needs port access</source>
        <translation>Behöver hamn</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="121"/>
        <source>Max distance to port (m)</source>
        <translation>Högsta avstånd till hamn (m)</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="124"/>
        <source>Empty: 5000 m when port access is needed</source>
        <translation>Tomt: 5000 m när hamn behövs</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="128"/>
        <source>Timeframe</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="130"/>
        <source>When the land is needed, e.g. 2027 or Q3 2026</source>
        <translation>När marken behövs, t.ex. 2027 eller kv. 3 2026</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="132"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/actors/forms.py" line="136"/>
        <source>New land need</source>
        <translation>Nytt markbehov</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="42"/>
        <location filename="../../ui/panels/project_dialogs.py" line="80"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="44"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="53"/>
        <source>Fill it with the Kalix example data</source>
        <translation>Fyll det med exempeldata för Kalix</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="57"/>
        <source>The coordinate system cannot be changed later. SWEREF 99 TM is the national choice; a local zone (e.g. SWEREF 99 23 15 for Kalix) gives true distances.</source>
        <translation>Koordinatsystemet går inte att ändra senare. SWEREF 99 TM är det nationella valet; en lokal zon (t.ex. SWEREF 99 23 15 för Kalix) ger sanna avstånd.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="63"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="64"/>
        <source>Coordinate system</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="80"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="93"/>
        <source>Choose a file name.</source>
        <translation>Välj ett filnamn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="96"/>
        <source>That file exists already; choose another name.</source>
        <translation>Filen finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/project_dialogs.py" line="99"/>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
</context>
<context>
    <name>ParcelFilterPanel</name>
    <message>
        <location filename="../../ui/panels/filter.py" line="169"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 fastigheter, %2 ha visas</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="186"/>
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="189"/>
        <source>Limits (0 = any)</source>
        <translation>Gränser (0 = alla)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="191"/>
        <source>Area at least (ha)</source>
        <translation>Areal minst (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="192"/>
        <source>Area at most (ha)</source>
        <translation>Areal högst (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="193"/>
        <source>Price at most (SEK/m²)</source>
        <translation>Pris högst (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="194"/>
        <source>Power at least (MW)</source>
        <translation>Effekt minst (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="195"/>
        <source>Railway within (m)</source>
        <translation>Järnväg inom (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="196"/>
        <source>Port within (m)</source>
        <translation>Hamn inom (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="198"/>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../ui/panels/filter.py" line="203"/>
        <source>Show all parcels</source>
        <translation>Visa alla fastigheter</translation>
    </message>
</context>
<context>
    <name>ParcelForm</name>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="33"/>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="34"/>
        <source>Municipal company</source>
        <translation>Kommunalt bolag</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="35"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="36"/>
        <source>State</source>
        <translation>Staten</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="41"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="42"/>
        <source>Status and planning</source>
        <translation>Status och planläge</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="43"/>
        <source>Utilities</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="44"/>
        <source>Transport (computed from reference layers)</source>
        <translation>Transporter (beräknat från referenslager)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="45"/>
        <source>Constraints</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="46"/>
        <source>Contact and notes</source>
        <translation>Kontakt och anteckningar</translation>
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
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23</source>
        <translation type="vanished">Registerområde och block:enhet, t.ex. Kalix Näsbyn 1:23</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="75"/>
        <source>Area name</source>
        <translation>Områdesnamn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="76"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="78"/>
        <source>Owner kind</source>
        <translation>Ägartyp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="80"/>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="183"/>
        <source>%1 ha — not recomputed yet: the boundary was changed outside KalixPlan (reopen the project)</source>
        <translation>%1 ha – inte omräknad ännu: gränsen ändrades utanför KalixPlan (öppna projektet igen)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="186"/>
        <source>%1 ha (computed from the boundary)</source>
        <translation>%1 ha (beräknat från gränsen)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="51"/>
        <source>Kept by</source>
        <translation>Hålls under</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="55"/>
        <source>Name of the area (no designation)</source>
        <translation>Områdets namn (ingen beteckning)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="60"/>
        <source>Land a municipality keeps by name only (a &apos;ledig industrimark&apos; layer) has its name as its key</source>
        <translation>Mark som kommunen bara håller under ett namn (ett lager med ledig industrimark) har namnet som nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="70"/>
        <source>Register area name and block:unit, e.g. Kalix Näsbyn 1:23; for land kept by name, its name</source>
        <translation>Registerområde och block:enhet, t.ex. Kalix Näsbyn 1:23; för mark som hålls under ett namn, namnet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="74"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="89"/>
        <source>Reserved until</source>
        <translation>Reserverad till</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="90"/>
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="93"/>
        <source>Governing plan</source>
        <translation>Gällande plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="98"/>
        <source>Max height (m)</source>
        <translation>Högsta höjd (m)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="99"/>
        <source>Utilisation</source>
        <translation>Exploateringsgrad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="100"/>
        <source>Price (SEK/m²)</source>
        <translation>Pris (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="101"/>
        <source>Price includes</source>
        <translation>I priset ingår</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="102"/>
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="103"/>
        <source>Water and sewer</source>
        <translation>Vatten och avlopp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="106"/>
        <source>Water capacity (m³/day)</source>
        <translation>Vattenkapacitet (m³/dygn)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="110"/>
        <source>District heating</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="111"/>
        <source>Fibre</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="112"/>
        <source>Gas or hydrogen</source>
        <translation>Gas eller vätgas</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="115"/>
        <source>Railway</source>
        <translation>Järnväg</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="122"/>
        <source>Port</source>
        <translation>Hamn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="129"/>
        <source>Road (E4/E10)</source>
        <translation>Väg (E4/E10)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="136"/>
        <source>Substation</source>
        <translation>Transformatorstation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="141"/>
        <source>Flood risk</source>
        <translation>Översvämningsrisk</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="144"/>
        <source>Contaminated land (MIFO class 1-4)</source>
        <translation>Förorenad mark (MIFO-klass 1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="149"/>
        <source>Protected nature</source>
        <translation>Skyddad natur</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="151"/>
        <source>Shoreline protection</source>
        <translation>Strandskydd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="153"/>
        <source>National interest</source>
        <translation>Riksintresse</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="154"/>
        <source>Geotechnics</source>
        <translation>Geoteknik</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="155"/>
        <source>State of the land</source>
        <translation>Markens skick</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="156"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="157"/>
        <source>Contact e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="158"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="161"/>
        <source>On the public web pages</source>
        <translation>På de publika webbsidorna</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="163"/>
        <source>Yes, publish it</source>
        <translation>Ja, publicera den</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="163"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="167"/>
        <source>Only parcels marked here go out with &apos;kalixplan publish&apos; (the &apos;ledig mark&apos; pages); owners, notes and prices never do unless chosen</source>
        <translation>Bara fastigheter som markeras här kommer med i &apos;kalixplan publish&apos; (sidorna om ledig mark); ägare, anteckningar och priser aldrig utan att det väljs</translation>
    </message>
    <message>
        <location filename="../../ui/forms/parcel_form.py" line="174"/>
        <source>New parcel</source>
        <translation>Ny fastighet</translation>
    </message>
</context>
<context>
    <name>ParcelTableModel</name>
    <message>
        <location filename="../../ui/models/parcels.py" line="19"/>
        <source>Designation</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="25"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="38"/>
        <source>Land use</source>
        <translation>Användning</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="45"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="51"/>
        <source>Area (ha)</source>
        <translation>Areal (ha)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="58"/>
        <source>Price (SEK/m²)</source>
        <translation>Pris (kr/m²)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="65"/>
        <source>Power (MW)</source>
        <translation>Effekt (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="72"/>
        <source>Rail (m)</source>
        <translation>Järnväg (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="79"/>
        <source>Port (m)</source>
        <translation>Hamn (m)</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="86"/>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="92"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ParcelWorkspace</name>
    <message numerus="yes">
        <location filename="../../ui/panels/parcel_workspace.py" line="139"/>
        <source>%n parcel(s) are not shown: the filter or search hides them (Show all parcels).</source>
        <translation>
            <numerusform>%n fastighet visas inte: filtret eller sökningen döljer den (Visa alla fastigheter).</numerusform>
            <numerusform>%n fastigheter visas inte: filtret eller sökningen döljer dem (Visa alla fastigheter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="225"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="226"/>
        <source>Save your changes to %1?</source>
        <translation>Spara dina ändringar i %1?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="261"/>
        <source>Delete %1 with the actors&apos; interests in them (%2)? Edit ▸ Undo restores the parcels with their interests.</source>
        <translation>Ta bort %1 med aktörernas intressen i dem (%2)? Redigera ▸ Ångra återställer fastigheterna med deras intressen.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="265"/>
        <source>Delete %1? Edit ▸ Undo restores the parcels.</source>
        <translation>Ta bort %1? Redigera ▸ Ångra återställer fastigheterna.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/parcel_workspace.py" line="268"/>
        <source>Delete parcels</source>
        <translation>Ta bort fastigheter</translation>
    </message>
    <message>
        <source>Delete %1 parcels</source>
        <translation type="vanished">Ta bort %1 fastigheter</translation>
    </message>
</context>
<context>
    <name>PlanDocumentsBox</name>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="113"/>
        <source>Documents (planhandlingar)</source>
        <translation>Planhandlingar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_documents.py" line="116"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Ta bort</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="150"/>
        <source>Detailed plan</source>
        <translation>Detaljplan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="151"/>
        <source>Town plan (older form)</source>
        <translation>Stadsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="152"/>
        <source>Building plan (older form)</source>
        <translation>Byggnadsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="153"/>
        <source>Parcelling plan (older form)</source>
        <translation>Avstyckningsplan (äldre form)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="158"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="159"/>
        <source>Process and decisions</source>
        <translation>Process och beslut</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="160"/>
        <source>Implementation period</source>
        <translation>Genomförandetid</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="161"/>
        <source>Archive and notes</source>
        <translation>Arkiv och anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="166"/>
        <source>Designation</source>
        <translation>Planbeteckning</translation>
    </message>
    <message>
        <source>kommunkod-P-number, e.g. 2514-P123</source>
        <translation type="vanished">kommunkod-P-nummer, t.ex. 2514-P123</translation>
    </message>
    <message>
        <source>Catalogue reference: %1</source>
        <translation type="vanished">Katalogreferens: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="107"/>
        <source>No provisions registered</source>
        <translation>Inga bestämmelser registrerade</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="136"/>
        <source>Provisions (planbestämmelser)</source>
        <translation>Planbestämmelser</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="vanished">Bestämmelse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="106"/>
        <source>Reason: %1</source>
        <translation>Motiv: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="117"/>
        <source>registered</source>
        <translation>registrerad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="124"/>
        <source>boundary changed</source>
        <translation>gränsen ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="132"/>
        <source>… and %1 earlier versions</source>
        <translation>… och %1 tidigare versioner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="133"/>
        <source>No versions recorded</source>
        <translation>Inga versioner registrerade</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="138"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="162"/>
        <source>Quality of the digital plan</source>
        <translation>Den digitala planens kvalitet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="170"/>
        <source>The plan&apos;s beteckning as the archive writes it, e.g. 2514-P123, BN16/1724 or DP 2026:1</source>
        <translation>Planens beteckning som arkivet skriver den, t.ex. 2514-P123, BN16/1724 eller DP 2026:1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="174"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="175"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="178"/>
        <source>Plan type</source>
        <translation>Plantyp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="189"/>
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="197"/>
        <source>Decision type</source>
        <translation>Beslutstyp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="203"/>
        <source>A new plan replaces the plans it names, a change amends them (PBL 4 kap. 38-39 §§), a repeal removes them (5 kap. 38 §)</source>
        <translation>En ny plan ersätter de planer den anger, en ändring ändrar dem (PBL 4 kap. 38–39 §§), ett upphävande tar bort dem (5 kap. 38 §)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="207"/>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="208"/>
        <source>Decision body</source>
        <translation>Beslutande organ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="209"/>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="210"/>
        <source>Consultation</source>
        <translation>Samråd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="211"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="212"/>
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="213"/>
        <source>In force</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="214"/>
        <source>Length (years)</source>
        <translation>Längd (år)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="217"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="220"/>
        <source>Empty: the day the plan came into force</source>
        <translation>Tomt: dagen planen vann laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="224"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="229"/>
        <source>Archive id</source>
        <translation>Arkivbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="232"/>
        <source>Plans this decision affects</source>
        <translation>Planer som beslutet berör</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="235"/>
        <source>The plans it replaces, changes or repeals (föregående plans beteckning); separate several with ;</source>
        <translation>Planerna som beslutet ersätter, ändrar eller upphäver (föregående plans beteckning); skilj flera åt med ;</translation>
    </message>
    <message>
        <source>Previous plan</source>
        <translation type="vanished">Tidigare plan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="239"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="242"/>
        <source>Digitisation</source>
        <translation>Digitaliseringsnivå</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="246"/>
        <source>Is the plan complete in digital form (NS Detaljplan 4.1)?</source>
        <translation>Är planen komplett i digital form (NS Detaljplan 4.1)?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="250"/>
        <source>Boundaries corrected</source>
        <translation>Korrigerade gränser</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="258"/>
        <source>Planning basis checked</source>
        <translation>Kontrollerat planeringsunderlag</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="266"/>
        <source>Usability</source>
        <translation>Användbarhet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="271"/>
        <source>About the quality</source>
        <translation>Beskrivning av kvaliteten</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="275"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="275"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_form.py" line="278"/>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
</context>
<context>
    <name>PlanPeriodsBox</name>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="107"/>
        <source>Extended or renewed implementation period</source>
        <translation>Förlängd eller förnyad genomförandetid</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Lägg till…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_periods.py" line="110"/>
        <source>%1 by %2 years, adopted %3</source>
        <translation>%1 med %2 år, antagen %3</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/models/plans.py" line="18"/>
        <source>Designation</source>
        <translation>Planbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="24"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="38"/>
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="44"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="51"/>
        <source>In force</source>
        <translation>Laga kraft</translation>
    </message>
    <message>
        <location filename="../../ui/models/plans.py" line="57"/>
        <source>Implementation ends</source>
        <translation>Genomförandetid slutar</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="153"/>
        <source>Delete plans</source>
        <translation>Ta bort planer</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="155"/>
        <source>Delete %1 with its land-use areas? Parcels keep their data but lose the link to the plan. Edit ▸ Undo restores the plans, their areas and the links.</source>
        <translation>Ta bort %1 med dess användningsområden? Fastigheterna behåller sina uppgifter men förlorar kopplingen till planen. Redigera ▸ Ångra återställer planerna, deras områden och kopplingarna.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="210"/>
        <source>Remove document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="211"/>
        <source>Remove the link to %1? The document itself is not touched.</source>
        <translation>Ta bort länken till %1? Själva dokumentet påverkas inte.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="230"/>
        <source>Open document</source>
        <translation>Öppna dokument</translation>
    </message>
    <message>
        <location filename="../../ui/panels/plan_workspace.py" line="231"/>
        <source>Only web addresses, e-mail addresses and files that exist can be opened.</source>
        <translation>Bara webbadresser, e-postadresser och filer som finns kan öppnas.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="180"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="187"/>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="188"/>
        <source>WMS service</source>
        <translation>WMS-tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="189"/>
        <source>XYZ tile service</source>
        <translation>XYZ-kakeltjänst</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="190"/>
        <source>No basemap</source>
        <translation>Ingen bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="198"/>
        <source>WMS layer names, comma separated</source>
        <translation>WMS-lagernamn, kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="205"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="206"/>
        <source>Basemap</source>
        <translation>Bakgrundskarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="207"/>
        <source>Service URL</source>
        <translation>Tjänstens adress</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="208"/>
        <source>WMS layers</source>
        <translation>WMS-lager</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="209"/>
        <source>Attribution</source>
        <translation>Upphovsangivelse</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="210"/>
        <source>The language and the basemap change when you press OK.</source>
        <translation>Språk och bakgrundskarta ändras när du trycker OK.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="253"/>
        <source>Enter the service&apos;s address, starting with https://.</source>
        <translation>Ange tjänstens adress, som börjar med https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="257"/>
        <source>An XYZ address needs {z}, {x} and {y} in it.</source>
        <translation>En XYZ-adress måste innehålla {z}, {x} och {y}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="261"/>
        <source>Name at least one WMS layer.</source>
        <translation>Ange minst ett WMS-lager.</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../ui/presentation/mode.py" line="153"/>
        <source>Presentation mode is on; Esc in the presentation brings the map back.</source>
        <translation>Presentationsläget är på; Esc i presentationen tar tillbaka kartan.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/mode.py" line="392"/>
        <source>Presentation &amp;mode…</source>
        <translation>Presentations&amp;läge…</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/mode.py" line="394"/>
        <source>Show available land full screen to a visitor, site by site (F11)</source>
        <translation>Visa ledig mark i helskärm för en besökare, plats för plats (F11)</translation>
    </message>
</context>
<context>
    <name>PresentationSetupDialog</name>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="105"/>
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="106"/>
        <source>Tour through &amp;areas (tick them; drag to reorder)</source>
        <translation>Visning &amp;områdesvis (bocka i; dra för att ändra ordning)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="107"/>
        <source>Tour through an &amp;actor&apos;s matching land</source>
        <translation>Visning av mark som &amp;passar en aktör</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="108"/>
        <source>Show &amp;prices</source>
        <translation>Visa &amp;priser</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="111"/>
        <source>Only available land is shown, without owners or notes. Keys: → or Page Down next, ← or Page Up back, Home/End, Esc leaves.</source>
        <translation>Bara ledig mark visas, utan ägare eller anteckningar. Tangenter: → eller Page Down nästa, ← eller Page Up bakåt, Home/End, Esc avslutar.</translation>
    </message>
    <message>
        <location filename="../../ui/presentation/setup_dialog.py" line="115"/>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
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
        <translation>→ nästa   ← bakåt   Esc avslutar</translation>
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
        <translation>Skriv ut karta</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="94"/>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="95"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="98"/>
        <source>Fit to extent</source>
        <translation>Anpassa till utbredning</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="103"/>
        <source>Selected parcels</source>
        <translation>Valda fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="105"/>
        <source>Current map view</source>
        <translation>Aktuell kartvy</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="106"/>
        <source>All parcels</source>
        <translation>Alla fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="107"/>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="110"/>
        <source>The municipal boundary and every parcel on one sheet, at the largest scale that holds them</source>
        <translation>Kommungränsen och alla fastigheter på ett blad, i den största skala som rymmer dem</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="121"/>
        <source>Parcels</source>
        <translation>Fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="122"/>
        <source>Plan boundaries</source>
        <translation>Plangränser</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="123"/>
        <source>Land use</source>
        <translation>Markanvändning</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="124"/>
        <source>Reference layers</source>
        <translation>Referensskikt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="132"/>
        <source>Basemap tiles (from the local cache)</source>
        <translation>Bakgrundskarta (från den lokala cachen)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="133"/>
        <source>Overview map</source>
        <translation>Översiktskarta</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="135"/>
        <source>Table of the parcels shown</source>
        <translation>Tabell över visade fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="136"/>
        <source>Coordinate ticks</source>
        <translation>Koordinatmarkeringar</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="148"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="149"/>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="150"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="151"/>
        <source>Extent</source>
        <translation>Utbredning</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="153"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="154"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="155"/>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="156"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="157"/>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="162"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="166"/>
        <source>Save PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="167"/>
        <source>Prospectus PDF…</source>
        <translation>Objektblad som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="169"/>
        <source>One A4 prospectus sheet (objektblad) per selected parcel, for investors</source>
        <translation>Ett objektblad i A4 per vald fastighet, att ge investerare</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="173"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="174"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="223"/>
        <source>Type the scale as a number such as 10000 or 1:10 000.</source>
        <translation>Skriv skalan som ett tal, t.ex. 10000 eller 1:10 000.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="299"/>
        <source>Drawing the preview…</source>
        <translation>Ritar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="308"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="322"/>
        <source>Parcels shown: {n}. Scale {scale} on {paper}.</source>
        <translation>Visade fastigheter: {n}. Skala {scale} på {paper}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="346"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="353"/>
        <source>Printing to PDF</source>
        <translation>Skriver till PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="358"/>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="370"/>
        <source>Save prospectus</source>
        <translation>Spara objektblad</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="378"/>
        <source>Writing the prospectus</source>
        <translation>Objektbladen skrivs</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="383"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Sparade %1 (%2 sidor).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="385"/>
        <source>Prospectus</source>
        <translation>Objektblad</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="392"/>
        <source>Wait for the preview, then print.</source>
        <translation>Vänta på förhandsvisningen och skriv sedan ut.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewWidget</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="129"/>
        <source>Fit page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="130"/>
        <source>Fit width</source>
        <translation>Sidbredd</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="133"/>
        <source>True size: a millimetre of the sheet is a millimetre on the screen</source>
        <translation>Verklig storlek: en millimeter på bladet är en millimeter på skärmen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="136"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>Zooma ut (Ctrl + mushjulet)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="138"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>Zooma in (Ctrl + mushjulet)</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/window_actions.py" line="68"/>
        <source>The project could not be opened</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76"/>
        <source>Opening the project…</source>
        <translation>Öppnar projektet…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81"/>
        <source>Preparing the Kalix example data…</source>
        <translation>Förbereder exempeldata för Kalix…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>The last project could not be opened</source>
        <translation>Det senaste projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="112"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="127"/>
        <location filename="../../ui/window_actions.py" line="142"/>
        <source>Creating the project…</source>
        <translation>Skapar projektet…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="163"/>
        <source>No detailed plan in force here.</source>
        <translation>Ingen detaljplan gäller här.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="168"/>
        <source>change</source>
        <translation>ändring</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="177"/>
        <source>laga kraft %1</source>
        <translation>laga kraft %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="201"/>
        <source>%1 replaced by %2</source>
        <translation>%1 ersatt av %2</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="202"/>
        <source>%1 repealed by %2</source>
        <translation>%1 upphävd genom %2</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="202"/>
        <source>%1 repealed</source>
        <translation>%1 upphävd</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="203"/>
        <source>%1 overlapped by the newer %2 (no decision links them)</source>
        <translation>%1 överlappas av den nyare %2 (inget beslut kopplar ihop dem)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="204"/>
        <source>%1 not in force yet (laga kraft %2)</source>
        <translation>%1 gäller inte ännu (laga kraft %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="vanished">Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="184"/>
        <source>max height %1 m</source>
        <translation>högsta höjd %1 m</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="187"/>
        <source>Land use: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="190"/>
        <source>Implementation period ends %1</source>
        <translation>Genomförandetiden slutar %1</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="192"/>
        <source>Implementation period ended %1</source>
        <translation>Genomförandetiden slutade %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation type="vanished">Ersätter %1</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/exporting/publish.py" line="43"/>
        <source>Publish the &apos;ledig mark&apos; site</source>
        <translation>Publicera webbplatsen om ledig mark</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="45"/>
        <source>A new or empty folder, or the site&apos;s folder</source>
        <translation>En ny eller tom mapp, eller webbplatsens mapp</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="46"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="51"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="52"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="59"/>
        <source>Show the price per m²</source>
        <translation>Visa priset per m²</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="60"/>
        <source>A prospectus PDF for each parcel</source>
        <translation>Ett objektblad som PDF för varje fastighet</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="63"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="64"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="69"/>
        <source>Only parcels marked for the public web pages and available go out, without owners or notes. Nothing is fetched from the internet: the folder opens from disk and from any web host.</source>
        <translation>Bara lediga fastigheter som markerats för de publika webbsidorna kommer med, utan ägare eller anteckningar. Inget hämtas från internet: mappen öppnas från disken och från vilket webbhotell som helst.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="80"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="83"/>
        <source>Open the site</source>
        <translation>Öppna webbplatsen</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="96"/>
        <source>The site&apos;s folder</source>
        <translation>Webbplatsens mapp</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="111"/>
        <source>Choose the folder for the site first.</source>
        <translation>Välj först mappen för webbplatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="114"/>
        <source>Choose at least one language.</source>
        <translation>Välj minst ett språk.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="133"/>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="134"/>
        <source>Publishing the site</source>
        <translation>Publicerar webbplatsen</translation>
    </message>
    <message>
        <location filename="../../ui/exporting/publish.py" line="142"/>
        <source>Published %1 parcels on %2 pages with %3 prospectus PDFs to %4.</source>
        <translation>%1 fastigheter publicerades på %2 sidor med %3 objektblad som PDF i %4.</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../../ui/workspace.py" line="190"/>
        <source>Edit %1</source>
        <translation>ändring av %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="189"/>
        <source>Create %1</source>
        <translation>ny %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="182"/>
        <source>Delete %1 plans</source>
        <translation>Ta bort %1 planer</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="185"/>
        <source>Delete %1 parcels</source>
        <translation>Ta bort %1 fastigheter</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="191"/>
        <source>Delete %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="201"/>
        <source>the interest of %1 in %2</source>
        <translation>intresset från %1 för %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="205"/>
        <source>the reservation of %1 for %2</source>
        <translation>reservationen av %1 för %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="207"/>
        <source>the link of %1 to plan %2</source>
        <translation>kopplingen mellan %1 och plan %2</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="210"/>
        <source>Undo brought back everything except %1, which someone else has deleted or changed in the meantime.</source>
        <translation>Ångra återställde allt utom %1, som någon annan har tagit bort eller ändrat under tiden.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../ui/panels/register.py" line="165"/>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="167"/>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="177"/>
        <source>Quick search (Ctrl+F)</source>
        <translation>Snabbsök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="178"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/register.py" line="179"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="287"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="293"/>
        <source>Feature</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="294"/>
        <source>Designation / name</source>
        <translation>Beteckning / namn</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="295"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="296"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="300"/>
        <source>Save report…</source>
        <translation>Spara rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="312"/>
        <source>Imported {0}, updated {1}, skipped {2} from {3}.</source>
        <translation>Importerade {0}, uppdaterade {1}, hoppade över {2} från {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="319"/>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="320"/>
        <source>updated</source>
        <translation>uppdaterad</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="321"/>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="331"/>
        <location filename="../../ui/importing/wizard.py" line="338"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="186"/>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="207"/>
        <location filename="../../ui/forms/base.py" line="256"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Rätta de markerade fälten och spara igen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="230"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="298"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="299"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="300"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>RowListBox</name>
    <message>
        <location filename="../../ui/forms/row_list_box.py" line="82"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/row_list_box.py" line="83"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="84"/>
        <source>Source file</source>
        <translation>Källfil</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="85"/>
        <source>Choose the file and what to import from it.</source>
        <translation>Välj filen och vad som ska importeras från den.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="88"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="95"/>
        <source>Parcels of industrial land</source>
        <translation>Fastigheter med industrimark</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="96"/>
        <source>Detailed plans (boundaries)</source>
        <translation>Detaljplaner (gränser)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="97"/>
        <source>Land-use areas of plans</source>
        <translation>Användningsområden i planer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="98"/>
        <source>Reference layer (roads, railway, zones …)</source>
        <translation>Referensskikt (vägar, järnväg, zoner …)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="99"/>
        <source>Actors (companies and organisations, no geometry)</source>
        <translation>Aktörer (företag och organisationer, utan geometri)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>As the existing layer (a new one: other)</source>
        <translation>Som det befintliga lagret (ett nytt: övrigt)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="110"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="111"/>
        <source>Import as:</source>
        <translation>Importera som:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="112"/>
        <source>Layer name:</source>
        <translation>Lagrets namn:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Layer represents:</source>
        <translation>Lagret visar:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="118"/>
        <source>Import geodata</source>
        <translation>Importera geodata</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../ui/status_labels.py" line="34"/>
        <source>No project open</source>
        <translation>Inget projekt öppet</translation>
    </message>
    <message>
        <location filename="../../ui/status_labels.py" line="42"/>
        <source>%1 parcels, %2 ha shown</source>
        <translation>%1 fastigheter, %2 ha visas</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <location filename="../../ui/window_tools.py" line="247"/>
        <source>Boverket&apos;s planbestämmelsekatalog (in use: %1)</source>
        <translation>Boverkets planbestämmelsekatalog (används nu: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="251"/>
        <source>Catalogue release (*.json)</source>
        <translation>Katalogens utgåva (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="262"/>
        <source>Boverket&apos;s planbestämmelsekatalog</source>
        <translation>Boverkets planbestämmelsekatalog</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="264"/>
        <source>Release %1 with %2 entries is in use for every project; NS Detaljplan deliveries refer to its entries.</source>
        <translation>Utgåva %1 med %2 poster används nu i alla projekt; leveranser enligt NS Detaljplan hänvisar till dess poster.</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="288"/>
        <source>&amp;Import geodata…</source>
        <translation>&amp;Importera geodata…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="289"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="290"/>
        <source>&amp;Print map or prospectus…</source>
        <translation>Skriv &amp;ut karta eller objektblad…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="291"/>
        <source>Export interactive &amp;HTML map…</source>
        <translation>Exportera interaktiv &amp;HTML-karta…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="292"/>
        <source>P&amp;ublish the &apos;ledig mark&apos; site…</source>
        <translation>P&amp;ublicera webbplatsen om ledig mark…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="293"/>
        <source>&amp;Alerts…</source>
        <translation>&amp;Påminnelser…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="294"/>
        <source>Boverket&apos;s &amp;catalogue…</source>
        <translation>Boverkets &amp;planbestämmelsekatalog…</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="295"/>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../ui/window_tools.py" line="296"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="134"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
