<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcdEventQueueModel</name>
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
</context>
<context>
    <name>CalltrackValidator</name>
    <message numerus="yes">
        <source>The subject has %n characters; at most 255 are allowed.</source>
        <translation>
            <numerusform>The subject has %n character; at most 255 are allowed.</numerusform>
            <numerusform>The subject has %n characters; at most 255 are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseManagerClient</name>
    <message numerus="yes">
        <source>none of its %n records could be read (%1)</source>
        <translation>
            <numerusform>its %n record could not be read (%1)</numerusform>
            <numerusform>none of its %n records could be read (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseController</name>
    <message numerus="yes">
        <source>%n activities moved to the new case %1.</source>
        <translation>
            <numerusform>%n activity moved to the new case %1.</numerusform>
            <numerusform>%n activities moved to the new case %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities moved to case %1.</source>
        <translation>
            <numerusform>%n activity moved to case %1.</numerusform>
            <numerusform>%n activities moved to case %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseDialog</name>
    <message numerus="yes">
        <source>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</source>
        <translation>
            <numerusform>The server moves at most %1 activities per request, so this %n activity is sent in %2 requests, one after the other, into the same case.</numerusform>
            <numerusform>The server moves at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other, into the same case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCaseValidator</name>
    <message numerus="yes">
        <source>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</source>
        <extracomment>%1 is &quot;subject&quot;, &quot;description&quot; or &quot;solution&quot;</extracomment>
        <translation>
            <numerusform>The new case&apos;s %1 has %n character; at most 1024 are allowed.</numerusform>
            <numerusform>The new case&apos;s %1 has %n characters; at most 1024 are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message numerus="yes">
        <source>Remote content blocked: %n references to other servers were not loaded.</source>
        <translation>
            <numerusform>Remote content blocked: %n reference to another server was not loaded.</numerusform>
            <numerusform>Remote content blocked: %n references to other servers were not loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JtelClient</name>
    <message numerus="yes">
        <source>none of its %n event records could be read (%1)</source>
        <translation>
            <numerusform>its %n event record could not be read (%1)</numerusform>
            <numerusform>none of its %n event records could be read (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Discard %n operations? They will not be sent.</source>
        <translation>
            <numerusform>Discard %n operation? It will not be sent.</numerusform>
            <numerusform>Discard %n operations? They will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, reconnecting in %n s</source>
        <translation>
            <numerusform>%1: offline, reconnecting in %n s</numerusform>
            <numerusform>%1: offline, reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ACD events in the queue</source>
        <translation>
            <numerusform>%n new ACD event in the queue</numerusform>
            <numerusform>%n new ACD events in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %1 waiting, %n need attention</source>
        <translation>
            <numerusform>Outbox: %1 waiting, %n needs attention</numerusform>
            <numerusform>Outbox: %1 waiting, %n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message numerus="yes">
        <source>%1 of %n requests applied</source>
        <extracomment>a change case of more than 75 activities is sent in several requests</extracomment>
        <translation>
            <numerusform>%1 of %n request applied</numerusform>
            <numerusform>%1 of %n requests applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>after a list of activity IDs</extracomment>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities: %1</source>
        <extracomment>%1 lists the activity IDs</extracomment>
        <translation>
            <numerusform>%n activity: %1</numerusform>
            <numerusform>%n activities: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message numerus="yes">
        <source>Move %n activities to case %1</source>
        <extracomment>%1 is the case number</extracomment>
        <translation>
            <numerusform>Move %n activity to case %1</numerusform>
            <numerusform>Move %n activities to case %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n activities to a new case</source>
        <translation>
            <numerusform>Move %n activity to a new case</numerusform>
            <numerusform>Move %n activities to a new case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <extracomment>the next attempt to send, in seconds from now</extracomment>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the next attempt to send, in minutes from now</extracomment>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to user %1</source>
        <extracomment>%1 is the user&apos;s ID</extracomment>
        <translation>
            <numerusform>Transfer %n activity to user %1</numerusform>
            <numerusform>Transfer %n activities to user %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to queue %1</source>
        <extracomment>%1 is the queue&apos;s ID</extracomment>
        <translation>
            <numerusform>Transfer %n activity to queue %1</numerusform>
            <numerusform>Transfer %n activities to queue %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n activities to department %1</source>
        <extracomment>%1 is the department&apos;s ID</extracomment>
        <translation>
            <numerusform>Transfer %n activity to department %1</numerusform>
            <numerusform>Transfer %n activities to department %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick %n activities</source>
        <translation>
            <numerusform>Pick %n activity</numerusform>
            <numerusform>Pick %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message numerus="yes">
        <source>%n activities transferred to user %1.</source>
        <translation>
            <numerusform>%n activity transferred to user %1.</numerusform>
            <numerusform>%n activities transferred to user %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to queue %1.</source>
        <translation>
            <numerusform>%n activity transferred to queue %1.</numerusform>
            <numerusform>%n activities transferred to queue %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities transferred to department %1.</source>
        <translation>
            <numerusform>%n activity transferred to department %1.</numerusform>
            <numerusform>%n activities transferred to department %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities picked: they are assigned to you now.</source>
        <translation>
            <numerusform>%n activity picked: it is assigned to you now.</numerusform>
            <numerusform>%n activities picked: they are assigned to you now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message numerus="yes">
        <source>The server takes at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other.</source>
        <translation>
            <numerusform>The server takes at most %1 activities per request, so this %n activity is sent in %2 requests, one after the other.</numerusform>
            <numerusform>The server takes at most %1 activities per request, so these %n activities are sent in %2 requests, one after the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDocument</name>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
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
</context>
<context>
    <name>TrainingSandbox</name>
    <message numerus="yes">
        <source>The training server did not report its port within %n seconds.</source>
        <translation>
            <numerusform>The training server did not report its port within %n second.</numerusform>
            <numerusform>The training server did not report its port within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentdeskctl</name>
    <message numerus="yes">
        <source>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</source>
        <translation>
            <numerusform>%n outbox entry was refused by the server and needs attention; agentdeskctl outbox discard ID removes it.</numerusform>
            <numerusform>%n outbox entries were refused by the server and need attention; agentdeskctl outbox discard ID removes one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</source>
        <translation>
            <numerusform>Not signed in: %n outbox entry waits. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</numerusform>
            <numerusform>Not signed in: %n outbox entries wait. Sign in with agentdeskctl login --profile %1, then run agentdeskctl outbox flush.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</source>
        <translation>
            <numerusform>%n outbox entry waits: the server could not be reached, or an entry before it is not applied yet. agentdeskctl outbox flush or AgentDesk sends it later.</numerusform>
            <numerusform>%n outbox entries wait: the server could not be reached, or an entry before them is not applied yet. agentdeskctl outbox flush or AgentDesk sends them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries are not applied; see agentdeskctl outbox list.</source>
        <translation>
            <numerusform>%n outbox entry is not applied; see agentdeskctl outbox list.</numerusform>
            <numerusform>%n outbox entries are not applied; see agentdeskctl outbox list.</numerusform>
        </translation>
    </message>
</context>
</TS>
