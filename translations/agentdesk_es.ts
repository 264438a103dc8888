<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcdEventDecoder</name>
    <message>
        <source>ID is missing or not a positive integer</source>
        <translation>falta el ID o no es un entero positivo</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>La respuesta del servidor no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server reported status %1.</source>
        <translation>El servidor informó del estado %1.</translation>
    </message>
    <message>
        <source>The server reported status %1: %2</source>
        <translation>El servidor informó del estado %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of records.</source>
        <translation>La respuesta del servidor no contiene ninguna lista de registros.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
</context>
<context>
    <name>AcdEventQueueModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the ACD group that distributes the event</extracomment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>caller number or e-mail address the event came from</extracomment>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>the time the caller asked to be called back</extracomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>how long ago the event was created</extracomment>
        <translation>Antigüedad</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
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
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>the agent the activity is assigned to</extracomment>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>the number of the case the activity belongs to</extracomment>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: %2</source>
        <translation>%1 rechazó la conexión segura: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió con HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Sign-in to %1 failed: %2</source>
        <translation>Error al iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>The answer of %1 could not be read: %2</source>
        <translation>No se pudo leer la respuesta de %1: %2</translation>
    </message>
    <message>
        <source>Server code %1: %2</source>
        <translation>Código del servidor %1: %2</translation>
    </message>
    <message>
        <source>Server code %1.</source>
        <translation>Código del servidor %1.</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM legible.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, the most this call accepts; it was refused</source>
        <translation>la respuesta supera los %1 MiB, el máximo que admite esta llamada; se ha rechazado</translation>
    </message>
    <message>
        <source>an HTML page came instead of JSON (HTTP %1, &quot;%2&quot;); a proxy or a wrong base URL may be in the way</source>
        <translation>llegó una página HTML en lugar de JSON (HTTP %1, «%2»); puede que un proxy o una URL base incorrecta se interpongan</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the folder for the cache %1.</source>
        <translation>No se puede crear la carpeta de la caché %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>No se puede abrir la caché %1.</translation>
    </message>
    <message>
        <source>The cache %1 has schema version %2, written by a newer AgentDesk; this version knows schema versions up to %3 and leaves it untouched.</source>
        <translation>La caché %1 tiene la versión de esquema %2, creada por una versión más reciente de AgentDesk; esta versión admite versiones de esquema hasta la %3 y no la modifica.</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>su carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The cache %1 could not be written: %2</source>
        <translation>No se pudo escribir la caché %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 could not be written, %2: %3</source>
        <translation>No se pudo escribir la caché %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>New Callback</source>
        <translation>Nueva devolución de llamada</translation>
    </message>
    <message>
        <source>Create Callback</source>
        <translation>Crear devolución de llamada</translation>
    </message>
    <message>
        <source>Voice mail</source>
        <extracomment>jtel ACD event types (AcdEventTypesID)</extracomment>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback request</source>
        <translation>Solicitud de devolución de llamada</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>An ACD group</source>
        <extracomment>who distributes the event: an ACD group, or a configuration group with an agent group</extracomment>
        <translation>Un grupo ACD</translation>
    </message>
    <message>
        <source>A configuration group and an agent group</source>
        <translation>Un grupo de configuración y un grupo de agentes</translation>
    </message>
    <message>
        <source>e.g. 512</source>
        <translation>p. ej., 512</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>p. ej., 40</translation>
    </message>
    <message>
        <source>e.g. 41</source>
        <translation>p. ej., 41</translation>
    </message>
    <message>
        <source>Optional; any agent of the group if empty</source>
        <translation>Opcional; si se deja vacío, cualquier agente del grupo</translation>
    </message>
    <message>
        <source>e.g. +4922199900011</source>
        <translation>p. ej., +4922199900011</translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com/contacts/88412</source>
        <translation>p. ej., https://crm.example.com/contacts/88412</translation>
    </message>
    <message>
        <source>Optional, e.g. the ticket number of another system</source>
        <translation>Opcional; p. ej., el número de ticket de otro sistema</translation>
    </message>
    <message>
        <source>%1–%2, %3 if empty</source>
        <extracomment>%1 and %2 are the lowest and highest priority, %3 the server&apos;s default</extracomment>
        <translation>%1–%2; si se deja vacío, %3</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>the layout of a date the user types; keep the letters in English order y, m, d</extracomment>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <extracomment>the layout of a time the user types</extracomment>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>&amp;Tipo de evento:</translation>
    </message>
    <message>
        <source>&amp;Address to:</source>
        <translation>Dir&amp;igir a:</translation>
    </message>
    <message>
        <source>ACD &amp;group:</source>
        <translation>&amp;Grupo ACD:</translation>
    </message>
    <message>
        <source>&amp;Configuration group:</source>
        <translation>Grupo de &amp;configuración:</translation>
    </message>
    <message>
        <source>Agent gro&amp;up:</source>
        <translation>Grupo de &amp;agentes:</translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation>Age&amp;nte:</translation>
    </message>
    <message>
        <source>User ID of the agent</source>
        <translation>ID de usuario del agente</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>D&amp;estinatario:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Cuerp&amp;o:</translation>
    </message>
    <message>
        <source>Added to the callback&apos;s details.</source>
        <translation>Se añade a los detalles de la devolución de llamada.</translation>
    </message>
    <message>
        <source>CRM &amp;link:</source>
        <translation>En&amp;lace al CRM:</translation>
    </message>
    <message>
        <source>User &amp;data:</source>
        <translation>&amp;Datos de usuario:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Appointment dat&amp;e:</source>
        <translation>&amp;Fecha de la cita:</translation>
    </message>
    <message>
        <source>Appointment ti&amp;me:</source>
        <translation>&amp;Hora de la cita:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>the moment the appointment results in</extracomment>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>The caller&apos;s number in E.164: country code and number, digits only, no spaces; a leading + is allowed. Example: +4922199900011 for 0221 99900011 in Germany.</source>
        <translation>El número del llamante en formato E.164: código de país y número, solo dígitos, sin espacios; se admite un + inicial. Ejemplo: +4922199900011 para el 0221 99900011 de Alemania.</translation>
    </message>
    <message>
        <source>Optional: one of the service numbers configured in jtel, in E.164, e.g. 4930120000.</source>
        <translation>Opcional: uno de los números de servicio configurados en jtel, en formato E.164, p. ej., 4930120000.</translation>
    </message>
    <message>
        <source>Where the event comes from, e.g. the customer&apos;s email address.</source>
        <translation>De dónde procede el evento, p. ej., la dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <source>Optional: where it was sent to, e.g. your support address.</source>
        <translation>Opcional: adónde se envió, p. ej., su dirección de soporte.</translation>
    </message>
    <message>
        <source>Discard this callback?</source>
        <translation>¿Descartar esta devolución de llamada?</translation>
    </message>
</context>
<context>
    <name>CallbackValidator</name>
    <message>
        <source>No appointment: the event is distributed as soon as possible.</source>
        <translation>Sin cita: el evento se distribuye lo antes posible.</translation>
    </message>
    <message>
        <source>The appointment %1 %2 has passed: the event is distributed as soon as possible.</source>
        <translation>La cita del %1 a las %2 ya ha pasado: el evento se distribuye lo antes posible.</translation>
    </message>
    <message>
        <source>Distributed no earlier than today at %1.</source>
        <translation>Se distribuye a partir de hoy a las %1.</translation>
    </message>
    <message>
        <source>Distributed no earlier than tomorrow, %1, at %2.</source>
        <translation>Se distribuye a partir de mañana, %1, a las %2.</translation>
    </message>
    <message>
        <source>Distributed no earlier than %1 at %2.</source>
        <translation>Se distribuye a partir del %1 a las %2.</translation>
    </message>
    <message>
        <source>The event type %1 is not valid; use a type ID greater than 0 (3 for a callback).</source>
        <translation>El tipo de evento %1 no es válido; use un ID de tipo mayor que 0 (3 para una devolución de llamada).</translation>
    </message>
    <message>
        <source>The %1 ID %2 is not valid; IDs are greater than 0.</source>
        <extracomment>%1 is e.g. &quot;ACD group&quot;, %2 the id typed</extracomment>
        <translation>El ID de %1 %2 no es válido; los ID son mayores que 0.</translation>
    </message>
    <message>
        <source>ACD group</source>
        <translation>grupo ACD</translation>
    </message>
    <message>
        <source>configuration group</source>
        <translation>grupo de configuración</translation>
    </message>
    <message>
        <source>agent group</source>
        <translation>grupo de agentes</translation>
    </message>
    <message>
        <source>Address the event either to an ACD group or to a configuration group with an agent group, not both.</source>
        <translation>Dirija el evento a un grupo ACD o a un grupo de configuración con un grupo de agentes, pero no a ambos.</translation>
    </message>
    <message>
        <source>Choose the ACD group, or a configuration group with an agent group, that will distribute the event.</source>
        <translation>Elija el grupo ACD, o un grupo de configuración con un grupo de agentes, que distribuirá el evento.</translation>
    </message>
    <message>
        <source>Choose the agent group that goes with configuration group %1.</source>
        <translation>Elija el grupo de agentes correspondiente al grupo de configuración %1.</translation>
    </message>
    <message>
        <source>Choose the configuration group of agent group %1.</source>
        <translation>Elija el grupo de configuración del grupo de agentes %1.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a phone number; voice mails and callbacks need a number in E.164, digits only with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <extracomment>%1 is &quot;sender&quot; or &quot;receiver&quot;</extracomment>
        <translation>El %1 «%2» no es un número de teléfono; los mensajes de voz y las devoluciones de llamada necesitan un número en formato E.164, solo dígitos con un «+» inicial opcional (por ejemplo, 4922199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;%3&quot;; a phone number in E.164 has digits only, with an optional leading &apos;+&apos; (for example 4922199900011).</source>
        <translation>El %1 «%2» contiene «%3»; un número de teléfono en formato E.164 solo tiene dígitos, con un «+» inicial opcional (por ejemplo, 4922199900011).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; starts with 0; enter the number with its country code instead (for example 4922199900011 rather than 022199900011).</source>
        <translation>El %1 «%2» empieza por 0; introduzca el número con el código de país (por ejemplo, 4922199900011 en lugar de 022199900011).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too short; a phone number in E.164 has 8 to 15 digits, country code included.</source>
        <translation>El %1 «%2» es demasiado corto; un número de teléfono en formato E.164 tiene de 8 a 15 dígitos, incluido el código de país.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is too long; a phone number in E.164 has 8 to 15 digits.</source>
        <translation>El %1 «%2» es demasiado largo; un número de teléfono en formato E.164 tiene de 8 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Enter the sender: the caller&apos;s phone number, with country code.</source>
        <translation>Introduzca el remitente: el número de teléfono del llamante, con el código de país.</translation>
    </message>
    <message>
        <source>Enter the sender, for example the customer&apos;s email address.</source>
        <translation>Introduzca el remitente, por ejemplo, la dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Introduzca un asunto.</translation>
    </message>
    <message>
        <source>Only callback events carry a body text; clear it, or create a callback (type 3).</source>
        <translation>Solo los eventos de devolución de llamada llevan un texto de cuerpo; bórrelo o cree una devolución de llamada (tipo 3).</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; must start with http:// or https://.</source>
        <translation>El enlace al CRM «%1» debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The CRM link &quot;%1&quot; is not a complete web address; use one such as https://crm.example.com/contacts/88412.</source>
        <translation>El enlace al CRM «%1» no es una dirección web completa; use una como https://crm.example.com/contacts/88412.</translation>
    </message>
    <message>
        <source>The priority %1 is not valid; use a whole number from 0 to 200 (the server&apos;s default is 50).</source>
        <translation>La prioridad %1 no es válida; use un número entero de 0 a 200 (el valor predeterminado del servidor es 50).</translation>
    </message>
    <message>
        <source>The appointment date &quot;%1&quot; is not in the form yyyy-mm-dd or yyyymmdd (for example 2031-03-04).</source>
        <translation>La fecha de la cita «%1» no tiene el formato aaaa-mm-dd ni aaaammdd (por ejemplo, 2031-03-04).</translation>
    </message>
    <message>
        <source>The appointment date %1 does not exist; check the day and the month.</source>
        <translation>La fecha de la cita %1 no existe; compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>The appointment time &quot;%1&quot; is not in the form hh:mm or hhmm (for example 14:30).</source>
        <translation>La hora de la cita «%1» no tiene el formato hh:mm ni hhmm (por ejemplo, 14:30).</translation>
    </message>
    <message>
        <source>The appointment time %1 does not exist; hours run from 00 to 23, minutes from 00 to 59.</source>
        <translation>La hora de la cita %1 no existe; las horas van de 00 a 23 y los minutos, de 00 a 59.</translation>
    </message>
</context>
<context>
    <name>CalltrackDialog</name>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of a calltrack activity</extracomment>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>New Calltrack Activity</source>
        <translation>Nueva actividad de registro de llamada</translation>
    </message>
    <message>
        <source>Create Activity</source>
        <translation>Crear actividad</translation>
    </message>
    <message>
        <source>e.g. Service</source>
        <translation>p. ej., Servicio</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>p. ej., general</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>the direction of the phone call; the server&apos;s values are Inbound and Outbound</extracomment>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Call notes as text</source>
        <translation>Notas de la llamada como texto</translation>
    </message>
    <message>
        <source>Call notes as HTML</source>
        <translation>Notas de la llamada como HTML</translation>
    </message>
    <message>
        <source>Optional: the notes as HTML, e.g. &lt;p&gt;…&lt;/p&gt;</source>
        <translation>Opcional: las notas en HTML, p. ej., &lt;p&gt;…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <extracomment>how the customer of the call is identified (eGain v3 §7.6)</extracomment>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Contact person ID</source>
        <translation>ID de persona de contacto</translation>
    </message>
    <message>
        <source>Contact point ID</source>
        <translation>ID de punto de contacto</translation>
    </message>
    <message>
        <source>Email address or phone number</source>
        <translation>Correo electrónico o número de teléfono</translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation>Llamante anónimo</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>the kinds of contact point eGain knows</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Red social</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>who gets the new activity</extracomment>
        <translation>Mí</translation>
    </message>
    <message>
        <source>User by ID</source>
        <translation>Usuario por ID</translation>
    </message>
    <message>
        <source>User by login name</source>
        <translation>Usuario por nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>User by custom attribute</source>
        <translation>Usuario por atributo personalizado</translation>
    </message>
    <message>
        <source>e.g. employee_no</source>
        <translation>p. ej., employee_no</translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Un caso nuevo</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Un caso existente</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>p. ej., 70001</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no priority: the server&apos;s default applies</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Sub&amp;type:</source>
        <translation>&amp;Subtipo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <source>Customer &amp;by:</source>
        <translation>Identificar c&amp;liente por:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <extracomment>the customer, contact person or contact point ID, as chosen above</extracomment>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Customer identifier</source>
        <translation>Identificador del cliente</translation>
    </message>
    <message>
        <source>Contact point t&amp;ype:</source>
        <translation>&amp;Tipo de punto de contacto:</translation>
    </message>
    <message>
        <source>&amp;Email or phone:</source>
        <translation>Correo &amp;electrónico o teléfono:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Asignar a:</translation>
    </message>
    <message>
        <source>Att&amp;ribute name:</source>
        <translation>Nom&amp;bre del atributo:</translation>
    </message>
    <message>
        <source>Name of the user&apos;s custom attribute</source>
        <translation>Nombre del atributo personalizado del usuario</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Usuari&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>E&amp;xisting case ID:</source>
        <translation>ID del caso e&amp;xistente:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha de vencimiento:</translation>
    </message>
    <message>
        <source>Cust&amp;om attributes:</source>
        <translation>Atributos &amp;personalizados:</translation>
    </message>
    <message>
        <source>Loading the server&apos;s subtypes…</source>
        <translation>Cargando los subtipos del servidor…</translation>
    </message>
    <message>
        <source>The server&apos;s subtypes could not be loaded (%1); type the subtype&apos;s value.</source>
        <extracomment>%1 is why, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>No se pudieron cargar los subtipos del servidor (%1); escriba el valor del subtipo.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1); these are the subtypes saved earlier.</source>
        <translation>No se pudo contactar con el servidor (%1); estos son los subtipos guardados anteriormente.</translation>
    </message>
    <message>
        <source>e.g. 5001</source>
        <translation>p. ej., 5001</translation>
    </message>
    <message>
        <source>e.g. 6001</source>
        <translation>p. ej., 6001</translation>
    </message>
    <message>
        <source>e.g. 8001</source>
        <translation>p. ej., 8001</translation>
    </message>
    <message>
        <source>Optional: the caller&apos;s email address or phone number (digits only).</source>
        <translation>Opcional: la dirección de correo electrónico o el número de teléfono del llamante (solo dígitos).</translation>
    </message>
    <message>
        <source>An email address or phone number stored for the customer; a phone number in digits only, e.g. 4930555010001.</source>
        <translation>Una dirección de correo electrónico o un número de teléfono registrados para el cliente; el número de teléfono, solo con dígitos, p. ej., 4930555010001.</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>p. ej., 1001</translation>
    </message>
    <message>
        <source>e.g. lena.fischer</source>
        <translation>p. ej., lena.fischer</translation>
    </message>
    <message>
        <source>the attribute&apos;s value, e.g. E1001</source>
        <translation>el valor del atributo, p. ej., E1001</translation>
    </message>
    <message>
        <source>Enter the ID of the existing case, or choose a new case.</source>
        <translation>Introduzca el ID del caso existente o elija un caso nuevo.</translation>
    </message>
    <message>
        <source>Discard this calltrack?</source>
        <translation>¿Descartar esta actividad de registro de llamada?</translation>
    </message>
</context>
<context>
    <name>CalltrackValidator</name>
    <message>
        <source>Choose the department that will own the activity.</source>
        <translation>Elija el departamento al que pertenecerá la actividad.</translation>
    </message>
    <message>
        <source>Choose the calltrack subtype.</source>
        <translation>Elija el subtipo de registro de llamada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calltrack subtype of this server; choose one of: %2.</source>
        <translation>«%1» no es un subtipo de registro de llamada de este servidor; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2, which has no calltrack subtypes.</source>
        <translation>El subtipo «%1» no está configurado para el departamento %2, que no tiene subtipos de registro de llamada.</translation>
    </message>
    <message>
        <source>The subtype &quot;%1&quot; is not configured for department %2; choose one of: %3.</source>
        <translation>El subtipo «%1» no está configurado para el departamento %2; elija uno de estos: %3.</translation>
    </message>
    <message>
        <source>Choose whether the call was Inbound or Outbound.</source>
        <translation>Indique si la llamada fue entrante (Inbound) o saliente (Outbound).</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not valid; use Inbound or Outbound.</source>
        <translation>El modo «%1» no es válido; use Inbound o Outbound.</translation>
    </message>
    <message>
        <source>Enter a subject or call notes; the activity needs at least one of them.</source>
        <translation>Introduzca un asunto o notas de la llamada; la actividad necesita al menos uno de los dos.</translation>
    </message>
    <message numerus="yes">
        <source>The subject has %n characters; at most 255 are allowed.</source>
        <translation>
            <numerusform>El asunto tiene %n carácter; se permiten como máximo 255.</numerusform>
            <numerusform>El asunto tiene %n caracteres; se permiten como máximo 255.</numerusform>
        </translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>contact point ID</source>
        <translation>ID de punto de contacto</translation>
    </message>
    <message>
        <source>Enter the %1, or mark the caller as anonymous.</source>
        <extracomment>%1 is &quot;customer ID&quot;, &quot;contact ID&quot; or &quot;contact point ID&quot;</extracomment>
        <translation>Introduzca el %1 o marque al llamante como anónimo.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid; IDs are whole numbers greater than 0.</source>
        <translation>El %1 «%2» no es válido; los ID son números enteros mayores que 0.</translation>
    </message>
    <message>
        <source>Choose the type of the contact point: phone, postal, email, social or website.</source>
        <translation>Elija el tipo de punto de contacto: teléfono (phone), dirección postal (postal), correo electrónico (email), red social (social) o sitio web (website).</translation>
    </message>
    <message>
        <source>The contact point type &quot;%1&quot; is not valid; use phone, postal, email, social or website.</source>
        <translation>El tipo de punto de contacto «%1» no es válido; use phone, postal, email, social o website.</translation>
    </message>
    <message>
        <source>The customer is already named by the %1; the email address or phone number would name it a second time. Clear one of them.</source>
        <translation>El cliente ya está identificado por el %1; la dirección de correo electrónico o el número de teléfono lo identificarían por segunda vez. Borre uno de los dos.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address or phone number, or mark the caller as anonymous.</source>
        <translation>Introduzca la dirección de correo electrónico o el número de teléfono del cliente, o marque al llamante como anónimo.</translation>
    </message>
    <message>
        <source>The caller is marked anonymous but the customer &quot;%1&quot; is given; an anonymous call is linked to no customer. Clear the customer or unmark anonymous.</source>
        <translation>El llamante está marcado como anónimo, pero se indica el cliente «%1»; una llamada anónima no se vincula a ningún cliente. Borre el cliente o desmarque la opción de llamante anónimo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico válida; use el formato nombre@example.com.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; contains &quot;%2&quot;; it may contain digits only, without &apos;+&apos;, spaces or dashes (for example 4930987654).</source>
        <translation>El número de teléfono «%1» contiene «%2»; solo puede contener dígitos, sin «+», espacios ni guiones (por ejemplo, 4930987654).</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>A client application must assign the activity to a user: enter the user&apos;s ID, login name or identifying custom attribute.</source>
        <translation>Una aplicación cliente debe asignar la actividad a un usuario: introduzca el ID, el nombre de inicio de sesión o el atributo personalizado que identifica al usuario.</translation>
    </message>
    <message>
        <source>Enter the ID of the user who gets the activity.</source>
        <translation>Introduzca el ID del usuario que recibe la actividad.</translation>
    </message>
    <message>
        <source>The user ID &quot;%1&quot; is not valid; user IDs are whole numbers greater than 0.</source>
        <translation>El ID de usuario «%1» no es válido; los ID de usuario son números enteros mayores que 0.</translation>
    </message>
    <message>
        <source>Enter the login name of the user who gets the activity.</source>
        <translation>Introduzca el nombre de inicio de sesión del usuario que recibe la actividad.</translation>
    </message>
    <message>
        <source>Enter the name of the custom attribute that identifies the user.</source>
        <translation>Introduzca el nombre del atributo personalizado que identifica al usuario.</translation>
    </message>
    <message>
        <source>Enter the value of the custom attribute that identifies the user.</source>
        <translation>Introduzca el valor del atributo personalizado que identifica al usuario.</translation>
    </message>
    <message>
        <source>The case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>El ID de caso %1 no es válido; introduzca un ID mayor que 0, o ninguno para un caso nuevo.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is not valid; use a whole number from 1 to 7, or none.</source>
        <translation>La prioridad «%1» no es válida; use un número entero de 1 a 7, o ninguna.</translation>
    </message>
    <message>
        <source>The due date is not in the future; choose a date and time after now, or none.</source>
        <translation>La fecha de vencimiento no es futura; elija una fecha y hora posteriores al momento actual, o ninguna.</translation>
    </message>
    <message>
        <source>Attachment %1 has no alternate ID; every attachment needs one.</source>
        <translation>El adjunto %1 no tiene ID alternativo; cada adjunto necesita uno.</translation>
    </message>
    <message>
        <source>Attachments %1 and %2 share the alternate ID &quot;%3&quot;; each needs its own.</source>
        <translation>Los adjuntos %1 y %2 comparten el ID alternativo «%3»; cada uno necesita el suyo.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Un atributo personalizado con el valor «%1» no tiene nombre; introduzca el nombre del atributo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; none are configured.</source>
        <translation>«%1» no es un atributo personalizado de las actividades; no hay ninguno configurado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of activities; known attributes: %2.</source>
        <translation>«%1» no es un atributo personalizado de las actividades; atributos conocidos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>«%1» no es un valor permitido del atributo %2; valores permitidos: %3.</translation>
    </message>
</context>
<context>
    <name>CaseManagerClient</name>
    <message>
        <source>the answer names no new activity (no Location header)</source>
        <translation>la respuesta no indica ninguna actividad nueva (falta la cabecera Location)</translation>
    </message>
    <message>
        <source>unexpected answer to change case (HTTP %1)</source>
        <translation>respuesta inesperada al cambio de caso (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n records could be read (%1)</source>
        <translation>
            <numerusform>no se pudo leer su %n registro (%1)</numerusform>
            <numerusform>no se pudo leer ninguno de sus %n registros (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer to a transfer (HTTP %1)</source>
        <translation>respuesta inesperada a la transferencia (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>CaseManagerDecoder</name>
    <message>
        <source>The server&apos;s answer has no list of activities.</source>
        <translation>La respuesta del servidor no contiene ninguna lista de actividades.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of cases.</source>
        <translation>La respuesta del servidor no contiene ninguna lista de casos.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list of activity types.</source>
        <translation>La respuesta del servidor no contiene ninguna lista de tipos de actividad.</translation>
    </message>
    <message>
        <source>the ID is missing or not a positive integer</source>
        <translation>falta el ID o no es un entero positivo</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta del servidor no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server reported error %1: %2</source>
        <translation>El servidor informó del error %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>type %1, subtype %2: %3</source>
        <translation>tipo %1, subtipo %2: %3</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>La respuesta del servidor no es JSON válido (%1).</translation>
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
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the agent who owns the case</extracomment>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>ChangeCaseController</name>
    <message>
        <source>Outbox entry %1 is not a queued calltrack activity.</source>
        <translation>La entrada %1 de la bandeja de salida no es una actividad de registro de llamada en cola.</translation>
    </message>
    <message>
        <source>Activity %1 is named more than once.</source>
        <translation>La actividad %1 se indica más de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to the new case %1.</source>
        <translation>
            <numerusform>Se ha movido %n actividad al caso nuevo %1.</numerusform>
            <numerusform>Se han movido %n actividades al caso nuevo %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to case %1.</source>
        <translation>
            <numerusform>Se ha movido %n actividad al caso %1.</numerusform>
            <numerusform>Se han movido %n actividades al caso %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Cases %1</source>
        <extracomment>several source cases; the form explains why that cannot work</extracomment>
        <translation>Casos %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <extracomment>%1 is the case ID, %2 the customer&apos;s name</extracomment>
        <translation>Caso %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Relate the original case and the target case</source>
        <translation>&amp;Relacionar el caso original y el caso de destino</translation>
    </message>
    <message>
        <source>Due by</source>
        <extracomment>check box in front of the due date of the new case</extracomment>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Due date of the new case</source>
        <translation>Fecha de vencimiento del caso nuevo</translation>
    </message>
    <message>
        <source>Change Case</source>
        <translation>Cambiar de caso</translation>
    </message>
    <message>
        <source>Move Activities</source>
        <translation>Mover actividades</translation>
    </message>
    <message numerus="yes">
        <source>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</source>
        <translation>
            <numerusform>El servidor mueve como máximo %1 actividades por solicitud, así que esta %n actividad se envía en %2 solicitudes, una tras otra, al mismo caso.</numerusform>
            <numerusform>El servidor mueve como máximo %1 actividades por solicitud, así que estas %n actividades se envían en %2 solicitudes, una tras otra, al mismo caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new case</source>
        <translation>Un caso nuevo</translation>
    </message>
    <message>
        <source>An existing case</source>
        <translation>Un caso existente</translation>
    </message>
    <message>
        <source>e.g. 70001</source>
        <translation>p. ej., 70001</translation>
    </message>
    <message>
        <source>Optional; the original case&apos;s subject if empty</source>
        <translation>Opcional; si se deja vacío, el asunto del caso original</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>no severity for the new case</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Actividades:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>accessible name of the note on how many requests a large move takes</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Mover a:</translation>
    </message>
    <message>
        <source>Case &amp;ID:</source>
        <translation>&amp;ID del caso:</translation>
    </message>
    <message>
        <source>ID of the target case</source>
        <translation>ID del caso de destino</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Subject of the new case</source>
        <translation>Asunto del caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <translation>&amp;Solución:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fecha de vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Custom attributes:</source>
        <translation>Atributos &amp;personalizados:</translation>
    </message>
    <message>
        <source>Enter the ID of the case the activities move to, or move them to a new case.</source>
        <translation>Introduzca el ID del caso al que se mueven las actividades o muévalas a un caso nuevo.</translation>
    </message>
    <message>
        <source>Discard this change of case?</source>
        <translation>¿Descartar este cambio de caso?</translation>
    </message>
</context>
<context>
    <name>ChangeCaseValidator</name>
    <message>
        <source>Choose at least one activity to move.</source>
        <translation>Elija al menos una actividad para mover.</translation>
    </message>
    <message>
        <source>Activity %1 is listed %2 times; list each activity once.</source>
        <translation>La actividad %1 aparece %2 veces; indique cada actividad una sola vez.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>El ID de actividad %1 no es válido; los ID de actividad son mayores que 0.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>La actividad %1 es desconocida; actualice la lista y vuelva a elegir las actividades.</translation>
    </message>
    <message>
        <source>The activities belong to different cases (%1); only activities of one case can move together.</source>
        <translation>Las actividades pertenecen a casos distintos (%1); solo se pueden mover juntas actividades de un mismo caso.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can move to another case.</source>
        <translation>La actividad %1 está en estado «%2»; solo se pueden mover a otro caso las actividades que esperan en una cola o están asignadas a un usuario.</translation>
    </message>
    <message>
        <source>The target case ID %1 is not valid; enter an ID greater than 0, or none for a new case.</source>
        <translation>El ID del caso de destino %1 no es válido; introduzca un ID mayor que 0, o ninguno para un caso nuevo.</translation>
    </message>
    <message>
        <source>The activities already belong to case %1; choose another target case.</source>
        <translation>Las actividades ya pertenecen al caso %1; elija otro caso de destino.</translation>
    </message>
    <message>
        <source>Case %1 belongs to customer %2, but activity %3 belongs to another customer; activities can only move to a case of the same customer.</source>
        <translation>El caso %1 pertenece al cliente %2, pero la actividad %3 pertenece a otro cliente; las actividades solo se pueden mover a un caso del mismo cliente.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solución</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>custom attributes</source>
        <translation>atributos personalizados</translation>
    </message>
    <message>
        <source>An existing target case is named by its ID alone; clear the new case&apos;s %1, or move to a new case.</source>
        <translation>Un caso de destino existente se indica solo con su ID; deje vacíos los campos del caso nuevo (%1) o mueva las actividades a un caso nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</source>
        <extracomment>%1 is &quot;subject&quot;, &quot;description&quot; or &quot;solution&quot;</extracomment>
        <translation>
            <numerusform>El campo %1 del caso nuevo tiene %n carácter; se permiten como máximo 1024.</numerusform>
            <numerusform>El campo %1 del caso nuevo tiene %n caracteres; se permiten como máximo 1024.</numerusform>
        </translation>
    </message>
    <message>
        <source>The severity &quot;%1&quot; is not valid; use urgent, high, medium or low, or none.</source>
        <translation>La gravedad «%1» no es válida; use urgent, high, medium o low, o ninguna.</translation>
    </message>
    <message>
        <source>The new case&apos;s due date is not in the future; choose a date and time after now, or none.</source>
        <translation>La fecha de vencimiento del caso nuevo no es futura; elija una fecha y hora posteriores al momento actual, o ninguna.</translation>
    </message>
    <message>
        <source>A custom attribute with the value &quot;%1&quot; has no name; enter the attribute&apos;s name.</source>
        <translation>Un atributo personalizado con el valor «%1» no tiene nombre; introduzca el nombre del atributo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; none are configured.</source>
        <translation>«%1» no es un atributo personalizado de los casos; no hay ninguno configurado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custom attribute of cases; known attributes: %2.</source>
        <translation>«%1» no es un atributo personalizado de los casos; atributos conocidos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of the attribute %2; allowed: %3.</source>
        <translation>«%1» no es un valor permitido del atributo %2; valores permitidos: %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>Pruebe &apos;%1 --help&apos; para obtener más información.
</translation>
    </message>
</context>
<context>
    <name>CreateCallbackController</name>
    <message>
        <source>An open callback for this caller already existed and was updated (event %1); no new callback was created.</source>
        <translation>Ya existía una devolución de llamada abierta para este llamante y se ha actualizado (evento %1); no se ha creado ninguna devolución de llamada nueva.</translation>
    </message>
    <message>
        <source>Callback event %1 created.</source>
        <translation>Se ha creado el evento de devolución de llamada %1.</translation>
    </message>
</context>
<context>
    <name>CreateCalltrackController</name>
    <message>
        <source>Calltrack activity %1 created.</source>
        <translation>Se ha creado la actividad de registro de llamada %1.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Invalid credential key “%1”.</source>
        <translation>Clave de credencial no válida: «%1».</translation>
    </message>
    <message>
        <source>No secret service is running (gnome-keyring or KWallet), or it has no unlocked keyring. Install and start gnome-keyring or KWallet and sign in to your desktop session; AgentDesk does not store passwords in plain files. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system (English, from D-Bus)</extracomment>
        <translation>No se está ejecutando ningún servicio de secretos (gnome-keyring o KWallet), o no tiene ningún llavero desbloqueado. Instale e inicie gnome-keyring o KWallet e inicie sesión en su escritorio; AgentDesk no guarda contraseñas en archivos sin cifrar. (%1)</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again. (%1)</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>El llavero del sistema ha denegado el acceso; puede que esté bloqueado. Desbloquéelo y vuelva a intentarlo. (%1)</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <extracomment>%1 is the technical reason reported by the system</extracomment>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Quitar atributo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Atributos personalizados</translation>
    </message>
    <message>
        <source>One attribute per row: its name and its value.</source>
        <translation>Un atributo por fila: su nombre y su valor.</translation>
    </message>
    <message>
        <source>The attribute %1 is given in more than one row; give each attribute once.</source>
        <translation>El atributo %1 aparece en más de una fila; indique cada atributo una sola vez.</translation>
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
        <translation>No hay ningún perfil llamado %1.</translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>La caché del perfil %1 no se puede usar (%2): %3</translation>
    </message>
    <message>
        <source>The keychain cannot be read, so AgentDesk works offline: %1</source>
        <translation>No se puede leer el llavero, así que AgentDesk trabaja sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Reading from the server</source>
        <translation>Leyendo del servidor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Select an activity, a case or an ACD event to read it here.</source>
        <translation>Seleccione una actividad, un caso o un evento ACD para leerlo aquí.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <source>ACD event %1: %2</source>
        <translation>Evento ACD %1: %2</translation>
    </message>
    <message>
        <source>This record is not in the cache (any more).</source>
        <translation>Este registro no está (ya) en la caché.</translation>
    </message>
    <message>
        <source>Reading the content from the server…</source>
        <translation>Leyendo el contenido del servidor…</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>No se pudo leer el contenido: %1</translation>
    </message>
    <message>
        <source>Shown from the cache as of %1.</source>
        <translation>Mostrado desde la caché, a fecha de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n references to other servers were not loaded.</source>
        <translation>
            <numerusform>Contenido remoto bloqueado: no se cargó %n referencia a otros servidores.</numerusform>
            <numerusform>Contenido remoto bloqueado: no se cargaron %n referencias a otros servidores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EceSessionAuthenticator</name>
    <message>
        <source>no password is stored for %1; sign in first</source>
        <translation>no hay ninguna contraseña guardada para %1; inicie sesión primero</translation>
    </message>
    <message>
        <source>the login answer carried no session (HTTP %1)</source>
        <translation>la respuesta de inicio de sesión no contenía ninguna sesión (HTTP %1)</translation>
    </message>
    <message>
        <source>wrong user name or password for %1</source>
        <translation>nombre de usuario o contraseña incorrectos para %1</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows; signing in again with &quot;end my oldest session&quot; would sign you out elsewhere</source>
        <translation>%1 ya tiene el número máximo de sesiones que permite ECE; si vuelve a iniciar sesión con «Cerrar mi sesión más antigua», se cerrará su sesión en otro lugar</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the label under a form field that says what is wrong with it</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>JtelClient</name>
    <message>
        <source>expected exactly one event</source>
        <translation>se esperaba exactamente un evento</translation>
    </message>
    <message>
        <source>the answer holds no event</source>
        <translation>la respuesta no contiene ningún evento</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n event records could be read (%1)</source>
        <translation>
            <numerusform>no se pudo leer su %n registro de evento (%1)</numerusform>
            <numerusform>no se pudo leer ninguno de sus %n registros de eventos (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>This sign-in link is not the one AgentDesk is waiting for.</source>
        <translation>Este enlace de inicio de sesión no es el que AgentDesk está esperando.</translation>
    </message>
    <message>
        <source>You are signed in to AgentDesk. You can close this tab.</source>
        <translation>Ha iniciado sesión en AgentDesk. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and try again in AgentDesk.</source>
        <translation>No se completó el inicio de sesión. Puede cerrar esta pestaña y volver a intentarlo en AgentDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
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
        <translation>Actividades que se muestran</translation>
    </message>
    <message>
        <source>All cached activities</source>
        <translation>Todas las actividades en caché</translation>
    </message>
    <message>
        <source>Activities of the selected case</source>
        <translation>Actividades del caso seleccionado</translation>
    </message>
    <message>
        <source>ACD queue</source>
        <translation>Cola ACD</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profiles and sign-in…</source>
        <translation>&amp;Perfiles e inicio de sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Copy rows as CSV</source>
        <translation>&amp;Copiar filas como CSV</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>New &amp;calltrack activity…</source>
        <translation>Nueva actividad de &amp;registro de llamada…</translation>
    </message>
    <message>
        <source>&amp;Move to another case…</source>
        <translation>&amp;Mover a otro caso…</translation>
    </message>
    <message>
        <source>New call&amp;back…</source>
        <translation>Nueva &amp;devolución de llamada…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Volver a enviar ahora</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Discard operations</source>
        <translation>Descartar operaciones</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n operations? They will not be sent.</source>
        <translation>
            <numerusform>¿Descartar %n operación? No se enviará.</numerusform>
            <numerusform>¿Descartar %n operaciones? No se enviarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Notify about new ACD events</source>
        <translation>Notificar nuevos eventos ACD</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>When the window is inactive</source>
        <translation>Cuando la ventana está inactiva</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>AgentDesk uses the new language from its next start.</source>
        <translation>AgentDesk usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>Acerca &amp;de AgentDesk</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>%1 server state</source>
        <translation>Estado del servidor: %1</translation>
    </message>
    <message>
        <source>Show the outbox: operations waiting to be sent, and those the server refused</source>
        <translation>Mostrar la bandeja de salida: operaciones pendientes de envío y las que el servidor ha rechazado</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: sin configurar</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <source>%1: online, synced %2</source>
        <translation>%1: en línea, sincronizado a las %2</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: en línea</translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, reconnecting in %n s</source>
        <translation>
            <numerusform>%1: sin conexión, reconexión en %n s</numerusform>
            <numerusform>%1: sin conexión, reconexión en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: sin conexión</translation>
    </message>
    <message>
        <source>%1: sign-in needed</source>
        <translation>%1: es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting</source>
        <translation>Bandeja de salida: %1 en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n new ACD events in the queue</source>
        <translation>
            <numerusform>%n evento ACD nuevo en la cola</numerusform>
            <numerusform>%n eventos ACD nuevos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Select the activities to move first.</source>
        <translation>Seleccione primero las actividades que quiere mover.</translation>
    </message>
    <message>
        <source>Only operations the server refused can be edited.</source>
        <translation>Solo se pueden editar las operaciones que el servidor ha rechazado.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Agent desktop for eGain, Cisco ECE and jtel ACD. Works from its cache and keeps every operation in a durable outbox until the server applied it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AgentDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Escritorio de agente para eGain, Cisco ECE y jtel ACD. Trabaja a partir de su caché y conserva cada operación en una bandeja de salida persistente hasta que el servidor la aplica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My activities (%1)</source>
        <translation>Mis actividades (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright 2026 The AgentDesk authors&lt;br&gt;Software libre bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This profile names no server: open File → Profiles and sign-in.</source>
        <translation>Este perfil no indica ningún servidor: abra Archivo → Perfiles e inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %1 waiting, %n need attention</source>
        <translation>
            <numerusform>Bandeja de salida: %1 en espera, %n requiere atención</numerusform>
            <numerusform>Bandeja de salida: %1 en espera, %n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <source>Syncing with the servers</source>
        <translation>Sincronizando con los servidores</translation>
    </message>
    <message>
        <source>This change of case cannot be edited here: send it again, or discard it and move the activities anew.</source>
        <translation>Este cambio de caso no se puede editar aquí: vuelva a enviarlo, o descártelo y mueva de nuevo las actividades.</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>keeps the chosen activities scope when a case is selected</extracomment>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pin the activities scope</source>
        <translation>Fijar la selección de actividades</translation>
    </message>
    <message>
        <source>Keep this scope when a case is selected. When not pinned, selecting a case shows its activities.</source>
        <translation>Mantener esta selección al seleccionar un caso. Sin fijar, seleccionar un caso muestra sus actividades.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Actividades</translation>
    </message>
    <message>
        <source>ACD &amp;queue</source>
        <translation>Cola A&amp;CD</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Next or previous control; Tab leaves a table</source>
        <translation>Control siguiente o anterior; Tab sale de una tabla</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move within a table</source>
        <translation>Moverse dentro de una tabla</translation>
    </message>
    <message>
        <source>Open the selected row in a window of its own</source>
        <translation>Abrir la fila seleccionada en una ventana propia</translation>
    </message>
    <message>
        <source>Context menu of the selected rows</source>
        <translation>Menú contextual de las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Close a details window; cancel a dialog</source>
        <translation>Cerrar una ventana de detalles; cancelar un diálogo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Open activities of %1</source>
        <translation>Actividades abiertas de %1</translation>
    </message>
    <message>
        <source>Open activities in queue %1</source>
        <translation>Actividades abiertas en la cola %1</translation>
    </message>
    <message>
        <source>&amp;Transfer to user…</source>
        <translation>Transferir a un &amp;usuario…</translation>
    </message>
    <message>
        <source>Transfer to &amp;queue…</source>
        <translation>Transferir a una &amp;cola…</translation>
    </message>
    <message>
        <source>Transfer to &amp;department…</source>
        <translation>Transferir a un de&amp;partamento…</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>tool bar button of &quot;Transfer to user…&quot;</extracomment>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Select the activities to transfer or pick first.</source>
        <translation>Seleccione primero las actividades que quiere transferir o tomar.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthenticator</name>
    <message>
        <source>no client secret is stored for client %1; sign in first</source>
        <translation>no hay ningún secreto de cliente guardado para el cliente %1; inicie sesión primero</translation>
    </message>
    <message>
        <source>no loopback port could be opened for the sign-in redirect</source>
        <translation>no se pudo abrir ningún puerto local (loopback) para la redirección del inicio de sesión</translation>
    </message>
    <message>
        <source>the sign-in in the browser was not completed in time</source>
        <translation>el inicio de sesión en el navegador no se completó a tiempo</translation>
    </message>
    <message>
        <source>the token endpoint answered without an access token</source>
        <translation>el punto de conexión del token respondió sin un token de acceso</translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message>
        <source>The previous operation is still being sent.</source>
        <translation>La operación anterior todavía se está enviando.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>No se ha enviado nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>The operation could not be stored, so nothing was sent: %1</source>
        <translation>No se pudo guardar la operación, así que no se ha enviado nada: %1</translation>
    </message>
    <message>
        <source>Operation %1 is no longer in the outbox.</source>
        <translation>La operación %1 ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2
It waits in the outbox to be edited and retried, or discarded.</source>
        <translation>El servidor la ha rechazado (%1): %2
Queda en la bandeja de salida para que la edite y vuelva a intentarlo, o la descarte.</translation>
    </message>
    <message>
        <source>%1 of %2 requests were applied. </source>
        <translation>Se han aplicado %1 de %2 solicitudes. </translation>
    </message>
    <message>
        <source>Queued: it is sent once you are signed in again (%1).</source>
        <translation>En cola: se enviará cuando vuelva a iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached.</source>
        <translation>En cola: se enviará en cuanto se pueda contactar con el servidor.</translation>
    </message>
    <message>
        <source>Queued: it is sent as soon as the server can be reached (%1).</source>
        <translation>En cola: se enviará en cuanto se pueda contactar con el servidor (%1).</translation>
    </message>
    <message>
        <source>%1
The server refused it; it waits in the outbox to be edited and retried, or discarded.
Details: %2</source>
        <extracomment>%1 is the server&apos;s reason, %2 the host, HTTP status and code</extracomment>
        <translation>%1
El servidor la ha rechazado; queda en la bandeja de salida para que la edite y vuelva a intentarlo, o la descarte.
Detalles: %2</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;; %2 says when it will be sent</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You can correct the form and send it again as a new request, or cancel.</source>
        <translation>Puede corregir el formulario y volver a enviarlo como una solicitud nueva, o cancelar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requests applied</source>
        <extracomment>a change case of more than 75 activities is sent in several requests</extracomment>
        <translation>
            <numerusform>%1 de %n solicitud aplicada</numerusform>
            <numerusform>%1 de %n solicitudes aplicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>the Cancel button while an operation is being sent</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1: stored in the outbox, it is being sent in the background.</source>
        <extracomment>%1 is the dialog&apos;s title, e.g. &quot;New Callback&quot;</extracomment>
        <translation>%1: se ha guardado en la bandeja de salida y se está enviando en segundo plano.</translation>
    </message>
    <message>
        <source>You can also keep it as a draft: it is filled in the next time you open this dialog.</source>
        <translation>También puede guardarlo como borrador: se rellenará la próxima vez que abra este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <extracomment>closes the dialog and keeps what was typed for the next time</extracomment>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>No activities are selected.</source>
        <translation>No hay ninguna actividad seleccionada.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>after a list of activity IDs</extracomment>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities: %1</source>
        <extracomment>%1 lists the activity IDs</extracomment>
        <translation>
            <numerusform>%n actividad: %1</numerusform>
            <numerusform>%n actividades: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message>
        <source>It waits for operation %1, which the server refused; retry or discard that one first.</source>
        <translation>Espera a la operación %1, que el servidor ha rechazado; vuelva a intentar esa operación o descártela primero.</translation>
    </message>
    <message>
        <source>This operation cannot be read; discard it.</source>
        <translation>Esta operación no se puede leer; descártela.</translation>
    </message>
    <message>
        <source>It moves an activity that was never created (operation %1 was rejected or discarded).</source>
        <translation>Mueve una actividad que nunca se llegó a crear (la operación %1 se rechazó o se descartó).</translation>
    </message>
    <message>
        <source>Its target is the new case of operation %1, which was not created.</source>
        <translation>Su destino es el caso nuevo de la operación %1, que no se llegó a crear.</translation>
    </message>
    <message>
        <source>The server may have applied this operation already, and checking that was refused (%1). Look at the server, then retry (it checks again first) or discard it.</source>
        <translation>Es posible que el servidor ya haya aplicado esta operación, y se rechazó la comprobación (%1). Revise el servidor y luego vuelva a intentarlo (antes se comprueba de nuevo) o descártela.</translation>
    </message>
    <message>
        <source>Activity %1 could not be read from the server; it may not exist any more.</source>
        <translation>No se pudo leer la actividad %1 del servidor; es posible que ya no exista.</translation>
    </message>
    <message>
        <source>Changed on the server since you read it: refresh and send again (Retry reads the activities first). %1</source>
        <translation>Ha cambiado en el servidor desde que lo leyó: actualice y vuelva a enviar (al reintentar, primero se vuelven a leer las actividades). %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Operation</source>
        <extracomment>the kind of queued operation</extracomment>
        <translation>Operación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>how often the operation was sent</extracomment>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>The answer to an earlier attempt was lost. Before sending it again, AgentDesk checks whether the server already applied it.</source>
        <translation>Se perdió la respuesta a un intento anterior. Antes de volver a enviarla, AgentDesk comprueba si el servidor ya la aplicó.</translation>
    </message>
    <message>
        <source>Log call</source>
        <extracomment>outbox operation: an agent logged a phone call</extracomment>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>Change case</source>
        <extracomment>outbox operation: activities move to another case</extracomment>
        <translation>Cambiar de caso</translation>
    </message>
    <message>
        <source>Callback request</source>
        <extracomment>outbox operation: a callback request for the ACD</extracomment>
        <translation>Solicitud de devolución de llamada</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>outbox state: waiting to be sent</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>outbox state: sent, no answer yet</extracomment>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>outbox state: the server refused it; the agent edits, retries or discards it</extracomment>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>outbox state: the server applied it</extracomment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Log call “%1” in case %2</source>
        <extracomment>%1 is the subject of the call, %2 the case number</extracomment>
        <translation>Registrar llamada «%1» en el caso %2</translation>
    </message>
    <message>
        <source>Log call “%1” in a new case</source>
        <extracomment>%1 is the subject of the call</extracomment>
        <translation>Registrar llamada «%1» en un caso nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to case %1</source>
        <extracomment>%1 is the case number</extracomment>
        <translation>
            <numerusform>Mover %n actividad al caso %1</numerusform>
            <numerusform>Mover %n actividades al caso %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to a new case</source>
        <translation>
            <numerusform>Mover %n actividad a un caso nuevo</numerusform>
            <numerusform>Mover %n actividades a un caso nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback to %1: %2</source>
        <extracomment>%1 is the caller&apos;s number, %2 the subject of the callback</extracomment>
        <translation>Devolución de llamada a %1: %2</translation>
    </message>
    <message>
        <source>The queued request cannot be read</source>
        <translation>No se puede leer la solicitud en cola</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>when the operation was put in the outbox</extracomment>
        <translation>Puesta en cola</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>the next attempt to send is due now</extracomment>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <extracomment>the next attempt to send, in seconds from now</extracomment>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the next attempt to send, in minutes from now</extracomment>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign</source>
        <extracomment>outbox operation: activities transferred to a user, queue or department, or picked</extracomment>
        <translation>Reasignar</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to user %1</source>
        <extracomment>%1 is the user&apos;s ID</extracomment>
        <translation>
            <numerusform>Transferir %n actividad al usuario %1</numerusform>
            <numerusform>Transferir %n actividades al usuario %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to queue %1</source>
        <extracomment>%1 is the queue&apos;s ID</extracomment>
        <translation>
            <numerusform>Transferir %n actividad a la cola %1</numerusform>
            <numerusform>Transferir %n actividades a la cola %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to department %1</source>
        <extracomment>%1 is the department&apos;s ID</extracomment>
        <translation>
            <numerusform>Transferir %n actividad al departamento %1</numerusform>
            <numerusform>Transferir %n actividades al departamento %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick %n activities</source>
        <translation>
            <numerusform>Tomar %n actividad</numerusform>
            <numerusform>Tomar %n actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>A password is kept in the system keychain.</source>
        <translation>Hay una contraseña guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>A client secret is kept in the system keychain.</source>
        <translation>Hay un secreto de cliente guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The sign-in from the browser is kept in the system keychain until it expires.</source>
        <translation>El inicio de sesión del navegador se guarda en el llavero del sistema hasta que caduque.</translation>
    </message>
    <message>
        <source>An API token is kept in the system keychain.</source>
        <translation>Hay un token de API guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>a profile that has no name yet</extracomment>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Dejar de espe&amp;rar</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>End my oldest session when ECE allows no more</source>
        <extracomment>Cisco ECE allows five sessions per user; this ends the oldest one to sign in here</extracomment>
        <translation>Cerrar mi sesión más antigua si ECE no permite más</translation>
    </message>
    <message>
        <source>jtel API to&amp;ken:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>To&amp;ken de API de jtel:</translation>
    </message>
    <message>
        <source>Verif&amp;y Token</source>
        <translation>Veri&amp;ficar token</translation>
    </message>
    <message>
        <source>Verify and keep the jtel token</source>
        <translation>Verificar y guardar el token de jtel</translation>
    </message>
    <message>
        <source>Training (Sandbo&amp;x)</source>
        <translation>Formación (sandbo&amp;x)</translation>
    </message>
    <message>
        <source>Training with the sandbox</source>
        <translation>Formación con el entorno sandbox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>accessible name of the box at the top of a dialog that explains what went wrong</extracomment>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New, or press Training (Sandbox) to try AgentDesk on a local training server with demo data.</source>
        <translation>Todavía no hay ningún perfil. Cree uno con Nuevo o pulse Formación (sandbox) para probar AgentDesk en un servidor de formación local con datos de demostración.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one with New.</source>
        <translation>Todavía no hay ningún perfil. Cree uno con Nuevo.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>jtel API token</source>
        <translation>Token de API de jtel</translation>
    </message>
    <message>
        <source>That session is signed out, wherever it is in use.</source>
        <translation>Se cierra esa sesión, dondequiera que se esté usando.</translation>
    </message>
    <message>
        <source>&amp;Use Profile</source>
        <translation>&amp;Usar perfil</translation>
    </message>
    <message>
        <source>Use profile</source>
        <translation>Usar perfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>%1 is the name of the profile in use</extracomment>
        <translation>%1 (activo)</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Se&amp;creto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Case server:</source>
        <extracomment>the row of the case-management server&apos;s sign-in, done in the browser</extracomment>
        <translation>Servidor de casos:</translation>
    </message>
    <message>
        <source>Sign &amp;in with the Browser</source>
        <translation>&amp;Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>No se pudo guardar el perfil en %1.</translation>
    </message>
    <message>
        <source>Profile %1 was removed, but its secrets could not be removed from the keychain: %2</source>
        <extracomment>%1 is the profile, %2 the keychain&apos;s explanation</extracomment>
        <translation>Se ha eliminado el perfil %1, pero sus secretos no se pudieron eliminar del llavero: %2</translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation>Iniciando el servidor de formación…</translation>
    </message>
    <message>
        <source>Checking with %1…</source>
        <extracomment>%1 is the server&apos;s host name</extracomment>
        <translation>Comprobando con %1…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there; AgentDesk continues by itself once you are done.</source>
        <translation>Esperando al navegador… Inicie sesión allí; AgentDesk continuará automáticamente cuando termine.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in address</extracomment>
        <translation>No se pudo abrir ningún navegador. Abra esta dirección en su navegador para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <extracomment>followed by where the secret is kept, e.g. &quot;A password is kept in the system keychain.&quot;</extracomment>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>Se ha detenido el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>None (jtel only)</source>
        <extracomment>no case-management server: the profile only has a jtel ACD</extracomment>
        <translation>Ninguno (solo jtel)</translation>
    </message>
    <message>
        <source>eGain Case Manager v3 (cloud)</source>
        <translation>eGain Case Manager v3 (nube)</translation>
    </message>
    <message>
        <source>Cisco ECE Interaction v12 (on premise)</source>
        <translation>Cisco ECE Interaction v12 (local)</translation>
    </message>
    <message>
        <source>A user, in the browser</source>
        <extracomment>how AgentDesk signs in to eGain: as a person, or as a registered application</extracomment>
        <translation>Un usuario, en el navegador</translation>
    </message>
    <message>
        <source>An API client application</source>
        <translation>Una aplicación cliente de API</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ej., principal</translation>
    </message>
    <message>
        <source>From the eGain Administration Console</source>
        <translation>De la Administration Console de eGain</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/authorize</source>
        <translation>p. ej., https://login.example.egain.cloud/…/oauth2/authorize</translation>
    </message>
    <message>
        <source>e.g. https://login.example.egain.cloud/…/oauth2/token</source>
        <translation>p. ej., https://login.example.egain.cloud/…/oauth2/token</translation>
    </message>
    <message>
        <source>e.g. https://acd.example.net:8443/rest/v1.0/1234</source>
        <translation>p. ej., https://acd.example.net:8443/rest/v1.0/1234</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Elija el archivo del paquete de CA</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Case ser&amp;ver:</source>
        <translation>Ser&amp;vidor de casos:</translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation>UR&amp;L del servidor:</translation>
    </message>
    <message>
        <source>Si&amp;gn in as:</source>
        <translation>Iniciar sesión c&amp;omo:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Both URLs are in the client application&apos;s metadata in the eGain Administration Console.</source>
        <translation>Ambas URL figuran en los metadatos de la aplicación cliente, en la Administration Console de eGain.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Several scopes are separated by spaces.</source>
        <translation>Separe varios ámbitos con espacios.</translation>
    </message>
    <message>
        <source>&amp;jtel server:</source>
        <extracomment>jtel is the name of the ACD product; keep it lowercase</extracomment>
        <translation>Servidor &amp;jtel:</translation>
    </message>
    <message>
        <source>The REST base URL including the ClientsID. Empty when you work without a jtel ACD.</source>
        <translation>La URL base de REST, incluido el ClientsID. Vacía si trabaja sin un ACD de jtel.</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>Pa&amp;quete de CA:</translation>
    </message>
    <message>
        <source>Only for servers whose certificate comes from a private CA: its certificates as a PEM file.</source>
        <translation>Solo para servidores cuyo certificado procede de una CA privada: sus certificados en un archivo PEM.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name, which its secrets in the keychain are filed under.</source>
        <translation>Un perfil guardado conserva su nombre, ya que sus secretos se archivan con él en el llavero.</translation>
    </message>
    <message>
        <source>The API base, e.g. https://api.ai.egain.cloud.</source>
        <translation>La base de la API, p. ej., https://api.ai.egain.cloud.</translation>
    </message>
    <message>
        <source>Up to and including the web context root, e.g. https://ece.example.com/system.</source>
        <translation>Hasta la raíz del contexto web, incluida, p. ej., https://ece.example.com/system.</translation>
    </message>
    <message>
        <source>Optional: suggested to the sign-in page in the browser.</source>
        <translation>Opcional: se propone a la página de inicio de sesión del navegador.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_”, at most 64 of them.</source>
        <translation>Use solo letras sin acentos, dígitos, «-» y «_», como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Enter the address of the case server.</source>
        <translation>Introduzca la dirección del servidor de casos.</translation>
    </message>
    <message>
        <source>Cisco ECE signs in with your user name.</source>
        <translation>Cisco ECE inicia sesión con su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the client ID registered for AgentDesk.</source>
        <translation>Introduzca el ID de cliente registrado para AgentDesk.</translation>
    </message>
    <message>
        <source>Enter the authorize URL, where you sign in in the browser.</source>
        <translation>Introduzca la URL de autorización, donde se inicia sesión en el navegador.</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>Introduzca la URL del token.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>«%1» no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>Give the file with its full path, or choose it.</source>
        <translation>Indique el archivo con su ruta completa o elíjalo.</translation>
    </message>
    <message>
        <source>Leave out the user name and password: passwords are asked for at sign-in and kept in the system keychain.</source>
        <translation>No incluya el nombre de usuario ni la contraseña: las contraseñas se solicitan al iniciar sesión y se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Enter a complete address that starts with https:// or http://.</source>
        <translation>Introduzca una dirección completa que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>End the address with the ClientsID, e.g. …/rest/v1.0/1234.</source>
        <translation>Termine la dirección con el ClientsID, p. ej., …/rest/v1.0/1234.</translation>
    </message>
    <message>
        <source>Choose a case server, enter a jtel server below, or both.</source>
        <translation>Elija un servidor de casos, introduzca un servidor jtel más abajo, o ambas cosas.</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>Paquete de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <extracomment>file type filter of the file dialog; keep the patterns in parentheses</extracomment>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Unknown profile field “%1”. Known fields: %2.</source>
        <translation>Campo de perfil desconocido: «%1». Campos conocidos: %2.</translation>
    </message>
    <message>
        <source>%1 must be v3 (eGain), v12 (Cisco ECE) or none.</source>
        <extracomment>v3, v12 and none are literal values the user types; do not translate them</extracomment>
        <translation>%1 debe ser v3 (eGain), v12 (Cisco ECE) o none.</translation>
    </message>
    <message>
        <source>%1 must be user (sign in through the browser) or client (API client application).</source>
        <extracomment>user and client are literal values the user types; do not translate them</extracomment>
        <translation>%1 debe ser user (inicio de sesión en el navegador) o client (aplicación cliente de API).</translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// URL.</source>
        <translation>%1 debe ser una URL absoluta http:// o https://.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; passwords are kept in the system keychain.</source>
        <translation>%1 no debe contener ningún nombre de usuario ni contraseña; las contraseñas se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 must be an absolute path.</source>
        <translation>%1 debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a readable file.</source>
        <translation>%1: «%2» no es un archivo legible.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message numerus="yes">
        <source>%n activities transferred to user %1.</source>
        <translation>
            <numerusform>Se ha transferido %n actividad al usuario %1.</numerusform>
            <numerusform>Se han transferido %n actividades al usuario %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to queue %1.</source>
        <translation>
            <numerusform>Se ha transferido %n actividad a la cola %1.</numerusform>
            <numerusform>Se han transferido %n actividades a la cola %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to department %1.</source>
        <translation>
            <numerusform>Se ha transferido %n actividad al departamento %1.</numerusform>
            <numerusform>Se han transferido %n actividades al departamento %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities picked: they are assigned to you now.</source>
        <translation>
            <numerusform>Se ha tomado %n actividad: ahora está asignada a usted.</numerusform>
            <numerusform>Se han tomado %n actividades: ahora están asignadas a usted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Unpin activities their assignee pinned</source>
        <translation>Des&amp;fijar las actividades que fijó su usuario asignado</translation>
    </message>
    <message>
        <source>Reassign Activities</source>
        <translation>Reasignar actividades</translation>
    </message>
    <message>
        <source>Transfer to a user</source>
        <translation>Transferir a un usuario</translation>
    </message>
    <message>
        <source>Transfer to a queue</source>
        <translation>Transferir a una cola</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>Transferir a un departamento</translation>
    </message>
    <message>
        <source>Pick: assign them to me</source>
        <translation>Tomar: asignármelas</translation>
    </message>
    <message numerus="yes">
        <source>The server takes at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other.</source>
        <translation>
            <numerusform>El servidor admite como máximo %1 actividades por solicitud, así que esta %n actividad se envía en %2 solicitudes, una tras otra.</numerusform>
            <numerusform>El servidor admite como máximo %1 actividades por solicitud, así que estas %n actividades se envían en %2 solicitudes, una tras otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Actividades:</translation>
    </message>
    <message>
        <source>Activities that cannot go</source>
        <extracomment>accessible name of the list of activities that cannot be reassigned</extracomment>
        <translation>Actividades que no se pueden reasignar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Type a name or a numeric ID.</source>
        <translation>Introduzca un nombre o un ID numérico.</translation>
    </message>
    <message>
        <source>User to transfer to</source>
        <translation>Usuario al que se transfiere</translation>
    </message>
    <message>
        <source>Queue to transfer to</source>
        <translation>Cola a la que se transfiere</translation>
    </message>
    <message>
        <source>Department to transfer to</source>
        <translation>Departamento al que se transfiere</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>These cannot go as they are:</source>
        <translation>Estas no se pueden reasignar tal como están:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the known targets; choose one from the list or type a numeric ID.</source>
        <translation>«%1» no está entre los destinos conocidos; elija uno de la lista o introduzca un ID numérico.</translation>
    </message>
    <message>
        <source>Discard this reassignment?</source>
        <translation>¿Descartar esta reasignación?</translation>
    </message>
</context>
<context>
    <name>ReassignValidator</name>
    <message>
        <source>Choose the user to transfer the activities to.</source>
        <translation>Elija el usuario al que transferir las actividades.</translation>
    </message>
    <message>
        <source>Choose the queue to transfer the activities to.</source>
        <translation>Elija la cola a la que transferir las actividades.</translation>
    </message>
    <message>
        <source>Choose the department to transfer the activities to.</source>
        <translation>Elija el departamento al que transferir las actividades.</translation>
    </message>
    <message>
        <source>A client application cannot pick activities: picking gives them to the signed-in user. Sign in as a user to pick.</source>
        <translation>Una aplicación cliente no puede tomar actividades: al tomarlas, se asignan al usuario que ha iniciado sesión. Inicie sesión como usuario para tomar actividades.</translation>
    </message>
    <message>
        <source>Choose at least one activity.</source>
        <translation>Elija al menos una actividad.</translation>
    </message>
    <message>
        <source>The activity ID %1 is not valid; activity IDs are greater than 0.</source>
        <translation>El ID de actividad %1 no es válido; los ID de actividad son mayores que 0.</translation>
    </message>
    <message>
        <source>Activity %1 is listed more than once; list each activity once.</source>
        <translation>La actividad %1 aparece más de una vez; indique cada actividad una sola vez.</translation>
    </message>
    <message>
        <source>Activity %1 is not known; refresh the list and choose the activities again.</source>
        <translation>La actividad %1 es desconocida; actualice la lista y vuelva a elegir las actividades.</translation>
    </message>
    <message>
        <source>only email activities</source>
        <translation>solo las actividades de correo electrónico</translation>
    </message>
    <message>
        <source>only email, task and custom activities</source>
        <translation>solo las actividades de correo electrónico, de tarea y personalizadas</translation>
    </message>
    <message>
        <source>only email, social, task and custom activities</source>
        <translation>solo las actividades de correo electrónico, de redes sociales, de tarea y personalizadas</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be picked.</source>
        <translation>La actividad %1 es de tipo «%2»; %3 se pueden tomar.</translation>
    </message>
    <message>
        <source>Activity %1 is a %2 activity; %3 can be transferred.</source>
        <translation>La actividad %1 es de tipo «%2»; %3 se pueden transferir.</translation>
    </message>
    <message>
        <source>Activity %1 is %2; only activities waiting in a queue or assigned to a user can be reassigned.</source>
        <translation>La actividad %1 está en estado «%2»; solo se pueden reasignar las actividades que esperan en una cola o están asignadas a un usuario.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to %2.</source>
        <translation>La actividad %1 ya está asignada a %2.</translation>
    </message>
    <message>
        <source>Activity %1 is already waiting in queue %2.</source>
        <translation>La actividad %1 ya está esperando en la cola %2.</translation>
    </message>
    <message>
        <source>Activity %1 already belongs to department %2.</source>
        <translation>La actividad %1 ya pertenece al departamento %2.</translation>
    </message>
    <message>
        <source>Activity %1 is already assigned to you.</source>
        <translation>La actividad %1 ya está asignada a usted.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to another department than queue %2; a queue takes activities of its own department only.</source>
        <translation>La actividad %1 pertenece a un departamento distinto del de la cola %2; una cola solo admite actividades de su propio departamento.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to %2, a department you do not work in.</source>
        <translation>La actividad %1 pertenece al departamento %2, en el que usted no trabaja.</translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>The server has purged this content.</source>
        <translation>El servidor ha purgado este contenido.</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <source>No activities of this case are cached yet.</source>
        <translation>Todavía no hay actividades de este caso en la caché.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Group queue</source>
        <translation>Cola del grupo</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>CRM link</source>
        <translation>Enlace CRM</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Datos de usuario</translation>
    </message>
    <message>
        <source>User data 2</source>
        <translation>Datos de usuario 2</translation>
    </message>
    <message>
        <source>User data 3</source>
        <translation>Datos de usuario 3</translation>
    </message>
    <message>
        <source>Foreign system number</source>
        <translation>Número del sistema externo</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>ACD event %1</source>
        <translation>Evento ACD %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>Más campos</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>nothing was entered to sign in with</source>
        <translation>no se ha introducido nada con lo que iniciar sesión</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server.</source>
        <translation>El perfil %1 no tiene servidor jtel.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server.</source>
        <translation>El perfil %1 no tiene servidor de gestión de casos.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the access token.</source>
        <translation>Ha iniciado sesión, pero el llavero no ha guardado el token de acceso.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the access token: %1</source>
        <translation>Ha iniciado sesión, pero el llavero no ha podido guardar el token de acceso: %1</translation>
    </message>
    <message>
        <source>The server accepted the secret, but the keychain could not keep it: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>El servidor ha aceptado el secreto, pero el llavero no ha podido guardarlo: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenAuthenticator</name>
    <message>
        <source>no jtel API token is stored for this profile; sign in with the token from the jtel portal</source>
        <translation>no hay ningún token de API de jtel guardado para este perfil; inicie sesión con el token del portal de jtel</translation>
    </message>
    <message>
        <source>the jtel server refused the API token or the ClientsID; ask the jtel administrator for a valid token</source>
        <translation>el servidor jtel ha rechazado el token de API o el ClientsID; solicite un token válido al administrador de jtel</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>No server of this kind is configured in the profile.</source>
        <translation>En el perfil no hay configurado ningún servidor de este tipo.</translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>No se pudo actualizar la caché local: %1</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Team pane column: the agent or the queue</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Team pane column: open activities</extracomment>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Oldest</source>
        <extracomment>Team pane column: age of the oldest open activity</extracomment>
        <translation>Más antigua</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <source>Team: open activities per agent and queue</source>
        <translation>Equipo: actividades abiertas por agente y por cola</translation>
    </message>
</context>
<context>
    <name>TrainingSandbox</name>
    <message numerus="yes">
        <source>The training server did not report its port within %n seconds.</source>
        <translation>
            <numerusform>El servidor de formación no indicó su puerto en %n segundo.</numerusform>
            <numerusform>El servidor de formación no indicó su puerto en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training server %1 could not be started: %2</source>
        <extracomment>%1 is the program&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo iniciar el servidor de formación %1: %2</translation>
    </message>
    <message>
        <source>The training server stopped at once (exit code %1). %2</source>
        <extracomment>%1 is the exit code, %2 what the server printed</extracomment>
        <translation>El servidor de formación se detuvo de inmediato (código de salida %1). %2</translation>
    </message>
    <message>
        <source>The training server %1 was not found next to AgentDesk nor on the PATH; install it with AgentDesk.</source>
        <extracomment>%1 is the program&apos;s file name</extracomment>
        <translation>No se encontró el servidor de formación %1 junto a AgentDesk ni en el PATH; instálelo con AgentDesk.</translation>
    </message>
    <message>
        <source>The training server did not report its port: “%1”</source>
        <extracomment>%1 is what the server printed instead of its port number</extracomment>
        <translation>El servidor de formación no indicó su puerto: «%1»</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <extracomment>%1 is the settings file</extracomment>
        <translation>No se pudo guardar el perfil en %1.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Completed</source>
        <extracomment>activity status</extracomment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>In workflow</source>
        <extracomment>activity status: a workflow of the server is processing it</extracomment>
        <translation>En flujo de trabajo</translation>
    </message>
    <message>
        <source>Waiting for inbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>En espera del flujo de trabajo entrante</translation>
    </message>
    <message>
        <source>Waiting for outbound workflow</source>
        <extracomment>activity status</extracomment>
        <translation>En espera del flujo de trabajo saliente</translation>
    </message>
    <message>
        <source>Calltrack</source>
        <extracomment>activity type: a logged phone call</extracomment>
        <translation>Registro de llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>activity mode: the customer contacted the agent</extracomment>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>activity mode: the agent contacted the customer</extracomment>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>case status</extracomment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>case status</extracomment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>case severity</extracomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>case severity</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>case severity</extracomment>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>case severity</extracomment>
        <translation>Baja</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>ACD event status: the event was just created</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>ACD event status that jtel does not document, %1 is its number</extracomment>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Callback</source>
        <extracomment>ACD event type: the customer asked to be called back</extracomment>
        <translation>Devolución de llamada</translation>
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
        <translation>Tipo %1</translation>
    </message>
</context>
<context>
    <name>agentdeskctl</name>
    <message>
        <source>Use the profile &lt;name&gt; instead of the active one.</source>
        <translation>Usar el perfil &lt;name&gt; en lugar del activo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print the records as a JSON array instead of tab-separated values; a write prints its outcome as one JSON object.</source>
        <translation>Imprimir los registros como una matriz JSON en lugar de valores separados por tabuladores; una escritura imprime su resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>login, logout: the server of the profile, case or jtel.</source>
        <translation>login, logout: el servidor del perfil, case o jtel.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>login: read the ECE password from the first line of standard input.</source>
        <translation>login: leer la contraseña de ECE de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>login: read the eGain client secret or the jtel API token from the first line of standard input.</source>
        <translation>login: leer el secreto de cliente de eGain o el token de API de jtel de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>ECE: when the user already has the most sessions ECE allows, end the oldest one (that signs the user out there).</source>
        <translation>ECE: si el usuario ya tiene el número máximo de sesiones que permite ECE, cerrar la más antigua (lo que cierra la sesión del usuario allí).</translation>
    </message>
    <message>
        <source>activities: the activities of case &lt;id&gt;. create-calltrack: add the activity to case &lt;id&gt; (default: a new case). change-case: move to the existing case &lt;id&gt;.</source>
        <translation>activities: las actividades del caso &lt;id&gt;. create-calltrack: añadir la actividad al caso &lt;id&gt; (predeterminado: un caso nuevo). change-case: mover al caso existente &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>activities, cases: these ids, comma-separated (any number).</source>
        <translation>activities, cases: estos ID, separados por comas (cualquier cantidad).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>activities: with this status (open, in_queue, assigned, completed, …).</source>
        <translation>activities: con este estado (open, in_queue, assigned, completed, …).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>activities: assigned to the user with id &lt;id&gt;.</source>
        <translation>activities: asignadas al usuario con el ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>activities: modified at or after &lt;time&gt; (ISO 8601, e.g. 2031-01-15T08:00:00Z).</source>
        <translation>activities: modificadas en &lt;time&gt; o después (ISO 8601, p. ej., 2031-01-15T08:00:00Z).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>events: only the event with id &lt;id&gt;.</source>
        <translation>events: solo el evento con el ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the calltrack subtype (see subtypes).</source>
        <translation>create-calltrack: el subtipo de registro de llamada (véase subtypes).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>create-calltrack: Inbound (the default) or Outbound.</source>
        <translation>create-calltrack: Inbound (predeterminado) o Outbound.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as plain text.</source>
        <translation>create-calltrack: las notas de la llamada como texto sin formato.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>create-calltrack: the call notes as HTML.</source>
        <translation>create-calltrack: las notas de la llamada como HTML.</translation>
    </message>
    <message>
        <source>html</source>
        <translation>html</translation>
    </message>
    <message>
        <source>create-calltrack: the customer with id &lt;id&gt;.</source>
        <translation>create-calltrack: el cliente con el ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact person &lt;id&gt;.</source>
        <translation>create-calltrack: el cliente de la persona de contacto &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: the customer of the contact point &lt;id&gt; (with --contact-point-kind).</source>
        <translation>create-calltrack: el cliente del punto de contacto &lt;id&gt; (con --contact-point-kind).</translation>
    </message>
    <message>
        <source>create-calltrack: phone, postal, email, social or website.</source>
        <translation>create-calltrack: phone, postal, email, social o website.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>create-calltrack: the customer&apos;s email address or phone number (digits only); with --anonymous, only recorded.</source>
        <translation>create-calltrack: la dirección de correo electrónico o el número de teléfono del cliente (solo dígitos); con --anonymous, solo se registra.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>create-calltrack: the caller is not linked to a customer.</source>
        <translation>create-calltrack: el llamante no se vincula a ningún cliente.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with id &lt;id&gt;.</source>
        <translation>create-calltrack: asignar la actividad al usuario con el ID &lt;id&gt;.</translation>
    </message>
    <message>
        <source>create-calltrack: assign the activity to the user with this login name.</source>
        <translation>create-calltrack: asignar la actividad al usuario con este nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>create-calltrack: a custom attribute of the activity; repeat for more.</source>
        <translation>create-calltrack: un atributo personalizado de la actividad; repítalo para añadir más.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>change-case: move the activities to a new case.</source>
        <translation>change-case: mover las actividades a un caso nuevo.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s description.</source>
        <translation>change-case: la descripción del caso nuevo.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s solution.</source>
        <translation>change-case: la solución del caso nuevo.</translation>
    </message>
    <message>
        <source>change-case: the new case&apos;s severity: urgent, high, medium or low.</source>
        <translation>change-case: la gravedad del caso nuevo: urgent, high, medium o low.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>change-case: relate the source case and the target case.</source>
        <translation>change-case: relacionar el caso de origen y el caso de destino.</translation>
    </message>
    <message>
        <source>create-callback: the ACD group that distributes the event.</source>
        <translation>create-callback: el grupo ACD que distribuye el evento.</translation>
    </message>
    <message>
        <source>create-callback: the configuration group (with --agent-group).</source>
        <translation>create-callback: el grupo de configuración (con --agent-group).</translation>
    </message>
    <message>
        <source>create-callback: the agent group (with --config-group).</source>
        <translation>create-callback: el grupo de agentes (con --config-group).</translation>
    </message>
    <message>
        <source>create-callback: the caller; an E.164 number for callbacks and voice mails.</source>
        <translation>create-callback: el llamante; un número E.164 para devoluciones de llamada y mensajes de voz.</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>create-callback: the event type (default 3, callback).</source>
        <translation>create-callback: el tipo de evento (predeterminado: 3, devolución de llamada).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>create-callback: the service number that was called.</source>
        <translation>create-callback: el número de servicio al que se llamó.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>create-callback: text added to a callback&apos;s body.</source>
        <translation>create-callback: texto que se añade al cuerpo de una devolución de llamada.</translation>
    </message>
    <message>
        <source>create-callback: a link into the CRM.</source>
        <translation>create-callback: un enlace al CRM.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>create-callback: free data, e.g. a ticket number.</source>
        <translation>create-callback: datos libres, p. ej., un número de ticket.</translation>
    </message>
    <message>
        <source>create-callback: the appointment date, YYYY-MM-DD (jtel&apos;s clock).</source>
        <translation>create-callback: la fecha de la cita, YYYY-MM-DD (reloj de jtel).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>create-callback: the appointment time, HH:MM (jtel&apos;s clock).</source>
        <translation>create-callback: la hora de la cita, HH:MM (reloj de jtel).</translation>
    </message>
    <message>
        <source>create-calltrack, create-callback: the subject. change-case: the new case&apos;s subject.</source>
        <translation>create-calltrack, create-callback: el asunto. change-case: el asunto del caso nuevo.</translation>
    </message>
    <message>
        <source>create-calltrack: 1 to 7. create-callback: 0 to 200 (default 50).</source>
        <translation>create-calltrack: de 1 a 7. create-callback: de 0 a 200 (predeterminado: 50).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>create-calltrack: the activity&apos;s due time. change-case: the new case&apos;s (ISO 8601, in the future).</source>
        <translation>create-calltrack: la fecha y hora de vencimiento de la actividad. change-case: la del caso nuevo (ISO 8601, en el futuro).</translation>
    </message>
    <message>
        <source>outbox list: the applied entries too.</source>
        <translation>outbox list: también las entradas aplicadas.</translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation>El comando que se ejecutará; véase más arriba.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;comando&gt; [argumentos]</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 no es una opción de %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <extracomment>%1 is the option, %2 what was given</extracomment>
        <translation>%1: &apos;%2&apos; no es un número.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid id; ids are positive.</source>
        <translation>%1: &apos;%2&apos; no es un ID válido; los ID son positivos.</translation>
    </message>
    <message>
        <source>%1: &apos;@&apos; needs an outbox entry id, as in @&lt;entry&gt;.</source>
        <extracomment>@&lt;entry&gt; is literal syntax; do not translate it</extracomment>
        <translation>%1: &apos;@&apos; necesita el ID de una entrada de la bandeja de salida, como en @&lt;entry&gt;.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time such as 2031-01-15T08:00:00Z.</source>
        <extracomment>the example is a literal ISO 8601 time; keep it as it is</extracomment>
        <translation>%1: &apos;%2&apos; no es una fecha y hora ISO 8601 como 2031-01-15T08:00:00Z.</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <extracomment>%1 lists options, e.g. &quot;--customer, --contact&quot;</extracomment>
        <translation>Indique solo una de estas opciones: %1.</translation>
    </message>
    <message>
        <source>--attribute: &apos;%1&apos; is not name=value.</source>
        <translation>--attribute: &apos;%1&apos; no tiene la forma name=value.</translation>
    </message>
    <message>
        <source>--attribute: %1 is given twice.</source>
        <translation>--attribute: %1 se indica dos veces.</translation>
    </message>
    <message>
        <source>create-calltrack needs the customer: --customer, --contact, --contact-point-id, --contact-point-data or --anonymous.</source>
        <translation>create-calltrack necesita el cliente: --customer, --contact, --contact-point-id, --contact-point-data o --anonymous.</translation>
    </message>
    <message>
        <source>--contact-point-kind goes with --contact-point-id.</source>
        <translation>--contact-point-kind va junto con --contact-point-id.</translation>
    </message>
    <message>
        <source>change-case needs --activities, and --case or --new-case.</source>
        <translation>change-case necesita --activities, y --case o --new-case.</translation>
    </message>
    <message>
        <source>Profile %1 has no jtel server: set jtelBaseUrl with agentdeskctl profile set %1 jtelBaseUrl=URL.</source>
        <translation>El perfil %1 no tiene servidor jtel: configure jtelBaseUrl con agentdeskctl profile set %1 jtelBaseUrl=URL.</translation>
    </message>
    <message>
        <source>Profile %1 has no case-management server: set caseDialect and caseBaseUrl with agentdeskctl profile set %1.</source>
        <translation>El perfil %1 no tiene servidor de gestión de casos: configure caseDialect y caseBaseUrl con agentdeskctl profile set %1.</translation>
    </message>
    <message>
        <source>%1 takes options only, not &apos;%2&apos;.</source>
        <translation>%1 solo admite opciones, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: standard input cannot be read.</source>
        <translation>%1: no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>%1: the first line of standard input is empty.</source>
        <translation>%1: la primera línea de la entrada estándar está vacía.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 no admite argumentos.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not case or jtel.</source>
        <extracomment>case and jtel are literal values; do not translate them</extracomment>
        <translation>--server: &apos;%1&apos; no es case ni jtel.</translation>
    </message>
    <message>
        <source>--server: profile %1 has a case-management server and a jtel server; choose one with --server case or --server jtel.</source>
        <translation>--server: el perfil %1 tiene un servidor de gestión de casos y un servidor jtel; elija uno con --server case o --server jtel.</translation>
    </message>
    <message>
        <source>--password-stdin and --secret-stdin read the same line; give one of them.</source>
        <translation>--password-stdin y --secret-stdin leen la misma línea; indique solo una de las dos.</translation>
    </message>
    <message>
        <source>%1: profile %2 signs in as an eGain user through the browser; there is no secret to read.</source>
        <translation>%1: el perfil %2 inicia sesión como usuario de eGain en el navegador; no hay ningún secreto que leer.</translation>
    </message>
    <message>
        <source>login reads the secret from standard input: give --password-stdin (ECE password) or --secret-stdin (eGain client secret, jtel token).</source>
        <translation>login lee el secreto de la entrada estándar: indique --password-stdin (contraseña de ECE) o --secret-stdin (secreto de cliente de eGain, token de jtel).</translation>
    </message>
    <message>
        <source>--ids cannot be combined with --case, --status, --assigned-to, --queue or --modified-since.</source>
        <translation>--ids no se puede combinar con --case, --status, --assigned-to, --queue ni --modified-since.</translation>
    </message>
    <message>
        <source>activities needs --ids, --case or --status.</source>
        <translation>activities necesita --ids, --case o --status.</translation>
    </message>
    <message>
        <source>--status: give a status such as open or assigned.</source>
        <translation>--status: indique un estado, como open o assigned.</translation>
    </message>
    <message>
        <source>cases needs --ids.</source>
        <translation>cases necesita --ids.</translation>
    </message>
    <message>
        <source>Unknown outbox command &apos;%1&apos;; use list, retry, discard or flush.</source>
        <extracomment>list, retry, discard and flush are literal command names; do not translate them</extracomment>
        <translation>Comando de outbox desconocido: &apos;%1&apos;; use list, retry, discard o flush.</translation>
    </message>
    <message>
        <source>%1 takes one outbox entry id.</source>
        <translation>%1 admite un único ID de entrada de la bandeja de salida.</translation>
    </message>
    <message>
        <source>No command given. See agentdeskctl --help.</source>
        <translation>No se ha indicado ningún comando. Consulte agentdeskctl --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no outbox entry &apos;%1&apos;; see agentdeskctl outbox list.</source>
        <translation>No hay ninguna entrada &apos;%1&apos; en la bandeja de salida; consulte agentdeskctl outbox list.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is being sent right now (by AgentDesk?); try again when that is done.</source>
        <translation>La entrada %1 de la bandeja de salida se está enviando en este momento (¿desde AgentDesk?); vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied already.</source>
        <translation>La entrada %1 de la bandeja de salida ya se había aplicado.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was applied.</source>
        <translation>Se ha aplicado la entrada %1 de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation>Se ha descartado la entrada %1 de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Nothing is waiting in the outbox.</source>
        <translation>No hay nada en espera en la bandeja de salida.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</source>
        <translation>
            <numerusform>El servidor ha rechazado %n entrada de la bandeja de salida, que requiere atención; agentdeskctl outbox discard ID elimina una entrada.</numerusform>
            <numerusform>El servidor ha rechazado %n entradas de la bandeja de salida, que requieren atención; agentdeskctl outbox discard ID elimina una entrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</source>
        <translation>
            <numerusform>Sin sesión iniciada: %n entrada de la bandeja de salida está en espera. Inicie sesión con agentdeskctl login --profile %1 y luego ejecute agentdeskctl outbox flush.</numerusform>
            <numerusform>Sin sesión iniciada: %n entradas de la bandeja de salida están en espera. Inicie sesión con agentdeskctl login --profile %1 y luego ejecute agentdeskctl outbox flush.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</source>
        <translation>
            <numerusform>%n entrada de la bandeja de salida está en espera: no se pudo contactar con el servidor o aún no se ha aplicado una entrada anterior. agentdeskctl outbox flush o AgentDesk la enviará más tarde.</numerusform>
            <numerusform>%n entradas de la bandeja de salida están en espera: no se pudo contactar con el servidor o aún no se ha aplicado una entrada anterior. agentdeskctl outbox flush o AgentDesk las enviará más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache of profile %1 cannot be used (%2): %3</source>
        <translation>La caché del perfil %1 no se puede usar (%2): %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name: use letters, digits, &apos;-&apos; and &apos;_&apos; (at most 64).</source>
        <translation>&apos;%1&apos; no es un nombre de perfil válido: use letras sin acentos, dígitos, &apos;-&apos; y &apos;_&apos; (como máximo 64).</translation>
    </message>
    <message>
        <source>There is no profile &apos;%1&apos;; see agentdeskctl profile list.</source>
        <translation>No hay ningún perfil &apos;%1&apos;; consulte agentdeskctl profile list.</translation>
    </message>
    <message>
        <source>profile set needs a profile name.</source>
        <translation>profile set necesita un nombre de perfil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value. Known keys: %2.</source>
        <translation>&apos;%1&apos; no tiene la forma key=value. Claves conocidas: %2.</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>No se pudo guardar el perfil en %1.</translation>
    </message>
    <message>
        <source>The profile could not be removed from %1.</source>
        <translation>No se pudo eliminar el perfil de %1.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was removed, but its secrets could not be removed from the keychain: %2</source>
        <translation>Se ha eliminado el perfil &apos;%1&apos;, pero sus secretos no se pudieron eliminar del llavero: %2</translation>
    </message>
    <message>
        <source>profile list takes no arguments.</source>
        <translation>profile list no admite argumentos.</translation>
    </message>
    <message>
        <source>profile show takes at most one profile name.</source>
        <translation>profile show admite como máximo un nombre de perfil.</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one profile name.</source>
        <translation>profile %1 necesita exactamente un nombre de perfil.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>profile needs a subcommand: set, list, show, use or remove.</source>
        <translation>profile necesita un subcomando: set, list, show, use o remove.</translation>
    </message>
    <message>
        <source>Unknown profile subcommand &apos;%1&apos;; use set, list, show, use or remove.</source>
        <translation>Subcomando de profile desconocido: &apos;%1&apos;; use set, list, show, use o remove.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &apos;%1&apos;.</source>
        <translation>--profile: no hay ningún perfil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No profile is active: give --profile NAME, or choose one with agentdeskctl profile use NAME.</source>
        <translation>No hay ningún perfil activo: indique --profile NAME o elija uno con agentdeskctl profile use NAME.</translation>
    </message>
    <message>
        <source>not signed in, or the sign-in has expired; run agentdeskctl login --profile %1</source>
        <translation>no hay sesión iniciada o la sesión ha caducado; ejecute agentdeskctl login --profile %1</translation>
    </message>
    <message>
        <source>%1 already has the most sessions ECE allows. Run the command again with --force to end the oldest session (that signs the user out there).</source>
        <translation>%1 ya tiene el número máximo de sesiones que permite ECE. Vuelva a ejecutar el comando con --force para cerrar la sesión más antigua (lo que cierra la sesión del usuario allí).</translation>
    </message>
    <message>
        <source>Open this URL in your browser to sign in: %1</source>
        <extracomment>%1 is the sign-in URL; scripts look for the URL after the colon</extracomment>
        <translation>Abra esta URL en su navegador para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signed in with profile %1.</source>
        <translation>Sesión iniciada con el perfil %1.</translation>
    </message>
    <message>
        <source>The secrets could not be removed: %1</source>
        <translation>No se pudieron eliminar los secretos: %1</translation>
    </message>
    <message>
        <source>Signed out of profile %1.</source>
        <translation>Se ha cerrado la sesión del perfil %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries are not applied; see agentdeskctl outbox list.</source>
        <translation>
            <numerusform>%n entrada de la bandeja de salida aún no se ha aplicado; consulte agentdeskctl outbox list.</numerusform>
            <numerusform>%n entradas de la bandeja de salida aún no se han aplicado; consulte agentdeskctl outbox list.</numerusform>
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
Entrada %2 de la bandeja de salida: agentdeskctl outbox list la muestra y agentdeskctl outbox discard la elimina.</translation>
    </message>
    <message>
        <source>%1
Not signed in: queued as outbox entry %2. Sign in with agentdeskctl login --profile %3, then agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
Sin sesión iniciada: en cola como entrada %2 de la bandeja de salida. Inicie sesión con agentdeskctl login --profile %3; después, agentdeskctl outbox flush o AgentDesk la enviará.</translation>
    </message>
    <message>
        <source>%1
Queued as outbox entry %2: agentdeskctl outbox flush or AgentDesk sends it.</source>
        <translation>%1
En cola como entrada %2 de la bandeja de salida: agentdeskctl outbox flush o AgentDesk la enviará.</translation>
    </message>
    <message>
        <source>activities: in the queue with id &lt;id&gt;. transfer: the queue to transfer to.</source>
        <translation>activities: en la cola con el ID &lt;id&gt;. transfer: la cola a la que se transfiere.</translation>
    </message>
    <message>
        <source>create-calltrack: the department that owns the activity, by name. transfer: the department to transfer to, by id.</source>
        <translation>create-calltrack: el departamento al que pertenece la actividad, por nombre. transfer: el departamento al que se transfiere, por ID.</translation>
    </message>
    <message>
        <source>change-case, transfer, pick: the activities, comma-separated; @&lt;entry&gt; names a calltrack that create-calltrack queued in the outbox (change-case only).</source>
        <translation>change-case, transfer, pick: las actividades, separadas por comas; @&lt;entry&gt; designa una actividad de registro de llamada que create-calltrack puso en cola en la bandeja de salida (solo change-case).</translation>
    </message>
    <message>
        <source>transfer, pick: also take activities their assignee pinned (unpin=yes).</source>
        <translation>transfer, pick: incluir también las actividades que fijó su usuario asignado (unpin=yes).</translation>
    </message>
    <message>
        <source>create-callback: route the event to the jtel user &lt;id&gt;. transfer: the user to transfer to, an id or a login.</source>
        <translation>create-callback: dirigir el evento al usuario de jtel &lt;id&gt;. transfer: el usuario al que se transfiere, por ID o nombre de inicio de sesión.</translation>
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
        <translation>Complemento de línea de comandos de AgentDesk: lee y escribe en el servidor de gestión de casos (eGain v3 o Cisco ECE v12) y en el ACD de jtel de un perfil guardado. Nunca pide datos de forma interactiva: los secretos se leen de la entrada estándar y se guardan en el llavero del sistema, nunca en archivos ni en la salida.

Perfiles:
  profile set NAME key=value…  Crear o cambiar un perfil. Claves: %1.
  profile list                 Listar los perfiles; el activo se marca con *.
  profile show [NAME]          Mostrar un perfil (predeterminado: el activo).
  profile use NAME             Convertir NAME en el perfil activo.
  profile remove NAME          Eliminar un perfil y sus secretos guardados.

Inicio de sesión (--profile NAME en cualquier comando sustituye al perfil activo):
  login [--server case|jtel] [--password-stdin | --secret-stdin] [--force]
        Comprueba el secreto con el servidor y luego lo guarda en el llavero. Un
        usuario de eGain (oauthFlow=user) inicia sesión en el navegador: abra la
        URL que se imprime en la salida de error estándar.
  logout [--server case|jtel]  Eliminar los secretos guardados del perfil.

Lectura (valores separados por tabuladores con línea de encabezado, o --json):
  activities --ids ID,… | --case ID | --status S [--assigned-to ID] [--queue ID]
             [--modified-since TIME]
  cases --ids ID,…
  events [--id ID]             eventos del ACD de jtel
  subtypes                     subtipos de registro de llamada y sus departamentos

Escritura (primero pasa por la bandeja de salida; sin conexión no se pierde nada):
  create-calltrack --department D --subtype S [--mode Inbound|Outbound]
        [--subject S] [--content TEXT] [--html HTML]
        (--customer ID | --contact ID | --contact-point-id ID
         --contact-point-kind K | --contact-point-data X | --anonymous)
        [--target-user-id ID | --target-user LOGIN] [--case ID] [--priority 1-7]
        [--due TIME] [--attribute NAME=VALUE]…
  change-case --activities ID,… (--case ID | --new-case [--subject S]
        [--description D] [--solution S] [--severity S] [--due TIME]) [--relate]
        Un ID @ENTRY designa una actividad de registro de llamada que
        create-calltrack puso en cola sin conexión.
  create-callback (--group ID | --config-group ID --agent-group ID) --sender E164
        --subject S [--type N] [--user ID] [--receiver E164] [--body TEXT]
        [--crm-url URL] [--user-data TEXT] [--priority 0-200]
        [--date YYYY-MM-DD] [--time HH:MM]
  transfer --activities ID,… (--user ID|LOGIN | --queue ID | --department ID)
        [--unpin]     transferir actividades a un usuario, a una cola o a un
                      departamento
  pick --activities ID,… [--unpin]   tomar actividades usted mismo
  Una escritura que el servidor no puede aceptar ahora queda en cola (código de
  salida 4, o 5 si no hay sesión iniciada) y se imprime el ID de su entrada en la
  bandeja de salida. AgentDesk u outbox flush la envía más tarde.

Bandeja de salida (las escrituras del perfil que aún no se han aplicado):
  outbox list [--all]          entradas en espera y rechazadas (--all: también las
                               aplicadas)
  outbox retry ID              volver a enviar ahora una entrada rechazada o en
                               espera
  outbox discard ID            eliminar una entrada que no se está enviando
  outbox flush                 enviar ahora todas las entradas en espera; código
                               de salida 0 si no queda ninguna

Caché:
  sync                         reproducir la bandeja de salida y luego actualizar
                               la caché del perfil desde sus servidores, como hace
                               AgentDesk al iniciarse

Códigos de salida:
  0  éxito
  1  cualquier otro error (sin llavero, una respuesta que no se pudo leer)
  2  entrada no válida: comando, opción, perfil o clave desconocidos, o un valor
     incorrecto
  3  el servidor rechazó la solicitud (se imprimen su código y su mensaje)
  4  no se pudo contactar con el servidor (red, tiempo de espera agotado, TLS,
     servidor ocupado tras los reintentos)
  5  error de autenticación: no hay sesión iniciada o se rechazaron las credenciales</translation>
    </message>
    <message>
        <source>transfer needs --activities, and --user, --queue or --department.</source>
        <translation>transfer necesita --activities, y --user, --queue o --department.</translation>
    </message>
    <message>
        <source>pick needs --activities.</source>
        <translation>pick necesita --activities.</translation>
    </message>
    <message>
        <source>@%1 is a calltrack queued for creation; calltracks cannot be transferred or picked.</source>
        <translation>@%1 es una actividad de registro de llamada en cola para su creación; las actividades de registro de llamada no se pueden transferir ni tomar.</translation>
    </message>
    <message>
        <source>--user needs an id or a login.</source>
        <translation>--user necesita un ID o un nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>User %1 is not known: no activity is assigned to that login. Give the user&apos;s numeric id with --user.</source>
        <translation>El usuario %1 no es conocido: no hay ninguna actividad asignada a ese nombre de usuario. Indique el ID numérico del usuario con --user.</translation>
    </message>
    <message>
        <source>User %1 is not in the cache, and the server could not be asked (%2). Give the user&apos;s numeric id with --user.</source>
        <translation>El usuario %1 no está en la caché y no se pudo consultar al servidor (%2). Indique el ID numérico del usuario con --user.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center agent desktop for eGain, Cisco ECE and jtel ACD.</source>
        <translation>Escritorio de agente de centro de contacto para eGain, Cisco ECE y jtel ACD.</translation>
    </message>
    <message>
        <source>Open profile &lt;name&gt; (default: the active one; without any, the profile dialog opens).</source>
        <translation>Abrir el perfil &lt;name&gt; (predeterminado: el activo; si no hay ninguno, se abre el diálogo de perfiles).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Start the bundled training sandbox and open the profile `training` on it.</source>
        <translation>Iniciar el sandbox de formación incluido y abrir en él el perfil `training`.</translation>
    </message>
    <message>
        <source>After the first sync (or an error, or 30 s), save an image of the main window to &lt;file&gt;, and of each operation dialog next to it (&lt;file&gt;-calltrack.png, …), then quit: exit code 0 when the sync succeeded and the images were written, else 1.</source>
        <translation>Tras la primera sincronización (o un error, o 30 s), guardar una imagen de la ventana principal en &lt;file&gt; y de cada diálogo de operación junto a ella (&lt;file&gt;-calltrack.png, …), y salir: código de salida 0 si la sincronización se realizó correctamente y se escribieron las imágenes; si no, 1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>No se puede escribir la captura de pantalla %1</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>With --training: sign in as this user of the sandbox instead of the agent lena.fischer, e.g. the supervisor s.okafor.</source>
        <translation>Con --training: iniciar sesión como este usuario del entorno sandbox en lugar de la agente lena.fischer, p. ej., la supervisora s.okafor.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
</context>
</TS>
