<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcdEventDecoder</name>
    <message>
        <source>ID is missing or not a positive integer</source>
        <translation>ID fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server reported status %1.</source>
        <translation>Der Server meldete den Status %1.</translation>
    </message>
    <message>
        <source>The server reported status %1: %2</source>
        <translation>Der Server meldete den Status %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of records.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
</context>
<context>
    <name>AcdEventQueueModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the ACD group that distributes the event</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>caller number or e-mail address the event came from</extracomment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>the time the caller asked to be called back</extracomment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>how long ago the event was created</extracomment>
        <translation>Alter</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>age of an ACD event in minutes</extracomment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>age of an ACD event in hours</extracomment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>age of an ACD event in days</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>jtel&apos;s number of the ACD event</extracomment>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>ID</source>
        <extracomment>the server&apos;s activity number</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>the agent the activity is assigned to</extracomment>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>the number of the case the activity belongs to</extracomment>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: %2</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 hat die Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The answer of %1 could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Server code %1: %2</source>
        <translation>Servercode %1: %2</translation>
    </message>
    <message>
        <source>Server code %1.</source>
        <translation>Servercode %1.</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, the most this call accepts; it was refused</source>
        <translation>die Antwort ist größer als %1 MiB, das Höchstmaß für diesen Aufruf; sie wurde abgelehnt</translation>
    </message>
    <message>
        <source>an HTML page came instead of JSON (HTTP %1, &quot;%2&quot;); a proxy or a wrong base URL may be in the way</source>
        <translation>statt JSON kam eine HTML-Seite (HTTP %1, „%2“); möglicherweise stehen ein Proxy oder eine falsche Basis-URL dazwischen</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the folder for the cache %1.</source>
        <translation>Der Ordner für den Cache %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>Der Cache %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cache %1 has schema version %2, written by a newer AgentDesk; this version knows schema versions up to %3 and leaves it untouched.</source>
        <translation>Der Cache %1 hat die Schemaversion %2 und wurde von einer neueren AgentDesk-Version geschrieben; diese Version kennt Schemaversionen bis %3 und lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>sein Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The cache %1 could not be written: %2</source>
        <translation>Der Cache %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 could not be written, %2: %3</source>
        <translation>Der Cache %1 konnte nicht geschrieben werden, %2: %3</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>New Callback</source>
        <translation>Neuer Rückruf</translation>
    </message>
    <message>
        <source>Create Callback</source>
        <translation>Rückruf erstellen</translation>
    </message>
    <message>
        <source>Voice mail</source>
        <extracomment>jtel ACD event types (AcdEventTypesID)</extracomment>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback request</source>
        <translation>Rückrufwunsch</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>An ACD group</source>
        <extracomment>who distributes the event: an ACD group, or a configuration group with an agent group</extracomment>
        <translation>Eine ACD-Gruppe</translation>
    </message>
    <message>
        <source>A configuration group and an agent group</source>
        <translation>Eine Konfigurationsgruppe und eine Agentengruppe</translation>
    </message>
    <message>
        <source>e.g. 512</source>
        <translation>z. B. 512</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>z. B. 40</translation>
    </message>
    <message>
        <source>e.g. 41</source>
        <translation>z. B. 41</translation>
    </message>
    <message>
        <source>Optional; any agent of the group if empty</source>
        <translation>Optional; wenn leer, ein beliebiger Agent der Gruppe</translation>
    </message>
    <message>
        <source>e.g. +4922199900011</source>
        <translation>z. B. +4922199900011</translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com/contacts/88412</source>
        <translation>z. B. https://crm.example.com/contacts/88412</translation>
    </message>
    <message>
        <source>Optional, e.g. the ticket number of another system</source>
        <translation>Optional, z. B. die Ticketnummer eines anderen Systems</translation>
    </message>
    <message>
        <source>%1–%2, %3 if empty</source>
        <extracomment>%1 and %2 are the lowest and highest priority, %3 the server&apos;s default</extracomment>
        <translation>%1–%2, wenn leer: %3</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>the layout of a date the user types; keep the letters in English order y, m, d</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <extracomment>the layout of a time the user types</extracomment>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Address to:</source>
        <translation>&amp;Verteilung über:</translation>
    </message>
    <message>
        <source>ACD &amp;group:</source>
        <translation>ACD-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Configuration group:</source>
        <translation>&amp;Konfigurationsgruppe:</translation>
    </message>
    <message>
        <source>Agent gro&amp;up:</source>
        <translation>Agentengr&amp;uppe:</translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation>Age&amp;nt:</translation>
    </message>
    <message>
        <source>User ID of the agent</source>
        <translation>Benutzer-ID des Agenten</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Nachr&amp;icht:</translation>
    </message>
    <message>
        <source>Added to the callback&apos;s details.</source>
        <translation>Wird den Details des Rückrufs hinzugefügt.</translation>
    </message>
    <message>
        <source>CRM &amp;link:</source>
        <translation>CRM-&amp;Link:</translation>
    </message>
    <message>
        <source>User &amp;data:</source>
        <translation>Benut&amp;zerdaten:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Appointment dat&amp;e:</source>
        <translation>Termin&amp;datum:</translation>
    </message>
    <message>
        <source>Appointment ti&amp;me:</source>
        <translation>Ter&amp;minuhrzeit:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>the moment the appointment results in</extracomment>
        <translation>Zeitpunkt:</translation>
    </message>
    <message>
        <source>The caller&apos;s number in E.164: country code and number, digits only, no spaces; a leading + is allowed. Example: +4922199900011 for 0221 99900011 in Germany.</source>
        <translation>Die Nummer des Anrufers in E.164: Ländervorwahl und Rufnummer, nur Ziffern, ohne Leerzeichen; ein führendes + ist erlaubt. Beispiel: +4922199900011 für 0221 99900011 in Deutschland.</translation>
    </message>
    <message>
        <source>Optional: one of the service numbers configured in jtel, in E.164, e.g. 4930120000.</source>
        <translation>Optional: eine der in jtel konfigurierten Servicenummern, in E.164, z. B. 4930120000.</translation>
    </message>
    <message>
        <source>Where the event comes from, e.g. the customer&apos;s email address.</source>
        <translation>Woher das Ereignis kommt, z. B. die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>Optional: where it was sent to, e.g. your support address.</source>
        <translation>Optional: wohin es gesendet wurde, z. B. Ihre Support-Adresse.</translation>
    </message>
    <message>
        <source>Discard this callback?</source>
        <translation>Diesen Rückruf verwerfen?</translation>
    </message>
</context>
<context>
    <name>CallbackValidator</name>
    <message>
        <source>No appointment: the event is distributed as soon as possible.</source>
        <translation>Kein Termin: Das Ereignis wird so bald wie möglich verteilt.</translation>
    </message>
    <message>
        <source>The appointment %1 %2 has passed: the event is distributed as soon as possible.</source>
        <translation>Der Termin am %1 um %2 ist bereits verstrichen: Das Ereignis wird so bald wie möglich verteilt.</translation>
    </message>
    <message>
        <source>Distributed no earlier than today at %1.</source>
        <translation>Verteilung frühestens heute um %1.</translation>
    </message>
    <message>
        <source>Distributed no earlier than tomorrow, %1, at %2.</source>
        <translation>Verteilung frühestens morgen, %1, um %2.</translation>
    </message>
    <message>
        <source>Distributed no earlier than %1 at %2.</source>
        <translation>Verteilung frühestens am %1 um %2.</translation>
    </message>
    <message>
        <source>The event type %1 is not valid; use a type ID greater than 0 (3 for a callback).</source>
        <translation>Der Ereignistyp %1 ist ungültig; verwenden Sie eine Typ-ID größer als 0 (3 für einen Rückruf).</translation>
    </message>
    <message>
        <source>The %1 ID %2 is not valid; IDs are greater than 0.</source>
        <extracomment>%1 is e.g. &quot;ACD group&quot;, %2 the id typed</extracomment>
        <translation>Die ID %2 (%1) ist ungültig; IDs sind größer als 0.</translation>
    </message>
    <message>
        <source>ACD group</source>
        <translation>ACD-Gruppe</translation>
    </message>
    <message>
        <source>configuration group</source>
        <translation>Konfigurationsgruppe</translation>
    </message>
    <message>
        <source>agent group</source>
        <translation>Agentengruppe</translation>
    </message>
    <message>
        <source>Address the event either to an ACD group or to a configuration group with an agent group, not both.</source>
        <translation>Adressieren Sie das Ereignis entweder an eine ACD-Gruppe oder an eine Konfigurationsgruppe mit Agentengruppe, nicht an beides.</translation>
    </message>
    <message>
        <source>Choose the ACD group, or a configuration group with an agent group, that will distribute the event.</source>
        <translation>Wählen Sie die ACD-Gruppe oder eine Konfigurationsgruppe mit Agentengruppe, die das Ereignis verteilen soll.</translation>
    </message>
    <message>
        <source>Choose the agent group that goes with configuration group %1.</source>
        <translation>Wählen Sie die Agentengruppe, die zur Konfigurationsgruppe %1 gehört.</translation>
    </message>
    <message>
        <source>Choose the configuration group of agent group %1.</source>
        <translation>Wählen Sie die Konfigurationsgruppe der Agentengruppe %1.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a phone number; voice mails and callbacks need a number in E.164, digits only with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <extracomment>%1 is &quot;sender&quot; or &quot;receiver&quot;</extracomment>
        <translation>Der %1 „%2“ ist keine Telefonnummer; Sprachnachrichten und Rückrufe benötigen eine Nummer in E.164, nur Ziffern mit optionalem führendem „+“ (zum Beispiel 4922199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;%3&quot;; a phone number in E.164 has digits only, with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <translation>Der %1 „%2“ enthält „%3“; eine Telefonnummer in E.164 besteht nur aus Ziffern, mit optionalem führendem „+“ (zum Beispiel 4922199900011).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; starts with 0; enter the number with its country code instead (for example 4922199900011 rather than 022199900011).</source>
        <translation>Der %1 „%2“ beginnt mit 0; geben Sie die Nummer stattdessen mit Ländervorwahl ein (zum Beispiel 4922199900011 statt 022199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too short; a phone number in E.164 has 8 to 15 digits, country code included.</source>
        <translation>Der %1 „%2“ ist zu kurz; eine Telefonnummer in E.164 hat 8 bis 15 Ziffern, Ländervorwahl eingeschlossen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too long; a phone number in E.164 has 8 to 15 digits.</source>
        <translation>Der %1 „%2“ ist zu lang; eine Telefonnummer in E.164 hat 8 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the sender: the caller&apos;s phone number, with country code.</source>
        <translation>Geben Sie den Absender ein: die Telefonnummer des Anrufers mit Ländervorwahl.</translation>
    </message>
    <message>
        <source>Enter the sender, for example the customer&apos;s email address.</source>
        <translation>Geben Sie den Absender ein, zum Beispiel die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Only callback events carry a body text; clear it, or create a callback (type 3).</source>
        <translation>Nur Rückrufereignisse haben eine Nachricht; leeren Sie das Feld oder erstellen Sie einen Rückruf (Typ 3).</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; must start with http:// or https://.</source>
        <translation>Der CRM-Link „%1“ muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; is not a complete web address; use one such as https://crm.example.com/contacts/88412.</source>
        <translation>Der CRM-Link „%1“ ist keine vollständige Webadresse; verwenden Sie eine Adresse wie https://crm.example.com/contacts/88412.</translation>
    </message>
    <message>
        <source>The priority %1 is not valid; use a whole number from 0 to 200 (the server&apos;s default is 50).</source>
        <translation>Die Priorität %1 ist ungültig; verwenden Sie eine ganze Zahl von 0 bis 200 (Standardwert des Servers: 50).</translation>
    </message>
    <message>
        <source>The appointment date &quot;%1&quot; is not in the form yyyy-mm-dd or yyyymmdd (for example 2031-03-04).</source>
        <translation>Das Termindatum „%1“ hat nicht das Format JJJJ-MM-TT oder JJJJMMTT (zum Beispiel 2031-03-04).</translation>
    </message>
    <message>
        <source>The appointment date %1 does not exist; check the day and the month.</source>
        <translation>Das Termindatum %1 existiert nicht; prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>The appointment time &quot;%1&quot; is not in the form hh:mm or hhmm (for example 14:30).</source>
        <translation>Die Terminuhrzeit „%1“ hat nicht das Format hh:mm oder hhmm (zum Beispiel 14:30).</translation>
    </message>
    <message>
        <source>The appointment time %1 does not exist; hours run from 00 to 23, minutes from 00 to 59.</source>
        <translation>Die Terminuhrzeit %1 existiert nicht; Stunden reichen von 00 bis 23, Minuten von 00 bis 59.</translation>
    </message>
</context>
<context>
    <name>CalltrackDialog</name>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of a calltrack activity</extracomment>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>New Calltrack Activity</source>
        <translation>Neue Calltrack-Aktivität</translation>
    </message>
    <message>
        <source>Create Activity</source>
        <translation>Aktivität erstellen</translation>
    </message>
    <message>
        <source>e.g. Service</source>
        <translation>z. B. Service</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>z. B. general</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>the direction of the phone call; the server&apos;s values are Inbound and Outbound</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Call notes as text</source>
        <translation>Anrufnotizen als Text</translation>
    </message>
    <message>
        <source>Call notes as HTML</source>
        <translation>Anrufnotizen als HTML</translation>
    </message>
    <message>
        <source>Optional: the notes as HTML, e.g. &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Optional: die Notizen als HTML, z. B. &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <extracomment>how the customer of the call is identified (eGain v3 §7.6)</extracomment>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Contact person ID</source>
        <translation>Kontaktpersonen-ID</translation>
    </message>
    <message>
        <source>Contact point ID</source>
        <translation>Kontaktpunkt-ID</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Anonymer Anrufer</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>the kinds of contact point eGain knows</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>who gets the new activity</extracomment>
        <translation>Mir</translation>
    </message>
    <message>
        <source>User by ID</source>
        <translation>Benutzer nach ID</translation>
    </message>
    <message>
        <source>User by login name</source>
        <translation>Benutzer nach Anmeldename</translation>
    </message>
    <message>
        <source>User by custom attribute</source>
        <translation>Benutzer nach benutzerdefiniertem Attribut</translation>
    </message>
    <message>
        <source>e.g. employee_no</source>
        <translation>z. B. employee_no</translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Vorhandener Fall</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>z. B. 70001</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no priority: the server&apos;s default applies</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>Sub&amp;type:</source>
        <translation>&amp;Untertyp:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Anrufnotizen</translation>
    </message>
    <message>
        <source>Customer &amp;by:</source>
        <translation>&amp;Kunde über:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <extracomment>the customer, contact person or contact point ID, as chosen above</extracomment>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Customer identifier</source>
        <translation>Kundenkennung</translation>
    </message>
    <message>
        <source>Contact point t&amp;ype:</source>
        <translation>Kontaktpunkt&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Email or phone:</source>
        <translation>E-Mail oder Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>Att&amp;ribute name:</source>
        <translation>Attributna&amp;me:</translation>
    </message>
    <message>
        <source>Name of the user&apos;s custom attribute</source>
        <translation>Name des benutzerdefinierten Attributs des Benutzers</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Fa&amp;ll:</translation>
    </message>
    <message>
        <source>E&amp;xisting case ID:</source>
        <translation>&amp;Vorhandene Fall-ID:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Cust&amp;om attributes:</source>
        <translation>Benutzer&amp;definierte Attribute:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s subtypes…</source>
        <translation>Die Untertypen des Servers werden geladen…</translation>
    </message>
    <message>
        <source>The server&apos;s subtypes could not be loaded (%1); type the subtype&apos;s value.</source>
        <extracomment>%1 is why, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>Die Untertypen des Servers konnten nicht geladen werden (%1); geben Sie den Wert des Untertyps ein.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1); these are the subtypes saved earlier.</source>
        <translation>Der Server war nicht erreichbar (%1); dies sind die zuvor gespeicherten Untertypen.</translation>
    </message>
    <message>
        <source>e.g. 5001</source>
        <translation>z. B. 5001</translation>
    </message>
    <message>
        <source>e.g. 6001</source>
        <translation>z. B. 6001</translation>
    </message>
    <message>
        <source>e.g. 8001</source>
        <translation>z. B. 8001</translation>
    </message>
    <message>
        <source>Optional: the caller&apos;s email address or phone number (digits only).</source>
        <translation>Optional: die E-Mail-Adresse oder Telefonnummer des Anrufers (nur Ziffern).</translation>
    </message>
    <message>
        <source>An email address or phone number stored for the customer; a phone number in digits only, e.g. 4930555010001.</source>
        <translation>Eine für den Kunden gespeicherte E-Mail-Adresse oder Telefonnummer; eine Telefonnummer nur als Ziffern, z. B. 4930555010001.</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>z. B. 1001</translation>
    </message>
    <message>
        <source>e.g. lena.fischer</source>
        <translation>z. B. lena.fischer</translation>
    </message>
    <message>
        <source>the attribute&apos;s value, e.g. E1001</source>
        <translation>der Wert des Attributs, z. B. E1001</translation>
    </message>
    <message>
        <source>Enter the ID of the existing case, or choose a new case.</source>
        <translation>Geben Sie die ID des vorhandenen Falls ein oder wählen Sie einen neuen Fall.</translation>
    </message>
    <message>
        <source>Discard this calltrack?</source>
        <translation>Diese Calltrack-Aktivität verwerfen?</translation>
    </message>
</context>
<context>
    <name>CalltrackValidator</name>
    <message>
        <source>Choose the department that will own the activity.</source>
        <translation>Wählen Sie die Abteilung, der die Aktivität gehören soll.</translation>
    </message>
    <message>
        <source>Choose the calltrack subtype.</source>
        <translation>Wählen Sie den Calltrack-Untertyp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calltrack subtype of this server; choose one of: %2.</source>
        <translation>„%1“ ist kein Calltrack-Untertyp dieses Servers; wählen Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2, which has no calltrack subtypes.</source>
        <translation>Der Untertyp „%1“ ist für die Abteilung %2 nicht konfiguriert; diese Abteilung hat keine Calltrack-Untertypen.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2; choose one of: %3.</source>
        <translation>Der Untertyp „%1“ ist für die Abteilung %2 nicht konfiguriert; wählen Sie einen der folgenden: %3.</translation>
    </message>
    <message>
        <source>Choose whether the call was Inbound or Outbound.</source>
        <translation>Wählen Sie, ob der Anruf eingehend oder ausgehend war.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not valid; use Inbound or Outbound.</source>
        <translation>Die Richtung „%1“ ist ungültig; verwenden Sie Inbound oder Outbound.</translation>
    </message>
    <message>
        <source>Enter a subject or call notes; the activity needs at least one of them.</source>
        <translation>Geben Sie einen Betreff oder Anrufnotizen ein; die Aktivität benötigt mindestens eines von beiden.</translation>
    </message>
    <message numerus="yes">
        <source>The subject has %n characters; at most 255 are allowed.</source>
        <translation>
            <numerusform>Der Betreff hat %n Zeichen; höchstens 255 sind erlaubt.</numerusform>
            <numerusform>Der Betreff hat %n Zeichen; höchstens 255 sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>contact ID</source>
        <translation>Kontaktpersonen-ID</translation>
    </message>
    <message>
        <source>contact point ID</source>
        <translation>Kontaktpunkt-ID</translation>
    </message>
    <message>
        <source>Enter the %1, or mark the caller as anonymous.</source>
        <extracomment>%1 is &quot;customer ID&quot;, &quot;contact ID&quot; or &quot;contact point ID&quot;</extracomment>
        <translation>Geben Sie die %1 ein oder markieren Sie den Anrufer als anonym.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid; IDs are whole numbers greater than 0.</source>
        <translation>Die %1 „%2“ ist ungültig; IDs sind ganze Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>Choose the type of the contact point: phone, postal, email, social or website.</source>
        <translation>Wählen Sie den Typ des Kontaktpunkts: phone, postal, email, social oder website.</translation>
    </message>
    <message>
        <source>The contact point type &quot;%1&quot; is not valid; use phone, postal, email, social or website.</source>
        <translation>Der Kontaktpunkttyp „%1“ ist ungültig; verwenden Sie phone, postal, email, social oder website.</translation>
    </message>
    <message>
        <source>The customer is already named by the %1; the email address or phone number would name it a second time. Clear one of them.</source>
        <translation>Der Kunde ist bereits durch die %1 angegeben; die E-Mail-Adresse oder Telefonnummer würde ihn ein zweites Mal angeben. Leeren Sie eine der beiden Angaben.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address or phone number, or mark the caller as anonymous.</source>
        <translation>Geben Sie die E-Mail-Adresse oder Telefonnummer des Kunden ein oder markieren Sie den Anrufer als anonym.</translation>
    </message>
    <message>
        <source>The caller is marked anonymous but the customer &quot;%1&quot; is given; an anonymous call is linked to no customer. Clear the customer or unmark anonymous.</source>
        <translation>Der Anrufer ist als anonym markiert, aber der Kunde „%1“ ist angegeben; ein anonymer Anruf wird mit keinem Kunden verknüpft. Leeren Sie die Kundenangabe oder heben Sie die Markierung „anonym“ auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse; verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; contains &quot;%2&quot;; it may contain digits only, without &apos;+&apos;, spaces or dashes (for example 4930987654).</source>
        <translation>Die Telefonnummer „%1“ enthält „%2“; sie darf nur Ziffern enthalten, ohne „+“, Leerzeichen oder Bindestriche (zum Beispiel 4930987654).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>A client application must assign the activity to a user: enter the user&apos;s ID, login name or identifying custom attribute.</source>
        <translation>Eine Client-Anwendung muss die Aktivität einem Benutzer zuweisen: Geben Sie die ID, den Anmeldenamen oder ein identifizierendes benutzerdefiniertes Attribut des Benutzers ein.</translation>
    </message>
    <message>
        <source>Enter the ID of the user who gets the activity.</source>
        <translation>Geben Sie die ID des Benutzers ein, der die Aktivität erhält.</translation>
    </message>
    <message>
        <source>The user ID &quot;%1&quot; is not valid; user IDs are whole numbers greater than 0.</source>
        <translation>Die Benutzer-ID „%1“ ist ungültig; Benutzer-IDs sind ganze Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>Enter the login name of the user who gets the activity.</source>
        <translation>Geben Sie den Anmeldenamen des Benutzers ein, der die Aktivität erhält.</translation>
    </message>
    <message>
        <source>Enter the name of the custom attribute that identifies the user.</source>
        <translation>Geben Sie den Namen des benutzerdefinierten Attributs ein, das den Benutzer identifiziert.</translation>
    </message>
    <message>
        <source>Enter the value of the custom attribute that identifies the user.</source>
        <translation>Geben Sie den Wert des benutzerdefinierten Attributs ein, das den Benutzer identifiziert.</translation>
    </message>
    <message>
        <source>The case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>Die Fall-ID %1 ist ungültig; geben Sie eine ID größer als 0 ein oder keine für einen neuen Fall.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not valid; use a whole number from 1 to 7, or none.</source>
        <translation>Die Priorität „%1“ ist ungültig; verwenden Sie eine ganze Zahl von 1 bis 7 oder keine.</translation>
    </message>
    <message>
        <source>The due date is not in the future; choose a date and time after now, or none.</source>
        <translation>Das Fälligkeitsdatum liegt nicht in der Zukunft; wählen Sie Datum und Uhrzeit nach dem aktuellen Zeitpunkt oder kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Attachment %1 has no alternate ID; every attachment needs one.</source>
        <translation>Anhang %1 hat keine alternative ID; jeder Anhang benötigt eine.</translation>
    </message>
    <message>
        <source>Attachments %1 and %2 share the alternate ID &quot;%3&quot;; each needs its own.</source>
        <translation>Die Anhänge %1 und %2 haben dieselbe alternative ID „%3“; jeder Anhang benötigt eine eigene.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Ein benutzerdefiniertes Attribut mit dem Wert „%1“ hat keinen Namen; geben Sie den Namen des Attributs ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; none are configured.</source>
        <translation>„%1“ ist kein benutzerdefiniertes Attribut von Aktivitäten; es sind keine konfiguriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; known attributes: %2.</source>
        <translation>„%1“ ist kein benutzerdefiniertes Attribut von Aktivitäten; bekannte Attribute: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>„%1“ ist kein zulässiger Wert des Attributs %2; zulässig: %3.</translation>
    </message>
</context>
<context>
    <name>CaseManagerClient</name>
    <message>
        <source>the answer names no new activity (no Location header)</source>
        <translation>die Antwort nennt keine neue Aktivität (kein Location-Header)</translation>
    </message>
    <message>
        <source>unexpected answer to change case (HTTP %1)</source>
        <translation>unerwartete Antwort auf den Fallwechsel (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n records could be read (%1)</source>
        <translation>
            <numerusform>der %n Datensatz war nicht lesbar (%1)</numerusform>
            <numerusform>keiner der %n Datensätze war lesbar (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer to a transfer (HTTP %1)</source>
        <translation>unerwartete Antwort auf die Übergabe (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>CaseManagerDecoder</name>
    <message>
        <source>The server&apos;s answer has no list of activities.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Aktivitäten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of cases.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Fällen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of activity types.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Aktivitätstypen.</translation>
    </message>
    <message>
        <source>the ID is missing or not a positive integer</source>
        <translation>die ID fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server reported error %1: %2</source>
        <translation>Der Server meldete den Fehler %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>type %1, subtype %2: %3</source>
        <translation>Typ %1, Untertyp %2: %3</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>der Wert fehlt</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <source>ID</source>
        <extracomment>the server&apos;s case number</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the agent who owns the case</extracomment>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ChangeCaseController</name>
    <message>
        <source>Outbox entry %1 is not a queued calltrack activity.</source>
        <translation>Der Postausgangseintrag %1 ist keine wartende Calltrack-Aktivität.</translation>
    </message>
    <message>
        <source>Activity %1 is named more than once.</source>
        <translation>Aktivität %1 ist mehrfach angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to the new case %1.</source>
        <translation>
            <numerusform>%n Aktivität in den neuen Fall %1 verschoben.</numerusform>
            <numerusform>%n Aktivitäten in den neuen Fall %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to case %1.</source>
        <translation>
            <numerusform>%n Aktivität in Fall %1 verschoben.</numerusform>
            <numerusform>%n Aktivitäten in Fall %1 verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cases %1</source>
        <extracomment>several source cases; the form explains why that cannot work</extracomment>
        <translation>Fälle %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <extracomment>%1 is the case ID, %2 the customer&apos;s name</extracomment>
        <translation>Fall %1 des Kunden %2</translation>
    </message>
    <message>
        <source>&amp;Relate the original case and the target case</source>
        <translation>Ursprungsfall und Zielfall &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of the new case</extracomment>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Due date of the new case</source>
        <translation>Fälligkeitsdatum des neuen Falls</translation>
    </message>
    <message>
        <source>Change Case</source>
        <translation>Fall wechseln</translation>
    </message>
    <message>
        <source>Move Activities</source>
        <translation>Aktivitäten verschieben</translation>
    </message>
    <message numerus="yes">
        <source>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</source>
        <translation>
            <numerusform>Der Server verschiebt höchstens %1 Aktivitäten pro Anfrage, daher wird diese %n Aktivität in %2 Anfragen nacheinander in denselben Fall gesendet.</numerusform>
            <numerusform>Der Server verschiebt höchstens %1 Aktivitäten pro Anfrage, daher werden diese %n Aktivitäten in %2 Anfragen nacheinander in denselben Fall gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Vorhandener Fall</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>z. B. 70001</translation>
    </message>
    <message>
        <source>Optional; the original case&apos;s subject if empty</source>
        <translation>Optional; wenn leer, der Betreff des Ursprungsfalls</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no severity for the new case</extracomment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktivitäten:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>accessible name of the note on how many requests a large move takes</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>Verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation>Fall-&amp;ID:</translation>
    </message>
    <message>
        <source>ID of the target case</source>
        <translation>ID des Zielfalls</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Subject of the new case</source>
        <translation>Betreff des neuen Falls</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>&amp;Custom attributes:</source>
        <translation>Benutzerdefinierte &amp;Attribute:</translation>
    </message>
    <message>
        <source>Enter the ID of the case the activities move to, or move them to a new case.</source>
        <translation>Geben Sie die ID des Falls ein, in den die Aktivitäten verschoben werden, oder verschieben Sie sie in einen neuen Fall.</translation>
    </message>
    <message>
        <source>Discard this change of case?</source>
        <translation>Diesen Fallwechsel verwerfen?</translation>
    </message>
</context>
<context>
    <name>ChangeCaseValidator</name>
    <message>
        <source>Choose at least one activity to move.</source>
        <translation>Wählen Sie mindestens eine Aktivität zum Verschieben.</translation>
    </message>
    <message>
        <source>Activity %1 is listed %2 times; list each activity once.</source>
        <translation>Aktivität %1 ist %2-mal aufgeführt; führen Sie jede Aktivität nur einmal auf.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>Die Aktivitäts-ID %1 ist ungültig; Aktivitäts-IDs sind größer als 0.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>Aktivität %1 ist unbekannt; aktualisieren Sie die Liste und wählen Sie die Aktivitäten erneut.</translation>
    </message>
    <message>
        <source>The activities belong to different cases (%1); only activities of one case can move together.</source>
        <translation>Die Aktivitäten gehören zu verschiedenen Fällen (%1); nur Aktivitäten desselben Falls können gemeinsam verschoben werden.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can move to another case.</source>
        <translation>Aktivität %1 hat den Status „%2“; nur Aktivitäten, die in einer Warteschlange warten oder einem Benutzer zugewiesen sind, können in einen anderen Fall verschoben werden.</translation>
    </message>
    <message>
        <source>The target case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>Die Zielfall-ID %1 ist ungültig; geben Sie eine ID größer als 0 ein oder keine für einen neuen Fall.</translation>
    </message>
    <message>
        <source>The activities already belong to case %1; choose another target case.</source>
        <translation>Die Aktivitäten gehören bereits zu Fall %1; wählen Sie einen anderen Zielfall.</translation>
    </message>
    <message>
        <source>Case %1 belongs to customer %2, but activity %3 belongs to another customer; activities can only move to a case of the same customer.</source>
        <translation>Fall %1 gehört zum Kunden %2, aber Aktivität %3 gehört zu einem anderen Kunden; Aktivitäten können nur in einen Fall desselben Kunden verschoben werden.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>custom attributes</source>
        <translation>benutzerdefinierte Attribute</translation>
    </message>
    <message>
        <source>An existing target case is named by its ID alone; clear the new case&apos;s %1, or move to a new case.</source>
        <translation>Ein vorhandener Zielfall wird allein über seine ID angegeben; leeren Sie die Angaben für den neuen Fall (%1) oder verschieben Sie die Aktivitäten in einen neuen Fall.</translation>
    </message>
    <message numerus="yes">
        <source>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</source>
        <extracomment>%1 is &quot;subject&quot;, &quot;description&quot; or &quot;solution&quot;</extracomment>
        <translation>
            <numerusform>Das Feld „%1“ des neuen Falls hat %n Zeichen; höchstens 1024 sind erlaubt.</numerusform>
            <numerusform>Das Feld „%1“ des neuen Falls hat %n Zeichen; höchstens 1024 sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The severity &quot;%1&quot; is not valid; use urgent, high, medium or low, or none.</source>
        <translation>Der Schweregrad „%1“ ist ungültig; verwenden Sie urgent, high, medium oder low oder keinen.</translation>
    </message>
    <message>
        <source>The new case&apos;s due date is not in the future; choose a date and time after now, or none.</source>
        <translation>Das Fälligkeitsdatum des neuen Falls liegt nicht in der Zukunft; wählen Sie Datum und Uhrzeit nach dem aktuellen Zeitpunkt oder kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Ein benutzerdefiniertes Attribut mit dem Wert „%1“ hat keinen Namen; geben Sie den Namen des Attributs ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; none are configured.</source>
        <translation>„%1“ ist kein benutzerdefiniertes Attribut von Fällen; es sind keine konfiguriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; known attributes: %2.</source>
        <translation>„%1“ ist kein benutzerdefiniertes Attribut von Fällen; bekannte Attribute: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>„%1“ ist kein zulässiger Wert des Attributs %2; zulässig: %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;%1 --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>CreateCallbackController</name>
    <message>
        <source>An open callback for this caller already existed and was updated (event %1); no new callback was created.</source>
        <translation>Für diesen Anrufer gab es bereits einen offenen Rückruf; er wurde aktualisiert (Ereignis %1). Es wurde kein neuer Rückruf erstellt.</translation>
    </message>
    <message>
        <source>Callback event %1 created.</source>
        <translation>Rückrufereignis %1 erstellt.</translation>
    </message>
</context>
<context>
    <name>CreateCalltrackController</name>
    <message>
        <source>Calltrack activity %1 created.</source>
        <translation>Calltrack-Aktivität %1 erstellt.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Invalid credential key “%1”.</source>
        <translation>Ungültiger Schlüssel für Zugangsdaten: „%1“.</translation>
    </message>
    <message>
        <source>No secret service is running (gnome-keyring or KWallet), or it has no unlocked keyring. Install and start gnome-keyring or KWallet and sign in to your desktop session; AgentDesk does not store passwords in plain files. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system (English, from D-Bus)</extracomment>
        <translation>Es läuft kein Secret Service (gnome-keyring oder KWallet), oder er hat keinen entsperrten Schlüsselbund. Installieren und starten Sie gnome-keyring oder KWallet und melden Sie sich an Ihrer Desktop-Sitzung an; AgentDesk speichert Passwörter nicht in einfachen Dateien. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert; möglicherweise ist er gesperrt. Entsperren Sie ihn und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Benutzerdefinierte Attribute</translation>
    </message>
    <message>
        <source>One attribute per row: its name and its value.</source>
        <translation>Ein Attribut pro Zeile: sein Name und sein Wert.</translation>
    </message>
    <message>
        <source>The attribute %1 is given in more than one row; give each attribute once.</source>
        <translation>Das Attribut %1 steht in mehr als einer Zeile; geben Sie jedes Attribut nur einmal an.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>Der Cache des Profils %1 kann nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>The keychain cannot be read, so AgentDesk works offline: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden, daher arbeitet AgentDesk offline: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Reading from the server</source>
        <translation>Wird vom Server gelesen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an activity, a case or an ACD event to read it here.</source>
        <translation>Wählen Sie eine Aktivität, einen Fall oder ein ACD-Ereignis aus, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Aktivität %1: %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <source>ACD event %1: %2</source>
        <translation>ACD-Ereignis %1: %2</translation>
    </message>
    <message>
        <source>This record is not in the cache (any more).</source>
        <translation>Dieser Datensatz ist nicht (mehr) im Cache.</translation>
    </message>
    <message>
        <source>Reading the content from the server…</source>
        <translation>Der Inhalt wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>Der Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shown from the cache as of %1.</source>
        <translation>Angezeigt aus dem Cache, Stand %1.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n references to other servers were not loaded.</source>
        <translation>
            <numerusform>Externe Inhalte blockiert: %n Verweis auf andere Server wurde nicht geladen.</numerusform>
            <numerusform>Externe Inhalte blockiert: %n Verweise auf andere Server wurden nicht geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EceSessionAuthenticator</name>
    <message>
        <source>no password is stored for %1; sign in first</source>
        <translation>für %1 ist kein Passwort gespeichert; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>the login answer carried no session (HTTP %1)</source>
        <translation>die Antwort auf die Anmeldung enthielt keine Sitzung (HTTP %1)</translation>
    </message>
    <message>
        <source>wrong user name or password for %1</source>
        <translation>falscher Benutzername oder falsches Passwort für %1</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows; signing in again with &quot;end my oldest session&quot; would sign you out elsewhere</source>
        <translation>%1 hat bereits die höchste Anzahl an Sitzungen, die ECE zulässt; eine erneute Anmeldung mit „Meine älteste Sitzung beenden“ würde Sie an anderer Stelle abmelden</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the label under a form field that says what is wrong with it</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>JtelClient</name>
    <message>
        <source>expected exactly one event</source>
        <translation>genau ein Ereignis erwartet</translation>
    </message>
    <message>
        <source>the answer holds no event</source>
        <translation>die Antwort enthält kein Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n event records could be read (%1)</source>
        <translation>
            <numerusform>der %n Ereignisdatensatz war nicht lesbar (%1)</numerusform>
            <numerusform>keiner der %n Ereignisdatensätze war lesbar (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>This sign-in link is not the one AgentDesk is waiting for.</source>
        <translation>Dieser Anmeldelink ist nicht der, auf den AgentDesk wartet.</translation>
    </message>
    <message>
        <source>You are signed in to AgentDesk. You can close this tab.</source>
        <translation>Sie sind bei AgentDesk angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and try again in AgentDesk.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen und es in AgentDesk erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>ACD</source>
        <translation>ACD</translation>
    </message>
    <message>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <source>Activities to show</source>
        <translation>Anzuzeigende Aktivitäten</translation>
    </message>
    <message>
        <source>All cached activities</source>
        <translation>Alle zwischengespeicherten Aktivitäten</translation>
    </message>
    <message>
        <source>Activities of the selected case</source>
        <translation>Aktivitäten des ausgewählten Falls</translation>
    </message>
    <message>
        <source>ACD queue</source>
        <translation>ACD-Warteschlange</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles and sign-in…</source>
        <translation>&amp;Profile und Anmeldung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy rows as CSV</source>
        <translation>Zeilen als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>New &amp;calltrack activity…</source>
        <translation>Neue &amp;Calltrack-Aktivität…</translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation>In anderen Fall &amp;verschieben…</translation>
    </message>
    <message>
        <source>New call&amp;back…</source>
        <translation>Neuer &amp;Rückruf…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Jetzt erneut senden</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard operations</source>
        <translation>Aufträge verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n operations? They will not be sent.</source>
        <translation>
            <numerusform>%n Auftrag verwerfen? Er wird nicht gesendet.</numerusform>
            <numerusform>%n Aufträge verwerfen? Sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Notify about new ACD events</source>
        <translation>Über neue ACD-Ereignisse benachrichtigen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>When the window is inactive</source>
        <translation>Wenn das Fenster inaktiv ist</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>AgentDesk uses the new language from its next start.</source>
        <translation>AgentDesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>Über &amp;AgentDesk</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>%1 server state</source>
        <translation>Serverstatus: %1</translation>
    </message>
    <message>
        <source>Show the outbox: operations waiting to be sent, and those the server refused</source>
        <translation>Postausgang anzeigen: Aufträge, die auf das Senden warten, und solche, die der Server abgelehnt hat</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: nicht konfiguriert</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: online, synced %2</source>
        <translation>%1: online, synchronisiert um %2</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, reconnecting in %n s</source>
        <translation>
            <numerusform>%1: offline, neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>%1: offline, neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>%1: sign-in needed</source>
        <translation>%1: Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Postausgang: %1 wartend</translation>
    </message>
    <message numerus="yes">
        <source>%n new ACD events in the queue</source>
        <translation>
            <numerusform>%n neues ACD-Ereignis in der Warteschlange</numerusform>
            <numerusform>%n neue ACD-Ereignisse in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Select the activities to move first.</source>
        <translation>Wählen Sie zuerst die zu verschiebenden Aktivitäten aus.</translation>
    </message>
    <message>
        <source>Only operations the server refused can be edited.</source>
        <translation>Nur Aufträge, die der Server abgelehnt hat, können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agent desktop for eGain, Cisco ECE and jtel ACD. Works from its cache and keeps every operation in a durable outbox until the server applied it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agenten-Desktop für eGain, Cisco ECE und jtel ACD. Arbeitet mit seinem Cache und bewahrt jeden Auftrag in einem dauerhaften Postausgang auf, bis der Server ihn ausgeführt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My activities (%1)</source>
        <translation>Meine Aktivitäten (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This profile names no server: open File → Profiles and sign-in.</source>
        <translation>Dieses Profil nennt keinen Server: Öffnen Sie Datei → Profile und Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %1 waiting, %n need attention</source>
        <translation>
            <numerusform>Postausgang: %1 wartend, %n zu bearbeiten</numerusform>
            <numerusform>Postausgang: %1 wartend, %n zu bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Syncing with the servers</source>
        <translation>Synchronisierung mit den Servern</translation>
    </message>
    <message>
        <source>This change of case cannot be edited here: send it again, or discard it and move the activities anew.</source>
        <translation>Dieser Fallwechsel kann hier nicht bearbeitet werden: Senden Sie ihn erneut oder verwerfen Sie ihn und verschieben Sie die Aktivitäten neu.</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>keeps the chosen activities scope when a case is selected</extracomment>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Pin the activities scope</source>
        <translation>Auswahl der Aktivitäten anheften</translation>
    </message>
    <message>
        <source>Keep this scope when a case is selected. When not pinned, selecting a case shows its activities.</source>
        <translation>Diese Auswahl beibehalten, wenn ein Fall ausgewählt wird. Ohne Anheften zeigt die Auswahl eines Falls dessen Aktivitäten.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <source>ACD &amp;queue</source>
        <translation>ACD-&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Next or previous control; Tab leaves a table</source>
        <translation>Nächstes oder vorheriges Bedienelement; Tab verlässt eine Tabelle</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move within a table</source>
        <translation>Innerhalb einer Tabelle bewegen</translation>
    </message>
    <message>
        <source>Open the selected row in a window of its own</source>
        <translation>Die ausgewählte Zeile in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>Context menu of the selected rows</source>
        <translation>Kontextmenü der ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Close a details window; cancel a dialog</source>
        <translation>Ein Detailfenster schließen; einen Dialog abbrechen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Open activities of %1</source>
        <translation>Offene Aktivitäten von %1</translation>
    </message>
    <message>
        <source>Open activities in queue %1</source>
        <translation>Offene Aktivitäten in Warteschlange %1</translation>
    </message>
    <message>
        <source>&amp;Transfer to user…</source>
        <translation>An einen &amp;Benutzer übergeben…</translation>
    </message>
    <message>
        <source>Transfer to &amp;queue…</source>
        <translation>An eine &amp;Warteschlange übergeben…</translation>
    </message>
    <message>
        <source>Transfer to &amp;department…</source>
        <translation>An eine &amp;Abteilung übergeben…</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>Üb&amp;ernehmen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>tool bar button of &quot;Transfer to user…&quot;</extracomment>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Select the activities to transfer or pick first.</source>
        <translation>Wählen Sie zuerst die zu übergebenden oder zu übernehmenden Aktivitäten aus.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthenticator</name>
    <message>
        <source>no client secret is stored for client %1; sign in first</source>
        <translation>für den Client %1 ist kein Client-Secret gespeichert; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>no loopback port could be opened for the sign-in redirect</source>
        <translation>für die Anmeldeweiterleitung konnte kein Loopback-Port geöffnet werden</translation>
    </message>
    <message>
        <source>the sign-in in the browser was not completed in time</source>
        <translation>die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>the token endpoint answered without an access token</source>
        <translation>der Token-Endpunkt hat ohne Zugriffstoken geantwortet</translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message>
        <source>The previous operation is still being sent.</source>
        <translation>Der vorherige Auftrag wird noch gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The operation could not be stored, so nothing was sent: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Operation %1 is no longer in the outbox.</source>
        <translation>Auftrag %1 ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2
It waits in the outbox to be edited and retried, or discarded.</source>
        <translation>Der Server hat den Auftrag abgelehnt (%1): %2
Er wartet im Postausgang darauf, bearbeitet und erneut gesendet oder verworfen zu werden.</translation>
    </message>
    <message>
        <source>%1 of %2 requests were applied. </source>
        <translation>%1 von %2 Anfragen wurden ausgeführt. </translation>
    </message>
    <message>
        <source>Queued: it is sent once you are signed in again (%1).</source>
        <translation>Im Postausgang abgelegt: Der Auftrag wird gesendet, sobald Sie wieder angemeldet sind (%1).</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached.</source>
        <translation>Im Postausgang abgelegt: Der Auftrag wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached (%1).</source>
        <translation>Im Postausgang abgelegt: Der Auftrag wird gesendet, sobald der Server erreichbar ist (%1).</translation>
    </message>
    <message>
        <source>%1
The server refused it; it waits in the outbox to be edited and retried, or discarded.
Details: %2</source>
        <extracomment>%1 is the server&apos;s reason, %2 the host, HTTP status and code</extracomment>
        <translation>%1
Der Server hat den Auftrag abgelehnt; er wartet im Postausgang darauf, bearbeitet und erneut gesendet oder verworfen zu werden.
Details: %2</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;; %2 says when it will be sent</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You can correct the form and send it again as a new request, or cancel.</source>
        <translation>Sie können das Formular korrigieren und es als neue Anfrage erneut senden oder abbrechen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests applied</source>
        <extracomment>a change case of more than 75 activities is sent in several requests</extracomment>
        <translation>
            <numerusform>%1 von %n Anfrage ausgeführt</numerusform>
            <numerusform>%1 von %n Anfragen ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>the Cancel button while an operation is being sent</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1: stored in the outbox, it is being sent in the background.</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;</extracomment>
        <translation>%1: im Postausgang gespeichert, wird im Hintergrund gesendet.</translation>
    </message>
    <message>
        <source>You can also keep it as a draft: it is filled in the next time you open this dialog.</source>
        <translation>Sie können die Eingaben auch als Entwurf behalten: Sie werden beim nächsten Öffnen dieses Dialogs wieder eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <extracomment>closes the dialog and keeps what was typed for the next time</extracomment>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>No activities are selected.</source>
        <translation>Es sind keine Aktivitäten ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>after a list of activity IDs</extracomment>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities: %1</source>
        <extracomment>%1 lists the activity IDs</extracomment>
        <translation>
            <numerusform>%n Aktivität: %1</numerusform>
            <numerusform>%n Aktivitäten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message>
        <source>It waits for operation %1, which the server refused; retry or discard that one first.</source>
        <translation>Wartet auf Auftrag %1, den der Server abgelehnt hat; senden Sie zuerst diesen erneut oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>This operation cannot be read; discard it.</source>
        <translation>Dieser Auftrag kann nicht gelesen werden; verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>It moves an activity that was never created (operation %1 was rejected or discarded).</source>
        <translation>Verschiebt eine Aktivität, die nie erstellt wurde (Auftrag %1 wurde abgelehnt oder verworfen).</translation>
    </message>
    <message>
        <source>Its target is the new case of operation %1, which was not created.</source>
        <translation>Ziel ist der neue Fall aus Auftrag %1, der nicht erstellt wurde.</translation>
    </message>
    <message>
        <source>The server may have applied this operation already, and checking that was refused (%1). Look at the server, then retry (it checks again first) or discard it.</source>
        <translation>Der Server hat diesen Auftrag möglicherweise bereits ausgeführt, und die Prüfung darauf wurde abgelehnt (%1). Sehen Sie auf dem Server nach und senden Sie den Auftrag dann erneut (dabei wird zuerst wieder geprüft) oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Activity %1 could not be read from the server; it may not exist any more.</source>
        <translation>Aktivität %1 konnte nicht vom Server gelesen werden; möglicherweise existiert sie nicht mehr.</translation>
    </message>
    <message>
        <source>Changed on the server since you read it: refresh and send again (Retry reads the activities first). %1</source>
        <translation>Seit dem Lesen auf dem Server geändert: Aktualisieren Sie die Ansicht und senden Sie erneut (beim erneuten Senden werden die Aktivitäten zuerst neu gelesen). %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Operation</source>
        <extracomment>the kind of queued operation</extracomment>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>how often the operation was sent</extracomment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>The answer to an earlier attempt was lost. Before sending it again, AgentDesk checks whether the server already applied it.</source>
        <translation>Die Antwort auf einen früheren Versuch ging verloren. Bevor AgentDesk den Auftrag erneut sendet, prüft es, ob der Server ihn bereits ausgeführt hat.</translation>
    </message>
    <message>
        <source>Log call</source>
        <extracomment>outbox operation: an agent logged a phone call</extracomment>
        <translation>Anruf protokollieren</translation>
    </message>
    <message>
        <source>Change case</source>
        <extracomment>outbox operation: activities move to another case</extracomment>
        <translation>Fall wechseln</translation>
    </message>
    <message>
        <source>Callback request</source>
        <extracomment>outbox operation: a callback request for the ACD</extracomment>
        <translation>Rückrufwunsch</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>outbox state: waiting to be sent</extracomment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>outbox state: sent, no answer yet</extracomment>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>outbox state: the server refused it; the agent edits, retries or discards it</extracomment>
        <translation>Bearbeitung erforderlich</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>outbox state: the server applied it</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Log call “%1” in case %2</source>
        <extracomment>%1 is the subject of the call, %2 the case number</extracomment>
        <translation>Anruf „%1“ in Fall %2 protokollieren</translation>
    </message>
    <message>
        <source>Log call “%1” in a new case</source>
        <extracomment>%1 is the subject of the call</extracomment>
        <translation>Anruf „%1“ in neuem Fall protokollieren</translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to case %1</source>
        <extracomment>%1 is the case number</extracomment>
        <translation>
            <numerusform>%n Aktivität in Fall %1 verschieben</numerusform>
            <numerusform>%n Aktivitäten in Fall %1 verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to a new case</source>
        <translation>
            <numerusform>%n Aktivität in einen neuen Fall verschieben</numerusform>
            <numerusform>%n Aktivitäten in einen neuen Fall verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback to %1: %2</source>
        <extracomment>%1 is the caller&apos;s number, %2 the subject of the callback</extracomment>
        <translation>Rückruf an %1: %2</translation>
    </message>
    <message>
        <source>The queued request cannot be read</source>
        <translation>Die wartende Anfrage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>when the operation was put in the outbox</extracomment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>the next attempt to send is due now</extracomment>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <extracomment>the next attempt to send, in seconds from now</extracomment>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the next attempt to send, in minutes from now</extracomment>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign</source>
        <extracomment>outbox operation: activities transferred to a user, queue or department, or picked</extracomment>
        <translation>Neu zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to user %1</source>
        <extracomment>%1 is the user&apos;s ID</extracomment>
        <translation>
            <numerusform>%n Aktivität an Benutzer %1 übergeben</numerusform>
            <numerusform>%n Aktivitäten an Benutzer %1 übergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to queue %1</source>
        <extracomment>%1 is the queue&apos;s ID</extracomment>
        <translation>
            <numerusform>%n Aktivität an Warteschlange %1 übergeben</numerusform>
            <numerusform>%n Aktivitäten an Warteschlange %1 übergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to department %1</source>
        <extracomment>%1 is the department&apos;s ID</extracomment>
        <translation>
            <numerusform>%n Aktivität an Abteilung %1 übergeben</numerusform>
            <numerusform>%n Aktivitäten an Abteilung %1 übergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick %n activities</source>
        <translation>
            <numerusform>%n Aktivität übernehmen</numerusform>
            <numerusform>%n Aktivitäten übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>A password is kept in the system keychain.</source>
        <translation>Ein Passwort ist im Schlüsselbund des Systems hinterlegt.</translation>
    </message>
    <message>
        <source>A client secret is kept in the system keychain.</source>
        <translation>Ein Client-Secret ist im Schlüsselbund des Systems hinterlegt.</translation>
    </message>
    <message>
        <source>The sign-in from the browser is kept in the system keychain until it expires.</source>
        <translation>Die Anmeldung aus dem Browser ist bis zu ihrem Ablauf im Schlüsselbund des Systems hinterlegt.</translation>
    </message>
    <message>
        <source>An API token is kept in the system keychain.</source>
        <translation>Ein API-Token ist im Schlüsselbund des Systems hinterlegt.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>a profile that has no name yet</extracomment>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Anmel&amp;den</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Warten auf den Browser beenden</translation>
    </message>
    <message>
        <source>End my oldest session when ECE allows no more</source>
        <extracomment>Cisco ECE allows five sessions per user; this ends the oldest one to sign in here</extracomment>
        <translation>Meine älteste Sitzung beenden, wenn ECE keine weitere zulässt</translation>
    </message>
    <message>
        <source>jtel API to&amp;ken:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>jtel-API-To&amp;ken:</translation>
    </message>
    <message>
        <source>Verif&amp;y Token</source>
        <translation>Token p&amp;rüfen</translation>
    </message>
    <message>
        <source>Verify and keep the jtel token</source>
        <translation>jtel-Token prüfen und speichern</translation>
    </message>
    <message>
        <source>Training (Sandbo&amp;x)</source>
        <translation>Schulung (Sandbo&amp;x)</translation>
    </message>
    <message>
        <source>Training with the sandbox</source>
        <translation>Schulung mit der Sandbox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New, or press Training (Sandbox) to try AgentDesk on a local training server with demo data.</source>
        <translation>Es gibt noch kein Profil. Legen Sie eines mit „Neu“ an oder klicken Sie auf „Schulung (Sandbox)“, um AgentDesk auf einem lokalen Schulungsserver mit Demodaten auszuprobieren.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New.</source>
        <translation>Es gibt noch kein Profil. Legen Sie eines mit „Neu“ an.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>jtel API token</source>
        <translation>jtel-API-Token</translation>
    </message>
    <message>
        <source>That session is signed out, wherever it is in use.</source>
        <translation>Diese Sitzung wird abgemeldet, wo auch immer sie verwendet wird.</translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation>Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Use profile</source>
        <translation>Profil verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>%1 is the name of the profile in use</extracomment>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Cl&amp;ient-Secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Case server:</source>
        <extracomment>the row of the case-management server&apos;s sign-in, done in the browser</extracomment>
        <translation>Fallserver:</translation>
    </message>
    <message>
        <source>Sign &amp;in with the Browser</source>
        <translation>Im Browser anmel&amp;den</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Profile %1 was removed, but its secrets could not be removed from the keychain: %2</source>
        <extracomment>%1 is the profile, %2 the keychain&apos;s explanation</extracomment>
        <translation>Profil %1 wurde entfernt, aber seine Zugangsdaten konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation>Der Schulungsserver wird gestartet…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <extracomment>%1 is the server&apos;s host name</extracomment>
        <translation>Prüfung bei %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there; AgentDesk continues by itself once you are done.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an; AgentDesk fährt danach von selbst fort.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in address</extracomment>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <extracomment>followed by where the secret is kept, e.g. &quot;A password is kept in the system keychain.&quot;</extracomment>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>None (jtel only)</source>
        <extracomment>no case-management server: the profile only has a jtel ACD</extracomment>
        <translation>Keiner (nur jtel)</translation>
    </message>
    <message>
        <source>eGain Case Manager v3 (cloud)</source>
        <translation>eGain Case Manager v3 (Cloud)</translation>
    </message>
    <message>
        <source>Cisco ECE Interaction v12 (on premise)</source>
        <translation>Cisco ECE Interaction v12 (On-Premises)</translation>
    </message>
    <message>
        <source>A user, in the browser</source>
        <extracomment>how AgentDesk signs in to eGain: as a person, or as a registered application</extracomment>
        <translation>Ein Benutzer, im Browser</translation>
    </message>
    <message>
        <source>An API client application</source>
        <translation>Eine API-Client-Anwendung</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. produktion</translation>
    </message>
    <message>
        <source>From the eGain Administration Console</source>
        <translation>Aus der eGain Administration Console</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/authorize</source>
        <translation>z. B. https://login.example.egain.cloud/…/oauth2/authorize</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/token</source>
        <translation>z. B. https://login.example.egain.cloud/…/oauth2/token</translation>
    </message>
    <message>
        <source>e.g. https://acd.example.net:8443/rest/v1.0/1234</source>
        <translation>z. B. https://acd.example.net:8443/rest/v1.0/1234</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>CA-Bundle-Datei auswählen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Case ser&amp;ver:</source>
        <translation>Fall&amp;server:</translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation>Server-UR&amp;L:</translation>
    </message>
    <message>
        <source>Si&amp;gn in as:</source>
        <translation>Anmeldun&amp;g als:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Both URLs are in the client application&apos;s metadata in the eGain Administration Console.</source>
        <translation>Beide URLs stehen in den Metadaten der Client-Anwendung in der eGain Administration Console.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>Several scopes are separated by spaces.</source>
        <translation>Mehrere Scopes werden durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>&amp;jtel server:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>&amp;jtel-Server:</translation>
    </message>
    <message>
        <source>The REST base URL including the ClientsID. Empty when you work without a jtel ACD.</source>
        <translation>Die REST-Basis-URL einschließlich der ClientsID. Leer, wenn Sie ohne jtel ACD arbeiten.</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-B&amp;undle:</translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private CA: its certificates as a PEM file.</source>
        <translation>Nur für Server, deren Zertifikat von einer privaten CA stammt: die Zertifikate dieser CA als PEM-Datei.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name, which its secrets in the keychain are filed under.</source>
        <translation>Ein gespeichertes Profil behält seinen Namen, unter dem seine Zugangsdaten im Schlüsselbund abgelegt sind.</translation>
    </message>
    <message>
        <source>The API base, e.g. https://api.ai.egain.cloud.</source>
        <translation>Die API-Basis, z. B. https://api.ai.egain.cloud.</translation>
    </message>
    <message>
        <source>Up to and including the web context root, e.g. https://ece.example.com/system.</source>
        <translation>Bis einschließlich des Web-Kontextstamms, z. B. https://ece.example.com/system.</translation>
    </message>
    <message>
        <source>Optional: suggested to the sign-in page in the browser.</source>
        <translation>Optional: wird der Anmeldeseite im Browser vorgeschlagen.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_”, at most 64 of them.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, „-“ und „_“, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the address of the case server.</source>
        <translation>Geben Sie die Adresse des Fallservers ein.</translation>
    </message>
    <message>
        <source>Cisco ECE signs in with your user name.</source>
        <translation>Cisco ECE meldet Sie mit Ihrem Benutzernamen an.</translation>
    </message>
    <message>
        <source>Enter the client ID registered for AgentDesk.</source>
        <translation>Geben Sie die für AgentDesk registrierte Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the authorize URL, where you sign in in the browser.</source>
        <translation>Geben Sie die Autorisierungs-URL ein, unter der Sie sich im Browser anmelden.</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>Geben Sie die Token-URL ein.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Give the file with its full path, or choose it.</source>
        <translation>Geben Sie die Datei mit vollständigem Pfad an oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Leave out the user name and password: passwords are asked for at sign-in and kept in the system keychain.</source>
        <translation>Lassen Sie Benutzername und Passwort weg: Passwörter werden bei der Anmeldung abgefragt und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Enter a complete address that starts with https:// or http://.</source>
        <translation>Geben Sie eine vollständige Adresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>End the address with the ClientsID, e.g. …/rest/v1.0/1234.</source>
        <translation>Beenden Sie die Adresse mit der ClientsID, z. B. …/rest/v1.0/1234.</translation>
    </message>
    <message>
        <source>Choose a case server, enter a jtel server below, or both.</source>
        <translation>Wählen Sie einen Fallserver, geben Sie unten einen jtel-Server ein oder beides.</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <extracomment>file type filter of the file dialog; keep the patterns in parentheses</extracomment>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Unknown profile field “%1”. Known fields: %2.</source>
        <translation>Unbekanntes Profilfeld „%1“. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>%1 must be v3 (eGain), v12 (Cisco ECE) or none.</source>
        <extracomment>v3, v12 and none are literal values the user types; do not translate them</extracomment>
        <translation>%1 muss v3 (eGain), v12 (Cisco ECE) oder none sein.</translation>
    </message>
    <message>
        <source>%1 must be user (sign in through the browser) or client (API client application).</source>
        <extracomment>user and client are literal values the user types; do not translate them</extracomment>
        <translation>%1 muss user (Anmeldung über den Browser) oder client (API-Client-Anwendung) sein.</translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// URL.</source>
        <translation>%1 muss eine absolute http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; passwords are kept in the system keychain.</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; Passwörter werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation>%1 muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a readable file.</source>
        <translation>%1: „%2“ ist keine lesbare Datei.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message numerus="yes">
        <source>%n activities transferred to user %1.</source>
        <translation>
            <numerusform>%n Aktivität an Benutzer %1 übergeben.</numerusform>
            <numerusform>%n Aktivitäten an Benutzer %1 übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to queue %1.</source>
        <translation>
            <numerusform>%n Aktivität an Warteschlange %1 übergeben.</numerusform>
            <numerusform>%n Aktivitäten an Warteschlange %1 übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to department %1.</source>
        <translation>
            <numerusform>%n Aktivität an Abteilung %1 übergeben.</numerusform>
            <numerusform>%n Aktivitäten an Abteilung %1 übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities picked: they are assigned to you now.</source>
        <translation>
            <numerusform>%n Aktivität übernommen; sie ist Ihnen jetzt zugewiesen.</numerusform>
            <numerusform>%n Aktivitäten übernommen; sie sind Ihnen jetzt zugewiesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Unpin activities their assignee pinned</source>
        <translation>Vom zugewiesenen Benutzer angeheftete Aktivitäten &amp;lösen</translation>
    </message>
    <message>
        <source>Reassign Activities</source>
        <translation>Aktivitäten neu zuweisen</translation>
    </message>
    <message>
        <source>Transfer to a user</source>
        <translation>An einen Benutzer übergeben</translation>
    </message>
    <message>
        <source>Transfer to a queue</source>
        <translation>An eine Warteschlange übergeben</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>An eine Abteilung übergeben</translation>
    </message>
    <message>
        <source>Pick: assign them to me</source>
        <translation>Übernehmen: mir zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>The server takes at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other.</source>
        <translation>
            <numerusform>Der Server nimmt höchstens %1 Aktivitäten pro Anfrage an, daher wird diese %n Aktivität in %2 Anfragen nacheinander gesendet.</numerusform>
            <numerusform>Der Server nimmt höchstens %1 Aktivitäten pro Anfrage an, daher werden diese %n Aktivitäten in %2 Anfragen nacheinander gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktivitäten:</translation>
    </message>
    <message>
        <source>Activities that cannot go</source>
        <extracomment>accessible name of the list of activities that cannot be reassigned</extracomment>
        <translation>Nicht zuweisbare Aktivitäten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Type a name or a numeric ID.</source>
        <translation>Geben Sie einen Namen oder eine numerische ID ein.</translation>
    </message>
    <message>
        <source>User to transfer to</source>
        <translation>Benutzer, an den übergeben wird</translation>
    </message>
    <message>
        <source>Queue to transfer to</source>
        <translation>Warteschlange, an die übergeben wird</translation>
    </message>
    <message>
        <source>Department to transfer to</source>
        <translation>Abteilung, an die übergeben wird</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übergeben</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot go as they are:</source>
        <translation>Diese Aktivitäten können so nicht neu zugewiesen werden:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the known targets; choose one from the list or type a numeric ID.</source>
        <translation>„%1“ ist kein bekanntes Ziel; wählen Sie eines aus der Liste oder geben Sie eine numerische ID ein.</translation>
    </message>
    <message>
        <source>Discard this reassignment?</source>
        <translation>Diese Neuzuweisung verwerfen?</translation>
    </message>
</context>
<context>
    <name>ReassignValidator</name>
    <message>
        <source>Choose the user to transfer the activities to.</source>
        <translation>Wählen Sie den Benutzer, an den die Aktivitäten übergeben werden sollen.</translation>
    </message>
    <message>
        <source>Choose the queue to transfer the activities to.</source>
        <translation>Wählen Sie die Warteschlange, an die die Aktivitäten übergeben werden sollen.</translation>
    </message>
    <message>
        <source>Choose the department to transfer the activities to.</source>
        <translation>Wählen Sie die Abteilung, an die die Aktivitäten übergeben werden sollen.</translation>
    </message>
    <message>
        <source>A client application cannot pick activities: picking gives them to the signed-in user. Sign in as a user to pick.</source>
        <translation>Eine Client-Anwendung kann keine Aktivitäten übernehmen: Beim Übernehmen werden sie dem angemeldeten Benutzer zugewiesen. Melden Sie sich als Benutzer an, um Aktivitäten zu übernehmen.</translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <translation>Wählen Sie mindestens eine Aktivität.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>Die Aktivitäts-ID %1 ist ungültig; Aktivitäts-IDs sind größer als 0.</translation>
    </message>
    <message>
        <source>Activity %1 is listed more than once; list each activity once.</source>
        <translation>Aktivität %1 ist mehrfach aufgeführt; führen Sie jede Aktivität nur einmal auf.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>Aktivität %1 ist unbekannt; aktualisieren Sie die Liste und wählen Sie die Aktivitäten erneut.</translation>
    </message>
    <message>
        <source>only email activities</source>
        <translation>nur E-Mail-Aktivitäten</translation>
    </message>
    <message>
        <source>only email, task and custom activities</source>
        <translation>nur E-Mail-, Aufgaben- und benutzerdefinierte Aktivitäten</translation>
    </message>
    <message>
        <source>only email, social, task and custom activities</source>
        <translation>nur E-Mail-, Social-Media-, Aufgaben- und benutzerdefinierte Aktivitäten</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be picked.</source>
        <translation>Aktivität %1 ist vom Typ „%2“; %3 können übernommen werden.</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be transferred.</source>
        <translation>Aktivität %1 ist vom Typ „%2“; %3 können übergeben werden.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can be reassigned.</source>
        <translation>Aktivität %1 hat den Status „%2“; nur Aktivitäten, die in einer Warteschlange warten oder einem Benutzer zugewiesen sind, können neu zugewiesen werden.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to %2.</source>
        <translation>Aktivität %1 ist bereits %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Activity %1 is already waiting in queue %2.</source>
        <translation>Aktivität %1 wartet bereits in der Warteschlange %2.</translation>
    </message>
    <message>
        <source>Activity %1 already belongs to department %2.</source>
        <translation>Aktivität %1 gehört bereits zur Abteilung %2.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to you.</source>
        <translation>Aktivität %1 ist Ihnen bereits zugewiesen.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to another department than queue %2; a queue takes activities of its own department only.</source>
        <translation>Aktivität %1 gehört zu einer anderen Abteilung als die Warteschlange %2; eine Warteschlange nimmt nur Aktivitäten ihrer eigenen Abteilung an.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to %2, a department you do not work in.</source>
        <translation>Aktivität %1 gehört zur Abteilung %2, in der Sie nicht arbeiten.</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>The server has purged this content.</source>
        <translation>Der Server hat diesen Inhalt gelöscht.</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Verwandte Fälle</translation>
    </message>
    <message>
        <source>No activities of this case are cached yet.</source>
        <translation>Von diesem Fall sind noch keine Aktivitäten im Cache.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Group queue</source>
        <translation>Gruppenwarteschlange</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>CRM link</source>
        <translation>CRM-Link</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Benutzerdaten</translation>
    </message>
    <message>
        <source>User data 2</source>
        <translation>Benutzerdaten 2</translation>
    </message>
    <message>
        <source>User data 3</source>
        <translation>Benutzerdaten 3</translation>
    </message>
    <message>
        <source>Foreign system number</source>
        <translation>Nummer im Fremdsystem</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>ACD event %1</source>
        <translation>ACD-Ereignis %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>nothing was entered to sign in with</source>
        <translation>es wurde nichts zum Anmelden eingegeben</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server.</source>
        <translation>Profil %1 hat keinen jtel-Server.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server.</source>
        <translation>Profil %1 hat keinen Fallserver.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the access token.</source>
        <translation>Angemeldet, aber der Schlüsselbund hat das Zugriffstoken nicht gespeichert.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the access token: %1</source>
        <translation>Angemeldet, aber der Schlüsselbund konnte das Zugriffstoken nicht speichern: %1</translation>
    </message>
    <message>
        <source>The server accepted the secret, but the keychain could not keep it: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Der Server hat die Zugangsdaten akzeptiert, aber der Schlüsselbund konnte sie nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenAuthenticator</name>
    <message>
        <source>no jtel API token is stored for this profile; sign in with the token from the jtel portal</source>
        <translation>für dieses Profil ist kein jtel-API-Token gespeichert; melden Sie sich mit dem Token aus dem jtel-Portal an</translation>
    </message>
    <message>
        <source>the jtel server refused the API token or the ClientsID; ask the jtel administrator for a valid token</source>
        <translation>der jtel-Server hat das API-Token oder die ClientsID abgelehnt; bitten Sie den jtel-Administrator um ein gültiges Token</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>No server of this kind is configured in the profile.</source>
        <translation>Im Profil ist kein Server dieser Art konfiguriert.</translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>Der lokale Cache konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>age of the oldest open activity, in minutes</extracomment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>age of the oldest open activity, in hours</extracomment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>age of the oldest open activity, in days</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Team pane column: the agent or the queue</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Team pane column: open activities</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>Oldest</source>
        <extracomment>Team pane column: age of the oldest open activity</extracomment>
        <translation>Älteste</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <source>Team: open activities per agent and queue</source>
        <translation>Team: offene Aktivitäten pro Agent und Warteschlange</translation>
    </message>
</context>
<context>
    <name>TrainingSandbox</name>
    <message numerus="yes">
        <source>The training server did not report its port within %n seconds.</source>
        <translation>
            <numerusform>Der Schulungsserver hat seinen Port nicht innerhalb von %n Sekunde gemeldet.</numerusform>
            <numerusform>Der Schulungsserver hat seinen Port nicht innerhalb von %n Sekunden gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training server %1 could not be started: %2</source>
        <extracomment>%1 is the program&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Der Schulungsserver %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The training server stopped at once (exit code %1). %2</source>
        <extracomment>%1 is the exit code, %2 what the server printed</extracomment>
        <translation>Der Schulungsserver wurde sofort beendet (Exit-Code %1). %2</translation>
    </message>
    <message>
        <source>The training server %1 was not found next to AgentDesk nor on the PATH; install it with AgentDesk.</source>
        <extracomment>%1 is the program&apos;s file name</extracomment>
        <translation>Der Schulungsserver %1 wurde weder neben AgentDesk noch im PATH gefunden; installieren Sie ihn zusammen mit AgentDesk.</translation>
    </message>
    <message>
        <source>The training server did not report its port: “%1”</source>
        <extracomment>%1 is what the server printed instead of its port number</extracomment>
        <translation>Der Schulungsserver hat seinen Port nicht gemeldet: „%1“</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Completed</source>
        <extracomment>activity status</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In workflow</source>
        <extracomment>activity status: a workflow of the server is processing it</extracomment>
        <translation>Im Workflow</translation>
    </message>
    <message>
        <source>Waiting for inbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>Wartet auf eingehenden Workflow</translation>
    </message>
    <message>
        <source>Waiting for outbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>Wartet auf ausgehenden Workflow</translation>
    </message>
    <message>
        <source>Calltrack</source>
        <extracomment>activity type: a logged phone call</extracomment>
        <translation>Calltrack</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>activity mode: the customer contacted the agent</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>activity mode: the agent contacted the customer</extracomment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>case status</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>case status</extracomment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>case severity</extracomment>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>case severity</extracomment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>case severity</extracomment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>case severity</extracomment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>ACD event status: the event was just created</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>ACD event status that jtel does not document, %1 is its number</extracomment>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback</source>
        <extracomment>ACD event type: the customer asked to be called back</extracomment>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>ACD event type that jtel does not document, %1 is its number</extracomment>
        <translation>Typ %1</translation>
    </message>
</context>
<context>
    <name>agentdeskctl</name>
    <message>
        <source>Use the profile &lt;name&gt; instead of the active one.</source>
        <translation>Verwendet das Profil &lt;Name&gt; statt des aktiven.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Print the records as a JSON array instead of tab-separated values; a write prints its outcome as one JSON object.</source>
        <translation>Gibt die Datensätze als JSON-Array statt als tabulatorgetrennte Werte aus; ein Schreibbefehl gibt sein Ergebnis als ein JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>login, logout: the server of the profile, case or jtel.</source>
        <translation>login, logout: der Server des Profils, case oder jtel.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>login: read the ECE password from the first line of standard input.</source>
        <translation>login: liest das ECE-Passwort aus der ersten Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>login: read the eGain client secret or the jtel API token from the first line of standard input.</source>
        <translation>login: liest das eGain-Client-Secret oder das jtel-API-Token aus der ersten Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>ECE: when the user already has the most sessions ECE allows, end the oldest one (that signs the user out there).</source>
        <translation>ECE: Hat der Benutzer bereits die höchste Anzahl an Sitzungen, die ECE zulässt, wird die älteste beendet (der Benutzer wird dort abgemeldet).</translation>
    </message>
    <message>
        <source>activities: the activities of case &lt;id&gt;. create-calltrack: add the activity to case &lt;id&gt; (default: a new case). change-case: move to the existing case &lt;id&gt;.</source>
        <translation>activities: die Aktivitäten des Falls &lt;ID&gt;. create-calltrack: fügt die Aktivität dem Fall &lt;ID&gt; hinzu (Standard: ein neuer Fall). change-case: verschiebt in den vorhandenen Fall &lt;ID&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>activities, cases: these ids, comma-separated (any number).</source>
        <translation>activities, cases: diese IDs, durch Kommas getrennt (beliebig viele).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>activities: with this status (open, in_queue, assigned, completed, …).</source>
        <translation>activities: mit diesem Status (open, in_queue, assigned, completed, …).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>activities: assigned to the user with id &lt;id&gt;.</source>
        <translation>activities: dem Benutzer mit der ID &lt;ID&gt; zugewiesen.</translation>
    </message>
    <message>
        <source>activities: modified at or after &lt;time&gt; (ISO 8601, e.g. 2031-01-15T08:00:00Z).</source>
        <translation>activities: geändert zum Zeitpunkt &lt;Zeit&gt; oder danach (ISO 8601, z. B. 2031-01-15T08:00:00Z).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>events: only the event with id &lt;id&gt;.</source>
        <translation>events: nur das Ereignis mit der ID &lt;ID&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the calltrack subtype (see subtypes).</source>
        <translation>create-calltrack: der Calltrack-Untertyp (siehe subtypes).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>create-calltrack: Inbound (the default) or Outbound.</source>
        <translation>create-calltrack: Inbound (Standard) oder Outbound.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as plain text.</source>
        <translation>create-calltrack: die Anrufnotizen als reiner Text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as HTML.</source>
        <translation>create-calltrack: die Anrufnotizen als HTML.</translation>
    </message>
    <message>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>create-calltrack: the customer with id &lt;id&gt;.</source>
        <translation>create-calltrack: der Kunde mit der ID &lt;ID&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact person &lt;id&gt;.</source>
        <translation>create-calltrack: der Kunde der Kontaktperson &lt;ID&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact point &lt;id&gt; (with --contact-point-kind).</source>
        <translation>create-calltrack: der Kunde des Kontaktpunkts &lt;ID&gt; (mit --contact-point-kind).</translation>
    </message>
    <message>
        <source>create-calltrack: phone, postal, email, social or website.</source>
        <translation>create-calltrack: phone, postal, email, social oder website.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>create-calltrack: the customer&apos;s email address or phone number (digits only); with --anonymous, only recorded.</source>
        <translation>create-calltrack: die E-Mail-Adresse oder Telefonnummer des Kunden (nur Ziffern); mit --anonymous wird sie nur vermerkt.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>create-calltrack: the caller is not linked to a customer.</source>
        <translation>create-calltrack: Der Anrufer wird mit keinem Kunden verknüpft.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with id &lt;id&gt;.</source>
        <translation>create-calltrack: weist die Aktivität dem Benutzer mit der ID &lt;ID&gt; zu.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with this login name.</source>
        <translation>create-calltrack: weist die Aktivität dem Benutzer mit diesem Anmeldenamen zu.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>create-calltrack: a custom attribute of the activity; repeat for more.</source>
        <translation>create-calltrack: ein benutzerdefiniertes Attribut der Aktivität; für weitere Attribute wiederholen.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>change-case: move the activities to a new case.</source>
        <translation>change-case: verschiebt die Aktivitäten in einen neuen Fall.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s description.</source>
        <translation>change-case: die Beschreibung des neuen Falls.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s solution.</source>
        <translation>change-case: die Lösung des neuen Falls.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s severity: urgent, high, medium or low.</source>
        <translation>change-case: der Schweregrad des neuen Falls: urgent, high, medium oder low.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>change-case: relate the source case and the target case.</source>
        <translation>change-case: verknüpft den Ursprungsfall mit dem Zielfall.</translation>
    </message>
    <message>
        <source>create-callback: the ACD group that distributes the event.</source>
        <translation>create-callback: die ACD-Gruppe, die das Ereignis verteilt.</translation>
    </message>
    <message>
        <source>create-callback: the configuration group (with --agent-group).</source>
        <translation>create-callback: die Konfigurationsgruppe (mit --agent-group).</translation>
    </message>
    <message>
        <source>create-callback: the agent group (with --config-group).</source>
        <translation>create-callback: die Agentengruppe (mit --config-group).</translation>
    </message>
    <message>
        <source>create-callback: the caller; an E.164 number for callbacks and voice mails.</source>
        <translation>create-callback: der Anrufer; eine E.164-Nummer für Rückrufe und Sprachnachrichten.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>create-callback: the event type (default 3, callback).</source>
        <translation>create-callback: der Ereignistyp (Standard: 3, Rückruf).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>create-callback: the service number that was called.</source>
        <translation>create-callback: die angerufene Servicenummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>create-callback: text added to a callback&apos;s body.</source>
        <translation>create-callback: Text, der der Nachricht eines Rückrufs hinzugefügt wird.</translation>
    </message>
    <message>
        <source>create-callback: a link into the CRM.</source>
        <translation>create-callback: ein Link ins CRM.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>create-callback: free data, e.g. a ticket number.</source>
        <translation>create-callback: freie Daten, z. B. eine Ticketnummer.</translation>
    </message>
    <message>
        <source>create-callback: the appointment date, YYYY-MM-DD (jtel&apos;s clock).</source>
        <translation>create-callback: das Termindatum, YYYY-MM-DD (nach der Uhr des jtel-Servers).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>create-callback: the appointment time, HH:MM (jtel&apos;s clock).</source>
        <translation>create-callback: die Terminuhrzeit, HH:MM (nach der Uhr des jtel-Servers).</translation>
    </message>
    <message>
        <source>create-calltrack, create-callback: the subject. change-case: the new case&apos;s subject.</source>
        <translation>create-calltrack, create-callback: der Betreff. change-case: der Betreff des neuen Falls.</translation>
    </message>
    <message>
        <source>create-calltrack: 1 to 7. create-callback: 0 to 200 (default 50).</source>
        <translation>create-calltrack: 1 bis 7. create-callback: 0 bis 200 (Standard: 50).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>create-calltrack: the activity&apos;s due time. change-case: the new case&apos;s (ISO 8601, in the future).</source>
        <translation>create-calltrack: der Fälligkeitszeitpunkt der Aktivität. change-case: der des neuen Falls (ISO 8601, in der Zukunft).</translation>
    </message>
    <message>
        <source>outbox list: the applied entries too.</source>
        <translation>outbox list: auch die ausgeführten Einträge.</translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation>Der auszuführende Befehl, siehe oben.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 ist keine Option von %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <extracomment>%1 is the option, %2 what was given</extracomment>
        <translation>%1: &apos;%2&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid id; ids are positive.</source>
        <translation>%1: &apos;%2&apos; ist keine gültige ID; IDs sind positiv.</translation>
    </message>
    <message>
        <source>%1: &apos;@&apos; needs an outbox entry id, as in @&lt;entry&gt;.</source>
        <extracomment>@&lt;entry&gt; is literal syntax; do not translate it</extracomment>
        <translation>%1: &apos;@&apos; benötigt die ID eines Postausgangseintrags, wie in @&lt;entry&gt;.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time such as 2031-01-15T08:00:00Z.</source>
        <extracomment>the example is a literal ISO 8601 time; keep it as it is</extracomment>
        <translation>%1: &apos;%2&apos; ist keine ISO-8601-Zeitangabe wie 2031-01-15T08:00:00Z.</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <extracomment>%1 lists options, e.g. &quot;--customer, --contact&quot;</extracomment>
        <translation>Geben Sie nur eine dieser Optionen an: %1.</translation>
    </message>
    <message>
        <source>--attribute: &apos;%1&apos; is not name=value.</source>
        <translation>--attribute: &apos;%1&apos; hat nicht die Form Name=Wert.</translation>
    </message>
    <message>
        <source>--attribute: %1 is given twice.</source>
        <translation>--attribute: %1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>create-calltrack needs the customer: --customer, --contact, --contact-point-id, --contact-point-data or --anonymous.</source>
        <translation>create-calltrack benötigt den Kunden: --customer, --contact, --contact-point-id, --contact-point-data oder --anonymous.</translation>
    </message>
    <message>
        <source>--contact-point-kind goes with --contact-point-id.</source>
        <translation>--contact-point-kind ist nur zusammen mit --contact-point-id möglich.</translation>
    </message>
    <message>
        <source>change-case needs --activities, and --case or --new-case.</source>
        <translation>change-case benötigt --activities sowie --case oder --new-case.</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server: set jtelBaseUrl with agentdeskctl profile set %1 jtelBaseUrl=URL.</source>
        <translation>Profil %1 hat keinen jtel-Server: Setzen Sie jtelBaseUrl mit agentdeskctl profile set %1 jtelBaseUrl=URL.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server: set caseDialect and caseBaseUrl with agentdeskctl profile set %1.</source>
        <translation>Profil %1 hat keinen Fallserver: Setzen Sie caseDialect und caseBaseUrl mit agentdeskctl profile set %1.</translation>
    </message>
    <message>
        <source>%1 takes options only, not &apos;%2&apos;.</source>
        <translation>%1 akzeptiert nur Optionen, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: standard input cannot be read.</source>
        <translation>%1: Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the first line of standard input is empty.</source>
        <translation>%1: Die erste Zeile der Standardeingabe ist leer.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not case or jtel.</source>
        <extracomment>case and jtel are literal values; do not translate them</extracomment>
        <translation>--server: &apos;%1&apos; ist weder case noch jtel.</translation>
    </message>
    <message>
        <source>--server: profile %1 has a case-management server and a jtel server; choose one with --server case or --server jtel.</source>
        <translation>--server: Profil %1 hat einen Fallserver und einen jtel-Server; wählen Sie einen davon mit --server case oder --server jtel.</translation>
    </message>
    <message>
        <source>--password-stdin and --secret-stdin read the same line; give one of them.</source>
        <translation>--password-stdin und --secret-stdin lesen dieselbe Zeile; geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>%1: profile %2 signs in as an eGain user through the browser; there is no secret to read.</source>
        <translation>%1: Profil %2 meldet sich als eGain-Benutzer über den Browser an; es gibt keine Zugangsdaten zum Einlesen.</translation>
    </message>
    <message>
        <source>login reads the secret from standard input: give --password-stdin (ECE password) or --secret-stdin (eGain client secret, jtel token).</source>
        <translation>login liest die Zugangsdaten aus der Standardeingabe: Geben Sie --password-stdin (ECE-Passwort) oder --secret-stdin (eGain-Client-Secret, jtel-Token) an.</translation>
    </message>
    <message>
        <source>--ids cannot be combined with --case, --status, --assigned-to, --queue or --modified-since.</source>
        <translation>--ids kann nicht mit --case, --status, --assigned-to, --queue oder --modified-since kombiniert werden.</translation>
    </message>
    <message>
        <source>activities needs --ids, --case or --status.</source>
        <translation>activities benötigt --ids, --case oder --status.</translation>
    </message>
    <message>
        <source>--status: give a status such as open or assigned.</source>
        <translation>--status: Geben Sie einen Status an, z. B. open oder assigned.</translation>
    </message>
    <message>
        <source>cases needs --ids.</source>
        <translation>cases benötigt --ids.</translation>
    </message>
    <message>
        <source>Unknown outbox command &apos;%1&apos;; use list, retry, discard or flush.</source>
        <extracomment>list, retry, discard and flush are literal command names; do not translate them</extracomment>
        <translation>Unbekannter outbox-Befehl &apos;%1&apos;; verwenden Sie list, retry, discard oder flush.</translation>
    </message>
    <message>
        <source>%1 takes one outbox entry id.</source>
        <translation>%1 erwartet genau eine ID eines Postausgangseintrags.</translation>
    </message>
    <message>
        <source>No command given. See agentdeskctl --help.</source>
        <translation>Kein Befehl angegeben. Siehe agentdeskctl --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no outbox entry &apos;%1&apos;; see agentdeskctl outbox list.</source>
        <translation>Es gibt keinen Postausgangseintrag &apos;%1&apos;; siehe agentdeskctl outbox list.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is being sent right now (by AgentDesk?); try again when that is done.</source>
        <translation>Postausgangseintrag %1 wird gerade gesendet (von AgentDesk?); versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied already.</source>
        <translation>Postausgangseintrag %1 wurde bereits ausgeführt.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied.</source>
        <translation>Postausgangseintrag %1 wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation>Postausgangseintrag %1 verworfen.</translation>
    </message>
    <message>
        <source>Nothing is waiting in the outbox.</source>
        <translation>Im Postausgang wartet nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</source>
        <translation>
            <numerusform>%n Postausgangseintrag wurde vom Server abgelehnt und muss bearbeitet werden; agentdeskctl outbox discard ID entfernt einen Eintrag.</numerusform>
            <numerusform>%n Postausgangseinträge wurden vom Server abgelehnt und müssen bearbeitet werden; agentdeskctl outbox discard ID entfernt einen davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</source>
        <translation>
            <numerusform>Nicht angemeldet: %n Postausgangseintrag wartet. Melden Sie sich mit agentdeskctl login --profile %1 an und führen Sie dann agentdeskctl outbox flush aus.</numerusform>
            <numerusform>Nicht angemeldet: %n Postausgangseinträge warten. Melden Sie sich mit agentdeskctl login --profile %1 an und führen Sie dann agentdeskctl outbox flush aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</source>
        <translation>
            <numerusform>%n Postausgangseintrag wartet: Der Server war nicht erreichbar, oder ein Eintrag davor ist noch nicht ausgeführt. agentdeskctl outbox flush oder AgentDesk sendet ihn später.</numerusform>
            <numerusform>%n Postausgangseinträge warten: Der Server war nicht erreichbar, oder ein Eintrag davor ist noch nicht ausgeführt. agentdeskctl outbox flush oder AgentDesk sendet sie später.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>Der Cache des Profils %1 kann nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation>&apos;%1&apos; ist kein gültiger Profilname: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (höchstens 64).</translation>
    </message>
    <message>
        <source>There is no profile &apos;%1&apos;; see agentdeskctl profile list.</source>
        <translation>Es gibt kein Profil &apos;%1&apos;; siehe agentdeskctl profile list.</translation>
    </message>
    <message>
        <source>profile set needs a profile name.</source>
        <translation>profile set benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value. Known keys: %2.</source>
        <translation>&apos;%1&apos; hat nicht die Form key=value. Bekannte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile could not be removed from %1.</source>
        <translation>Das Profil konnte nicht aus %1 entfernt werden.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was removed, but its secrets could not be removed from the keychain: %2</source>
        <translation>Profil &apos;%1&apos; wurde entfernt, aber seine Zugangsdaten konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>profile list takes no arguments.</source>
        <translation>profile list akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <source>profile show takes at most one profile name.</source>
        <translation>profile show akzeptiert höchstens einen Profilnamen.</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one profile name.</source>
        <translation>profile %1 benötigt genau einen Profilnamen.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>profile needs a subcommand: set, list, show, use or remove.</source>
        <translation>profile benötigt einen Unterbefehl: set, list, show, use oder remove.</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use set, list, show, use or remove.</source>
        <translation>Unbekannter profile-Unterbefehl &apos;%1&apos;; verwenden Sie set, list, show, use oder remove.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &apos;%1&apos;.</source>
        <translation>--profile: Es gibt kein Profil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No profile is active: give --profile NAME, or choose one with agentdeskctl profile use NAME.</source>
        <translation>Kein Profil ist aktiv: Geben Sie --profile NAME an oder wählen Sie eines mit agentdeskctl profile use NAME.</translation>
    </message>
    <message>
        <source>not signed in, or the sign-in has expired; run agentdeskctl login --profile %1</source>
        <translation>nicht angemeldet oder die Anmeldung ist abgelaufen; führen Sie agentdeskctl login --profile %1 aus</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows. Run the command again with --force to end the oldest session (that signs the user out there).</source>
        <translation>%1 hat bereits die höchste Anzahl an Sitzungen, die ECE zulässt. Führen Sie den Befehl erneut mit --force aus, um die älteste Sitzung zu beenden (der Benutzer wird dort abgemeldet).</translation>
    </message>
    <message>
        <source>Open this URL in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in URL; scripts look for the URL after the colon</extracomment>
        <translation>Öffnen Sie diese URL in Ihrem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Signed in with profile %1.</source>
        <translation>Mit Profil %1 angemeldet.</translation>
    </message>
    <message>
        <source>The secrets could not be removed: %1</source>
        <translation>Die Zugangsdaten konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>Von Profil %1 abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries are not applied; see agentdeskctl outbox list.</source>
        <translation>
            <numerusform>%n Postausgangseintrag ist noch nicht ausgeführt; siehe agentdeskctl outbox list.</numerusform>
            <numerusform>%n Postausgangseinträge sind noch nicht ausgeführt; siehe agentdeskctl outbox list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 the field, %2 the rule of the API reference (e.g. C6), %3 what is wrong</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1
Outbox entry %2: agentdeskctl outbox list shows it, agentdeskctl outbox discard removes it.</source>
        <translation>%1
Postausgangseintrag %2: agentdeskctl outbox list zeigt ihn an, agentdeskctl outbox discard entfernt ihn.</translation>
    </message>
    <message>
        <source>%1
Not signed in: queued as outbox entry %2. Sign in with agentdeskctl login --profile %3, then agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
Nicht angemeldet: als Postausgangseintrag %2 abgelegt. Melden Sie sich mit agentdeskctl login --profile %3 an; danach sendet ihn agentdeskctl outbox flush oder AgentDesk.</translation>
    </message>
    <message>
        <source>%1
Queued as outbox entry %2: agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
Als Postausgangseintrag %2 abgelegt: agentdeskctl outbox flush oder AgentDesk sendet ihn.</translation>
    </message>
    <message>
        <source>activities: in the queue with id &lt;id&gt;. transfer: the queue to transfer to.</source>
        <translation>activities: in der Warteschlange mit der ID &lt;ID&gt;. transfer: die Warteschlange, an die übergeben wird.</translation>
    </message>
    <message>
        <source>create-calltrack: the department that owns the activity, by name. transfer: the department to transfer to, by id.</source>
        <translation>create-calltrack: die Abteilung, der die Aktivität gehört, angegeben mit Namen. transfer: die Abteilung, an die übergeben wird, angegeben mit ID.</translation>
    </message>
    <message>
        <source>change-case, transfer, pick: the activities, comma-separated; @&lt;entry&gt; names a calltrack that create-calltrack queued in the outbox (change-case only).</source>
        <translation>change-case, transfer, pick: die Aktivitäten, durch Kommas getrennt; @&lt;entry&gt; bezeichnet eine Calltrack-Aktivität, die create-calltrack im Postausgang abgelegt hat (nur change-case).</translation>
    </message>
    <message>
        <source>transfer, pick: also take activities their assignee pinned (unpin=yes).</source>
        <translation>transfer, pick: erfasst auch Aktivitäten, die der zugewiesene Benutzer angeheftet hat (unpin=yes).</translation>
    </message>
    <message>
        <source>create-callback: route the event to the jtel user &lt;id&gt;. transfer: the user to transfer to, an id or a login.</source>
        <translation>create-callback: leitet das Ereignis an den jtel-Benutzer &lt;ID&gt;. transfer: der Benutzer, an den übergeben wird, als ID oder Anmeldename.</translation>
    </message>
    <message>
        <source>Command-line companion of AgentDesk: reads from and writes to the case-management server (eGain v3 or Cisco ECE v12) and the jtel ACD of a saved profile. It never prompts: secrets are read from standard input and kept in the system keychain, never in files or output.

Profiles:
  profile set NAME key=value…  Create or change a profile. Keys: %1.
  profile list                 List the profiles; the active one is marked with *.
  profile show [NAME]          Show a profile (default: the active one).
  profile use NAME             Make NAME the active profile.
  profile remove NAME          Remove a profile and its stored secrets.

Signing in (--profile NAME on any command overrides the active profile):
  login [--server case|jtel] [--password-stdin | --secret-stdin] [--force]
        Checks the secret with the server, then keeps it in the keychain. An eGain
        user (oauthFlow=user) signs in through the browser instead: open the URL
        printed on standard error.
  logout [--server case|jtel]  Remove the stored secrets of the profile.

Reading (tab-separated values with a header line, or --json):
  activities --ids ID,… | --case ID | --status S [--assigned-to ID] [--queue ID]
             [--modified-since TIME]
  cases --ids ID,…
  events [--id ID]             jtel ACD events
  subtypes                     calltrack subtypes and their departments

Writing (kept in the profile&apos;s outbox first, so nothing is lost offline):
  create-calltrack --department D --subtype S [--mode Inbound|Outbound]
        [--subject S] [--content TEXT] [--html HTML]
        (--customer ID | --contact ID | --contact-point-id ID
         --contact-point-kind K | --contact-point-data X | --anonymous)
        [--target-user-id ID | --target-user LOGIN] [--case ID] [--priority 1-7]
        [--due TIME] [--attribute NAME=VALUE]…
  change-case --activities ID,… (--case ID | --new-case [--subject S]
        [--description D] [--solution S] [--severity S] [--due TIME]) [--relate]
        An id @ENTRY names a calltrack that create-calltrack queued offline.
  create-callback (--group ID | --config-group ID --agent-group ID) --sender E164
        --subject S [--type N] [--user ID] [--receiver E164] [--body TEXT]
        [--crm-url URL] [--user-data TEXT] [--priority 0-200]
        [--date YYYY-MM-DD] [--time HH:MM]
  transfer --activities ID,… (--user ID|LOGIN | --queue ID | --department ID)
        [--unpin]     hand activities to a user, a queue or a department
  pick --activities ID,… [--unpin]   take activities over yourself
  A write the server cannot take now stays queued (exit code 4, or 5 when not
  signed in); its outbox entry id is printed. AgentDesk or outbox flush sends it.

Outbox (the writes of the profile that are not applied yet):
  outbox list [--all]          waiting and refused entries (--all: applied too)
  outbox retry ID              send a refused or waiting entry again, now
  outbox discard ID            remove an entry that is not being sent
  outbox flush                 send every waiting entry now; 0 when none is left

Cache:
  sync                         replay the outbox, then refresh the profile&apos;s cache
                               from its servers, as AgentDesk does on start

Exit codes:
  0  success
  1  any other failure (no keychain, an answer that could not be read)
  2  invalid input: unknown command, option, profile, key or a bad value
  3  the server refused the request (its code and message are printed)
  4  the server could not be reached (network, timeout, TLS, busy after retries)
  5  authentication failed: not signed in, or the credentials were refused</source>
        <extracomment>the command names, option names, key names and values are literal; do not translate them</extracomment>
        <translation>Kommandozeilenwerkzeug zu AgentDesk: liest und schreibt Daten auf dem Fallserver (eGain v3 oder Cisco ECE v12) und dem jtel ACD eines gespeicherten Profils. Es fragt nie interaktiv nach: Zugangsdaten werden aus der Standardeingabe gelesen und im Schlüsselbund des Systems gespeichert, niemals in Dateien oder in der Ausgabe.

Profile:
  profile set NAME key=value…  Profil anlegen oder ändern. Schlüssel: %1.
  profile list                 Profile auflisten; das aktive ist mit * markiert.
  profile show [NAME]          Profil anzeigen (Standard: das aktive).
  profile use NAME             NAME zum aktiven Profil machen.
  profile remove NAME          Profil samt gespeicherten Zugangsdaten entfernen.

Anmelden (--profile NAME übersteuert bei jedem Befehl das aktive Profil):
  login [--server case|jtel] [--password-stdin | --secret-stdin] [--force]
        Prüft die Zugangsdaten beim Server und legt sie im Schlüsselbund ab.
        Ein eGain-Benutzer (oauthFlow=user) meldet sich stattdessen im Browser an:
        Öffnen Sie die URL, die auf der Standardfehlerausgabe erscheint.
  logout [--server case|jtel]  Gespeicherte Zugangsdaten des Profils entfernen.

Lesen (tabulatorgetrennte Werte mit Kopfzeile, oder --json):
  activities --ids ID,… | --case ID | --status S [--assigned-to ID] [--queue ID]
             [--modified-since TIME]
  cases --ids ID,…
  events [--id ID]             jtel-ACD-Ereignisse
  subtypes                     Calltrack-Untertypen und ihre Abteilungen

Schreiben (zuerst im Postausgang des Profils, damit offline nichts verloren geht):
  create-calltrack --department D --subtype S [--mode Inbound|Outbound]
        [--subject S] [--content TEXT] [--html HTML]
        (--customer ID | --contact ID | --contact-point-id ID
         --contact-point-kind K | --contact-point-data X | --anonymous)
        [--target-user-id ID | --target-user LOGIN] [--case ID] [--priority 1-7]
        [--due TIME] [--attribute NAME=VALUE]…
  change-case --activities ID,… (--case ID | --new-case [--subject S]
        [--description D] [--solution S] [--severity S] [--due TIME]) [--relate]
        Eine ID @ENTRY bezeichnet eine Calltrack-Aktivität, die create-calltrack
        offline im Postausgang abgelegt hat.
  create-callback (--group ID | --config-group ID --agent-group ID) --sender E164
        --subject S [--type N] [--user ID] [--receiver E164] [--body TEXT]
        [--crm-url URL] [--user-data TEXT] [--priority 0-200]
        [--date YYYY-MM-DD] [--time HH:MM]
  transfer --activities ID,… (--user ID|LOGIN | --queue ID | --department ID)
        [--unpin]     Aktivitäten an einen Benutzer, eine Warteschlange oder
                      eine Abteilung übergeben
  pick --activities ID,… [--unpin]   Aktivitäten selbst übernehmen
  Ein Schreibauftrag, den der Server gerade nicht annehmen kann, bleibt im
  Postausgang (Exit-Code 4, oder 5, wenn nicht angemeldet); die ID seines
  Postausgangseintrags wird ausgegeben. AgentDesk oder outbox flush sendet ihn.

Postausgang (die noch nicht ausgeführten Schreibaufträge des Profils):
  outbox list [--all]          wartende und abgelehnte Einträge
                               (--all: auch ausgeführte)
  outbox retry ID              abgelehnten oder wartenden Eintrag jetzt neu senden
  outbox discard ID            Eintrag entfernen, der gerade nicht gesendet wird
  outbox flush                 alle wartenden Einträge jetzt senden; Exit-Code 0,
                               wenn keiner übrig bleibt

Cache:
  sync                         Postausgang abarbeiten, dann den Cache des Profils
                               von den Servern neu laden, wie AgentDesk beim Start

Exit-Codes:
  0  Erfolg
  1  jeder andere Fehler (kein Schlüsselbund, eine nicht lesbare Antwort)
  2  ungültige Eingabe: unbekannter Befehl, unbekannte Option, unbekanntes Profil,
     unbekannter Schlüssel oder ein ungültiger Wert
  3  der Server hat die Anfrage abgelehnt (sein Code und seine Meldung werden
     ausgegeben)
  4  der Server war nicht erreichbar (Netzwerk, Zeitüberschreitung, TLS, nach
     Wiederholungen weiterhin ausgelastet)
  5  Authentifizierung fehlgeschlagen: nicht angemeldet oder Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>transfer needs --activities, and --user, --queue or --department.</source>
        <translation>transfer benötigt --activities sowie --user, --queue oder --department.</translation>
    </message>
    <message>
        <source>pick needs --activities.</source>
        <translation>pick benötigt --activities.</translation>
    </message>
    <message>
        <source>@%1 is a calltrack queued for creation; calltracks cannot be transferred or picked.</source>
        <translation>@%1 ist eine Calltrack-Aktivität, deren Erstellung noch im Postausgang wartet; Calltrack-Aktivitäten können weder übergeben noch übernommen werden.</translation>
    </message>
    <message>
        <source>--user needs an id or a login.</source>
        <translation>--user benötigt eine ID oder einen Anmeldenamen.</translation>
    </message>
    <message>
        <source>User %1 is not known: no activity is assigned to that login. Give the user&apos;s numeric id with --user.</source>
        <translation>Benutzer %1 ist nicht bekannt: Diesem Anmeldenamen ist keine Aktivität zugewiesen. Geben Sie die numerische ID des Benutzers mit --user an.</translation>
    </message>
    <message>
        <source>User %1 is not in the cache, and the server could not be asked (%2). Give the user&apos;s numeric id with --user.</source>
        <translation>Benutzer %1 ist nicht im Cache, und der Server konnte nicht gefragt werden (%2). Geben Sie die numerische ID des Benutzers mit --user an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center agent desktop for eGain, Cisco ECE and jtel ACD.</source>
        <translation>Contact-Center-Agenten-Desktop für eGain, Cisco ECE und jtel ACD.</translation>
    </message>
    <message>
        <source>Open profile &lt;name&gt; (default: the active one; without any, the profile dialog opens).</source>
        <translation>Öffnet das Profil &lt;Name&gt; (Standard: das aktive; ist keines aktiv, öffnet sich der Profildialog).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start the bundled training sandbox and open the profile `training` on it.</source>
        <translation>Startet die mitgelieferte Schulungs-Sandbox und öffnet darauf das Profil `training`.</translation>
    </message>
    <message>
        <source>After the first sync (or an error, or 30 s), save an image of the main window to &lt;file&gt;, and of each operation dialog next to it (&lt;file&gt;-calltrack.png, …), then quit: exit code 0 when the sync succeeded and the images were written, else 1.</source>
        <translation>Speichert nach der ersten Synchronisierung (oder einem Fehler, spätestens nach 30 s) ein Bild des Hauptfensters als &lt;Datei&gt; und daneben je ein Bild jedes Aktionsdialogs (&lt;Datei&gt;-calltrack.png, …) und beendet sich dann: Exit-Code 0, wenn die Synchronisierung gelungen ist und die Bilder geschrieben wurden, sonst 1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>With --training: sign in as this user of the sandbox instead of the agent lena.fischer, e.g. the supervisor s.okafor.</source>
        <translation>Mit --training: als dieser Benutzer der Sandbox anmelden statt als die Agentin lena.fischer, z. B. als die Supervisorin s.okafor.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
</context>
</TS>
