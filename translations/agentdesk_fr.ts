<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcdEventQueueModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the ACD group that distributes the event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>caller number or e-mail address the event came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>the time the caller asked to be called back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>how long ago the event was created</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <extracomment>ACD event type: the customer asked to be called back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <extracomment>ACD event type that jtel does not document, %1 is its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>age of an ACD event in minutes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>age of an ACD event in hours</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>age of an ACD event in days</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>ID</source>
        <extracomment>the server&apos;s activity number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>the agent the activity is assigned to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>the number of the case the activity belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the folder for the cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 has schema version %2, written by a newer AgentDesk; this version knows schema versions up to %3 and leaves it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>New Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice mail</source>
        <extracomment>jtel ACD event types (AcdEventTypesID)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ACD group</source>
        <extracomment>who distributes the event: an ACD group, or a configuration group with an agent group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration group and an agent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 41</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; any agent of the group if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +4922199900011</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com/contacts/88412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. the ticket number of another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, %3 if empty</source>
        <extracomment>%1 and %2 are the lowest and highest priority, %3 the server&apos;s default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>the layout of a date the user types; keep the letters in English order y, m, d</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <extracomment>the layout of a time the user types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent gro&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the callback&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>the moment the appointment results in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number in E.164: country code and number, digits only, no spaces; a leading + is allowed. Example: +4922199900011 for 0221 99900011 in Germany.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: one of the service numbers configured in jtel, in E.164, e.g. 4930120000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event comes from, e.g. the customer&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: where it was sent to, e.g. your support address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackValidator</name>
    <message>
        <source>No appointment: the event is distributed as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment %1 %2 has passed: the event is distributed as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed no earlier than today at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed no earlier than tomorrow, %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed no earlier than %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type %1 is not valid; use a type ID greater than 0 (3 for a callback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 ID %2 is not valid; IDs are greater than 0.</source>
        <extracomment>%1 is e.g. &quot;ACD group&quot;, %2 the id typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the event either to an ACD group or to a configuration group with an agent group, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ACD group, or a configuration group with an agent group, that will distribute the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent group that goes with configuration group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the configuration group of agent group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a phone number; voice mails and callbacks need a number in E.164, digits only with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <extracomment>%1 is &quot;sender&quot; or &quot;receiver&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;%3&quot;; a phone number in E.164 has digits only, with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; starts with 0; enter the number with its country code instead (for example 4922199900011 rather than 022199900011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too short; a phone number in E.164 has 8 to 15 digits, country code included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too long; a phone number in E.164 has 8 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender: the caller&apos;s phone number, with country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender, for example the customer&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only callback events carry a body text; clear it, or create a callback (type 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; is not a complete web address; use one such as https://crm.example.com/contacts/88412.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority %1 is not valid; use a whole number from 0 to 200 (the server&apos;s default is 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date &quot;%1&quot; is not in the form yyyy-mm-dd or yyyymmdd (for example 2031-03-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date %1 does not exist; check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment time &quot;%1&quot; is not in the form hh:mm or hhmm (for example 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment time %1 does not exist; hours run from 00 to 23, minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalltrackDialog</name>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of a calltrack activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Calltrack Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>the direction of the phone call; the server&apos;s values are Inbound and Outbound</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the notes as HTML, e.g. &lt;p&gt;…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <extracomment>how the customer of the call is identified (eGain v3 §7.6)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>the kinds of contact point eGain knows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>who gets the new activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User by login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User by custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. employee_no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no priority: the server&apos;s default applies</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <extracomment>the customer, contact person or contact point ID, as chosen above</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email or phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att&amp;ribute name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the user&apos;s custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting case ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cust&amp;om attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s subtypes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s subtypes could not be loaded (%1); type the subtype&apos;s value.</source>
        <extracomment>%1 is why, e.g. &quot;Connection refused&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1); these are the subtypes saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the caller&apos;s email address or phone number (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address or phone number stored for the customer; a phone number in digits only, e.g. 4930555010001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lena.fischer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute&apos;s value, e.g. E1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the existing case, or choose a new case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalltrackValidator</name>
    <message>
        <source>Choose the department that will own the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the calltrack subtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calltrack subtype of this server; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2, which has no calltrack subtypes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the call was Inbound or Outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not valid; use Inbound or Outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject or call notes; the activity needs at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The subject has %n characters; at most 255 are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact point ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1, or mark the caller as anonymous.</source>
        <extracomment>%1 is &quot;customer ID&quot;, &quot;contact ID&quot; or &quot;contact point ID&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid; IDs are whole numbers greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of the contact point: phone, postal, email, social or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact point type &quot;%1&quot; is not valid; use phone, postal, email, social or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is already named by the %1; the email address or phone number would name it a second time. Clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address or phone number, or mark the caller as anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is marked anonymous but the customer &quot;%1&quot; is given; an anonymous call is linked to no customer. Clear the customer or unmark anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; contains &quot;%2&quot;; it may contain digits only, without &apos;+&apos;, spaces or dashes (for example 4930987654).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client application must assign the activity to a user: enter the user&apos;s ID, login name or identifying custom attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the user who gets the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID &quot;%1&quot; is not valid; user IDs are whole numbers greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login name of the user who gets the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the custom attribute that identifies the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value of the custom attribute that identifies the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not valid; use a whole number from 1 to 7, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not in the future; choose a date and time after now, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 has no alternate ID; every attachment needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments %1 and %2 share the alternate ID &quot;%3&quot;; each needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; none are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; known attributes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseManagerClient</name>
    <message>
        <source>the answer names no new activity (no Location header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer to change case (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseManagerDecoder</name>
    <message>
        <source>The server&apos;s answer has no list of activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of activity types.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <source>ID</source>
        <extracomment>the server&apos;s case number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the agent who owns the case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCaseController</name>
    <message>
        <source>Outbox entry %1 is not a queued calltrack activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 is named more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to the new case %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to case %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>No activities are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>after a list of activity IDs</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities: %1</source>
        <extracomment>%1 lists the activity IDs</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases %1</source>
        <extracomment>several source cases; the form explains why that cannot work</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <extracomment>%1 is the case ID, %2 the customer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relate the original case and the target case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of the new case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the original case&apos;s subject if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no severity for the new case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>accessible name of the note on how many requests a large move takes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID of the target case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the case the activities move to, or move them to a new case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCaseValidator</name>
    <message>
        <source>Choose at least one activity to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 is listed %2 times; list each activity once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities belong to different cases (%1); only activities of one case can move together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can move to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities already belong to case %1; choose another target case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 belongs to customer %2, but activity %3 belongs to another customer; activities can only move to a case of the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing target case is named by its ID alone; clear the new case&apos;s %1, or move to a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</source>
        <extracomment>%1 is &quot;subject&quot;, &quot;description&quot; or &quot;solution&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The severity &quot;%1&quot; is not valid; use urgent, high, medium or low, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new case&apos;s due date is not in the future; choose a date and time after now, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; none are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; known attributes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCallbackController</name>
    <message>
        <source>An open callback for this caller already existed and was updated (event %1); no new callback was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback event %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCalltrackController</name>
    <message>
        <source>Calltrack activity %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Invalid credential key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service is running (gnome-keyring or KWallet), or it has no unlocked keyring. Install and start gnome-keyring or KWallet and sign in to your desktop session; AgentDesk does not store passwords in plain files. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system (English, from D-Bus)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One attribute per row: its name and its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute %1 is given in more than one row; give each attribute once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read, so AgentDesk works offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EceSessionAuthenticator</name>
    <message>
        <source>no password is stored for %1; sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer carried no session (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows; signing in again with &quot;end my oldest session&quot; would sign you out elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the label under a form field that says what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JtelClient</name>
    <message>
        <source>expected exactly one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>This sign-in link is not the one AgentDesk is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to AgentDesk. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and try again in AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile names no server: open File → Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cached activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles and sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;calltrack activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call&amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n operations? They will not be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about new ACD events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outbox: operations waiting to be sent, and those the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: online, synced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new ACD events in the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the activities to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only operations the server refused can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of case cannot be edited here: send it again, or discard it and move the activities anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agent desktop for eGain, Cisco ECE and jtel ACD. Works from its cache and keeps every operation in a durable outbox until the server applied it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAuthenticator</name>
    <message>
        <source>no client secret is stored for client %1; sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no loopback port could be opened for the sign-in redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in in the browser was not completed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint answered without an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message>
        <source>The previous operation is still being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be stored, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it (%1): %2
It waits in the outbox to be edited and retried, or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests were applied. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it is sent once you are signed in again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;; %2 says when it will be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can correct the form and send it again as a new request, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests applied</source>
        <extracomment>a change case of more than 75 activities is sent in several requests</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>the Cancel button while an operation is being sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored in the outbox, it is being sent in the background.</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message>
        <source>It waits for operation %1, which the server refused; retry or discard that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation cannot be read; discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It moves an activity that was never created (operation %1 was rejected or discarded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its target is the new case of operation %1, which was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Operation</source>
        <extracomment>the kind of queued operation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>how often the operation was sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to an earlier attempt was lost. Before sending it again, AgentDesk checks whether the server already applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <extracomment>outbox operation: an agent logged a phone call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change case</source>
        <extracomment>outbox operation: activities move to another case</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback request</source>
        <extracomment>outbox operation: a callback request for the ACD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>outbox state: waiting to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>outbox state: sent, no answer yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>outbox state: the server refused it; the agent edits, retries or discards it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>outbox state: the server applied it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call “%1” in case %2</source>
        <extracomment>%1 is the subject of the call, %2 the case number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call “%1” in a new case</source>
        <extracomment>%1 is the subject of the call</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to case %1</source>
        <extracomment>%1 is the case number</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to a new case</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Callback to %1: %2</source>
        <extracomment>%1 is the caller&apos;s number, %2 the subject of the callback</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued request cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>A password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in from the browser is kept in the system keychain until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>a profile that has no name yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End my oldest session when ECE allows no more</source>
        <extracomment>Cisco ECE allows five sessions per user; this ends the oldest one to sign in here</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jtel API to&amp;ken:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verif&amp;y Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and keep the jtel token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (Sandbo&amp;x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New, or press Training (Sandbox) to try AgentDesk on a local training server with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jtel API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is signed out, wherever it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>%1 is the name of the profile in use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case server:</source>
        <extracomment>the row of the case-management server&apos;s sign-in, done in the browser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was removed, but its secrets could not be removed from the keychain: %2</source>
        <extracomment>%1 is the profile, %2 the keychain&apos;s explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <extracomment>%1 is the server&apos;s host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there; AgentDesk continues by itself once you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <extracomment>followed by where the secret is kept, e.g. &quot;A password is kept in the system keychain.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (jtel only)</source>
        <extracomment>no case-management server: the profile only has a jtel ACD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eGain Case Manager v3 (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco ECE Interaction v12 (on premise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user, in the browser</source>
        <extracomment>how AgentDesk signs in to eGain: as a person, or as a registered application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API client application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the eGain Administration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://acd.example.net:8443/rest/v1.0/1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both URLs are in the client application&apos;s metadata in the eGain Administration Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several scopes are separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;jtel server:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST base URL including the ClientsID. Empty when you work without a jtel ACD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private CA: its certificates as a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile keeps its name, which its secrets in the keychain are filed under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base, e.g. https://api.ai.egain.cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including the web context root, e.g. https://ece.example.com/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: suggested to the sign-in page in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_”, at most 64 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the case server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco ECE signs in with your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID registered for AgentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authorize URL, where you sign in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file with its full path, or choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the user name and password: passwords are asked for at sign-in and kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the address with the ClientsID, e.g. …/rest/v1.0/1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case server, enter a jtel server below, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <extracomment>file type filter of the file dialog; keep the patterns in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Unknown profile field “%1”. Known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be v3 (eGain), v12 (Cisco ECE) or none.</source>
        <extracomment>v3, v12 and none are literal values the user types; do not translate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be user (sign in through the browser) or client (API client application).</source>
        <extracomment>user and client are literal values the user types; do not translate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; passwords are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>nothing was entered to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the access token.</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the secret, but the keychain could not keep it: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenAuthenticator</name>
    <message>
        <source>no jtel API token is stored for this profile; sign in with the token from the jtel portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jtel server refused the API token or the ClientsID; ask the jtel administrator for a valid token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>No server of this kind is configured in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSandbox</name>
    <message numerus="yes">
        <source>The training server did not report its port within %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The training server %1 could not be started: %2</source>
        <extracomment>%1 is the program&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server stopped at once (exit code %1). %2</source>
        <extracomment>%1 is the exit code, %2 what the server printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server %1 was not found next to AgentDesk nor on the PATH; install it with AgentDesk.</source>
        <extracomment>%1 is the program&apos;s file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server did not report its port: “%1”</source>
        <extracomment>%1 is what the server printed instead of its port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agentdeskctl</name>
    <message>
        <source>Use the profile &lt;name&gt; instead of the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records as a JSON array instead of tab-separated values; a write prints its outcome as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, logout: the server of the profile, case or jtel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: read the ECE password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: read the eGain client secret or the jtel API token from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECE: when the user already has the most sessions ECE allows, end the oldest one (that signs the user out there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: the activities of case &lt;id&gt;. create-calltrack: add the activity to case &lt;id&gt; (default: a new case). change-case: move to the existing case &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities, cases: these ids, comma-separated (any number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: with this status (open, in_queue, assigned, completed, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: assigned to the user with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: in the queue with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: modified at or after &lt;time&gt; (ISO 8601, e.g. 2031-01-15T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: only the event with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the department that owns the activity, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the calltrack subtype (see subtypes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: Inbound (the default) or Outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the customer with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact person &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact point &lt;id&gt; (with --contact-point-kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: phone, postal, email, social or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the customer&apos;s email address or phone number (digits only); with --anonymous, only recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the caller is not linked to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with id &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with this login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: a custom attribute of the activity; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: the activities to move, comma-separated; @&lt;entry&gt; names a calltrack that create-calltrack queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: move the activities to a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s severity: urgent, high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case: relate the source case and the target case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the ACD group that distributes the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the configuration group (with --agent-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the agent group (with --config-group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the caller; an E.164 number for callbacks and voice mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the event type (default 3, callback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: route the event to the jtel user &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the service number that was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: text added to a callback&apos;s body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: a link into the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: free data, e.g. a ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the appointment date, YYYY-MM-DD (jtel&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-callback: the appointment time, HH:MM (jtel&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack, create-callback: the subject. change-case: the new case&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: 1 to 7. create-callback: 0 to 200 (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack: the activity&apos;s due time. change-case: the new case&apos;s (ISO 8601, in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox list: the applied entries too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <extracomment>%1 is the option, %2 what was given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid id; ids are positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;@&apos; needs an outbox entry id, as in @&lt;entry&gt;.</source>
        <extracomment>@&lt;entry&gt; is literal syntax; do not translate it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time such as 2031-01-15T08:00:00Z.</source>
        <extracomment>the example is a literal ISO 8601 time; keep it as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <extracomment>%1 lists options, e.g. &quot;--customer, --contact&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribute: &apos;%1&apos; is not name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribute: %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-calltrack needs the customer: --customer, --contact, --contact-point-id, --contact-point-data or --anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact-point-kind goes with --contact-point-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-case needs --activities, and --case or --new-case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server: set jtelBaseUrl with agentdeskctl profile set %1 jtelBaseUrl=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server: set caseDialect and caseBaseUrl with agentdeskctl profile set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes options only, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first line of standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not case or jtel.</source>
        <extracomment>case and jtel are literal values; do not translate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: profile %1 has a case-management server and a jtel server; choose one with --server case or --server jtel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --secret-stdin read the same line; give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 signs in as an eGain user through the browser; there is no secret to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login reads the secret from standard input: give --password-stdin (ECE password) or --secret-stdin (eGain client secret, jtel token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids cannot be combined with --case, --status, --assigned-to, --queue or --modified-since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities needs --ids, --case or --status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: give a status such as open or assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases needs --ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outbox command &apos;%1&apos;; use list, retry, discard or flush.</source>
        <extracomment>list, retry, discard and flush are literal command names; do not translate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one outbox entry id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See agentdeskctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox entry &apos;%1&apos;; see agentdeskctl outbox list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 is being sent right now (by AgentDesk?); try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &apos;%1&apos;; see agentdeskctl profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile set needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value. Known keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was removed, but its secrets could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile show takes at most one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs exactly one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs a subcommand: set, list, show, use or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use set, list, show, use or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: there is no profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is active: give --profile NAME, or choose one with agentdeskctl profile use NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in, or the sign-in has expired; run agentdeskctl login --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows. Run the command again with --force to end the oldest session (that signs the user out there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in URL; scripts look for the URL after the colon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries are not applied; see agentdeskctl outbox list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 the field, %2 the rule of the API reference (e.g. C6), %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Outbox entry %2: agentdeskctl outbox list shows it, agentdeskctl outbox discard removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not signed in: queued as outbox entry %2. Sign in with agentdeskctl login --profile %3, then agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Queued as outbox entry %2: agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center agent desktop for eGain, Cisco ECE and jtel ACD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile &lt;name&gt; (default: the active one; without any, the profile dialog opens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled training sandbox and open the profile `training` on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first sync (or an error, or 30 s), save an image of the main window to &lt;file&gt;, and of each operation dialog next to it (&lt;file&gt;-calltrack.png, …), then quit: exit code 0 when the sync succeeded and the images were written, else 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
