<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcdEventDecoder</name>
    <message>
        <source>ID is missing or not a positive integer</source>
        <translation>l&apos;ID est absent ou n&apos;est pas un entier positif</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server reported status %1.</source>
        <translation>Le serveur a signalé l&apos;état %1.</translation>
    </message>
    <message>
        <source>The server reported status %1: %2</source>
        <translation>Le serveur a signalé l&apos;état %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of records.</source>
        <translation>La réponse du serveur ne contient aucune liste d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AcdEventQueueModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the ACD group that distributes the event</extracomment>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>caller number or e-mail address the event came from</extracomment>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>the time the caller asked to be called back</extracomment>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>how long ago the event was created</extracomment>
        <translation>Âge</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>age of an ACD event in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>age of an ACD event in hours</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>age of an ACD event in days</extracomment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <translation>Objet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>the agent the activity is assigned to</extracomment>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>the number of the case the activity belongs to</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: %2</source>
        <translation>Connexion sécurisée à %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 n&apos;a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed: %2</source>
        <translation>Échec de la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer of %1 could not be read: %2</source>
        <translation>La réponse de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server code %1: %2</source>
        <translation>Code serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server code %1.</source>
        <translation>Code serveur %1.</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificate.</source>
        <translation>Le fichier de certificats d&apos;AC %1 ne contient aucun certificat PEM lisible.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, the most this call accepts; it was refused</source>
        <translation>la réponse dépasse %1 Mio, le maximum accepté pour cet appel&#xa0;; elle a été refusée</translation>
    </message>
    <message>
        <source>an HTML page came instead of JSON (HTTP %1, &quot;%2&quot;); a proxy or a wrong base URL may be in the way</source>
        <translation>une page HTML est arrivée au lieu de JSON (HTTP %1, «&#xa0;%2&#xa0;»)&#xa0;; un proxy ou une URL de base erronée fait peut-être obstacle</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the folder for the cache %1.</source>
        <translation>Impossible de créer le dossier du cache %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>Impossible d&apos;ouvrir le cache %1.</translation>
    </message>
    <message>
        <source>The cache %1 has schema version %2, written by a newer AgentDesk; this version knows schema versions up to %3 and leaves it untouched.</source>
        <translation>Le cache %1 est au format de schéma %2, écrit par une version plus récente d&apos;AgentDesk&#xa0;; cette version connaît les versions de schéma jusqu&apos;à %3 et ne le modifie pas.</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>son dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The cache %1 could not be written: %2</source>
        <translation>Le cache %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache %1 could not be written, %2: %3</source>
        <translation>Le cache %1 n&apos;a pas pu être écrit, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>New Callback</source>
        <translation>Nouveau rappel</translation>
    </message>
    <message>
        <source>Create Callback</source>
        <translation>Créer le rappel</translation>
    </message>
    <message>
        <source>Voice mail</source>
        <extracomment>jtel ACD event types (AcdEventTypesID)</extracomment>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback request</source>
        <translation>Demande de rappel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>An ACD group</source>
        <extracomment>who distributes the event: an ACD group, or a configuration group with an agent group</extracomment>
        <translation>Un groupe ACD</translation>
    </message>
    <message>
        <source>A configuration group and an agent group</source>
        <translation>Un groupe de configuration et un groupe d&apos;agents</translation>
    </message>
    <message>
        <source>e.g. 512</source>
        <translation>p. ex. 512</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>p. ex. 40</translation>
    </message>
    <message>
        <source>e.g. 41</source>
        <translation>p. ex. 41</translation>
    </message>
    <message>
        <source>Optional; any agent of the group if empty</source>
        <translation>Facultatif&#xa0;; n&apos;importe quel agent du groupe si vide</translation>
    </message>
    <message>
        <source>e.g. +4922199900011</source>
        <translation>p. ex. +4922199900011</translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com/contacts/88412</source>
        <translation>p. ex. https://crm.example.com/contacts/88412</translation>
    </message>
    <message>
        <source>Optional, e.g. the ticket number of another system</source>
        <translation>Facultatif, p. ex. le numéro de ticket d&apos;un autre système</translation>
    </message>
    <message>
        <source>%1–%2, %3 if empty</source>
        <extracomment>%1 and %2 are the lowest and highest priority, %3 the server&apos;s default</extracomment>
        <translation>%1–%2, %3 si vide</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>the layout of a date the user types; keep the letters in English order y, m, d</extracomment>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <extracomment>the layout of a time the user types</extracomment>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>&amp;Type d&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address to:</source>
        <translation>&amp;Adresser à&#xa0;:</translation>
    </message>
    <message>
        <source>ACD &amp;group:</source>
        <translation>&amp;Groupe ACD&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Configuration group:</source>
        <translation>Groupe de &amp;configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Agent gro&amp;up:</source>
        <translation>Gro&amp;upe d&apos;agents&#xa0;:</translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation>Age&amp;nt&#xa0;:</translation>
    </message>
    <message>
        <source>User ID of the agent</source>
        <translation>ID utilisateur de l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>E&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Co&amp;rps&#xa0;:</translation>
    </message>
    <message>
        <source>Added to the callback&apos;s details.</source>
        <translation>Ajouté aux détails du rappel.</translation>
    </message>
    <message>
        <source>CRM &amp;link:</source>
        <translation>&amp;Lien CRM&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;data:</source>
        <translation>Données utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Appointment dat&amp;e:</source>
        <translation>Dat&amp;e du rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>Appointment ti&amp;me:</source>
        <translation>&amp;Heure du rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>the moment the appointment results in</extracomment>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>The caller&apos;s number in E.164: country code and number, digits only, no spaces; a leading + is allowed. Example: +4922199900011 for 0221 99900011 in Germany.</source>
        <translation>Le numéro de l&apos;appelant au format E.164&#xa0;: indicatif du pays et numéro, chiffres uniquement, sans espaces&#xa0;; un + initial est autorisé. Exemple&#xa0;: +4922199900011 pour le 0221 99900011 en Allemagne.</translation>
    </message>
    <message>
        <source>Optional: one of the service numbers configured in jtel, in E.164, e.g. 4930120000.</source>
        <translation>Facultatif&#xa0;: l&apos;un des numéros de service configurés dans jtel, au format E.164, p. ex. 4930120000.</translation>
    </message>
    <message>
        <source>Where the event comes from, e.g. the customer&apos;s email address.</source>
        <translation>La provenance de l&apos;événement, p. ex. l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>Optional: where it was sent to, e.g. your support address.</source>
        <translation>Facultatif&#xa0;: l&apos;adresse à laquelle il a été envoyé, p. ex. votre adresse de support.</translation>
    </message>
    <message>
        <source>Discard this callback?</source>
        <translation>Abandonner ce rappel&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CallbackValidator</name>
    <message>
        <source>No appointment: the event is distributed as soon as possible.</source>
        <translation>Aucun rendez-vous&#xa0;: l&apos;événement est distribué dès que possible.</translation>
    </message>
    <message>
        <source>The appointment %1 %2 has passed: the event is distributed as soon as possible.</source>
        <translation>Le rendez-vous du %1 à %2 est passé&#xa0;: l&apos;événement est distribué dès que possible.</translation>
    </message>
    <message>
        <source>Distributed no earlier than today at %1.</source>
        <translation>Distribué au plus tôt aujourd&apos;hui à %1.</translation>
    </message>
    <message>
        <source>Distributed no earlier than tomorrow, %1, at %2.</source>
        <translation>Distribué au plus tôt demain, %1, à %2.</translation>
    </message>
    <message>
        <source>Distributed no earlier than %1 at %2.</source>
        <translation>Distribué au plus tôt le %1 à %2.</translation>
    </message>
    <message>
        <source>The event type %1 is not valid; use a type ID greater than 0 (3 for a callback).</source>
        <translation>Le type d&apos;événement %1 n&apos;est pas valide&#xa0;; utilisez un ID de type supérieur à 0 (3 pour un rappel).</translation>
    </message>
    <message>
        <source>The %1 ID %2 is not valid; IDs are greater than 0.</source>
        <extracomment>%1 is e.g. &quot;ACD group&quot;, %2 the id typed</extracomment>
        <translation>L&apos;ID %2 (%1) n&apos;est pas valide&#xa0;; les ID sont supérieurs à 0.</translation>
    </message>
    <message>
        <source>ACD group</source>
        <translation>groupe ACD</translation>
    </message>
    <message>
        <source>configuration group</source>
        <translation>groupe de configuration</translation>
    </message>
    <message>
        <source>agent group</source>
        <translation>groupe d&apos;agents</translation>
    </message>
    <message>
        <source>Address the event either to an ACD group or to a configuration group with an agent group, not both.</source>
        <translation>Adressez l&apos;événement soit à un groupe ACD, soit à un groupe de configuration avec un groupe d&apos;agents, mais pas aux deux.</translation>
    </message>
    <message>
        <source>Choose the ACD group, or a configuration group with an agent group, that will distribute the event.</source>
        <translation>Choisissez le groupe ACD, ou un groupe de configuration avec un groupe d&apos;agents, qui distribuera l&apos;événement.</translation>
    </message>
    <message>
        <source>Choose the agent group that goes with configuration group %1.</source>
        <translation>Choisissez le groupe d&apos;agents associé au groupe de configuration %1.</translation>
    </message>
    <message>
        <source>Choose the configuration group of agent group %1.</source>
        <translation>Choisissez le groupe de configuration du groupe d&apos;agents %1.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a phone number; voice mails and callbacks need a number in E.164, digits only with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <extracomment>%1 is &quot;sender&quot; or &quot;receiver&quot;</extracomment>
        <translation>«&#xa0;%2&#xa0;» (%1) n&apos;est pas un numéro de téléphone&#xa0;; les messages vocaux et les rappels exigent un numéro au format E.164, uniquement des chiffres avec un «&#xa0;+&#xa0;» initial facultatif (par exemple 4922199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;%3&quot;; a phone number in E.164 has digits only, with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <translation>«&#xa0;%2&#xa0;» (%1) contient «&#xa0;%3&#xa0;»&#xa0;; un numéro de téléphone au format E.164 ne comporte que des chiffres, avec un «&#xa0;+&#xa0;» initial facultatif (par exemple 4922199900011).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; starts with 0; enter the number with its country code instead (for example 4922199900011 rather than 022199900011).</source>
        <translation>«&#xa0;%2&#xa0;» (%1) commence par 0&#xa0;; saisissez plutôt le numéro avec son indicatif de pays (par exemple 4922199900011 au lieu de 022199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too short; a phone number in E.164 has 8 to 15 digits, country code included.</source>
        <translation>«&#xa0;%2&#xa0;» (%1) est trop court&#xa0;; un numéro de téléphone au format E.164 comporte de 8 à 15 chiffres, indicatif de pays compris.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too long; a phone number in E.164 has 8 to 15 digits.</source>
        <translation>«&#xa0;%2&#xa0;» (%1) est trop long&#xa0;; un numéro de téléphone au format E.164 comporte de 8 à 15 chiffres.</translation>
    </message>
    <message>
        <source>Enter the sender: the caller&apos;s phone number, with country code.</source>
        <translation>Saisissez l&apos;expéditeur&#xa0;: le numéro de téléphone de l&apos;appelant, avec l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>Enter the sender, for example the customer&apos;s email address.</source>
        <translation>Saisissez l&apos;expéditeur, par exemple l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <source>Only callback events carry a body text; clear it, or create a callback (type 3).</source>
        <translation>Seuls les événements de rappel comportent un corps de texte&#xa0;; videz-le, ou créez un rappel (type 3).</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; must start with http:// or https://.</source>
        <translation>Le lien CRM «&#xa0;%1&#xa0;» doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; is not a complete web address; use one such as https://crm.example.com/contacts/88412.</source>
        <translation>Le lien CRM «&#xa0;%1&#xa0;» n&apos;est pas une adresse web complète&#xa0;; utilisez une adresse telle que https://crm.example.com/contacts/88412.</translation>
    </message>
    <message>
        <source>The priority %1 is not valid; use a whole number from 0 to 200 (the server&apos;s default is 50).</source>
        <translation>La priorité %1 n&apos;est pas valide&#xa0;; utilisez un nombre entier de 0 à 200 (la valeur par défaut du serveur est 50).</translation>
    </message>
    <message>
        <source>The appointment date &quot;%1&quot; is not in the form yyyy-mm-dd or yyyymmdd (for example 2031-03-04).</source>
        <translation>La date du rendez-vous «&#xa0;%1&#xa0;» n&apos;est pas au format aaaa-mm-jj ou aaaammjj (par exemple 2031-03-04).</translation>
    </message>
    <message>
        <source>The appointment date %1 does not exist; check the day and the month.</source>
        <translation>La date du rendez-vous %1 n&apos;existe pas&#xa0;; vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>The appointment time &quot;%1&quot; is not in the form hh:mm or hhmm (for example 14:30).</source>
        <translation>L&apos;heure du rendez-vous «&#xa0;%1&#xa0;» n&apos;est pas au format hh:mm ou hhmm (par exemple 14:30).</translation>
    </message>
    <message>
        <source>The appointment time %1 does not exist; hours run from 00 to 23, minutes from 00 to 59.</source>
        <translation>L&apos;heure du rendez-vous %1 n&apos;existe pas&#xa0;; les heures vont de 00 à 23, les minutes de 00 à 59.</translation>
    </message>
</context>
<context>
    <name>CalltrackDialog</name>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of a calltrack activity</extracomment>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>New Calltrack Activity</source>
        <translation>Nouvelle activité de suivi d&apos;appel</translation>
    </message>
    <message>
        <source>Create Activity</source>
        <translation>Créer l&apos;activité</translation>
    </message>
    <message>
        <source>e.g. Service</source>
        <translation>p. ex. Service client</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>p. ex. general</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>the direction of the phone call; the server&apos;s values are Inbound and Outbound</extracomment>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Call notes as text</source>
        <translation>Notes d&apos;appel en texte brut</translation>
    </message>
    <message>
        <source>Call notes as HTML</source>
        <translation>Notes d&apos;appel en HTML</translation>
    </message>
    <message>
        <source>Optional: the notes as HTML, e.g. &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Facultatif&#xa0;: les notes en HTML, p. ex. &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <extracomment>how the customer of the call is identified (eGain v3 §7.6)</extracomment>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Contact person ID</source>
        <translation>ID de la personne de contact</translation>
    </message>
    <message>
        <source>Contact point ID</source>
        <translation>ID du point de contact</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Adresse e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Appelant anonyme</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>the kinds of contact point eGain knows</extracomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>who gets the new activity</extracomment>
        <translation>Moi</translation>
    </message>
    <message>
        <source>User by ID</source>
        <translation>Utilisateur par ID</translation>
    </message>
    <message>
        <source>User by login name</source>
        <translation>Utilisateur par nom de connexion</translation>
    </message>
    <message>
        <source>User by custom attribute</source>
        <translation>Utilisateur par attribut personnalisé</translation>
    </message>
    <message>
        <source>e.g. employee_no</source>
        <translation>p. ex. employee_no</translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Un nouveau dossier</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Un dossier existant</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>p. ex. 70001</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no priority: the server&apos;s default applies</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département&#xa0;:</translation>
    </message>
    <message>
        <source>Sub&amp;type:</source>
        <translation>Sous-&amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Notes d&apos;appel</translation>
    </message>
    <message>
        <source>Customer &amp;by:</source>
        <translation>&amp;Client identifié par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <extracomment>the customer, contact person or contact point ID, as chosen above</extracomment>
        <translation>&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Customer identifier</source>
        <translation>Identifiant du client</translation>
    </message>
    <message>
        <source>Contact point t&amp;ype:</source>
        <translation>T&amp;ype de point de contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email or phone:</source>
        <translation>&amp;E-mail ou téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Attribuer à&#xa0;:</translation>
    </message>
    <message>
        <source>Att&amp;ribute name:</source>
        <translation>Nom de l&apos;att&amp;ribut&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the user&apos;s custom attribute</source>
        <translation>Nom de l&apos;attribut personnalisé de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Do&amp;ssier&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xisting case ID:</source>
        <translation>ID du dossier e&amp;xistant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Date d&apos;échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Cust&amp;om attributes:</source>
        <translation>Attri&amp;buts personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s subtypes…</source>
        <translation>Chargement des sous-types du serveur…</translation>
    </message>
    <message>
        <source>The server&apos;s subtypes could not be loaded (%1); type the subtype&apos;s value.</source>
        <extracomment>%1 is why, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>Les sous-types du serveur n&apos;ont pas pu être chargés (%1)&#xa0;; saisissez la valeur du sous-type.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1); these are the subtypes saved earlier.</source>
        <translation>Le serveur est injoignable (%1)&#xa0;; voici les sous-types enregistrés précédemment.</translation>
    </message>
    <message>
        <source>e.g. 5001</source>
        <translation>p. ex. 5001</translation>
    </message>
    <message>
        <source>e.g. 6001</source>
        <translation>p. ex. 6001</translation>
    </message>
    <message>
        <source>e.g. 8001</source>
        <translation>p. ex. 8001</translation>
    </message>
    <message>
        <source>Optional: the caller&apos;s email address or phone number (digits only).</source>
        <translation>Facultatif&#xa0;: l&apos;adresse e-mail ou le numéro de téléphone de l&apos;appelant (chiffres uniquement).</translation>
    </message>
    <message>
        <source>An email address or phone number stored for the customer; a phone number in digits only, e.g. 4930555010001.</source>
        <translation>Une adresse e-mail ou un numéro de téléphone enregistré pour le client&#xa0;; un numéro de téléphone en chiffres uniquement, p. ex. 4930555010001.</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>p. ex. 1001</translation>
    </message>
    <message>
        <source>e.g. lena.fischer</source>
        <translation>p. ex. lena.fischer</translation>
    </message>
    <message>
        <source>the attribute&apos;s value, e.g. E1001</source>
        <translation>la valeur de l&apos;attribut, p. ex. E1001</translation>
    </message>
    <message>
        <source>Enter the ID of the existing case, or choose a new case.</source>
        <translation>Saisissez l&apos;ID du dossier existant, ou choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>Discard this calltrack?</source>
        <translation>Abandonner cette activité de suivi d&apos;appel&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CalltrackValidator</name>
    <message>
        <source>Choose the department that will own the activity.</source>
        <translation>Choisissez le département auquel appartiendra l&apos;activité.</translation>
    </message>
    <message>
        <source>Choose the calltrack subtype.</source>
        <translation>Choisissez le sous-type de suivi d&apos;appel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calltrack subtype of this server; choose one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un sous-type de suivi d&apos;appel de ce serveur&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2, which has no calltrack subtypes.</source>
        <translation>Le sous-type «&#xa0;%1&#xa0;» n&apos;est pas configuré pour le département %2, qui n&apos;a aucun sous-type de suivi d&apos;appel.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2; choose one of: %3.</source>
        <translation>Le sous-type «&#xa0;%1&#xa0;» n&apos;est pas configuré pour le département %2&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Choose whether the call was Inbound or Outbound.</source>
        <translation>Indiquez si l&apos;appel était entrant (Inbound) ou sortant (Outbound).</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not valid; use Inbound or Outbound.</source>
        <translation>Le mode «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; utilisez Inbound ou Outbound.</translation>
    </message>
    <message>
        <source>Enter a subject or call notes; the activity needs at least one of them.</source>
        <translation>Saisissez un objet ou des notes d&apos;appel&#xa0;; l&apos;activité doit comporter au moins l&apos;un des deux.</translation>
    </message>
    <message numerus="yes">
        <source>The subject has %n characters; at most 255 are allowed.</source>
        <translation>
            <numerusform>L&apos;objet compte %n caractère&#xa0;; 255 au maximum sont autorisés.</numerusform>
            <numerusform>L&apos;objet compte %n caractères&#xa0;; 255 au maximum sont autorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>contact ID</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <source>contact point ID</source>
        <translation>ID de point de contact</translation>
    </message>
    <message>
        <source>Enter the %1, or mark the caller as anonymous.</source>
        <extracomment>%1 is &quot;customer ID&quot;, &quot;contact ID&quot; or &quot;contact point ID&quot;</extracomment>
        <translation>Saisissez l&apos;%1, ou indiquez que l&apos;appelant est anonyme.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid; IDs are whole numbers greater than 0.</source>
        <translation>L&apos;%1 «&#xa0;%2&#xa0;» n&apos;est pas valide&#xa0;; les ID sont des nombres entiers supérieurs à 0.</translation>
    </message>
    <message>
        <source>Choose the type of the contact point: phone, postal, email, social or website.</source>
        <translation>Choisissez le type du point de contact&#xa0;: téléphone, adresse postale, e-mail, réseau social ou site web.</translation>
    </message>
    <message>
        <source>The contact point type &quot;%1&quot; is not valid; use phone, postal, email, social or website.</source>
        <translation>Le type de point de contact «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; utilisez phone, postal, email, social ou website.</translation>
    </message>
    <message>
        <source>The customer is already named by the %1; the email address or phone number would name it a second time. Clear one of them.</source>
        <translation>Le client est déjà identifié par l&apos;%1&#xa0;; l&apos;adresse e-mail ou le numéro de téléphone l&apos;identifierait une seconde fois. Videz l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address or phone number, or mark the caller as anonymous.</source>
        <translation>Saisissez l&apos;adresse e-mail ou le numéro de téléphone du client, ou indiquez que l&apos;appelant est anonyme.</translation>
    </message>
    <message>
        <source>The caller is marked anonymous but the customer &quot;%1&quot; is given; an anonymous call is linked to no customer. Clear the customer or unmark anonymous.</source>
        <translation>L&apos;appelant est indiqué comme anonyme, mais le client «&#xa0;%1&#xa0;» est renseigné&#xa0;; un appel anonyme n&apos;est lié à aucun client. Videz le client ou décochez l&apos;appel anonyme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide&#xa0;; utilisez la forme nom@example.com.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; contains &quot;%2&quot;; it may contain digits only, without &apos;+&apos;, spaces or dashes (for example 4930987654).</source>
        <translation>Le numéro de téléphone «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#xa0;; il ne doit comporter que des chiffres, sans «&#xa0;+&#xa0;», espaces ni tirets (par exemple 4930987654).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>A client application must assign the activity to a user: enter the user&apos;s ID, login name or identifying custom attribute.</source>
        <translation>Une application cliente doit attribuer l&apos;activité à un utilisateur&#xa0;: saisissez l&apos;ID de l&apos;utilisateur, son nom de connexion ou l&apos;attribut personnalisé qui l&apos;identifie.</translation>
    </message>
    <message>
        <source>Enter the ID of the user who gets the activity.</source>
        <translation>Saisissez l&apos;ID de l&apos;utilisateur à qui attribuer l&apos;activité.</translation>
    </message>
    <message>
        <source>The user ID &quot;%1&quot; is not valid; user IDs are whole numbers greater than 0.</source>
        <translation>L&apos;ID utilisateur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; les ID utilisateur sont des nombres entiers supérieurs à 0.</translation>
    </message>
    <message>
        <source>Enter the login name of the user who gets the activity.</source>
        <translation>Saisissez le nom de connexion de l&apos;utilisateur à qui attribuer l&apos;activité.</translation>
    </message>
    <message>
        <source>Enter the name of the custom attribute that identifies the user.</source>
        <translation>Saisissez le nom de l&apos;attribut personnalisé qui identifie l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the value of the custom attribute that identifies the user.</source>
        <translation>Saisissez la valeur de l&apos;attribut personnalisé qui identifie l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>L&apos;ID de dossier %1 n&apos;est pas valide&#xa0;; saisissez un ID supérieur à 0, ou aucun pour un nouveau dossier.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not valid; use a whole number from 1 to 7, or none.</source>
        <translation>La priorité «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; utilisez un nombre entier de 1 à 7, ou aucune.</translation>
    </message>
    <message>
        <source>The due date is not in the future; choose a date and time after now, or none.</source>
        <translation>La date d&apos;échéance n&apos;est pas dans le futur&#xa0;; choisissez une date et une heure postérieures à maintenant, ou aucune.</translation>
    </message>
    <message>
        <source>Attachment %1 has no alternate ID; every attachment needs one.</source>
        <translation>La pièce jointe %1 n&apos;a pas d&apos;ID alternatif&#xa0;; chaque pièce jointe en nécessite un.</translation>
    </message>
    <message>
        <source>Attachments %1 and %2 share the alternate ID &quot;%3&quot;; each needs its own.</source>
        <translation>Les pièces jointes %1 et %2 partagent l&apos;ID alternatif «&#xa0;%3&#xa0;»&#xa0;; chacune doit avoir le sien.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Un attribut personnalisé de valeur «&#xa0;%1&#xa0;» n&apos;a pas de nom&#xa0;; saisissez le nom de l&apos;attribut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; none are configured.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut personnalisé des activités&#xa0;; aucun n&apos;est configuré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; known attributes: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut personnalisé des activités&#xa0;; attributs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur autorisée de l&apos;attribut %2&#xa0;; valeurs autorisées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>CaseManagerClient</name>
    <message>
        <source>the answer names no new activity (no Location header)</source>
        <translation>la réponse ne désigne aucune nouvelle activité (pas d&apos;en-tête Location)</translation>
    </message>
    <message>
        <source>unexpected answer to change case (HTTP %1)</source>
        <translation>réponse inattendue au changement de dossier (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n records could be read (%1)</source>
        <translation>
            <numerusform>son %n enregistrement n&apos;a pas pu être lu (%1)</numerusform>
            <numerusform>aucun de ses %n enregistrements n&apos;a pu être lu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer to a transfer (HTTP %1)</source>
        <translation>réponse inattendue au transfert (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>CaseManagerDecoder</name>
    <message>
        <source>The server&apos;s answer has no list of activities.</source>
        <translation>La réponse du serveur ne contient pas de liste d&apos;activités.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of cases.</source>
        <translation>La réponse du serveur ne contient pas de liste de dossiers.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of activity types.</source>
        <translation>La réponse du serveur ne contient pas de liste de types d&apos;activité.</translation>
    </message>
    <message>
        <source>the ID is missing or not a positive integer</source>
        <translation>l&apos;ID est absent ou n&apos;est pas un entier positif</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server reported error %1: %2</source>
        <translation>Le serveur a signalé l&apos;erreur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>type %1, subtype %2: %3</source>
        <translation>type %1, sous-type %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>la valeur est absente</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1).</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the agent who owns the case</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>ChangeCaseController</name>
    <message>
        <source>Outbox entry %1 is not a queued calltrack activity.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi n&apos;est pas une activité de suivi d&apos;appel en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Activity %1 is named more than once.</source>
        <translation>L&apos;activité %1 est indiquée plusieurs fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to the new case %1.</source>
        <translation>
            <numerusform>%n activité déplacée vers le nouveau dossier %1.</numerusform>
            <numerusform>%n activités déplacées vers le nouveau dossier %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to case %1.</source>
        <translation>
            <numerusform>%n activité déplacée vers le dossier %1.</numerusform>
            <numerusform>%n activités déplacées vers le dossier %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Cases %1</source>
        <extracomment>several source cases; the form explains why that cannot work</extracomment>
        <translation>Dossiers %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <extracomment>%1 is the case ID, %2 the customer&apos;s name</extracomment>
        <translation>Dossier %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Relate the original case and the target case</source>
        <translation>&amp;Relier le dossier d&apos;origine au dossier cible</translation>
    </message>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of the new case</extracomment>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>Due date of the new case</source>
        <translation>Date d&apos;échéance du nouveau dossier</translation>
    </message>
    <message>
        <source>Change Case</source>
        <translation>Changer de dossier</translation>
    </message>
    <message>
        <source>Move Activities</source>
        <translation>Déplacer les activités</translation>
    </message>
    <message numerus="yes">
        <source>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</source>
        <translation>
            <numerusform>Le serveur déplace au plus %1 activités par requête&#xa0;; %n activité est donc envoyée en %2 requêtes successives, vers le même dossier.</numerusform>
            <numerusform>Le serveur déplace au plus %1 activités par requête&#xa0;; ces %n activités sont donc envoyées en %2 requêtes successives, vers le même dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Un nouveau dossier</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Un dossier existant</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>p. ex. 70001</translation>
    </message>
    <message>
        <source>Optional; the original case&apos;s subject if empty</source>
        <translation>Facultatif&#xa0;; l&apos;objet du dossier d&apos;origine si vide</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no severity for the new case</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Activités&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>accessible name of the note on how many requests a large move takes</extracomment>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Déplacer vers&#xa0;:</translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation>&amp;ID du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>ID of the target case</source>
        <translation>ID du dossier cible</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject of the new case</source>
        <translation>Objet du nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <translation>&amp;Solution&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Da&amp;te d&apos;échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Custom attributes:</source>
        <translation>Attributs &amp;personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the ID of the case the activities move to, or move them to a new case.</source>
        <translation>Saisissez l&apos;ID du dossier vers lequel déplacer les activités, ou déplacez-les vers un nouveau dossier.</translation>
    </message>
    <message>
        <source>Discard this change of case?</source>
        <translation>Abandonner ce changement de dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ChangeCaseValidator</name>
    <message>
        <source>Choose at least one activity to move.</source>
        <translation>Choisissez au moins une activité à déplacer.</translation>
    </message>
    <message>
        <source>Activity %1 is listed %2 times; list each activity once.</source>
        <translation>L&apos;activité %1 figure %2 fois&#xa0;; indiquez chaque activité une seule fois.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>L&apos;ID d&apos;activité %1 n&apos;est pas valide&#xa0;; les ID d&apos;activité sont supérieurs à 0.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>L&apos;activité %1 est inconnue&#xa0;; actualisez la liste et choisissez à nouveau les activités.</translation>
    </message>
    <message>
        <source>The activities belong to different cases (%1); only activities of one case can move together.</source>
        <translation>Les activités appartiennent à des dossiers différents (%1)&#xa0;; seules les activités d&apos;un même dossier peuvent être déplacées ensemble.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can move to another case.</source>
        <translation>L&apos;activité %1 est à l&apos;état %2&#xa0;; seules les activités en attente dans une file d&apos;attente ou attribuées à un utilisateur peuvent être déplacées vers un autre dossier.</translation>
    </message>
    <message>
        <source>The target case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>L&apos;ID du dossier cible %1 n&apos;est pas valide&#xa0;; saisissez un ID supérieur à 0, ou aucun pour un nouveau dossier.</translation>
    </message>
    <message>
        <source>The activities already belong to case %1; choose another target case.</source>
        <translation>Les activités appartiennent déjà au dossier %1&#xa0;; choisissez un autre dossier cible.</translation>
    </message>
    <message>
        <source>Case %1 belongs to customer %2, but activity %3 belongs to another customer; activities can only move to a case of the same customer.</source>
        <translation>Le dossier %1 appartient au client %2, mais l&apos;activité %3 appartient à un autre client&#xa0;; les activités ne peuvent être déplacées que vers un dossier du même client.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solution</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <source>custom attributes</source>
        <translation>attributs personnalisés</translation>
    </message>
    <message>
        <source>An existing target case is named by its ID alone; clear the new case&apos;s %1, or move to a new case.</source>
        <translation>Un dossier cible existant est désigné par son seul ID&#xa0;; videz ces champs du nouveau dossier&#xa0;: %1, ou déplacez les activités vers un nouveau dossier.</translation>
    </message>
    <message numerus="yes">
        <source>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</source>
        <extracomment>%1 is &quot;subject&quot;, &quot;description&quot; or &quot;solution&quot;</extracomment>
        <translation>
            <numerusform>Le champ «&#xa0;%1&#xa0;» du nouveau dossier compte %n caractère&#xa0;; 1024 au maximum sont autorisés.</numerusform>
            <numerusform>Le champ «&#xa0;%1&#xa0;» du nouveau dossier compte %n caractères&#xa0;; 1024 au maximum sont autorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The severity &quot;%1&quot; is not valid; use urgent, high, medium or low, or none.</source>
        <translation>La gravité «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; utilisez urgent, high, medium ou low, ou aucune.</translation>
    </message>
    <message>
        <source>The new case&apos;s due date is not in the future; choose a date and time after now, or none.</source>
        <translation>La date d&apos;échéance du nouveau dossier n&apos;est pas dans le futur&#xa0;; choisissez une date et une heure postérieures à maintenant, ou aucune.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Un attribut personnalisé de valeur «&#xa0;%1&#xa0;» n&apos;a pas de nom&#xa0;; saisissez le nom de l&apos;attribut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; none are configured.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut personnalisé des dossiers&#xa0;; aucun n&apos;est configuré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; known attributes: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un attribut personnalisé des dossiers&#xa0;; attributs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur autorisée de l&apos;attribut %2&#xa0;; valeurs autorisées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>Pour en savoir plus, essayez &apos;%1 --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>CreateCallbackController</name>
    <message>
        <source>An open callback for this caller already existed and was updated (event %1); no new callback was created.</source>
        <translation>Un rappel ouvert existait déjà pour cet appelant et a été mis à jour (événement %1)&#xa0;; aucun nouveau rappel n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Callback event %1 created.</source>
        <translation>Événement de rappel %1 créé.</translation>
    </message>
</context>
<context>
    <name>CreateCalltrackController</name>
    <message>
        <source>Calltrack activity %1 created.</source>
        <translation>Activité de suivi d&apos;appel %1 créée.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Invalid credential key “%1”.</source>
        <translation>Clé d&apos;identifiants «&#xa0;%1&#xa0;» non valide.</translation>
    </message>
    <message>
        <source>No secret service is running (gnome-keyring or KWallet), or it has no unlocked keyring. Install and start gnome-keyring or KWallet and sign in to your desktop session; AgentDesk does not store passwords in plain files. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system (English, from D-Bus)</extracomment>
        <translation>Aucun service de secrets n&apos;est en cours d&apos;exécution (gnome-keyring ou KWallet), ou il n&apos;a aucun trousseau déverrouillé. Installez et démarrez gnome-keyring ou KWallet et ouvrez une session sur votre bureau&#xa0;; AgentDesk n&apos;enregistre pas les mots de passe dans des fichiers en clair. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>Le trousseau du système a refusé l&apos;accès&#xa0;; il est peut-être verrouillé. Déverrouillez-le et réessayez. (%1)</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>Échec du trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Attributs personnalisés</translation>
    </message>
    <message>
        <source>One attribute per row: its name and its value.</source>
        <translation>Un attribut par ligne&#xa0;: son nom et sa valeur.</translation>
    </message>
    <message>
        <source>The attribute %1 is given in more than one row; give each attribute once.</source>
        <translation>L&apos;attribut %1 figure sur plusieurs lignes&#xa0;; indiquez chaque attribut une seule fois.</translation>
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
        <translation>Il n&apos;existe aucun profil nommé %1.</translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>Le cache du profil %1 est inutilisable (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The keychain cannot be read, so AgentDesk works offline: %1</source>
        <translation>Le trousseau ne peut pas être lu, AgentDesk fonctionne donc hors ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Reading from the server</source>
        <translation>Lecture depuis le serveur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select an activity, a case or an ACD event to read it here.</source>
        <translation>Sélectionnez une activité, un dossier ou un événement ACD pour le lire ici.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Activité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ACD event %1: %2</source>
        <translation>Événement ACD %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This record is not in the cache (any more).</source>
        <translation>Cet enregistrement n&apos;est pas (ou plus) dans le cache.</translation>
    </message>
    <message>
        <source>Reading the content from the server…</source>
        <translation>Lecture du contenu depuis le serveur…</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>Le contenu n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown from the cache as of %1.</source>
        <translation>Affiché depuis le cache, état du %1.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n references to other servers were not loaded.</source>
        <translation>
            <numerusform>Contenu distant bloqué&#xa0;: %n référence à d&apos;autres serveurs n&apos;a pas été chargée.</numerusform>
            <numerusform>Contenu distant bloqué&#xa0;: %n références à d&apos;autres serveurs n&apos;ont pas été chargées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EceSessionAuthenticator</name>
    <message>
        <source>no password is stored for %1; sign in first</source>
        <translation>aucun mot de passe n&apos;est enregistré pour %1&#xa0;; connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>the login answer carried no session (HTTP %1)</source>
        <translation>la réponse à la connexion ne contenait aucune session (HTTP %1)</translation>
    </message>
    <message>
        <source>wrong user name or password for %1</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect pour %1</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows; signing in again with &quot;end my oldest session&quot; would sign you out elsewhere</source>
        <translation>%1 a déjà le nombre maximal de sessions autorisé par ECE&#xa0;; se reconnecter avec «&#xa0;fermer ma session la plus ancienne&#xa0;» vous déconnecterait ailleurs</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the label under a form field that says what is wrong with it</extracomment>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>JtelClient</name>
    <message>
        <source>expected exactly one event</source>
        <translation>exactement un événement était attendu</translation>
    </message>
    <message>
        <source>the answer holds no event</source>
        <translation>la réponse ne contient aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n event records could be read (%1)</source>
        <translation>
            <numerusform>son %n enregistrement d&apos;événement n&apos;a pas pu être lu (%1)</numerusform>
            <numerusform>aucun de ses %n enregistrements d&apos;événement n&apos;a pu être lu (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>This sign-in link is not the one AgentDesk is waiting for.</source>
        <translation>Ce lien de connexion n&apos;est pas celui qu&apos;attend AgentDesk.</translation>
    </message>
    <message>
        <source>You are signed in to AgentDesk. You can close this tab.</source>
        <translation>Vous êtes connecté à AgentDesk. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and try again in AgentDesk.</source>
        <translation>La connexion n&apos;a pas abouti. Vous pouvez fermer cet onglet et réessayer dans AgentDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
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
        <translation>Activités à afficher</translation>
    </message>
    <message>
        <source>All cached activities</source>
        <translation>Toutes les activités en cache</translation>
    </message>
    <message>
        <source>Activities of the selected case</source>
        <translation>Activités du dossier sélectionné</translation>
    </message>
    <message>
        <source>ACD queue</source>
        <translation>File d&apos;attente ACD</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profiles and sign-in…</source>
        <translation>&amp;Profils et connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy rows as CSV</source>
        <translation>&amp;Copier les lignes au format CSV</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <source>New &amp;calltrack activity…</source>
        <translation>&amp;Nouvelle activité de suivi d&apos;appel…</translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation>&amp;Déplacer vers un autre dossier…</translation>
    </message>
    <message>
        <source>New call&amp;back…</source>
        <translation>Nouveau &amp;rappel…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Renvoyer maintenant</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Discard operations</source>
        <translation>Abandonner des opérations</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n operations? They will not be sent.</source>
        <translation>
            <numerusform>Abandonner %n opération&#xa0;? Elle ne sera pas envoyée.</numerusform>
            <numerusform>Abandonner %n opérations&#xa0;? Elles ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Notify about new ACD events</source>
        <translation>Notifier les nouveaux événements ACD</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>When the window is inactive</source>
        <translation>Quand la fenêtre est inactive</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>AgentDesk uses the new language from its next start.</source>
        <translation>AgentDesk utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>À &amp;propos d&apos;AgentDesk</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>%1 server state</source>
        <translation>État du serveur %1</translation>
    </message>
    <message>
        <source>Show the outbox: operations waiting to be sent, and those the server refused</source>
        <translation>Afficher la boîte d&apos;envoi&#xa0;: les opérations en attente d&apos;envoi et celles que le serveur a refusées</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>%1: online, synced %2</source>
        <translation>%1&#xa0;: en ligne, synchronisé à %2</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1&#xa0;: en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, reconnecting in %n s</source>
        <translation>
            <numerusform>%1&#xa0;: hors ligne, reconnexion dans %n s</numerusform>
            <numerusform>%1&#xa0;: hors ligne, reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>%1: sign-in needed</source>
        <translation>%1&#xa0;: connexion requise</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n new ACD events in the queue</source>
        <translation>
            <numerusform>%n nouvel événement ACD dans la file d&apos;attente</numerusform>
            <numerusform>%n nouveaux événements ACD dans la file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Select the activities to move first.</source>
        <translation>Sélectionnez d&apos;abord les activités à déplacer.</translation>
    </message>
    <message>
        <source>Only operations the server refused can be edited.</source>
        <translation>Seules les opérations refusées par le serveur peuvent être modifiées.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>À propos d&apos;AgentDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agent desktop for eGain, Cisco ECE and jtel ACD. Works from its cache and keeps every operation in a durable outbox until the server applied it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Poste de travail des agents pour eGain, Cisco ECE et l&apos;ACD jtel. Fonctionne à partir de son cache et conserve chaque opération dans une boîte d&apos;envoi persistante jusqu&apos;à ce que le serveur l&apos;ait appliquée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My activities (%1)</source>
        <translation>Mes activités (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This profile names no server: open File → Profiles and sign-in.</source>
        <translation>Ce profil ne désigne aucun serveur&#xa0;: ouvrez Fichier → Profils et connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %1 waiting, %n need attention</source>
        <translation>
            <numerusform>Boîte d&apos;envoi&#xa0;: %1 en attente, %n nécessite une action</numerusform>
            <numerusform>Boîte d&apos;envoi&#xa0;: %1 en attente, %n nécessitent une action</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Syncing with the servers</source>
        <translation>Synchronisation avec les serveurs</translation>
    </message>
    <message>
        <source>This change of case cannot be edited here: send it again, or discard it and move the activities anew.</source>
        <translation>Ce changement de dossier ne peut pas être modifié ici&#xa0;: renvoyez-le, ou abandonnez-le et déplacez à nouveau les activités.</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>keeps the chosen activities scope when a case is selected</extracomment>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin the activities scope</source>
        <translation>Épingler la sélection des activités</translation>
    </message>
    <message>
        <source>Keep this scope when a case is selected. When not pinned, selecting a case shows its activities.</source>
        <translation>Conserver cette sélection quand un dossier est sélectionné. Sans épinglage, sélectionner un dossier affiche ses activités.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>ACD &amp;queue</source>
        <translation>&amp;File d&apos;attente ACD</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Next or previous control; Tab leaves a table</source>
        <translation>Contrôle suivant ou précédent&#xa0;; Tab quitte un tableau</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Move within a table</source>
        <translation>Se déplacer dans un tableau</translation>
    </message>
    <message>
        <source>Open the selected row in a window of its own</source>
        <translation>Ouvrir la ligne sélectionnée dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>Context menu of the selected rows</source>
        <translation>Menu contextuel des lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Close a details window; cancel a dialog</source>
        <translation>Fermer une fenêtre de détails&#xa0;; annuler une boîte de dialogue</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Open activities of %1</source>
        <translation>Activités ouvertes de %1</translation>
    </message>
    <message>
        <source>Open activities in queue %1</source>
        <translation>Activités ouvertes dans la file d&apos;attente %1</translation>
    </message>
    <message>
        <source>&amp;Transfer to user…</source>
        <translation>&amp;Transférer à un utilisateur…</translation>
    </message>
    <message>
        <source>Transfer to &amp;queue…</source>
        <translation>Transférer vers une &amp;file d&apos;attente…</translation>
    </message>
    <message>
        <source>Transfer to &amp;department…</source>
        <translation>Transférer vers un départe&amp;ment…</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>tool bar button of &quot;Transfer to user…&quot;</extracomment>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Select the activities to transfer or pick first.</source>
        <translation>Sélectionnez d&apos;abord les activités à transférer ou à prendre en charge.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthenticator</name>
    <message>
        <source>no client secret is stored for client %1; sign in first</source>
        <translation>aucun secret client n&apos;est enregistré pour le client %1&#xa0;; connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>no loopback port could be opened for the sign-in redirect</source>
        <translation>aucun port local (loopback) n&apos;a pu être ouvert pour la redirection de connexion</translation>
    </message>
    <message>
        <source>the sign-in in the browser was not completed in time</source>
        <translation>la connexion dans le navigateur n&apos;a pas abouti à temps</translation>
    </message>
    <message>
        <source>the token endpoint answered without an access token</source>
        <translation>le point de terminaison de jeton a répondu sans jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message>
        <source>The previous operation is still being sent.</source>
        <translation>L&apos;opération précédente est encore en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>The operation could not be stored, so nothing was sent: %1</source>
        <translation>L&apos;opération n&apos;a pas pu être enregistrée, rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operation %1 is no longer in the outbox.</source>
        <translation>L&apos;opération %1 n&apos;est plus dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2
It waits in the outbox to be edited and retried, or discarded.</source>
        <translation>Le serveur l&apos;a refusée (%1)&#xa0;: %2
Elle attend dans la boîte d&apos;envoi d&apos;être modifiée et renvoyée, ou abandonnée.</translation>
    </message>
    <message>
        <source>%1 of %2 requests were applied. </source>
        <translation>Requêtes appliquées&#xa0;: %1 sur %2. </translation>
    </message>
    <message>
        <source>Queued: it is sent once you are signed in again (%1).</source>
        <translation>En attente&#xa0;: elle sera envoyée dès que vous serez reconnecté (%1).</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached.</source>
        <translation>En attente&#xa0;: elle sera envoyée dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached (%1).</source>
        <translation>En attente&#xa0;: elle sera envoyée dès que le serveur sera joignable (%1).</translation>
    </message>
    <message>
        <source>%1
The server refused it; it waits in the outbox to be edited and retried, or discarded.
Details: %2</source>
        <extracomment>%1 is the server&apos;s reason, %2 the host, HTTP status and code</extracomment>
        <translation>%1
Le serveur l&apos;a refusée&#xa0;; elle attend dans la boîte d&apos;envoi d&apos;être modifiée et renvoyée, ou abandonnée.
Détails&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;; %2 says when it will be sent</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You can correct the form and send it again as a new request, or cancel.</source>
        <translation>Vous pouvez corriger le formulaire et le renvoyer sous forme de nouvelle requête, ou annuler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests applied</source>
        <extracomment>a change case of more than 75 activities is sent in several requests</extracomment>
        <translation>
            <numerusform>Requêtes appliquées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Requêtes appliquées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>the Cancel button while an operation is being sent</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1: stored in the outbox, it is being sent in the background.</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;</extracomment>
        <translation>%1&#xa0;: enregistré dans la boîte d&apos;envoi, envoi en cours en arrière-plan.</translation>
    </message>
    <message>
        <source>You can also keep it as a draft: it is filled in the next time you open this dialog.</source>
        <translation>Vous pouvez aussi le garder comme brouillon&#xa0;: il sera rempli la prochaine fois que vous ouvrirez cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <extracomment>closes the dialog and keeps what was typed for the next time</extracomment>
        <translation>&amp;Garder comme brouillon</translation>
    </message>
    <message>
        <source>No activities are selected.</source>
        <translation>Aucune activité n&apos;est sélectionnée.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>after a list of activity IDs</extracomment>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities: %1</source>
        <extracomment>%1 lists the activity IDs</extracomment>
        <translation>
            <numerusform>%n activité&#xa0;: %1</numerusform>
            <numerusform>%n activités&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message>
        <source>It waits for operation %1, which the server refused; retry or discard that one first.</source>
        <translation>Elle attend l&apos;opération %1, que le serveur a refusée&#xa0;; renvoyez ou abandonnez d&apos;abord celle-ci.</translation>
    </message>
    <message>
        <source>This operation cannot be read; discard it.</source>
        <translation>Cette opération est illisible&#xa0;; abandonnez-la.</translation>
    </message>
    <message>
        <source>It moves an activity that was never created (operation %1 was rejected or discarded).</source>
        <translation>Elle déplace une activité qui n&apos;a jamais été créée (l&apos;opération %1 a été refusée ou abandonnée).</translation>
    </message>
    <message>
        <source>Its target is the new case of operation %1, which was not created.</source>
        <translation>Sa cible est le nouveau dossier de l&apos;opération %1, qui n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>The server may have applied this operation already, and checking that was refused (%1). Look at the server, then retry (it checks again first) or discard it.</source>
        <translation>Le serveur a peut-être déjà appliqué cette opération, et la vérification a été refusée (%1). Vérifiez sur le serveur, puis renvoyez-la (elle est d&apos;abord vérifiée à nouveau) ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Activity %1 could not be read from the server; it may not exist any more.</source>
        <translation>L&apos;activité %1 n&apos;a pas pu être lue sur le serveur&#xa0;; elle n&apos;existe peut-être plus.</translation>
    </message>
    <message>
        <source>Changed on the server since you read it: refresh and send again (Retry reads the activities first). %1</source>
        <translation>Modifié sur le serveur depuis votre lecture&#xa0;: actualisez et renvoyez (le renvoi relit d&apos;abord les activités). %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Operation</source>
        <extracomment>the kind of queued operation</extracomment>
        <translation>Opération</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>how often the operation was sent</extracomment>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>The answer to an earlier attempt was lost. Before sending it again, AgentDesk checks whether the server already applied it.</source>
        <translation>La réponse à une tentative précédente a été perdue. Avant de renvoyer l&apos;opération, AgentDesk vérifie si le serveur l&apos;a déjà appliquée.</translation>
    </message>
    <message>
        <source>Log call</source>
        <extracomment>outbox operation: an agent logged a phone call</extracomment>
        <translation>Enregistrer un appel</translation>
    </message>
    <message>
        <source>Change case</source>
        <extracomment>outbox operation: activities move to another case</extracomment>
        <translation>Changer de dossier</translation>
    </message>
    <message>
        <source>Callback request</source>
        <extracomment>outbox operation: a callback request for the ACD</extracomment>
        <translation>Demande de rappel</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>outbox state: waiting to be sent</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>outbox state: sent, no answer yet</extracomment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>outbox state: the server refused it; the agent edits, retries or discards it</extracomment>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>outbox state: the server applied it</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Log call “%1” in case %2</source>
        <extracomment>%1 is the subject of the call, %2 the case number</extracomment>
        <translation>Enregistrer l&apos;appel «&#xa0;%1&#xa0;» dans le dossier %2</translation>
    </message>
    <message>
        <source>Log call “%1” in a new case</source>
        <extracomment>%1 is the subject of the call</extracomment>
        <translation>Enregistrer l&apos;appel «&#xa0;%1&#xa0;» dans un nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to case %1</source>
        <extracomment>%1 is the case number</extracomment>
        <translation>
            <numerusform>Déplacer %n activité vers le dossier %1</numerusform>
            <numerusform>Déplacer %n activités vers le dossier %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to a new case</source>
        <translation>
            <numerusform>Déplacer %n activité vers un nouveau dossier</numerusform>
            <numerusform>Déplacer %n activités vers un nouveau dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback to %1: %2</source>
        <extracomment>%1 is the caller&apos;s number, %2 the subject of the callback</extracomment>
        <translation>Rappel vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The queued request cannot be read</source>
        <translation>La requête en attente est illisible</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>when the operation was put in the outbox</extracomment>
        <translation>Mis en attente</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>the next attempt to send is due now</extracomment>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <extracomment>the next attempt to send, in seconds from now</extracomment>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the next attempt to send, in minutes from now</extracomment>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign</source>
        <extracomment>outbox operation: activities transferred to a user, queue or department, or picked</extracomment>
        <translation>Réattribuer</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to user %1</source>
        <extracomment>%1 is the user&apos;s ID</extracomment>
        <translation>
            <numerusform>Transférer %n activité à l&apos;utilisateur %1</numerusform>
            <numerusform>Transférer %n activités à l&apos;utilisateur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to queue %1</source>
        <extracomment>%1 is the queue&apos;s ID</extracomment>
        <translation>
            <numerusform>Transférer %n activité vers la file d&apos;attente %1</numerusform>
            <numerusform>Transférer %n activités vers la file d&apos;attente %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to department %1</source>
        <extracomment>%1 is the department&apos;s ID</extracomment>
        <translation>
            <numerusform>Transférer %n activité vers le département %1</numerusform>
            <numerusform>Transférer %n activités vers le département %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick %n activities</source>
        <translation>
            <numerusform>Prendre en charge %n activité</numerusform>
            <numerusform>Prendre en charge %n activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>A password is kept in the system keychain.</source>
        <translation>Un mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A client secret is kept in the system keychain.</source>
        <translation>Un secret client est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The sign-in from the browser is kept in the system keychain until it expires.</source>
        <translation>La connexion effectuée dans le navigateur est conservée dans le trousseau du système jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>An API token is kept in the system keychain.</source>
        <translation>Un jeton d&apos;API est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>a profile that has no name yet</extracomment>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Ne plus &amp;attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Ne plus attendre le navigateur</translation>
    </message>
    <message>
        <source>End my oldest session when ECE allows no more</source>
        <extracomment>Cisco ECE allows five sessions per user; this ends the oldest one to sign in here</extracomment>
        <translation>Fermer ma session la plus ancienne quand ECE n&apos;en autorise pas davantage</translation>
    </message>
    <message>
        <source>jtel API to&amp;ken:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>&amp;Jeton d&apos;API jtel&#xa0;:</translation>
    </message>
    <message>
        <source>Verif&amp;y Token</source>
        <translation>V&amp;érifier le jeton</translation>
    </message>
    <message>
        <source>Verify and keep the jtel token</source>
        <translation>Vérifier et conserver le jeton jtel</translation>
    </message>
    <message>
        <source>Training (Sandbo&amp;x)</source>
        <translation>Formation (&amp;bac à sable)</translation>
    </message>
    <message>
        <source>Training with the sandbox</source>
        <translation>Formation avec le bac à sable</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New, or press Training (Sandbox) to try AgentDesk on a local training server with demo data.</source>
        <translation>Il n&apos;existe encore aucun profil. Créez-en un avec Nouveau, ou cliquez sur Formation (bac à sable) pour essayer AgentDesk sur un serveur de formation local avec des données de démonstration.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New.</source>
        <translation>Il n&apos;existe encore aucun profil. Créez-en un avec Nouveau.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>jtel API token</source>
        <translation>Jeton d&apos;API jtel</translation>
    </message>
    <message>
        <source>That session is signed out, wherever it is in use.</source>
        <translation>Cette session est déconnectée, où qu&apos;elle soit utilisée.</translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation>&amp;Utiliser le profil</translation>
    </message>
    <message>
        <source>Use profile</source>
        <translation>Utiliser le profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>%1 is the name of the profile in use</extracomment>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Secre&amp;t client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Case server:</source>
        <extracomment>the row of the case-management server&apos;s sign-in, done in the browser</extracomment>
        <translation>Serveur de gestion des dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with the Browser</source>
        <translation>Se &amp;connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>Le profil n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Profile %1 was removed, but its secrets could not be removed from the keychain: %2</source>
        <extracomment>%1 is the profile, %2 the keychain&apos;s explanation</extracomment>
        <translation>Le profil %1 a été supprimé, mais ses secrets n&apos;ont pas pu être supprimés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation>Démarrage du serveur de formation…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <extracomment>%1 is the server&apos;s host name</extracomment>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there; AgentDesk continues by itself once you are done.</source>
        <translation>En attente du navigateur… Connectez-vous dans celui-ci&#xa0;; AgentDesk poursuit automatiquement une fois la connexion terminée.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in address</extracomment>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <extracomment>followed by where the secret is kept, e.g. &quot;A password is kept in the system keychain.&quot;</extracomment>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>La connexion a été interrompue.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>None (jtel only)</source>
        <extracomment>no case-management server: the profile only has a jtel ACD</extracomment>
        <translation>Aucun (jtel uniquement)</translation>
    </message>
    <message>
        <source>eGain Case Manager v3 (cloud)</source>
        <translation>eGain Case Manager v3 (dans le cloud)</translation>
    </message>
    <message>
        <source>Cisco ECE Interaction v12 (on premise)</source>
        <translation>Cisco ECE Interaction v12 (sur site)</translation>
    </message>
    <message>
        <source>A user, in the browser</source>
        <extracomment>how AgentDesk signs in to eGain: as a person, or as a registered application</extracomment>
        <translation>Un utilisateur, dans le navigateur</translation>
    </message>
    <message>
        <source>An API client application</source>
        <translation>Une application cliente d&apos;API</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ex. production</translation>
    </message>
    <message>
        <source>From the eGain Administration Console</source>
        <translation>Depuis la console d&apos;administration eGain</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/authorize</source>
        <translation>p. ex. https://login.example.egain.cloud/…/oauth2/authorize</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/token</source>
        <translation>p. ex. https://login.example.egain.cloud/…/oauth2/token</translation>
    </message>
    <message>
        <source>e.g. https://acd.example.net:8443/rest/v1.0/1234</source>
        <translation>p. ex. https://acd.example.net:8443/rest/v1.0/1234</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Choisir le fichier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Case ser&amp;ver:</source>
        <translation>Serveur de &amp;gestion des dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation>UR&amp;L du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gn in as:</source>
        <translation>T&amp;ype de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>N&amp;om d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL d&apos;auto&amp;risation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du j&amp;eton&#xa0;:</translation>
    </message>
    <message>
        <source>Both URLs are in the client application&apos;s metadata in the eGain Administration Console.</source>
        <translation>Les deux URL figurent dans les métadonnées de l&apos;application cliente, dans la console d&apos;administration eGain.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Several scopes are separated by spaces.</source>
        <translation>Séparez plusieurs portées par des espaces.</translation>
    </message>
    <message>
        <source>&amp;jtel server:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>Ser&amp;veur jtel&#xa0;:</translation>
    </message>
    <message>
        <source>The REST base URL including the ClientsID. Empty when you work without a jtel ACD.</source>
        <translation>L&apos;URL de base REST, ClientsID compris. Vide si vous travaillez sans ACD jtel.</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>Certificats &amp;d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private CA: its certificates as a PEM file.</source>
        <translation>Uniquement pour les serveurs dont le certificat provient d&apos;une AC privée&#xa0;: ses certificats dans un fichier PEM.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name, which its secrets in the keychain are filed under.</source>
        <translation>Un profil enregistré conserve son nom, sous lequel ses secrets sont rangés dans le trousseau.</translation>
    </message>
    <message>
        <source>The API base, e.g. https://api.ai.egain.cloud.</source>
        <translation>La base de l&apos;API, p. ex. https://api.ai.egain.cloud.</translation>
    </message>
    <message>
        <source>Up to and including the web context root, e.g. https://ece.example.com/system.</source>
        <translation>Jusqu&apos;à la racine du contexte web incluse, p. ex. https://ece.example.com/system.</translation>
    </message>
    <message>
        <source>Optional: suggested to the sign-in page in the browser.</source>
        <translation>Facultatif&#xa0;: proposé à la page de connexion dans le navigateur.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_”, at most 64 of them.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», 64 au maximum.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Il existe déjà un profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the address of the case server.</source>
        <translation>Saisissez l&apos;adresse du serveur de gestion des dossiers.</translation>
    </message>
    <message>
        <source>Cisco ECE signs in with your user name.</source>
        <translation>Cisco ECE se connecte avec votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the client ID registered for AgentDesk.</source>
        <translation>Saisissez l&apos;ID client enregistré pour AgentDesk.</translation>
    </message>
    <message>
        <source>Enter the authorize URL, where you sign in in the browser.</source>
        <translation>Saisissez l&apos;URL d&apos;autorisation, où vous vous connectez dans le navigateur.</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>Saisissez l&apos;URL du jeton.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Give the file with its full path, or choose it.</source>
        <translation>Indiquez le fichier avec son chemin complet, ou choisissez-le.</translation>
    </message>
    <message>
        <source>Leave out the user name and password: passwords are asked for at sign-in and kept in the system keychain.</source>
        <translation>N&apos;indiquez ni nom d&apos;utilisateur ni mot de passe&#xa0;: les mots de passe sont demandés à la connexion et conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Enter a complete address that starts with https:// or http://.</source>
        <translation>Saisissez une adresse complète commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>End the address with the ClientsID, e.g. …/rest/v1.0/1234.</source>
        <translation>Terminez l&apos;adresse par le ClientsID, p. ex. …/rest/v1.0/1234.</translation>
    </message>
    <message>
        <source>Choose a case server, enter a jtel server below, or both.</source>
        <translation>Choisissez un serveur de gestion des dossiers, saisissez un serveur jtel ci-dessous, ou les deux.</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <extracomment>file type filter of the file dialog; keep the patterns in parentheses</extracomment>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Unknown profile field “%1”. Known fields: %2.</source>
        <translation>Champ de profil inconnu «&#xa0;%1&#xa0;». Champs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be v3 (eGain), v12 (Cisco ECE) or none.</source>
        <extracomment>v3, v12 and none are literal values the user types; do not translate them</extracomment>
        <translation>%1 doit valoir v3 (eGain), v12 (Cisco ECE) ou none.</translation>
    </message>
    <message>
        <source>%1 must be user (sign in through the browser) or client (API client application).</source>
        <extracomment>user and client are literal values the user types; do not translate them</extracomment>
        <translation>%1 doit valoir user (connexion dans le navigateur) ou client (application cliente d&apos;API).</translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// URL.</source>
        <translation>%1 doit être une URL absolue en http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; passwords are kept in the system keychain.</source>
        <translation>%1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; les mots de passe sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation>%1 doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a readable file.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message numerus="yes">
        <source>%n activities transferred to user %1.</source>
        <translation>
            <numerusform>%n activité transférée à l&apos;utilisateur %1.</numerusform>
            <numerusform>%n activités transférées à l&apos;utilisateur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to queue %1.</source>
        <translation>
            <numerusform>%n activité transférée vers la file d&apos;attente %1.</numerusform>
            <numerusform>%n activités transférées vers la file d&apos;attente %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to department %1.</source>
        <translation>
            <numerusform>%n activité transférée vers le département %1.</numerusform>
            <numerusform>%n activités transférées vers le département %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities picked: they are assigned to you now.</source>
        <translation>
            <numerusform>%n activité prise en charge&#xa0;: elle vous est désormais attribuée.</numerusform>
            <numerusform>%n activités prises en charge&#xa0;: elles vous sont désormais attribuées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Unpin activities their assignee pinned</source>
        <translation>&amp;Désépingler les activités épinglées par leur attributaire</translation>
    </message>
    <message>
        <source>Reassign Activities</source>
        <translation>Réattribuer des activités</translation>
    </message>
    <message>
        <source>Transfer to a user</source>
        <translation>Transférer à un utilisateur</translation>
    </message>
    <message>
        <source>Transfer to a queue</source>
        <translation>Transférer vers une file d&apos;attente</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>Transférer vers un département</translation>
    </message>
    <message>
        <source>Pick: assign them to me</source>
        <translation>Prendre en charge&#xa0;: me les attribuer</translation>
    </message>
    <message numerus="yes">
        <source>The server takes at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other.</source>
        <translation>
            <numerusform>Le serveur accepte au plus %1 activités par requête&#xa0;; %n activité est donc envoyée en %2 requêtes successives.</numerusform>
            <numerusform>Le serveur accepte au plus %1 activités par requête&#xa0;; ces %n activités sont donc envoyées en %2 requêtes successives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Activités&#xa0;:</translation>
    </message>
    <message>
        <source>Activities that cannot go</source>
        <extracomment>accessible name of the list of activities that cannot be reassigned</extracomment>
        <translation>Activités qui ne peuvent pas être réattribuées</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Type a name or a numeric ID.</source>
        <translation>Saisissez un nom ou un ID numérique.</translation>
    </message>
    <message>
        <source>User to transfer to</source>
        <translation>Utilisateur auquel transférer</translation>
    </message>
    <message>
        <source>Queue to transfer to</source>
        <translation>File d&apos;attente vers laquelle transférer</translation>
    </message>
    <message>
        <source>Department to transfer to</source>
        <translation>Département vers lequel transférer</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot go as they are:</source>
        <translation>Celles-ci ne peuvent pas être réattribuées en l&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the known targets; choose one from the list or type a numeric ID.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des cibles connues&#xa0;; choisissez-en une dans la liste ou saisissez un ID numérique.</translation>
    </message>
    <message>
        <source>Discard this reassignment?</source>
        <translation>Abandonner cette réattribution&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReassignValidator</name>
    <message>
        <source>Choose the user to transfer the activities to.</source>
        <translation>Choisissez l&apos;utilisateur auquel transférer les activités.</translation>
    </message>
    <message>
        <source>Choose the queue to transfer the activities to.</source>
        <translation>Choisissez la file d&apos;attente vers laquelle transférer les activités.</translation>
    </message>
    <message>
        <source>Choose the department to transfer the activities to.</source>
        <translation>Choisissez le département vers lequel transférer les activités.</translation>
    </message>
    <message>
        <source>A client application cannot pick activities: picking gives them to the signed-in user. Sign in as a user to pick.</source>
        <translation>Une application cliente ne peut pas prendre en charge d&apos;activités&#xa0;: la prise en charge les attribue à l&apos;utilisateur connecté. Connectez-vous en tant qu&apos;utilisateur pour prendre des activités en charge.</translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <translation>Choisissez au moins une activité.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>L&apos;ID d&apos;activité %1 n&apos;est pas valide&#xa0;; les ID d&apos;activité sont supérieurs à 0.</translation>
    </message>
    <message>
        <source>Activity %1 is listed more than once; list each activity once.</source>
        <translation>L&apos;activité %1 figure plusieurs fois&#xa0;; indiquez chaque activité une seule fois.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>L&apos;activité %1 est inconnue&#xa0;; actualisez la liste et choisissez à nouveau les activités.</translation>
    </message>
    <message>
        <source>only email activities</source>
        <translation>seules les activités de type e-mail</translation>
    </message>
    <message>
        <source>only email, task and custom activities</source>
        <translation>seules les activités de type e-mail, tâche ou personnalisé</translation>
    </message>
    <message>
        <source>only email, social, task and custom activities</source>
        <translation>seules les activités de type e-mail, réseau social, tâche ou personnalisé</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be picked.</source>
        <translation>L&apos;activité %1 est de type %2&#xa0;; %3 peuvent être prises en charge.</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be transferred.</source>
        <translation>L&apos;activité %1 est de type %2&#xa0;; %3 peuvent être transférées.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can be reassigned.</source>
        <translation>L&apos;activité %1 est à l&apos;état %2&#xa0;; seules les activités en attente dans une file d&apos;attente ou attribuées à un utilisateur peuvent être réattribuées.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to %2.</source>
        <translation>L&apos;activité %1 est déjà attribuée à %2.</translation>
    </message>
    <message>
        <source>Activity %1 is already waiting in queue %2.</source>
        <translation>L&apos;activité %1 est déjà en attente dans la file d&apos;attente %2.</translation>
    </message>
    <message>
        <source>Activity %1 already belongs to department %2.</source>
        <translation>L&apos;activité %1 appartient déjà au département %2.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to you.</source>
        <translation>L&apos;activité %1 vous est déjà attribuée.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to another department than queue %2; a queue takes activities of its own department only.</source>
        <translation>L&apos;activité %1 appartient à un autre département que la file d&apos;attente %2&#xa0;; une file d&apos;attente n&apos;accepte que les activités de son propre département.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to %2, a department you do not work in.</source>
        <translation>L&apos;activité %1 appartient au département %2, dans lequel vous ne travaillez pas.</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The server has purged this content.</source>
        <translation>Le serveur a purgé ce contenu.</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activité %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>No activities of this case are cached yet.</source>
        <translation>Aucune activité de ce dossier n&apos;est encore en cache.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Group queue</source>
        <translation>File d&apos;attente du groupe</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel prévu</translation>
    </message>
    <message>
        <source>CRM link</source>
        <translation>Lien CRM</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Données utilisateur</translation>
    </message>
    <message>
        <source>User data 2</source>
        <translation>Données utilisateur 2</translation>
    </message>
    <message>
        <source>User data 3</source>
        <translation>Données utilisateur 3</translation>
    </message>
    <message>
        <source>Foreign system number</source>
        <translation>Numéro du système externe</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>ACD event %1</source>
        <translation>Événement ACD %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Autres champs</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>nothing was entered to sign in with</source>
        <translation>rien n&apos;a été saisi pour se connecter</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server.</source>
        <translation>Le profil %1 n&apos;a pas de serveur jtel.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server.</source>
        <translation>Le profil %1 n&apos;a pas de serveur de gestion des dossiers.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the access token.</source>
        <translation>Connecté, mais le trousseau n&apos;a pas conservé le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the access token: %1</source>
        <translation>Connecté, mais le trousseau n&apos;a pas pu conserver le jeton d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server accepted the secret, but the keychain could not keep it: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>Le serveur a accepté le secret, mais le trousseau n&apos;a pas pu le conserver&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenAuthenticator</name>
    <message>
        <source>no jtel API token is stored for this profile; sign in with the token from the jtel portal</source>
        <translation>aucun jeton d&apos;API jtel n&apos;est enregistré pour ce profil&#xa0;; connectez-vous avec le jeton du portail jtel</translation>
    </message>
    <message>
        <source>the jtel server refused the API token or the ClientsID; ask the jtel administrator for a valid token</source>
        <translation>le serveur jtel a refusé le jeton d&apos;API ou le ClientsID&#xa0;; demandez un jeton valide à l&apos;administrateur jtel</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>No server of this kind is configured in the profile.</source>
        <translation>Aucun serveur de ce type n&apos;est configuré dans le profil.</translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>Le cache local n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>age of the oldest open activity, in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>age of the oldest open activity, in hours</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>age of the oldest open activity, in days</extracomment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Team pane column: the agent or the queue</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Team pane column: open activities</extracomment>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>Oldest</source>
        <extracomment>Team pane column: age of the oldest open activity</extracomment>
        <translation>Plus ancienne</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <source>Team: open activities per agent and queue</source>
        <translation>Équipe&#xa0;: activités ouvertes par agent et par file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>TrainingSandbox</name>
    <message numerus="yes">
        <source>The training server did not report its port within %n seconds.</source>
        <translation>
            <numerusform>Le serveur de formation n&apos;a pas indiqué son port dans le délai de %n seconde.</numerusform>
            <numerusform>Le serveur de formation n&apos;a pas indiqué son port dans le délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training server %1 could not be started: %2</source>
        <extracomment>%1 is the program&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Le serveur de formation %1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The training server stopped at once (exit code %1). %2</source>
        <extracomment>%1 is the exit code, %2 what the server printed</extracomment>
        <translation>Le serveur de formation s&apos;est arrêté immédiatement (code de sortie %1). %2</translation>
    </message>
    <message>
        <source>The training server %1 was not found next to AgentDesk nor on the PATH; install it with AgentDesk.</source>
        <extracomment>%1 is the program&apos;s file name</extracomment>
        <translation>Le serveur de formation %1 est introuvable, ni à côté d&apos;AgentDesk ni dans le PATH&#xa0;; installez-le avec AgentDesk.</translation>
    </message>
    <message>
        <source>The training server did not report its port: “%1”</source>
        <extracomment>%1 is what the server printed instead of its port number</extracomment>
        <translation>Le serveur de formation n&apos;a pas indiqué son port&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>Le profil n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Completed</source>
        <extracomment>activity status</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>In workflow</source>
        <extracomment>activity status: a workflow of the server is processing it</extracomment>
        <translation>Dans un workflow</translation>
    </message>
    <message>
        <source>Waiting for inbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>En attente du workflow entrant</translation>
    </message>
    <message>
        <source>Waiting for outbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>En attente du workflow sortant</translation>
    </message>
    <message>
        <source>Calltrack</source>
        <extracomment>activity type: a logged phone call</extracomment>
        <translation>Suivi d’appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>activity mode: the customer contacted the agent</extracomment>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>activity mode: the agent contacted the customer</extracomment>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>case status</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>case status</extracomment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>case severity</extracomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>case severity</extracomment>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>case severity</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>case severity</extracomment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>ACD event status: the event was just created</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>ACD event status that jtel does not document, %1 is its number</extracomment>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback</source>
        <extracomment>ACD event type: the customer asked to be called back</extracomment>
        <translation>Rappel</translation>
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
        <translation>Type %1</translation>
    </message>
</context>
<context>
    <name>agentdeskctl</name>
    <message>
        <source>Use the profile &lt;name&gt; instead of the active one.</source>
        <translation>Utiliser le profil &lt;name&gt; au lieu du profil actif.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print the records as a JSON array instead of tab-separated values; a write prints its outcome as one JSON object.</source>
        <translation>Afficher les enregistrements sous forme de tableau JSON au lieu de valeurs séparées par des tabulations&#xa0;; une écriture affiche son résultat sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>login, logout: the server of the profile, case or jtel.</source>
        <translation>login, logout&#xa0;: le serveur du profil, case ou jtel.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>login: read the ECE password from the first line of standard input.</source>
        <translation>login&#xa0;: lire le mot de passe ECE sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>login: read the eGain client secret or the jtel API token from the first line of standard input.</source>
        <translation>login&#xa0;: lire le secret client eGain ou le jeton d&apos;API jtel sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>ECE: when the user already has the most sessions ECE allows, end the oldest one (that signs the user out there).</source>
        <translation>ECE&#xa0;: lorsque l&apos;utilisateur a déjà le nombre maximal de sessions autorisé par ECE, fermer la plus ancienne (ce qui déconnecte l&apos;utilisateur à cet endroit).</translation>
    </message>
    <message>
        <source>activities: the activities of case &lt;id&gt;. create-calltrack: add the activity to case &lt;id&gt; (default: a new case). change-case: move to the existing case &lt;id&gt;.</source>
        <translation>activities&#xa0;: les activités du dossier &lt;id&gt;. create-calltrack&#xa0;: ajouter l&apos;activité au dossier &lt;id&gt; (par défaut&#xa0;: un nouveau dossier). change-case&#xa0;: déplacer vers le dossier existant &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>activities, cases: these ids, comma-separated (any number).</source>
        <translation>activities, cases&#xa0;: ces ID, séparés par des virgules (en nombre quelconque).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>activities: with this status (open, in_queue, assigned, completed, …).</source>
        <translation>activities&#xa0;: ayant ce statut (open, in_queue, assigned, completed, …).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>activities: assigned to the user with id &lt;id&gt;.</source>
        <translation>activities&#xa0;: attribuées à l&apos;utilisateur d&apos;ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>activities: modified at or after &lt;time&gt; (ISO 8601, e.g. 2031-01-15T08:00:00Z).</source>
        <translation>activities&#xa0;: modifiées à partir de &lt;time&gt; (ISO 8601, p. ex. 2031-01-15T08:00:00Z).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>events: only the event with id &lt;id&gt;.</source>
        <translation>events&#xa0;: uniquement l&apos;événement d&apos;ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the calltrack subtype (see subtypes).</source>
        <translation>create-calltrack&#xa0;: le sous-type de suivi d&apos;appel (voir subtypes).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>create-calltrack: Inbound (the default) or Outbound.</source>
        <translation>create-calltrack&#xa0;: Inbound (par défaut) ou Outbound.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as plain text.</source>
        <translation>create-calltrack&#xa0;: les notes d&apos;appel en texte brut.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as HTML.</source>
        <translation>create-calltrack&#xa0;: les notes d&apos;appel en HTML.</translation>
    </message>
    <message>
        <source>html</source>
        <translation>html</translation>
    </message>
    <message>
        <source>create-calltrack: the customer with id &lt;id&gt;.</source>
        <translation>create-calltrack&#xa0;: le client d&apos;ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact person &lt;id&gt;.</source>
        <translation>create-calltrack&#xa0;: le client de la personne de contact &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact point &lt;id&gt; (with --contact-point-kind).</source>
        <translation>create-calltrack&#xa0;: le client du point de contact &lt;id&gt; (avec --contact-point-kind).</translation>
    </message>
    <message>
        <source>create-calltrack: phone, postal, email, social or website.</source>
        <translation>create-calltrack&#xa0;: phone, postal, email, social ou website.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>create-calltrack: the customer&apos;s email address or phone number (digits only); with --anonymous, only recorded.</source>
        <translation>create-calltrack&#xa0;: l&apos;adresse e-mail ou le numéro de téléphone du client (chiffres uniquement)&#xa0;; avec --anonymous, seulement consigné.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>create-calltrack: the caller is not linked to a customer.</source>
        <translation>create-calltrack&#xa0;: l&apos;appelant n&apos;est lié à aucun client.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with id &lt;id&gt;.</source>
        <translation>create-calltrack&#xa0;: attribuer l&apos;activité à l&apos;utilisateur d&apos;ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with this login name.</source>
        <translation>create-calltrack&#xa0;: attribuer l&apos;activité à l&apos;utilisateur ayant ce nom de connexion.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>create-calltrack: a custom attribute of the activity; repeat for more.</source>
        <translation>create-calltrack&#xa0;: un attribut personnalisé de l&apos;activité&#xa0;; répétez l&apos;option pour en ajouter d&apos;autres.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>change-case: move the activities to a new case.</source>
        <translation>change-case&#xa0;: déplacer les activités vers un nouveau dossier.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s description.</source>
        <translation>change-case&#xa0;: la description du nouveau dossier.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s solution.</source>
        <translation>change-case&#xa0;: la solution du nouveau dossier.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s severity: urgent, high, medium or low.</source>
        <translation>change-case&#xa0;: la gravité du nouveau dossier&#xa0;: urgent, high, medium ou low.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>change-case: relate the source case and the target case.</source>
        <translation>change-case&#xa0;: relier le dossier source et le dossier cible.</translation>
    </message>
    <message>
        <source>create-callback: the ACD group that distributes the event.</source>
        <translation>create-callback&#xa0;: le groupe ACD qui distribue l&apos;événement.</translation>
    </message>
    <message>
        <source>create-callback: the configuration group (with --agent-group).</source>
        <translation>create-callback&#xa0;: le groupe de configuration (avec --agent-group).</translation>
    </message>
    <message>
        <source>create-callback: the agent group (with --config-group).</source>
        <translation>create-callback&#xa0;: le groupe d&apos;agents (avec --config-group).</translation>
    </message>
    <message>
        <source>create-callback: the caller; an E.164 number for callbacks and voice mails.</source>
        <translation>create-callback&#xa0;: l&apos;appelant&#xa0;; un numéro E.164 pour les rappels et les messages vocaux.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>create-callback: the event type (default 3, callback).</source>
        <translation>create-callback&#xa0;: le type d&apos;événement (par défaut 3, rappel).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>create-callback: the service number that was called.</source>
        <translation>create-callback&#xa0;: le numéro de service appelé.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>create-callback: text added to a callback&apos;s body.</source>
        <translation>create-callback&#xa0;: texte ajouté au corps d&apos;un rappel.</translation>
    </message>
    <message>
        <source>create-callback: a link into the CRM.</source>
        <translation>create-callback&#xa0;: un lien vers le CRM.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>create-callback: free data, e.g. a ticket number.</source>
        <translation>create-callback&#xa0;: données libres, p. ex. un numéro de ticket.</translation>
    </message>
    <message>
        <source>create-callback: the appointment date, YYYY-MM-DD (jtel&apos;s clock).</source>
        <translation>create-callback&#xa0;: la date du rendez-vous, YYYY-MM-DD (horloge de jtel).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>create-callback: the appointment time, HH:MM (jtel&apos;s clock).</source>
        <translation>create-callback&#xa0;: l&apos;heure du rendez-vous, HH:MM (horloge de jtel).</translation>
    </message>
    <message>
        <source>create-calltrack, create-callback: the subject. change-case: the new case&apos;s subject.</source>
        <translation>create-calltrack, create-callback&#xa0;: l&apos;objet. change-case&#xa0;: l&apos;objet du nouveau dossier.</translation>
    </message>
    <message>
        <source>create-calltrack: 1 to 7. create-callback: 0 to 200 (default 50).</source>
        <translation>create-calltrack&#xa0;: de 1 à 7. create-callback&#xa0;: de 0 à 200 (par défaut 50).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>create-calltrack: the activity&apos;s due time. change-case: the new case&apos;s (ISO 8601, in the future).</source>
        <translation>create-calltrack&#xa0;: l&apos;échéance de l&apos;activité. change-case&#xa0;: celle du nouveau dossier (ISO 8601, dans le futur).</translation>
    </message>
    <message>
        <source>outbox list: the applied entries too.</source>
        <translation>outbox list&#xa0;: inclure aussi les entrées appliquées.</translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation>La commande à exécuter, voir ci-dessus.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 n&apos;est pas une option de %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <extracomment>%1 is the option, %2 what was given</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid id; ids are positive.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un ID valide&#xa0;; les ID sont positifs.</translation>
    </message>
    <message>
        <source>%1: &apos;@&apos; needs an outbox entry id, as in @&lt;entry&gt;.</source>
        <extracomment>@&lt;entry&gt; is literal syntax; do not translate it</extracomment>
        <translation>%1&#xa0;: «&#xa0;@&#xa0;» doit être suivi d&apos;un ID d&apos;entrée de la boîte d&apos;envoi, comme dans @&lt;entry&gt;.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time such as 2031-01-15T08:00:00Z.</source>
        <extracomment>the example is a literal ISO 8601 time; keep it as it is</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une heure ISO 8601 telle que 2031-01-15T08:00:00Z.</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <extracomment>%1 lists options, e.g. &quot;--customer, --contact&quot;</extracomment>
        <translation>Indiquez une seule de ces options&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--attribute: &apos;%1&apos; is not name=value.</source>
        <translation>--attribute&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme name=value.</translation>
    </message>
    <message>
        <source>--attribute: %1 is given twice.</source>
        <translation>--attribute&#xa0;: %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>create-calltrack needs the customer: --customer, --contact, --contact-point-id, --contact-point-data or --anonymous.</source>
        <translation>create-calltrack exige le client&#xa0;: --customer, --contact, --contact-point-id, --contact-point-data ou --anonymous.</translation>
    </message>
    <message>
        <source>--contact-point-kind goes with --contact-point-id.</source>
        <translation>--contact-point-kind s&apos;utilise avec --contact-point-id.</translation>
    </message>
    <message>
        <source>change-case needs --activities, and --case or --new-case.</source>
        <translation>change-case exige --activities, ainsi que --case ou --new-case.</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server: set jtelBaseUrl with agentdeskctl profile set %1 jtelBaseUrl=URL.</source>
        <translation>Le profil %1 n&apos;a pas de serveur jtel&#xa0;: définissez jtelBaseUrl avec agentdeskctl profile set %1 jtelBaseUrl=URL.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server: set caseDialect and caseBaseUrl with agentdeskctl profile set %1.</source>
        <translation>Le profil %1 n&apos;a pas de serveur de gestion des dossiers&#xa0;: définissez caseDialect et caseBaseUrl avec agentdeskctl profile set %1.</translation>
    </message>
    <message>
        <source>%1 takes options only, not &apos;%2&apos;.</source>
        <translation>%1 n&apos;accepte que des options, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: standard input cannot be read.</source>
        <translation>%1&#xa0;: l&apos;entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1: the first line of standard input is empty.</source>
        <translation>%1&#xa0;: la première ligne de l&apos;entrée standard est vide.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not case or jtel.</source>
        <extracomment>case and jtel are literal values; do not translate them</extracomment>
        <translation>--server&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni case ni jtel.</translation>
    </message>
    <message>
        <source>--server: profile %1 has a case-management server and a jtel server; choose one with --server case or --server jtel.</source>
        <translation>--server&#xa0;: le profil %1 a un serveur de gestion des dossiers et un serveur jtel&#xa0;; choisissez l&apos;un des deux avec --server case ou --server jtel.</translation>
    </message>
    <message>
        <source>--password-stdin and --secret-stdin read the same line; give one of them.</source>
        <translation>--password-stdin et --secret-stdin lisent la même ligne&#xa0;; indiquez une seule de ces options.</translation>
    </message>
    <message>
        <source>%1: profile %2 signs in as an eGain user through the browser; there is no secret to read.</source>
        <translation>%1&#xa0;: le profil %2 se connecte en tant qu&apos;utilisateur eGain via le navigateur&#xa0;; il n&apos;y a aucun secret à lire.</translation>
    </message>
    <message>
        <source>login reads the secret from standard input: give --password-stdin (ECE password) or --secret-stdin (eGain client secret, jtel token).</source>
        <translation>login lit le secret sur l&apos;entrée standard&#xa0;: indiquez --password-stdin (mot de passe ECE) ou --secret-stdin (secret client eGain, jeton jtel).</translation>
    </message>
    <message>
        <source>--ids cannot be combined with --case, --status, --assigned-to, --queue or --modified-since.</source>
        <translation>--ids ne peut pas être combiné avec --case, --status, --assigned-to, --queue ou --modified-since.</translation>
    </message>
    <message>
        <source>activities needs --ids, --case or --status.</source>
        <translation>activities exige --ids, --case ou --status.</translation>
    </message>
    <message>
        <source>--status: give a status such as open or assigned.</source>
        <translation>--status&#xa0;: indiquez un statut tel que open ou assigned.</translation>
    </message>
    <message>
        <source>cases needs --ids.</source>
        <translation>cases exige --ids.</translation>
    </message>
    <message>
        <source>Unknown outbox command &apos;%1&apos;; use list, retry, discard or flush.</source>
        <extracomment>list, retry, discard and flush are literal command names; do not translate them</extracomment>
        <translation>Commande outbox inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list, retry, discard ou flush.</translation>
    </message>
    <message>
        <source>%1 takes one outbox entry id.</source>
        <translation>%1 attend un seul ID d&apos;entrée de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>No command given. See agentdeskctl --help.</source>
        <translation>Aucune commande indiquée. Voir agentdeskctl --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no outbox entry &apos;%1&apos;; see agentdeskctl outbox list.</source>
        <translation>Il n&apos;existe aucune entrée «&#xa0;%1&#xa0;» dans la boîte d&apos;envoi&#xa0;; voir agentdeskctl outbox list.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is being sent right now (by AgentDesk?); try again when that is done.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi est en cours d&apos;envoi (par AgentDesk&#xa0;?)&#xa0;; réessayez une fois l&apos;envoi terminé.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied already.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi a déjà été appliquée.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi a été appliquée.</translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation>Entrée %1 de la boîte d&apos;envoi abandonnée.</translation>
    </message>
    <message>
        <source>Nothing is waiting in the outbox.</source>
        <translation>Rien n&apos;est en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</source>
        <translation>
            <numerusform>%n entrée de la boîte d&apos;envoi a été refusée par le serveur et nécessite une action&#xa0;; agentdeskctl outbox discard ID en supprime une.</numerusform>
            <numerusform>%n entrées de la boîte d&apos;envoi ont été refusées par le serveur et nécessitent une action&#xa0;; agentdeskctl outbox discard ID en supprime une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</source>
        <translation>
            <numerusform>Non connecté&#xa0;: %n entrée de la boîte d&apos;envoi est en attente. Connectez-vous avec agentdeskctl login --profile %1, puis exécutez agentdeskctl outbox flush.</numerusform>
            <numerusform>Non connecté&#xa0;: %n entrées de la boîte d&apos;envoi sont en attente. Connectez-vous avec agentdeskctl login --profile %1, puis exécutez agentdeskctl outbox flush.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</source>
        <translation>
            <numerusform>%n entrée de la boîte d&apos;envoi est en attente&#xa0;: le serveur était injoignable, ou une entrée qui la précède n&apos;est pas encore appliquée. agentdeskctl outbox flush ou AgentDesk l&apos;enverra plus tard.</numerusform>
            <numerusform>%n entrées de la boîte d&apos;envoi sont en attente&#xa0;: le serveur était injoignable, ou une entrée qui les précède n&apos;est pas encore appliquée. agentdeskctl outbox flush ou AgentDesk les enverra plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>Le cache du profil %1 est inutilisable (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de profil valide&#xa0;: utilisez des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» (64 au maximum).</translation>
    </message>
    <message>
        <source>There is no profile &apos;%1&apos;; see agentdeskctl profile list.</source>
        <translation>Il n&apos;existe aucun profil «&#xa0;%1&#xa0;»&#xa0;; voir agentdeskctl profile list.</translation>
    </message>
    <message>
        <source>profile set needs a profile name.</source>
        <translation>profile set exige un nom de profil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value. Known keys: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme key=value. Clés connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>Le profil n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>The profile could not be removed from %1.</source>
        <translation>Le profil n&apos;a pas pu être supprimé de %1.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was removed, but its secrets could not be removed from the keychain: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé, mais ses secrets n&apos;ont pas pu être supprimés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile list takes no arguments.</source>
        <translation>profile list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>profile show takes at most one profile name.</source>
        <translation>profile show accepte au plus un nom de profil.</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one profile name.</source>
        <translation>profile %1 exige exactement un nom de profil.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>profile needs a subcommand: set, list, show, use or remove.</source>
        <translation>profile exige une sous-commande&#xa0;: set, list, show, use ou remove.</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use set, list, show, use or remove.</source>
        <translation>Sous-commande de profile inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez set, list, show, use ou remove.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &apos;%1&apos;.</source>
        <translation>--profile&#xa0;: il n&apos;existe aucun profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No profile is active: give --profile NAME, or choose one with agentdeskctl profile use NAME.</source>
        <translation>Aucun profil n&apos;est actif&#xa0;: indiquez --profile NAME, ou choisissez-en un avec agentdeskctl profile use NAME.</translation>
    </message>
    <message>
        <source>not signed in, or the sign-in has expired; run agentdeskctl login --profile %1</source>
        <translation>non connecté, ou la connexion a expiré&#xa0;; exécutez agentdeskctl login --profile %1</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows. Run the command again with --force to end the oldest session (that signs the user out there).</source>
        <translation>%1 a déjà le nombre maximal de sessions autorisé par ECE. Relancez la commande avec --force pour fermer la session la plus ancienne (ce qui déconnecte l&apos;utilisateur à cet endroit).</translation>
    </message>
    <message>
        <source>Open this URL in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in URL; scripts look for the URL after the colon</extracomment>
        <translation>Ouvrez cette URL dans votre navigateur pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in with profile %1.</source>
        <translation>Connecté avec le profil %1.</translation>
    </message>
    <message>
        <source>The secrets could not be removed: %1</source>
        <translation>Les secrets n&apos;ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>Déconnecté du profil %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries are not applied; see agentdeskctl outbox list.</source>
        <translation>
            <numerusform>%n entrée de la boîte d&apos;envoi n&apos;est pas appliquée&#xa0;; voir agentdeskctl outbox list.</numerusform>
            <numerusform>%n entrées de la boîte d&apos;envoi ne sont pas appliquées&#xa0;; voir agentdeskctl outbox list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 the field, %2 the rule of the API reference (e.g. C6), %3 what is wrong</extracomment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1
Outbox entry %2: agentdeskctl outbox list shows it, agentdeskctl outbox discard removes it.</source>
        <translation>%1
Entrée %2 de la boîte d&apos;envoi&#xa0;: agentdeskctl outbox list l&apos;affiche, agentdeskctl outbox discard la supprime.</translation>
    </message>
    <message>
        <source>%1
Not signed in: queued as outbox entry %2. Sign in with agentdeskctl login --profile %3, then agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
Non connecté&#xa0;: mise en attente comme entrée %2 de la boîte d&apos;envoi. Connectez-vous avec agentdeskctl login --profile %3&#xa0;; agentdeskctl outbox flush ou AgentDesk l&apos;enverra ensuite.</translation>
    </message>
    <message>
        <source>%1
Queued as outbox entry %2: agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
Mise en attente comme entrée %2 de la boîte d&apos;envoi&#xa0;: agentdeskctl outbox flush ou AgentDesk l&apos;enverra.</translation>
    </message>
    <message>
        <source>activities: in the queue with id &lt;id&gt;. transfer: the queue to transfer to.</source>
        <translation>activities&#xa0;: dans la file d&apos;attente d&apos;ID &lt;id&gt;. transfer&#xa0;: la file d&apos;attente vers laquelle transférer.</translation>
    </message>
    <message>
        <source>create-calltrack: the department that owns the activity, by name. transfer: the department to transfer to, by id.</source>
        <translation>create-calltrack&#xa0;: le département auquel appartient l&apos;activité, désigné par son nom. transfer&#xa0;: le département vers lequel transférer, désigné par son ID.</translation>
    </message>
    <message>
        <source>change-case, transfer, pick: the activities, comma-separated; @&lt;entry&gt; names a calltrack that create-calltrack queued in the outbox (change-case only).</source>
        <translation>change-case, transfer, pick&#xa0;: les activités, séparées par des virgules&#xa0;; @&lt;entry&gt; désigne une activité de suivi d&apos;appel que create-calltrack a mise en attente dans la boîte d&apos;envoi (change-case uniquement).</translation>
    </message>
    <message>
        <source>transfer, pick: also take activities their assignee pinned (unpin=yes).</source>
        <translation>transfer, pick&#xa0;: prendre aussi les activités épinglées par leur attributaire (unpin=yes).</translation>
    </message>
    <message>
        <source>create-callback: route the event to the jtel user &lt;id&gt;. transfer: the user to transfer to, an id or a login.</source>
        <translation>create-callback&#xa0;: acheminer l&apos;événement vers l&apos;utilisateur jtel &lt;id&gt;. transfer&#xa0;: l&apos;utilisateur auquel transférer, par ID ou nom de connexion.</translation>
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
        <translation>Compagnon en ligne de commande d&apos;AgentDesk&#xa0;: lit et écrit sur le serveur de gestion des dossiers (eGain v3 ou Cisco ECE v12) et l&apos;ACD jtel d&apos;un profil enregistré. Il ne pose jamais de question&#xa0;: les secrets sont lus sur l&apos;entrée standard et conservés dans le trousseau du système, jamais dans des fichiers ni dans la sortie.

Profils&#xa0;:
  profile set NAME key=value…  Créer ou modifier un profil. Clés&#xa0;: %1.
  profile list                 Lister les profils (le profil actif porte un *).
  profile show [NAME]          Afficher un profil (par défaut&#xa0;: le profil actif).
  profile use NAME             Faire de NAME le profil actif.
  profile remove NAME          Supprimer un profil et ses secrets enregistrés.

Connexion (--profile NAME, sur toute commande, remplace le profil actif)&#xa0;:
  login [--server case|jtel] [--password-stdin | --secret-stdin] [--force]
        Vérifie le secret auprès du serveur, puis le conserve dans le trousseau.
        Un utilisateur eGain (oauthFlow=user) se connecte plutôt dans le
        navigateur&#xa0;: ouvrez l&apos;URL affichée sur la sortie d&apos;erreur standard.
  logout [--server case|jtel]  Supprimer les secrets enregistrés du profil.

Lecture (valeurs séparées par tabulations, avec ligne d&apos;en-tête, ou --json)&#xa0;:
  activities --ids ID,… | --case ID | --status S [--assigned-to ID] [--queue ID]
             [--modified-since TIME]
  cases --ids ID,…
  events [--id ID]             événements de l&apos;ACD jtel
  subtypes                     sous-types de suivi d&apos;appel et leurs départements

Écriture (via la boîte d&apos;envoi du profil, rien n&apos;est perdu hors ligne)&#xa0;:
  create-calltrack --department D --subtype S [--mode Inbound|Outbound]
        [--subject S] [--content TEXT] [--html HTML]
        (--customer ID | --contact ID | --contact-point-id ID
         --contact-point-kind K | --contact-point-data X | --anonymous)
        [--target-user-id ID | --target-user LOGIN] [--case ID] [--priority 1-7]
        [--due TIME] [--attribute NAME=VALUE]…
  change-case --activities ID,… (--case ID | --new-case [--subject S]
        [--description D] [--solution S] [--severity S] [--due TIME]) [--relate]
        Un ID @ENTRY désigne une activité de suivi d&apos;appel que create-calltrack
        a mise en attente hors ligne.
  create-callback (--group ID | --config-group ID --agent-group ID) --sender E164
        --subject S [--type N] [--user ID] [--receiver E164] [--body TEXT]
        [--crm-url URL] [--user-data TEXT] [--priority 0-200]
        [--date YYYY-MM-DD] [--time HH:MM]
  transfer --activities ID,… (--user ID|LOGIN | --queue ID | --department ID)
        [--unpin]     transférer des activités à un utilisateur, vers une file
                      d&apos;attente ou vers un département
  pick --activities ID,… [--unpin]   prendre vous-même des activités en charge
  Une écriture que le serveur ne peut accepter pour l&apos;instant reste en attente
  (code de sortie 4, ou 5 si vous n&apos;êtes pas connecté)&#xa0;; l&apos;ID de son entrée dans
  la boîte d&apos;envoi est affiché. AgentDesk ou outbox flush l&apos;envoie.

Boîte d&apos;envoi (les écritures du profil qui ne sont pas encore appliquées)&#xa0;:
  outbox list [--all]          en attente ou refusées (--all&#xa0;: appliquées aussi)
  outbox retry ID              renvoyer aussitôt une entrée refusée ou en attente
  outbox discard ID            supprimer une entrée qui n&apos;est pas en cours d&apos;envoi
  outbox flush                 envoyer maintenant toutes les entrées en attente&#xa0;;
                               code 0 quand il n&apos;en reste aucune

Cache&#xa0;:
  sync                         rejouer la boîte d&apos;envoi, puis actualiser le cache
                               du profil depuis ses serveurs, comme le fait
                               AgentDesk au démarrage

Codes de sortie&#xa0;:
  0  succès
  1  tout autre échec (pas de trousseau, réponse illisible)
  2  saisie non valide&#xa0;: commande, option, profil ou clé inconnus, valeur erronée
  3  le serveur a refusé la requête (son code et son message sont affichés)
  4  le serveur est injoignable (réseau, délai dépassé, TLS, occupé malgré les
     nouvelles tentatives)
  5  échec de l&apos;authentification&#xa0;: non connecté, ou identifiants refusés</translation>
    </message>
    <message>
        <source>transfer needs --activities, and --user, --queue or --department.</source>
        <translation>transfer exige --activities, ainsi que --user, --queue ou --department.</translation>
    </message>
    <message>
        <source>pick needs --activities.</source>
        <translation>pick exige --activities.</translation>
    </message>
    <message>
        <source>@%1 is a calltrack queued for creation; calltracks cannot be transferred or picked.</source>
        <translation>@%1 est une activité de suivi d&apos;appel en attente de création&#xa0;; les activités de suivi d&apos;appel ne peuvent être ni transférées ni prises en charge.</translation>
    </message>
    <message>
        <source>--user needs an id or a login.</source>
        <translation>--user exige un ID ou un nom de connexion.</translation>
    </message>
    <message>
        <source>User %1 is not known: no activity is assigned to that login. Give the user&apos;s numeric id with --user.</source>
        <translation>L’utilisateur %1 est inconnu&#xa0;: aucune activité n’est attribuée à cet identifiant. Indiquez l’ID numérique de l’utilisateur avec --user.</translation>
    </message>
    <message>
        <source>User %1 is not in the cache, and the server could not be asked (%2). Give the user&apos;s numeric id with --user.</source>
        <translation>L’utilisateur %1 n’est pas dans le cache, et le serveur n’a pas pu être interrogé (%2). Indiquez l’ID numérique de l’utilisateur avec --user.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center agent desktop for eGain, Cisco ECE and jtel ACD.</source>
        <translation>Poste de travail d&apos;agent de centre de contacts pour eGain, Cisco ECE et l&apos;ACD jtel.</translation>
    </message>
    <message>
        <source>Open profile &lt;name&gt; (default: the active one; without any, the profile dialog opens).</source>
        <translation>Ouvrir le profil &lt;name&gt; (par défaut&#xa0;: le profil actif&#xa0;; s&apos;il n&apos;y en a aucun, la boîte de dialogue des profils s&apos;ouvre).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Start the bundled training sandbox and open the profile `training` on it.</source>
        <translation>Démarrer le bac à sable de formation fourni et y ouvrir le profil `training`.</translation>
    </message>
    <message>
        <source>After the first sync (or an error, or 30 s), save an image of the main window to &lt;file&gt;, and of each operation dialog next to it (&lt;file&gt;-calltrack.png, …), then quit: exit code 0 when the sync succeeded and the images were written, else 1.</source>
        <translation>Après la première synchronisation (ou une erreur, ou 30 s), enregistrer une image de la fenêtre principale dans &lt;file&gt;, et de chaque boîte de dialogue d&apos;opération à côté (&lt;file&gt;-calltrack.png, …), puis quitter&#xa0;: code de sortie 0 si la synchronisation a réussi et que les images ont été écrites, sinon 1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>With --training: sign in as this user of the sandbox instead of the agent lena.fischer, e.g. the supervisor s.okafor.</source>
        <translation>Avec --training&#xa0;: se connecter avec cet utilisateur du bac à sable au lieu de l’agente lena.fischer, par exemple la superviseuse s.okafor.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
</context>
</TS>
