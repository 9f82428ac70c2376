<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="mg_MG">
<context>
    <name>AnalyticsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="49" />
        <source>Reports</source>
        <translation>Tatitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="63" />
        <source>Export CSV…</source>
        <translation>Avoahy ho CSV…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="68" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="70" />
        <source>Metric</source>
        <translation>Fandrefesana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="82" />
        <source>Figures of the report</source>
        <translation>Isan'ny tatitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="115" />
        <source>All my courses</source>
        <translation>Ny fianarako rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="173" />
        <source>Export CSV</source>
        <translation>Avoahy ho CSV</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="173" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="184" />
        <source>Could not write {0}: {1}</source>
        <translation>Tsy voasoratra i {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="188" />
        <source>Exported %n row(s) to {0}</source>
        <translation>
            <numerusform>Andalana %n no navoaka tany amin'ny {0}</numerusform>
            <numerusform>Andalana %n no navoaka tany amin'ny {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="87" />
        <source>Due</source>
        <translation>Fe-potoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="88" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="89" />
        <source>State</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="93" />
        <source>My assignments</source>
        <translation>Ny asako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="107" />
        <source>Instructions</source>
        <translation>Toromarika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="109" />
        <source>Rubric</source>
        <translation>Tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="117" />
        <source>&lt;b&gt;How it will be graded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny fomba hanomezana naoty&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="120" />
        <source>&amp;Task and rubric</source>
        <translation>&amp;Asa sy tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="130" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="173" />
        <source>Your text</source>
        <translation>Ny lahatsoratrao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="132" />
        <source>Write about your work: what you did, what you learned, what you would change.</source>
        <translation>Soraty momba ny asanao: izay nataonao, izay nianaranao, izay hovainao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="137" />
        <source>Links, one per line</source>
        <translation>Rohy, iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="139" />
        <source>One link per line, e.g. Figma prototype https://www.figma.com/file/…</source>
        <translation>Rohy iray isaky ny andalana, ohatra: Prototype Figma https://www.figma.com/file/…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="143" />
        <source>Links</source>
        <translation>Rohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="146" />
        <source>File</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="147" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="149" />
        <source>Size</source>
        <translation>Habe</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="154" />
        <source>Attached files</source>
        <translation>Rakitra miaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="156" />
        <source>&amp;Add file…</source>
        <translation>&amp;Hanampy rakitra…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="159" />
        <source>&amp;Remove file</source>
        <translation>&amp;Esory ny rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="167" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="296" />
        <source>&amp;Hand in</source>
        <translation>&amp;Atolory</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="178" />
        <source>Files</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="189" />
        <source>&amp;My work</source>
        <translation>&amp;Ny asako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="194" />
        <source>Feedback</source>
        <translation>Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="195" />
        <source>&amp;Feedback</source>
        <translation>&amp;Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="197" />
        <source>Open the &amp;lesson</source>
        <translation>Sokafy ny &amp;lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="263" />
        <source>due {0} ({1})</source>
        <translation>fe-potoana {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="265" />
        <source>time limit {0}</source>
        <translation>fe-potoana {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="267" />
        <source>{0:g} points, pass at {1:g}</source>
        <translation>isa {0:g}, afaka amin'ny {1:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="296" />
        <source>&amp;Hand in revision</source>
        <translation>&amp;Atolory ny fanitsiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="299" />
        <source>up to {0:g} MB each</source>
        <translation>hatramin'ny {0:g} MB avy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="301" />
        <source>Accepted: {0} · {1} · at most {2} files</source>
        <translation>Ekena: {0} · {1} · rakitra {2} farafahabetsany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="306" />
        <source>This assignment takes no files.</source>
        <translation>Tsy mandray rakitra ity asa ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="308" />
        <source>Not started. Your draft is saved on this computer as you type, even offline.</source>
        <translation>Tsy mbola natomboka. Voatahiry ato amin'ity solosaina ity ny drafitrao rehefa manoratra ianao, na dia tsy an-tserasera aza.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="309" />
        <source>Draft, saved on this computer. Hand it in when it is ready.</source>
        <translation>Drafitra, voatahiry ato amin'ity solosaina ity. Atolory rehefa vonona.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="310" />
        <source>Handed in {0}. It is read-only while the instructor reviews it.</source>
        <translation>Natolotra ny {0}. Tsy azo ovaina izy mandritra ny fandinihan'ny mpampianatra azy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="311" />
        <source>Under review since {0}: read-only.</source>
        <translation>Eo am-pandinihana hatramin'ny {0}: tsy azo ovaina.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Graded. A graded submission is read-only.</source>
        <translation>Nomena naoty. Tsy azo ovaina intsony ny asa efa nomena naoty.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="314" />
        <source>Revision requested: read the feedback, change your work, and hand it in again.</source>
        <translation>Nangatahina fanitsiana: vakio ny fanamarihana, ovay ny asanao, ary atolory indray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="320" />
        <source>An automatically graded quiz: answer it in its lesson.</source>
        <translation>Fitsapana omen'ny rafitra naoty ho azy: valio ao amin'ny lesona misy azy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="329" />
        <source>Revisions handed in: {0}.</source>
        <translation>Fanitsiana natolotra: {0}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Criterion</source>
        <translation>Fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Level</source>
        <translation>Ambaratonga</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Points</source>
        <translation>Isa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Comment</source>
        <translation>Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="368" />
        <source>To improve</source>
        <translation>Hatsaraina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="369" />
        <source>Next steps</source>
        <translation>Dingana manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="397" />
        <source>Saving…</source>
        <translation>Mitahiry…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="431" />
        <source>Draft saved on this computer.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny drafitra.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="444" />
        <source>Attach a file</source>
        <translation>Hampiditra rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="465" />
        <source>Not attached: {0}</source>
        <translation>Tsy tafiditra: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="469" />
        <source>Attached {0} ({1}).</source>
        <translation>Tafiditra i {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="496" />
        <source>Handed in ({0}). Saved on this computer; it reaches your instructor at the next sync.</source>
        <translation>Natolotra ({0}). Voatahiry ato amin'ity solosaina ity; ho tonga amin'ny mpampianatra anao amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="508" />
        <source>Could improve</source>
        <translation>Azo hatsaraina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="509" />
        <source>From your classmates</source>
        <translation>Avy amin'ny mpiara-mianatra aminao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="510" />
        <source>Grade</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="511" />
        <source>Grade {0}</source>
        <translation>Naoty {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="512" />
        <source>No feedback yet. Feedback and grades arrive with the next sync.</source>
        <translation>Tsy mbola misy fanamarihana. Ho tonga amin'ny fampifanarahana manaraka ny fanamarihana sy ny naoty.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="513" />
        <source>Strengths</source>
        <translation>Tanjaka</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="70" />
        <source>Everything</source>
        <translation>Ny zavatra rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="74" />
        <source>e.g. submissions</source>
        <translation>ohatra: submissions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="76" />
        <source>user id</source>
        <translation>mari-pamantarana mpampiasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="82" />
        <source>From</source>
        <translation>Nanomboka ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="83" />
        <source>Until</source>
        <translation>Hatramin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="84" />
        <source>&amp;Search</source>
        <translation>&amp;Karohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="86" />
        <source>Load &amp;more</source>
        <translation>Ampidino &amp;bebe kokoa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="87" />
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Avoahy ho CSV…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="93" />
        <source>Audit entries</source>
        <translation>Firaketana ao amin'ny diary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="95" />
        <source>No entry to show: the audit log is kept by the server.</source>
        <translation>Tsy misy azo aseho: ny mpizara no mitahiry ny firaketana fanaraha-maso.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="101" />
        <source>Details of the selected entry</source>
        <translation>Antsipirian'ny firaketana voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="107" />
        <source>&amp;Kind</source>
        <translation>&amp;Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="108" />
        <source>&amp;Table</source>
        <translation>&amp;Tabilao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="109" />
        <source>By</source>
        <translation>Nataon'i</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="114" />
        <source>Between (UTC)</source>
        <translation>Anelanelan'ny (UTC)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="123" />
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diarin'ny fanaraha-maso&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="133" />
        <source>The audit log is kept by the server: press Search to read it.</source>
        <translation>Ny mpizara no mitahiry ny diarin'ny fanaraha-maso: tsindrio Karohy mba hamakiana azy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="135" />
        <source>The audit log is kept by the server, and this replica has none.</source>
        <translation>Ny mpizara no mitahiry ny diarin'ny fanaraha-maso, ary tsy manana izany ity dika ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="153" />
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="213" />
        <source>Check the filters: {0}</source>
        <translation>Hamarino ny sivana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="155" />
        <source>Reading the audit log…</source>
        <translation>Mamaky ny diarin'ny fanaraha-maso…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="177" />
        <source> (all)</source>
        <translation> (rehetra)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="176" />
        <source>Entries shown: %n</source>
        <translation>
            <numerusform>Firaketana aseho: %n</numerusform>
            <numerusform>Firaketana aseho: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="182" />
        <source>Could not read the audit log: {0}</source>
        <translation>Tsy voavaky ny diarin'ny fanaraha-maso: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="202" />
        <source>Export the audit log</source>
        <translation>Avoahy ny diarin'ny fanaraha-maso</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="202" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="218" />
        <source>Exported {0} bytes to {1}</source>
        <translation>Bytes {0} no navoaka tany amin'ny {1}</translation>
    </message>
</context>
<context>
    <name>AuthoringScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="56" />
        <source>New course…</source>
        <translation>Fianarana vaovao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="64" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="90" />
        <source>Course outline: drag to reorder, or Ctrl+Up and Ctrl+Down</source>
        <translation>Drafitry ny fianarana: sintony hanovana ny filaharana, na Ctrl+Up sy Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="92" />
        <source>Add module</source>
        <translation>Hanampy toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="95" />
        <source>Add lesson</source>
        <translation>Hanampy lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="322" />
        <source>Delete</source>
        <translation>Fafao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="103" />
        <source>Drag to reorder · Ctrl+↑/↓ moves the selected item</source>
        <translation>Sintony hanovana ny filaharana · Ctrl+↑/↓ mamindra ny voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="117" />
        <source>Choose a course, or create one.</source>
        <translation>Misafidiana fianarana iray, na mamorona.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="156" />
        <source>  (draft)</source>
        <translation>  (drafitra)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="202" />
        <source>Published</source>
        <translation>Navoaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="204" />
        <source>Draft</source>
        <translation>Drafitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="206" />
        <source>Unpublish</source>
        <translation>Esory amin'ny katalaogy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="206" />
        <source>Publish</source>
        <translation>Avoahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="215" />
        <source>New course</source>
        <translation>Fianarana vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="215" />
        <source>Title of the new course:</source>
        <translation>Lohatenin'ny fianarana vaovao:</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="227" />
        <source>Course created as a draft; publish it when it is ready.</source>
        <translation>Noforonina ho drafitra ny fianarana; avoahy rehefa vonona.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="238" />
        <source>Published: learners see it after their next sync.</source>
        <translation>Navoaka: hitan'ny mpianatra izany aorian'ny fampifanarahana manaraka ataony.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="240" />
        <source>Unpublished: it leaves the catalogue at the next sync.</source>
        <translation>Nesorina: hiala amin'ny katalaogy izy amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="280" />
        <source>Not saved: {0}</source>
        <translation>Tsy voatahiry: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="290" />
        <source>New module</source>
        <translation>Toko vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="302" />
        <source>Select a module first.</source>
        <translation>Fidio aloha ny toko iray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="309" />
        <source>New lesson</source>
        <translation>Lesona vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="320" />
        <source>this module and all its lessons</source>
        <translation>ity toko ity sy ny lesona rehetra ao aminy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="320" />
        <source>this lesson</source>
        <translation>ity lesona ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="322" />
        <source>Delete {0}?</source>
        <translation>Hofafana ve i {0}?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="371" />
        <source>Course saved.</source>
        <translation>Voatahiry ny fianarana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="379" />
        <source>Module saved.</source>
        <translation>Voatahiry ny toko.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="387" />
        <source>Lesson saved.</source>
        <translation>Voatahiry ny lesona.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="396" />
        <source>Text saved; it reaches learners at the next sync.</source>
        <translation>Voatahiry ny lahatsoratra; ho tonga amin'ny mpianatra amin'ny fampifanarahana manaraka izy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="408" />
        <source>Quiz saved.</source>
        <translation>Voatahiry ny fitsapana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="422" />
        <source>Image added to the text; save the text to keep it.</source>
        <translation>Tafiditra ao amin'ny lahatsoratra ny sary; tahirizo ny lahatsoratra mba hitazomana azy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="435" />
        <source>{0} attached.</source>
        <translation>Tafiditra i {0}.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="57" />
        <source>Search courses (title, topic, tag)…</source>
        <translation>Hikaroka fianarana (lohateny, lohahevitra, marika)…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="58" />
        <source>Search courses</source>
        <translation>Hikaroka fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="63" />
        <source>Category</source>
        <translation>Sokajy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="64" />
        <source>Difficulty</source>
        <translation>Fahasarotana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="65" />
        <source>Course type</source>
        <translation>Karazana fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="66" />
        <source>Tag</source>
        <translation>Marika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="77" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="83" />
        <source>Level</source>
        <translation>Ambaratonga</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="86" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="89" />
        <source>Hours</source>
        <translation>Ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="181" />
        <source>%n course(s)</source>
        <translation>
            <numerusform>fianarana %n</numerusform>
            <numerusform>fianarana %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="90" />
        <source>Enrolled</source>
        <translation>Voasoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="97" />
        <source>Courses</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="99" />
        <source>No published course matches these filters.</source>
        <translation>Tsy misy fampianarana navoaka mifanaraka amin'ireo sivana ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="112" />
        <source>Course page</source>
        <translation>Pejin'ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="114" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="260" />
        <source>&amp;Enrol</source>
        <translation>&amp;Hisoratra anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="116" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="261" />
        <source>Enrol in this course</source>
        <translation>Hisoratra anarana amin'ity fianarana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="155" />
        <source>All categories</source>
        <translation>Ny sokajy rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="156" />
        <source>Any level</source>
        <translation>Ambaratonga rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="157" />
        <source>Any type</source>
        <translation>Karazany rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="158" />
        <source>Any tag</source>
        <translation>Marika rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="183" />
        <source>No course matches. Clear a filter or try other words.</source>
        <translation>Tsy misy fianarana mifanaraka. Esory ny sivana iray na andramo teny hafa.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="222" />
        <source>{0} lessons in {1} modules</source>
        <translation>Lesona {0} ao anaty toko {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="221" />
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>ora %n eo ho eo</numerusform>
            <numerusform>ora %n eo ho eo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="233" />
        <source>What you will learn</source>
        <translation>Izay hianaranao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="234" />
        <source>Before you start</source>
        <translation>Alohan'ny hanombohanao</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="243" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>lesona %n</numerusform>
            <numerusform>lesona %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="257" />
        <source>&amp;Open course</source>
        <translation>&amp;Sokafy ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="258" />
        <source>Open this course's outline</source>
        <translation>Sokafy ny drafitr'ity fianarana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="279" />
        <source>You are enrolled. It is saved on this computer; the bootcamp confirms it at the next sync.</source>
        <translation>Voasoratra anarana ianao. Voatahiry ato amin'ity solosaina ity izany; hamafisin'ny bootcamp amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="288" />
        <source>(optional)</source>
        <translation>(tsy voatery)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="289" />
        <source>Modules</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="290" />
        <source>Taught by {0}</source>
        <translation>Ampianarin'i {0}</translation>
    </message>
</context>
<context>
    <name>CertificateAdminModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="20" />
        <source>Learner</source>
        <translation>Mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="21" />
        <source>Enrolment</source>
        <translation>Fisoratana anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="22" />
        <source>Progress</source>
        <translation>Fandrosoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="23" />
        <source>Grade</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="25" />
        <source>Certificate</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="36" />
        <source>Eligible</source>
        <translation>Mahafeno fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="47" />
        <source>✓ eligible</source>
        <translation>✓ mahafeno fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="49" />
        <source>issued</source>
        <translation>nomena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="50" />
        <source>not yet</source>
        <translation>tsy mbola</translation>
    </message>
</context>
<context>
    <name>CertificatesAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="58" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="65" />
        <source>Learners of the course and their certificates</source>
        <translation>Mpianatra amin'ny fianarana sy ny taratasy fanamarinany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="83" />
        <source>Issue certificate</source>
        <translation>Omeo taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="86" />
        <source>Revoke…</source>
        <translation>Foano…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="89" />
        <source>Save PDF…</source>
        <translation>Tahirizo ho PDF…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="91" />
        <source>Copy verification link</source>
        <translation>Adikao ny rohy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="146" />
        <source>{0} enrolled · {1} certificates · {2} eligible now</source>
        <translation>{0} voasoratra · taratasy fanamarinana {1} · {2} mahafeno fepetra izao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="177" />
        <source>Certificate &lt;b&gt;{0}&lt;/b&gt;, issued {1} · {2}</source>
        <translation>Taratasy fanamarinana &lt;b&gt;{0}&lt;/b&gt;, nomena ny {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="182" />
        <source>Verify at {0}</source>
        <translation>Hamarino ao amin'ny {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="184" />
        <source>Revoked: {0}</source>
        <translation>Nofoanana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="188" />
        <source>Eligible: completed with passing scores (grade {0}).</source>
        <translation>Mahafeno fepetra: vita tamin'ny naoty ampy (naoty {0}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="193" />
        <source>Not eligible yet: </source>
        <translation>Tsy mbola mahafeno fepetra: </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="202" />
        <source>No certificate yet.</source>
        <translation>Tsy mbola misy taratasy fanamarinana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="212" />
        <source>Rendering the certificate…</source>
        <translation>Mamorona ny taratasy fanamarinana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="238" />
        <source>Saved {0}</source>
        <translation>Voatahiry i {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="242" />
        <source>The certificate could not be rendered: {0}</source>
        <translation>Tsy voaforona ny taratasy fanamarinana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="278" />
        <source>Save the certificate</source>
        <translation>Tahirizo ny taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="278" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="287" />
        <source>Verification link copied.</source>
        <translation>Voadika ny rohy fanamarinana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="305" />
        <source>Certificate issued; {0} gets it at the next sync.</source>
        <translation>Nomena ny taratasy fanamarinana; ho azon'i {0} amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="311" />
        <source>Revoke the certificate</source>
        <translation>Foano ny taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="311" />
        <source>Why? (shown to anyone who verifies it)</source>
        <translation>Nahoana? (aseho amin'izay rehetra manamarina azy)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="330" />
        <source>Certificate revoked.</source>
        <translation>Nofoanana ny taratasy fanamarinana.</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="60" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="62" />
        <source>Issued</source>
        <translation>Nomena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="64" />
        <source>State</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="68" />
        <source>My certificates</source>
        <translation>Ny taratasy fanamarinako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="80" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="201" />
        <source>Preparing the preview…</source>
        <translation>Manomana ny topimaso…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="83" />
        <source>Certificate preview</source>
        <translation>Topimason'ny taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="88" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Avoahy ho PDF…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="91" />
        <source>&amp;Copy verification link</source>
        <translation>&amp;Adikao ny rohy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="131" />
        <source>No certificate yet. Complete every lesson of a course to earn one.</source>
        <translation>Tsy mbola misy taratasy fanamarinana. Vitao ny lesona rehetra amin'ny fianarana iray mba hahazoana izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="206" />
        <source>No preview: {0}</source>
        <translation>Tsy misy topimaso: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="217" />
        <source>No preview available.</source>
        <translation>Tsy misy topimaso.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="244" />
        <source>Export certificate</source>
        <translation>Avoahy ny taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="244" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="258" />
        <source>Exporting…</source>
        <translation>Mamoaka…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="267" />
        <source>Saved {0}. The verification link is printed on it.</source>
        <translation>Voatahiry i {0}. Voasoratra eo aminy ny rohy fanamarinana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="273" />
        <source>The PDF could not be written: {0}</source>
        <translation>Tsy voasoratra ny PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="280" />
        <source>Copied {0}. Checking it online needs a connection.</source>
        <translation>Voadika i {0}. Mila fifandraisana ny fanamarinana azy an-tserasera.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="290" />
        <source>Anyone can check it at</source>
        <translation>Afaka manamarina izany ny olona rehetra ao amin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="291" />
        <source>Expired</source>
        <translation>Lany daty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="292" />
        <source>Grade</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="293" />
        <source>Number</source>
        <translation>Laharana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="294" />
        <source>Revoked</source>
        <translation>Nofoanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="295" />
        <source>Valid until</source>
        <translation>Manan-kery hatramin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="296" />
        <source>by {0}</source>
        <translation>nataon'i {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="297" />
        <source>completed. The bootcamp issues your certificate at the next sync.</source>
        <translation>vita. Omen'ny bootcamp anao ny taratasy fanamarinana amin'ny fampifanarahana manaraka.</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="31" />
        <source>Learner</source>
        <translation>Mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="32" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="33" />
        <source>Progress</source>
        <translation>Fandrosoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="35" />
        <source>Lessons</source>
        <translation>Lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="38" />
        <source>Where they are</source>
        <translation>Toerana misy azy ireo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="42" />
        <source>Last seen</source>
        <translation>Hita farany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="47" />
        <source>The latest activity this computer has from the learner; a stand-in for their last sync</source>
        <translation>Ny asa farany nataon'ny mpianatra fantatr'ity solosaina ity; manome hevitra momba ny fampifanarahana farany nataony</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="52" />
        <source>Offline</source>
        <translation>Tsy an-tserasera</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="57" />
        <source>Synced with server</source>
        <translation>Nampifanarahana tamin'ny mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="62" />
        <source>When the learner's app last synced with the server this app is signed in to (the hub in a workshop), as the server saw it</source>
        <translation>Ny fotoana nampifanarahana farany ny rindranasan'ny mpianatra tamin'ny mpizara idiran'ity rindranasa ity (ny foiben'ny atrikasa), araka ny hitan'ny mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="67" />
        <source>Sent / received</source>
        <translation>Nalefa / voaray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="71" />
        <source>{0} changes sent and applied, {1} refused; {2} rows received</source>
        <translation>Fanovana {0} nalefa sy nampiharina, {1} nolavina; andalana {2} voaray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="75" />
        <source>App</source>
        <translation>Rindranasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="104" />
        <source>never</source>
        <translation>tsy mbola nisy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="109" />
        <source>Their app has not synced with this server</source>
        <translation>Tsy mbola nampifanaraka tamin'ity mpizara ity ny rindranasany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="112" />
        <source> · {0} computers</source>
        <translation> · solosaina {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="124" />
        <source> (+{0} refused)</source>
        <translation> (+{0} nolavina)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="44" />
        <source>no activity recorded</source>
        <translation>tsy misy asa voarakitra</translation>
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="50" />
        <source>Workshop course</source>
        <translation>Fianarana atrikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="70" />
        <source>Learners of the workshop</source>
        <translation>Mpianatra amin'ny atrikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="85" />
        <source>“Last seen” is the latest activity this computer holds for each learner (lessons opened, quizzes, posts); it arrives with their sync, so it tells you roughly when they last synced. “Offline” is the share of their lesson activity done without a connection.</source>
        <translation>« Hita farany » no asa farany fantatr'ity solosaina ity isaky ny mpianatra (lesona nosokafana, fitsapana, hafatra); tonga miaraka amin'ny fampifanarahana ataony izany, ka manome hevitra eo ho eo hoe oviana izy no nampifanaraka farany. « Tsy an-tserasera » no ampahany amin'ny asany tamin'ny lesona natao tsy nisy fifandraisana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="120" />
        <source>&lt;b&gt;{0} learners&lt;/b&gt; · {1} · seen today: {2} · this week: {3}</source>
        <translation>&lt;b&gt;Mpianatra {0}&lt;/b&gt; · {1} · hita androany: {2} · tamin'ity herinandro ity: {3}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="147" />
        <source>When each learner's app last synced appears here while this app is signed in to the workshop's hub.</source>
        <translation>Miseho eto ny fampifanarahana farany nataon'ny rindranasan'ny mpianatra tsirairay rehefa miditra ao amin'ny foiben'ny atrikasa ity rindranasa ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="180" />
        <source>&lt;b&gt;Synced with {0} in the last {1} min: {2} of {3}&lt;/b&gt; · ever synced with it: {4} · as of {5}</source>
        <translation>&lt;b&gt;Nampifanaraka tamin'i {0} tao anatin'ny {1} minitra farany: {2} amin'ny {3}&lt;/b&gt; · efa nampifanaraka taminy: {4} · tamin'ny {5}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="192" />
        <source>Waiting to go upstream to the central server: not known here yet (it appears once the hub relays the room's work to the central server).</source>
        <translation>Miandry halefa any amin'ny mpizara foibe: mbola tsy fantatra eto (hiseho izany rehefa mampita ny asan'ny efitrano any amin'ny mpizara foibe ny foiben'ny atrikasa).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="196" />
        <source>Waiting to go upstream to the central server: {0} changes</source>
        <translation>Miandry halefa any amin'ny mpizara foibe: fanovana {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="205" />
        <source>Cannot ask {0} who synced: {1}. The table shows what was known before.</source>
        <translation>Tsy afaka anontaniana i {0} hoe iza no nampifanaraka: {1}. Ny tabilao dia mampiseho izay efa fantatra teo aloha.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="211" />
        <source>the server</source>
        <translation>ny mpizara</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="35" />
        <source>grade {0}</source>
        <translation>naoty {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="45" />
        <source>{0:g} points</source>
        <translation>isa {0:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="51" />
        <source>score {0}</source>
        <translation>isa azo {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="52" />
        <source>changed</source>
        <translation>novaina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="65" />
        <source>Open the Sync panel</source>
        <translation>Sokafy ny tontonana fampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="85" />
        <source>another grader</source>
        <translation>mpanome naoty hafa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="90" />
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt; graded this on the server{1}: {2}. Yours: {3}.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nanome naoty ity tao amin'ny mpizara i &lt;b&gt;{0}&lt;/b&gt;{1}: {2}. Ny anao: {3}.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="95" />
        <source>&lt;b&gt;⚠ Grade conflict&lt;/b&gt; — the server kept another grade; yours is kept here, not sent.</source>
        <translation>&lt;b&gt;⚠ Fifanoherana naoty&lt;/b&gt; — naoty hafa no notazonin'ny mpizara; ny anao dia voatahiry eto, tsy nalefa.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="99" />
        <source>Decide which grade stands in the Sync panel (Ctrl+Shift+Y).</source>
        <translation>Tapaho ao amin'ny tontonana fampifanarahana izay naoty hitoetra (Ctrl+Shift+Y).</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="62" />
        <source>yes</source>
        <translation>eny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="64" />
        <source>no</source>
        <translation>tsia</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="73" />
        <source>(another record)</source>
        <translation>(firaketana hafa)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="102" />
        <source>Changed by {0} on {1}</source>
        <translation>Novain'i {0} ny {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="104" />
        <source>Changed by {0}</source>
        <translation>Novain'i {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="105" />
        <source>Changed on {0}</source>
        <translation>Novaina ny {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="124" />
        <source>Made here on {0}</source>
        <translation>Natao teto ny {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="144" />
        <source>(the server sent no version of its own)</source>
        <translation>(tsy nandefa ny dikany ny mpizara)</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="71" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="85" />
        <source> h</source>
        <translation> ora</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="90" />
        <source>One outcome per line</source>
        <translation>Vokatra iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="92" />
        <source>comma, separated</source>
        <translation>faingo, misaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="93" />
        <source>Featured in the catalogue</source>
        <translation>Asongadina ao amin'ny katalaogy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="95" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="96" />
        <source>Address (slug)</source>
        <translation>Adiresy (slug)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="97" />
        <source>Short description</source>
        <translation>Famaritana fohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="98" />
        <source>Description</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="99" />
        <source>Difficulty</source>
        <translation>Fahasarotana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="100" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="101" />
        <source>Duration</source>
        <translation>Faharetana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="102" />
        <source>Category</source>
        <translation>Sokajy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="103" />
        <source>Learning outcomes</source>
        <translation>Vokatra andrasana amin'ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="104" />
        <source>Tags</source>
        <translation>Marika</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_list_model.py" line="51" />
        <source>{0}% complete</source>
        <translation>{0}% vita</translation>
    </message>
</context>
<context>
    <name>CourseTreeModel</name>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="112" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>lesona %n</numerusform>
            <numerusform>lesona %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="126" />
        <source> · preview</source>
        <translation> · topimaso</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="109" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="325" />
        <source>{0:g} pts</source>
        <translation>isa {0:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="120" />
        <source>Comment on {0} (Enter: next criterion)</source>
        <translation>Fanamarihana momba ny {0} (Enter: fepetra manaraka)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="122" />
        <source>Comment on {0}</source>
        <translation>Fanamarihana momba ny {0}</translation>
    </message>
</context>
<context>
    <name>DiscussionsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="66" />
        <source>Course or project</source>
        <translation>Fianarana na tetikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="70" />
        <source>Search threads…</source>
        <translation>Hikaroka resaka…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="71" />
        <source>Search threads</source>
        <translation>Hikaroka resaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="74" />
        <source>&amp;New thread…</source>
        <translation>&amp;Resaka vaovao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="86" />
        <source>Thread</source>
        <translation>Resaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="90" />
        <source>By</source>
        <translation>Nataon'i</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="91" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="118" />
        <source>Replies</source>
        <translation>Valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="93" />
        <source>State</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="95" />
        <source>waiting to be sent</source>
        <translation>miandry halefa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="228" />
        <source>✓ Solved</source>
        <translation>✓ Voavaha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="107" />
        <source>Threads</source>
        <translation>Resadresaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="124" />
        <source>Mark as &amp;solution</source>
        <translation>Mariho ho &amp;vahaolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="127" />
        <source>▲ &amp;Helpful</source>
        <translation>▲ &amp;Nahasoa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="130" />
        <source>Answer the selected &amp;reply</source>
        <translation>Valio ny &amp;valiny voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="134" />
        <source>Your reply</source>
        <translation>Ny valinteninao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="135" />
        <source>Write a reply… (Ctrl+Enter to post; works offline)</source>
        <translation>Soraty ny valinteny… (Ctrl+Enter handefasana; mandeha tsy an-tserasera)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="140" />
        <source>&amp;Post reply</source>
        <translation>&amp;Alefa ny valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="181" />
        <source>Project: </source>
        <translation>Tetikasa: </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="205" />
        <source>No thread here yet. Start one with New thread.</source>
        <translation>Tsy mbola misy resaka eto. Manombohy iray amin'ny Resaka vaovao.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="230" />
        <source>%n view(s)</source>
        <translation>
            <numerusform>nojerena in-%n</numerusform>
            <numerusform>nojerena in-%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="303" />
        <source>Reply saved on this computer; it is posted at the next sync.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny valinteninao; alefa amin'ny fampifanarahana manaraka izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="337" />
        <source>Thread saved on this computer; it is posted at the next sync.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny resaka; alefa amin'ny fampifanarahana manaraka izy.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/empty_state.py" line="15" />
        <source>Nothing here yet.</source>
        <translation>Mbola tsy misy na inona na inona eto.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="53" />
        <source>Automatic</source>
        <translation>Ho azy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="55" />
        <source>Override: {0}</source>
        <translation>Fanoloana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="59" />
        <source>Why the grade differs from the rubric (required)</source>
        <translation>Nahoana no tsy mitovy amin'ny tabilao fanombanana ny naoty (tsy maintsy atao)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="64" />
        <source>What the learner did well and what matters most</source>
        <translation>Izay nataon'ny mpianatra tsara sy izay zava-dehibe indrindra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="66" />
        <source>One suggestion per line</source>
        <translation>Soso-kevitra iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="67" />
        <source>One step per line</source>
        <translation>Dingana iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="74" />
        <source>&amp;Grade</source>
        <translation>&amp;Omeo naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="75" />
        <source>R&amp;eason</source>
        <translation>&amp;Antony</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="76" />
        <source>&amp;Overall</source>
        <translation>&amp;Ankapobeny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="79" />
        <source>&amp;Improvements</source>
        <translation>&amp;Fanatsarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="80" />
        <source>Ne&amp;xt steps</source>
        <translation>&amp;Dingana manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="89" />
        <source>Submit grade  (Ctrl+Enter)</source>
        <translation>Alefaso ny naoty  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="93" />
        <source>Request revision  (Ctrl+Shift+Enter)</source>
        <translation>Angataho fanitsiana  (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="184" />
        <source>Automatic ({0})</source>
        <translation>Ho azy ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="191" />
        <source> (overridden)</source>
        <translation> (nosoloina)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="197" />
        <source>this rubric's scale</source>
        <translation>ny fandrefesan'ity tabilao fanombanana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="198" />
        <source>your scale</source>
        <translation>ny fandrefesanao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="199" />
        <source>default scale</source>
        <translation>fandrefesana mahazatra</translation>
    </message>
</context>
<context>
    <name>GradeEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="160" />
        <source>Earlier feedback: </source>
        <translation>Fanamarihana teo aloha: </translation>
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="26" />
        <source>Grade scale</source>
        <translation>Fandrefesana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="27" />
        <source>Use the default scale (90 / 80 / 70 / 60)</source>
        <translation>Ampiasao ny fandrefesana mahazatra (90 / 80 / 70 / 60)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="40" />
        <source>{0} from</source>
        <translation>{0} avy amin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="49" />
        <source>Minimum percentage of the rubric's maximum for each grade; below D is F. A rubric's own scale, set in the rubric editor, comes first.</source>
        <translation>Isan-jato farafahakeliny amin'ny isa ambony indrindran'ny tabilao fanombanana ho an'ny naoty tsirairay; ambanin'ny D dia F. Ny fandrefesana manokan'ny tabilao, voafaritra ao amin'ny mpanova tabilao, no ampiasaina voalohany.</translation>
    </message>
</context>
<context>
    <name>GraderFilesBar</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="44" />
        <source> MB per sync</source>
        <translation> MB isaky ny fampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="45" />
        <source>only when asked</source>
        <translation>rehefa angatahina ihany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="46" />
        <source>Data budget: learners' files fetched with each sync</source>
        <translation>Fetran'ny angona: rakitry ny mpianatra alaina isaky ny fampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="49" />
        <source>How much of the learners' files each sync may fetch for grading; larger files wait for “Download everything to grade”.</source>
        <translation>Ohatrinona amin'ny rakitry ny mpianatra no azon'ny fampifanarahana tsirairay alaina ho an'ny fanomezana naoty; miandry « Ampidino izay rehetra hofaritana naoty » ny rakitra lehibe kokoa.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="82" />
        <source>No learners' files to grade here.</source>
        <translation>Tsy misy rakitry ny mpianatra hofaritana naoty eto.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="84" />
        <source>All {0} files to grade are on this computer.</source>
        <translation>Efa ato amin'ity solosaina ity ny rakitra {0} rehetra hofaritana naoty.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="86" />
        <source>{0} files to grade on this computer · {1} not yet ({2})</source>
        <translation>Rakitra {0} hofaritana naoty ato amin'ity solosaina ity · {1} tsy mbola ({2})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="90" />
        <source>this course</source>
        <translation>ity fianarana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="90" />
        <source>all courses</source>
        <translation>fianarana rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="92" />
        <source>Download everything to grade ({0})</source>
        <translation>Ampidino izay rehetra hofaritana naoty ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="94" />
        <source>Everything to grade is here</source>
        <translation>Eto ny zavatra rehetra hofaritana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="97" />
        <source>Fetch every file of {0}'s queue now, whatever the budget</source>
        <translation>Alaivo izao ny rakitra rehetra ao amin'ny filaharan'i {0}, na inona na inona fetran'ny angona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="106" />
        <source>It is larger than the {0} a sync fetches for grading: use “Download everything to grade” above the queue.</source>
        <translation>Lehibe noho ny {0} alain'ny fampifanarahana ho an'ny fanomezana naoty izy: ampiasao ny « Ampidino izay rehetra hofaritana naoty » eo ambonin'ny filaharana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="109" />
        <source>It comes with the next sync, or now with “Download everything to grade”.</source>
        <translation>Ho tonga amin'ny fampifanarahana manaraka izy, na izao avy hatrany amin'ny « Ampidino izay rehetra hofaritana naoty ».</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="117" />
        <source>Each sync now fetches up to {0} of learners' files for grading.</source>
        <translation>Mitondra rakitry ny mpianatra hatramin'ny {0} isaky ny fampifanarahana ho an'ny fanomezana naoty.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="122" />
        <source>Syncs no longer fetch learners' files by themselves; download them when you need them.</source>
        <translation>Tsy maka rakitry ny mpianatra ho azy intsony ny fampifanarahana; ampidino izy ireo rehefa ilainao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="143" />
        <source>Downloading needs a server, and this replica has none configured.</source>
        <translation>Mila mpizara ny fampidinana, ary tsy misy voaomana amin'ity dika ity.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="167" />
        <source>%n learner file(s) downloaded for grading.</source>
        <translation>
            <numerusform>rakitry ny mpianatra %n no nampidinina ho an'ny fanomezana naoty.</numerusform>
            <numerusform>rakitry ny mpianatra %n no nampidinina ho an'ny fanomezana naoty.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="176" />
        <source>The download stopped: {0} What arrived is kept.</source>
        <translation>Nijanona ny fampidinana: {0} Voatahiry izay tonga.</translation>
    </message>
</context>
<context>
    <name>GradingQueueModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="188" />
        <source>⤓ {0} to fetch</source>
        <translation>⤓ {0} halaina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="189" />
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="193" />
        <source>revision {0}</source>
        <translation>fanitsiana {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="195" />
        <source>Grade conflict with another instructor: see the grading panel</source>
        <translation>Fifanoherana naoty amin'ny mpampianatra hafa: jereo ny tontonana fanomezana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="197" />
        <source>A draft of your grade is saved</source>
        <translation>Voatahiry ny drafitry ny naotinao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="201" />
        <source>{0} files, {1}; {2} not on this computer yet ({3})</source>
        <translation>Rakitra {0}, {1}; {2} tsy mbola ato amin'ity solosaina ity ({3})</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="103" />
        <source>Grading queue</source>
        <translation>Filaharana homena naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="103" />
        <source>Nothing to grade with these filters.</source>
        <translation>Tsy misy hotomboana naoty amin'ireo sivana ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="151" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="172" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="154" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="173" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="158" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="174" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="161" />
        <source>Anonymous</source>
        <translation>Tsy fantatra anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="163" />
        <source>Hide learners' names while grading (Ctrl+Shift+A)</source>
        <translation>Afeno ny anaran'ny mpianatra mandritra ny fanomezana naoty (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="165" />
        <source>Scale…</source>
        <translation>Fandrefesana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="167" />
        <source>Your default A–F scale, for rubrics without their own</source>
        <translation>Ny fandrefesana A–F mahazatra anao, ho an'ny tabilao fanombanana tsy manana ny azy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="200" />
        <source>Next submission</source>
        <translation>Asa natolotra manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="203" />
        <source>Previous submission</source>
        <translation>Asa natolotra teo aloha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="206" />
        <source>Submit grade</source>
        <translation>Alefaso ny naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="209" />
        <source>Request revision</source>
        <translation>Angataho fanitsiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="211" />
        <source>Insert snippet</source>
        <translation>Ampidiro sombin-teny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="212" />
        <source>Save as snippet</source>
        <translation>Tahirizo ho sombin-teny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="213" />
        <source>Anonymous grading</source>
        <translation>Fanomezana naoty tsy misy anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="214" />
        <source>Focus rubric</source>
        <translation>Mankany amin'ny tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="215" />
        <source>Focus queue</source>
        <translation>Mankany amin'ny filaharana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="216" />
        <source>Next file</source>
        <translation>Rakitra manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="217" />
        <source>Previous file</source>
        <translation>Rakitra teo aloha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="218" />
        <source>Open link</source>
        <translation>Sokafy ny rohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="229" />
        <source>All my courses</source>
        <translation>Ny fianarako rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="246" />
        <source>All assignments</source>
        <translation>Ny asa rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="285" />
        <source>Nothing to grade here. Try another status or course.</source>
        <translation>Tsy misy homena naoty eto. Andramo toe-javatra na fianarana hafa.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="294" />
        <source>{0} in this queue · {1} waiting for a grade</source>
        <translation>{0} ao amin'ity filaharana ity · {1} miandry naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="318" />
        <source>That was the last submission in this queue.</source>
        <translation>Io no asa natolotra farany tao amin'ity filaharana ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="350" />
        <source>Draft restored from {0}.</source>
        <translation>Naverina avy amin'ny {0} ny drafitra.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="392" />
        <source>Draft saved on this computer; the learner sees nothing until you submit.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny drafitra; tsy mahita na inona na inona ny mpianatra raha tsy alefanao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="429" />
        <source>Graded {0}: {1} ({2:g}). It reaches the learner at the next sync.</source>
        <translation>Nomena naoty i {0}: {1} ({2:g}). Ho tonga amin'ny mpianatra amin'ny fampifanarahana manaraka izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="433" />
        <source>Revision requested from {0}. It reaches the learner at the next sync.</source>
        <translation>Nangatahina fanitsiana tamin'i {0}. Ho tonga amin'ny mpianatra amin'ny fampifanarahana manaraka izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="445" />
        <source>End of the queue.</source>
        <translation>Faran'ny filaharana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="492" />
        <source>Saved as a snippet: Ctrl+Space inserts it.</source>
        <translation>Voatahiry ho sombin-teny: ampidirin'ny Ctrl+Space izy.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="58" />
        <source>&amp;Continue lesson</source>
        <translation>&amp;Tohizo ny lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="60" />
        <source>Continue with the next lesson</source>
        <translation>Tohizo amin'ny lesona manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="63" />
        <source>Pick up where you left off</source>
        <translation>Tohizo eo amin'izay nijanonanao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="99" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="73" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="74" />
        <source>Progress</source>
        <translation>Fandrosoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="75" />
        <source>Next lesson</source>
        <translation>Lesona manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="76" />
        <source>Time spent</source>
        <translation>Fotoana lany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="77" />
        <source>On this computer</source>
        <translation>Ato amin'ity solosaina ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="122" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="93" />
        <source>Due</source>
        <translation>Fe-potoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="97" />
        <source>overdue</source>
        <translation>tara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="98" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="101" />
        <source>Your work</source>
        <translation>Ny asanao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="110" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="124" />
        <source>Deadlines coming up</source>
        <translation>Fe-potoana manakaiky</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="112" />
        <source>No deadline coming up.</source>
        <translation>Tsy misy fe-potoana manakaiky.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="140" />
        <source>Ready offline · {0}</source>
        <translation>Vonona tsy an-tserasera · {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="141" />
        <source>{0} of {1} files to download · {2}</source>
        <translation>Rakitra {0} amin'ny {1} hampidinina · {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="148" />
        <source>{0} files, {1} here</source>
        <translation>Rakitra {0}, {1} eto</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="153" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;Sign in to see your courses.</source>
        <translation>&lt;h2&gt;Tongasoa&lt;/h2&gt;Midira mba hahitana ny fianaranao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="159" />
        <source>Everything here is on this computer: you can study without a connection.</source>
        <translation>Ato amin'ity solosaina ity ny zavatra rehetra: afaka mianatra tsy misy fifandraisana ianao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="161" />
        <source>Your work is saved here first and sent at the next sync.</source>
        <translation>Voatahiry eto aloha ny asanao ary alefa amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="168" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} complete</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="177" />
        <source>No lesson waiting. Find a new course in the Catalogue.</source>
        <translation>Tsy misy lesona miandry. Mitadiava fianarana vaovao ao amin'ny Katalaogy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="185" />
        <source>Downloaded on this computer: {0} (lesson media, your files and your projects' files).</source>
        <translation>Nampidinina tato amin'ity solosaina ity: {0} (haino aman-jerin'ny lesona, ny rakitrao ary ny rakitry ny tetikasanao).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="188" />
        <source>{0} of your courses' {1} still to download.</source>
        <translation>{0} amin'ny {1} amin'ny fianaranao no mbola hampidinina.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="192" />
        <source>All your courses' lessons are ready offline.</source>
        <translation>Vonona tsy an-tserasera ny lesona rehetra amin'ny fianaranao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="218" />
        <source>Welcome back, {0}</source>
        <translation>Tongasoa indray, {0}</translation>
    </message>
</context>
<context>
    <name>HubList</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="66" />
        <source>Looking for workshop hubs on this network…</source>
        <translation>Mitady foiben'atrikasa amin'ity tambajotra ity…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="37" />
        <source>Workshop hubs found on this network</source>
        <translation>Foiben'atrikasa hita amin'ity tambajotra ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="41" />
        <source>The fingerprints match: trust this hub</source>
        <translation>Mitovy ny dian-tanana: atokisana ity foibe ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="83" />
        <source>(needs another version of this app)</source>
        <translation>(mila dikan-drindranasa hafa)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="86" />
        <source>Compare this fingerprint with the one the facilitator reads out</source>
        <translation>Ampitahao amin'ny dian-tanana vakian'ny mpanentana ity dian-tanana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="94" />
        <source>Workshop hubs on this network. Compare the fingerprint with the one the facilitator reads out, then trust the hub:</source>
        <translation>Foiben'atrikasa amin'ity tambajotra ity. Ampitahao amin'ny vakian'ny mpanentana ny dian-tanana, dia atokiso ilay foibe:</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="68" />
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="98" />
        <source>No workshop hub found on this network yet.</source>
        <translation>Mbola tsy misy foiben'atrikasa hita amin'ity tambajotra ity.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="48" />
        <source>Image preview</source>
        <translation>Topimason'ny sary</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="22" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="38" />
        <source>Question</source>
        <translation>Fanontaniana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="39" />
        <source>Clarification</source>
        <translation>Fanazavana angatahina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="31" />
        <source>Graded by</source>
        <translation>Mpanome naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="32" />
        <source>Graded on</source>
        <translation>Daty nanomezana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="19" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="40" />
        <source>Feedback</source>
        <translation>Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="34" />
        <source>Kind</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="35" />
        <source>Strengths</source>
        <translation>Tanjaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="36" />
        <source>Improvements</source>
        <translation>Fanatsarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="37" />
        <source>Next steps</source>
        <translation>Dingana manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="38" />
        <source>Rubric</source>
        <translation>Tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="39" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="42" />
        <source>Text</source>
        <translation>Lahatsoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="46" />
        <source>Solution</source>
        <translation>Vahaolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="47" />
        <source>Helpful</source>
        <translation>Nahasoa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="41" />
        <source>Showcase</source>
        <translation>Fampirantiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="42" />
        <source>General</source>
        <translation>Ankapobeny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="38" />
        <source>Enrolments by status</source>
        <translation>Fisoratana anarana araka ny toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="39" />
        <source>Completion by module</source>
        <translation>Fahavitana isaky ny toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="40" />
        <source>Where learners stop</source>
        <translation>Toerana ijanonan'ny mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="45" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="41" />
        <source>Time spent</source>
        <translation>Fotoana lany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="42" />
        <source>Grade distribution</source>
        <translation>Fizarana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="43" />
        <source>Submissions waiting per instructor</source>
        <translation>Asa miandry isaky ny mpampianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="44" />
        <source>Platform metrics over time</source>
        <translation>Fandrefesana ny sehatra rehetra araka ny fotoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="28" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="45" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="46" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="46" />
        <source>Enrolments</source>
        <translation>Fisoratana anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="47" />
        <source>Module</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="48" />
        <source>Lessons</source>
        <translation>Lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="49" />
        <source>Learners who completed it</source>
        <translation>Mpianatra nahavita azy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="50" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="91" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="24" />
        <source>Enrolled</source>
        <translation>Voasoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="51" />
        <source>Completion %</source>
        <translation>Taham-pahavitana %</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="52" />
        <source>Last lesson completed</source>
        <translation>Lesona farany vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="53" />
        <source>Left the course (dropped, suspended)</source>
        <translation>Niala tamin'ny fianarana (niala, nampiatoina)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="54" />
        <source>Still on their way</source>
        <translation>Mbola an-dalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="55" />
        <source>Learners who have not completed the course, by the last lesson they completed.</source>
        <translation>Mpianatra tsy nahavita ny fianarana, araka ny lesona farany vitany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="58" />
        <source>Total minutes</source>
        <translation>Minitra rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="59" />
        <source>Learners</source>
        <translation>Mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="60" />
        <source>Minutes per learner</source>
        <translation>Minitra isaky ny mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="29" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="61" />
        <source>Grade</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="62" />
        <source>Graded submissions</source>
        <translation>Asa nomena naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="63" />
        <source>Instructor</source>
        <translation>Mpampianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="64" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="68" />
        <source>Waiting for a grade</source>
        <translation>Miandry naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="65" />
        <source>Oldest waiting (days)</source>
        <translation>Miandry ela indrindra (andro)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="66" />
        <source>Date</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="67" />
        <source>Whole platform, one value a day (not limited to your courses).</source>
        <translation>Ny sehatra manontolo, sanda iray isan'andro (tsy voafetra amin'ny fianaranao).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="69" />
        <source>Grades</source>
        <translation>Naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="70" />
        <source>Certificates</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="71" />
        <source>Roles</source>
        <translation>Andraikitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="72" />
        <source>Personal</source>
        <translation>Manokana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="74" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="33" />
        <source>Beginner</source>
        <translation>Vao manomboka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="75" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="34" />
        <source>Intermediate</source>
        <translation>Antonony</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="76" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="35" />
        <source>Advanced</source>
        <translation>Avo lenta</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="77" />
        <source>Expert</source>
        <translation>Manam-pahaizana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="78" />
        <source>Visual</source>
        <translation>Amin'ny maso</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="79" />
        <source>Auditory</source>
        <translation>Amin'ny henoina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="80" />
        <source>Kinesthetic</source>
        <translation>Amin'ny fihetsika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="20" />
        <source>Reading</source>
        <translation>Famakiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="83" />
        <source>No system keyring is available, so this replica is not encrypted.</source>
        <translation>Tsy misy fitahirizana tenimiafina ao amin'ny rafitra, ka tsy voaaro amin'ny fanafenana ity dika ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="84" />
        <source>This computer no longer has the key of your replica. A fresh copy is being made; your data comes back with the next sync.</source>
        <translation>Tsy manana ny lakilen'ny dikanao intsony ity solosaina ity. Misy dika vaovao ataona; hiverina amin'ny fampitoviana manaraka ny angon-drakitrao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="92" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="44" />
        <source>In progress</source>
        <translation>Mandeha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="93" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="46" />
        <source>Completed</source>
        <translation>Vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="94" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="27" />
        <source>Dropped</source>
        <translation>Niala</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="95" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="28" />
        <source>Suspended</source>
        <translation>Nampiatoina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="34" />
        <source>Valid</source>
        <translation>Manan-kery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="99" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="36" />
        <source>Revoked</source>
        <translation>Nofoanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="100" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="35" />
        <source>Expired</source>
        <translation>Lany daty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="37" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="22" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="19" />
        <source>Video</source>
        <translation>Horonantsary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="24" />
        <source>Interactive</source>
        <translation>Mifandray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="22" />
        <source>Quiz</source>
        <translation>Fitsapana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="23" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="50" />
        <source>Outline</source>
        <translation>Drafitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="50" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="40" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="49" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="15" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="70" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="43" />
        <source>Submitted</source>
        <translation>Natolotra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="31" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="16" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="71" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="35" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="44" />
        <source>Under review</source>
        <translation>Eo am-pandinihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="32" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="17" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="44" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="55" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="27" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="45" />
        <source>Revision requested</source>
        <translation>Nangatahina fanitsiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="18" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="73" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="36" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="46" />
        <source>Graded</source>
        <translation>Nomena naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="45" />
        <source>Learner</source>
        <translation>Mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="27" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="47" />
        <source>Score</source>
        <translation>Isa azo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="50" />
        <source>Files</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="29" />
        <source>✓ Completed</source>
        <translation>✓ Vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="30" />
        <source>◐ In progress</source>
        <translation>◐ Mandeha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="39" />
        <source>Lesson</source>
        <translation>Lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="41" />
        <source>Time</source>
        <translation>Fotoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="44" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="42" />
        <source>Progress</source>
        <translation>Fandrosoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="43" />
        <source>Offline</source>
        <translation>Tsy an-tserasera</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="18" />
        <source>Submission</source>
        <translation>Asa natolotra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="20" />
        <source>Discussion</source>
        <translation>Resaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="21" />
        <source>Reply</source>
        <translation>Valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="22" />
        <source>Lesson progress</source>
        <translation>Fandrosoana amin'ny lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="23" />
        <source>Enrolment</source>
        <translation>Fisoratana anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="49" />
        <source>Peer review</source>
        <translation>Fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="25" />
        <source>Design asset</source>
        <translation>Fitaovana famolavolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="35" />
        <source>What</source>
        <translation>Inona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="36" />
        <source>Change</source>
        <translation>Fanovana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="37" />
        <source>Why</source>
        <translation>Nahoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="44" />
        <source>When</source>
        <translation>Oviana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="17" />
        <source>Criterion</source>
        <translation>Fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="18" />
        <source>Rating (1-5)</source>
        <translation>Isa (1-5)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="19" />
        <source>Comment</source>
        <translation>Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="32" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="16" />
        <source>Criterion / level</source>
        <translation>Fepetra / ambaratonga</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="17" />
        <source>Points</source>
        <translation>Isa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="34" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="35" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="18" />
        <source>Description</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="31" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="40" />
        <source>Not started</source>
        <translation>Tsy mbola natomboka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="47" />
        <source>Draft</source>
        <translation>Drafitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="34" />
        <source>Handed in</source>
        <translation>Natolotra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="47" />
        <source>Design project</source>
        <translation>Tetikasa famolavolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="50" />
        <source>Presentation</source>
        <translation>Fampisehoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="51" />
        <source>Code</source>
        <translation>Kaody</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="54" />
        <source>First look</source>
        <translation>Fijery voalohany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="56" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="28" />
        <source>Final assessment</source>
        <translation>Fanombanana farany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="38" />
        <source>Core</source>
        <translation>Fototra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="39" />
        <source>Elective</source>
        <translation>Safidiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="40" />
        <source>Workshop</source>
        <translation>Atrikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="41" />
        <source>Capstone</source>
        <translation>Tetikasa famaranana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="39" />
        <source>Course completion</source>
        <translation>Fahavitan'ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="40" />
        <source>Programme completion</source>
        <translation>Fahavitan'ny fandaharam-pianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="41" />
        <source>Specialization</source>
        <translation>Fahaiza-manao manokana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="69" />
        <source>All</source>
        <translation>Rehetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="75" />
        <source>Alt+N next · Alt+P previous · 1–9 level · ↑↓ criteria · Enter comment · Ctrl+Space snippet · Ctrl+Enter submit · Ctrl+Shift+Enter revision</source>
        <translation>Alt+N manaraka · Alt+P teo aloha · 1–9 ambaratonga · ↑↓ fepetra · Enter fanamarihana · Ctrl+Space sombin-teny · Ctrl+Enter alefa · Ctrl+Shift+Enter fanitsiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="32" />
        <source>Draft saved</source>
        <translation>Voatahiry ny drafitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="45" />
        <source>Link</source>
        <translation>Rohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="46" />
        <source>Download</source>
        <translation>Ampidino</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="47" />
        <source>Template</source>
        <translation>Modely</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="36" />
        <source>Lead designer</source>
        <translation>Mpamolavola lehibe</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>UX researcher</source>
        <translation>Mpikaroka UX</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="38" />
        <source>Visual designer</source>
        <translation>Mpamolavola sary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="39" />
        <source>Developer</source>
        <translation>Mpamorona rindranasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="40" />
        <source>Researcher</source>
        <translation>Mpikaroka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="43" />
        <source>Planning</source>
        <translation>Fandrafetana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="45" />
        <source>In review</source>
        <translation>Eo am-pandinihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="47" />
        <source>Archived</source>
        <translation>Voatahiry an-tranom-boky</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="33" />
        <source>Single choice</source>
        <translation>Safidy tokana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="34" />
        <source>Multiple choice</source>
        <translation>Safidy maromaro</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="35" />
        <source>Short answer</source>
        <translation>Valiny fohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="26" />
        <source>Initial review</source>
        <translation>Fandinihana voalohany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="21" />
        <source>Exercise</source>
        <translation>Fanazaran-tena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="46" />
        <source>Who</source>
        <translation>Iza</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="49" />
        <source>the system</source>
        <translation>ny rafitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="53" />
        <source>Action</source>
        <translation>Asa natao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="54" />
        <source>Table</source>
        <translation>Tabilao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="56" />
        <source>Row</source>
        <translation>Andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="57" />
        <source>Reason</source>
        <translation>Antony</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="59" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="60" />
        <source>Minutes to study the lesson</source>
        <translation>Minitra hianarana ny lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="61" />
        <source>Free preview</source>
        <translation>Topimaso maimaim-poana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="62" />
        <source>Save details</source>
        <translation>Tahirizo ny antsipiriany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="66" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="67" />
        <source>Description</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="74" />
        <source>Kind</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="79" />
        <source>Lesson text (Markdown)</source>
        <translation>Lahatsoratry ny lesona (Markdown)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="81" />
        <source>Write the lesson in Markdown: # headings, **bold**, lists, tables…</source>
        <translation>Soraty amin'ny Markdown ny lesona: # lohateny, **matevina**, lisitra, tabilao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="89" />
        <source>Insert image…</source>
        <translation>Ampidiro sary…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="91" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Sary (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="93" />
        <source>Save text</source>
        <translation>Tahirizo ny lahatsoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="114" />
        <source>Attach video…</source>
        <translation>Hampiditra horonantsary…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="115" />
        <source>Video (*.mp4 *.webm)</source>
        <translation>Horonantsary (*.mp4 *.webm)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="116" />
        <source>Attach a download…</source>
        <translation>Hampiditra rakitra ampidinina…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="118" />
        <source>Files (*.pdf *.png *.jpg *.mp3 *.ogg)</source>
        <translation>Rakitra (*.pdf *.png *.jpg *.mp3 *.ogg)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="133" />
        <source>Text</source>
        <translation>Lahatsoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="134" />
        <source>Quiz</source>
        <translation>Fitsapana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="135" />
        <source>Media</source>
        <translation>Haino aman-jery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="155" />
        <source>The text of this lesson is not downloaded yet.</source>
        <translation>Tsy mbola nampidinina ny lahatsoratr'ity lesona ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="161" />
        <source>Main media: {0}</source>
        <translation>Haino aman-jery fototra: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="161" />
        <source>none</source>
        <translation>tsy misy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="196" />
        <source>Choose a file</source>
        <translation>Misafidiana rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="203" />
        <source>Lesson</source>
        <translation>Lesona</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="87" />
        <source>Open the &amp;assignment</source>
        <translation>Sokafy ny &amp;asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="113" />
        <source>Resource</source>
        <translation>Loharanon-kevitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="114" />
        <source>Kind</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="115" />
        <source>Size</source>
        <translation>Habe</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="116" />
        <source>not downloaded yet</source>
        <translation>tsy mbola nampidinina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="120" />
        <source>Resources</source>
        <translation>Loharanon-kevitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="123" />
        <source>Open / save a &amp;copy…</source>
        <translation>Sokafy / tahirizo &amp;dika iray…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="132" />
        <source>&lt;b&gt;Resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Loharanon-kevitra&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="139" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Teo aloha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="145" />
        <source>&amp;Mark as complete</source>
        <translation>&amp;Mariho fa vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="149" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Manaraka ▶</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="153" />
        <source>Course &amp;outline</source>
        <translation>&amp;Drafitry ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="185" />
        <source>&lt;h2&gt;No lesson open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tsy misy lesona misokatra&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="186" />
        <source>Choose a lesson in My courses or on Home.</source>
        <translation>Misafidiana lesona ao amin'ny Ny fianarako na ao amin'ny Fandraisana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="211" />
        <source>  (optional module)</source>
        <translation>  (toko tsy voatery)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="231" />
        <source>This lesson is not downloaded yet. Download its course or module for offline study in My courses; downloading needs a connection to the bootcamp's server.</source>
        <translation>Tsy mbola nampidinina ity lesona ity. Ampidino ao amin'ny Ny fianarako ny fianarana na ny toko misy azy mba hianarana tsy an-tserasera; mila fifandraisana amin'ny mpizaran'ny bootcamp ny fampidinana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="256" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="260" />
        <source>{0} studied</source>
        <translation>{0} nianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="262" />
        <source>best score {0}</source>
        <translation>isa tsara indrindra {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="265" />
        <source>Preview: enrol to keep your progress</source>
        <translation>Topimaso: misorata anarana mba hitazomana ny fandrosoanao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="265" />
        <source>Not enrolled</source>
        <translation>Tsy voasoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="285" />
        <source>Pass mark {0}</source>
        <translation>Naoty ahafahana {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="288" />
        <source>attempts used: {0} of {1}</source>
        <translation>andrana nampiasaina: {0} amin'ny {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="290" />
        <source>attempts: {0}</source>
        <translation>andrana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="292" />
        <source>your best: {0}</source>
        <translation>ny tsara indrindra anao: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="298" />
        <source>Enrol in the course to answer these questions.</source>
        <translation>Misoratra anarana amin'ny fianarana mba hamaliana ireo fanontaniana ireo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="305" />
        <source>You have used all %n attempt(s). Your best score is kept.</source>
        <translation>
            <numerusform>Efa lany ny andrana %n. Tazonina ny isa tsara indrindra azonao.</numerusform>
            <numerusform>Efa lany ny andrana %n. Tazonina ny isa tsara indrindra azonao.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="327" />
        <source>no due date</source>
        <translation>tsy misy fe-potoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="386" />
        <source>Lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation>Vita ny lesona. Voatahiry ato amin'ity solosaina ity; alefa amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="397" />
        <source>You watched the whole video: lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation>Nojerenao hatramin'ny farany ny horonantsary: vita ny lesona. Voatahiry ato amin'ity solosaina ity; alefa amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="443" />
        <source>Your answers are handed in; the official grade arrives at the next sync.</source>
        <translation>Natolotra ny valinao; ho tonga amin'ny fampifanarahana manaraka ny naoty ofisialy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="465" />
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Tsy adiresy tranonkala ity rohy ity, ka tsy sokafana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="470" />
        <source>Opening {0} in your browser (it needs a connection).</source>
        <translation>Manokatra an'i {0} amin'ny mpitety tranonkala (mila fifandraisana).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="475" />
        <source>{0} is not downloaded yet; download the course in My courses.</source>
        <translation>Tsy mbola nampidinina i {0}; ampidino ao amin'ny Ny fianarako ny fianarana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="486" />
        <source>Due {0}</source>
        <translation>Fe-potoana: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="52" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="236" />
        <source>Fataplus Bootcamp</source>
        <translation>Fataplus Bootcamp</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="56" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="237" />
        <source>Navigation</source>
        <translation>Fitetezana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="59" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="238" />
        <source>&amp;View</source>
        <translation>&amp;Jery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="89" />
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Fanampiana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="137" />
        <source>Check for &amp;updates…</source>
        <translation>Hijery &amp;fanavaozana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="142" />
        <source>Version {0} is available ({1})</source>
        <translation>Misy ny dikan-teny {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="163" />
        <source>Updates come from your server: sign in to one first</source>
        <translation>Avy amin'ny mpizara anao ny fanavaozana: midira aloha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="169" />
        <source>No newer version on the server (this is {0})</source>
        <translation>Tsy misy dikan-teny vaovao kokoa ao amin'ny mpizara (ity dia {0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="214" />
        <source>&amp;File</source>
        <translation>&amp;Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="215" />
        <source>Sign &amp;in…</source>
        <translation>&amp;Hiditra…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="216" />
        <source>Sign &amp;out</source>
        <translation>&amp;Hivoaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="217" />
        <source>&amp;Sync now</source>
        <translation>&amp;Ampifanaraho izao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="218" />
        <source>Sync &amp;panel…</source>
        <translation>&amp;Tontonana fampifanarahana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="219" />
        <source>&amp;Back up now</source>
        <translation>&amp;Tahirizo izao ny fiarovana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="220" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Avereno avy amin'ny tahiry fiarovana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="221" />
        <source>&amp;Quit</source>
        <translation>&amp;Hiala</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="260" />
        <source>not signed in</source>
        <translation>tsy niditra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="262" />
        <source>demo replica, offline</source>
        <translation>dika fampisehoana, tsy an-tserasera</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="263" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="278" />
        <source>Backup written and verified: {0}</source>
        <translation>Voasoratra sy voamarina ny tahiry fiarovana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="283" />
        <source>Backup failed: {0}</source>
        <translation>Tsy nety ny tahiry fiarovana: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="294" />
        <source>Restore from a backup</source>
        <translation>Avereno avy amin'ny tahiry fiarovana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="296" />
        <source>Replica backups (*.db)</source>
        <translation>Tahiry fiarovan'ny dika (*.db)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="306" />
        <source>Restore this backup?</source>
        <translation>Haverina ve ity tahiry fiarovana ity?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="308" />
        <source>The replica goes back to {0}. Changes you made since that are not synced yet are kept and sent at the next sync; the current replica is kept as a backup first.</source>
        <translation>Miverina amin'ny {0} ny dika. Ny fanovana nataonao hatramin'izay ka tsy mbola nampifanarahana dia tazonina ary alefa amin'ny fampifanarahana manaraka; ny dika ankehitriny dia tahirizina ho tahiry fiarovana aloha.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="317" />
        <source>Not restored</source>
        <translation>Tsy naverina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="321" />
        <source>Restored {0}; %n unsynced change(s) kept</source>
        <translation>
            <numerusform>Naverina i {0}; fanovana %n tsy mbola nampifanarahana no notazonina</numerusform>
            <numerusform>Naverina i {0}; fanovana %n tsy mbola nampifanarahana no notazonina</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="352" />
        <source>Signed out</source>
        <translation>Nivoaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="354" />
        <source>Signed out here; the server could not be reached to revoke</source>
        <translation>Nivoaka teto; tsy tratra ny mpizara mba hanafoanana ny fidirana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="390" />
        <source>Getting your courses from the server… This is the first sync of this replica; once it is done, everything here works offline.</source>
        <translation>Maka ny fianaranao avy amin'ny mpizara… Ity no fampifanarahana voalohan'ity dika ity; rehefa vita izy, mandeha tsy an-tserasera ny zavatra rehetra eto.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="396" />
        <source>First sync</source>
        <translation>Fampifanarahana voalohany</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/markdown_preview.py" line="19" />
        <source>Preview</source>
        <translation>Topimaso</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="26" />
        <source>Lesson text</source>
        <translation>Lahatsoratry ny lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="68" />
        <source>Picture not downloaded yet.
It arrives when you download this course.</source>
        <translation>Tsy mbola nampidinina ny sary.
Ho tonga izy rehefa ampidininao ity fianarana ity.</translation>
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="141" />
        <source>Module</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="151" />
        <source> h</source>
        <translation> ora</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="155" />
        <source>One objective per line</source>
        <translation>Tanjona iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="156" />
        <source>Required to complete the course</source>
        <translation>Ilaina mba hahavitana ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="158" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="159" />
        <source>Description</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="160" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="161" />
        <source>Duration</source>
        <translation>Faharetana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="162" />
        <source>Objectives</source>
        <translation>Tanjona</translation>
    </message>
</context>
<context>
    <name>MyCoursesScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="53" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="63" />
        <source>Course outline</source>
        <translation>Drafitry ny fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="74" />
        <source>&amp;Open lesson</source>
        <translation>&amp;Sokafy ny lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="76" />
        <source>Open the selected lesson</source>
        <translation>Sokafy ny lesona voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="86" />
        <source>Download progress</source>
        <translation>Fandrosoan'ny fampidinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="166" />
        <source>{0} complete · {1} modules · {2} lessons</source>
        <translation>{0} vita · toko {1} · lesona {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="208" />
        <source>module</source>
        <translation>toko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="208" />
        <source>course</source>
        <translation>fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="210" />
        <source>No files in this {0}</source>
        <translation>Tsy misy rakitra ato amin'ity {0} ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="214" />
        <source>✓ {0} ready offline ({1})</source>
        <translation>✓ Vonona tsy an-tserasera i {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="218" />
        <source>Download {0} for offline ({1})</source>
        <translation>Ampidino ho tsy an-tserasera i {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="231" />
        <source>All {0} files ({1}) are already on this computer.</source>
        <translation>Efa ato amin'ity solosaina ity ny rakitra {0} rehetra ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="241" />
        <source>Downloading needs a server, and this replica has none configured (File ▸ Sign in). The demo bootcamp's media is already on this computer.</source>
        <translation>Mila mpizara ny fampidinana, ary tsy misy voaomana amin'ity dika ity (Rakitra ▸ Hiditra). Efa ato amin'ity solosaina ity ny haino aman-jerin'ny bootcamp fampisehoana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="253" />
        <source>The size of {0} more (pictures inside lesson texts) is known once the texts arrive; they come in the same download.</source>
        <translation>Ho fantatra rehefa tonga ny lahatsoratra ny haben'ireo {0} hafa (sary ao anatin'ny lahatsoratry ny lesona); miaraka amin'io fampidinana io ihany izy ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="256" />
        <source>Download for offline</source>
        <translation>Ampidino ho ampiasaina tsy an-tserasera</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="297" />
        <source>Everything its lessons show is on this computer now; they work offline.</source>
        <translation>Efa ato amin'ity solosaina ity izay rehetra asehon'ny lesona; mandeha tsy an-tserasera izy ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="305" />
        <source>{0} files could not be fetched: the server does not offer them to you. The lessons that show them say so.</source>
        <translation>Rakitra {0} no tsy azo: tsy atolotry ny mpizara ho anao izy ireo. Milaza izany ny lesona mampiseho azy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="249" />
        <source>Download {0} files ({1}) now?</source>
        <translation>Hampidina rakitra {0} ({1}) izao ve?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="261" />
        <source>%p% of {0}</source>
        <translation>%p% amin'ny {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="264" />
        <source>Downloading {0} files ({1})…</source>
        <translation>Mampidina rakitra {0} ({1})…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="290" />
        <source>Downloaded %n file(s) ({0}).</source>
        <translation>
            <numerusform>Rakitra %n no nampidinina ({0}).</numerusform>
            <numerusform>Rakitra %n no nampidinina ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="317" />
        <source>The download stopped: {0} What arrived is kept; it resumes next time.</source>
        <translation>Nijanona ny fampidinana: {0} Voatahiry izay tonga; hitohy amin'ny manaraka izy.</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="34" />
        <source>New thread</source>
        <translation>Resaka vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="37" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="41" />
        <source>Kind of thread</source>
        <translation>Karazana resaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="46" />
        <source>Message</source>
        <translation>Hafatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="54" />
        <source>&amp;Post</source>
        <translation>&amp;Alefa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="58" />
        <source>In</source>
        <translation>Ao amin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="59" />
        <source>&amp;Title</source>
        <translation>&amp;Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="60" />
        <source>&amp;Kind</source>
        <translation>&amp;Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="61" />
        <source>&amp;Message</source>
        <translation>&amp;Hafatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="74" />
        <source>Give the thread a title and a message.</source>
        <translation>Omeo lohateny sy hafatra ny resaka.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="109" />
        <source> (optional)</source>
        <translation> (tsy voatery)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="112" />
        <source>Required</source>
        <translation>Tsy maintsy atao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="112" />
        <source>Optional</source>
        <translation>Tsy voatery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="116" />
        <source>{0}/{1} done</source>
        <translation>{0}/{1} vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="125" />
        <source>{0} · {1} to download</source>
        <translation>{0} · {1} hampidinina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="143" />
        <source> · preview</source>
        <translation> · topimaso</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="145" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="149" />
        <source> · best {0}</source>
        <translation> · tsara indrindra {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="155" />
        <source>not downloaded</source>
        <translation>tsy nampidinina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="157" />
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="31" />
        <source>Choose a passphrase</source>
        <translation>Misafidiana teny miafina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="31" />
        <source>Unlock your sign-in</source>
        <translation>Sokafy ny fidiranao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="37" />
        <source>Choose a passphrase of at least {0} characters. The app asks for it each time it starts; if you forget it, sign in again and your data comes back with the next sync.</source>
        <translation>Misafidiana teny miafina misy litera {0} farafahakeliny. Anontanian'ny rindranasa izany isaky ny manomboka izy; raha hadinonao, midira indray dia hiverina amin'ny fampifanarahana manaraka ny angonao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="42" />
        <source>This computer keeps your sign-in under a passphrase. Type it to open your bootcamp.</source>
        <translation>Tazonin'ity solosaina ity ao ambanin'ny teny miafina ny fidiranao. Soraty izany mba hanokafana ny bootcamp-nao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="50" />
        <source>Passphrase</source>
        <translation>Teny miafina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="54" />
        <source>Passphrase again</source>
        <translation>Teny miafina indray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="59" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Teny miafina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="61" />
        <source>&amp;Again</source>
        <translation>&amp;Averina indray</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="80" />
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Fohy loatra: litera %n farafahakeliny.</numerusform>
            <numerusform>Fohy loatra: litera %n farafahakeliny.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="85" />
        <source>The two passphrases differ.</source>
        <translation>Tsy mitovy ireo teny miafina roa ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="101" />
        <source>That did not open it: {0}. Try again.</source>
        <translation>Tsy nisokatra izy: {0}. Andramo indray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="112" />
        <source>No keyring on this computer</source>
        <translation>Tsy misy fitahirizana tenimiafina ato amin'ity solosaina ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="114" />
        <source>This computer has no system keyring to keep your sign-in safely.</source>
        <translation>Tsy misy fitahirizana tenimiafina ao amin'ny rafitr'ity solosaina ity hitazomana tsara ny fidiranao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="119" />
        <source>You can protect your sign-in and your data with a passphrase instead: they are kept encrypted in your bootcamp folder, and the app asks for the passphrase when it starts. Or cancel, install GNOME Keyring or KWallet, and sign in again.</source>
        <translation>Afaka miaro ny fidiranao sy ny angonao amin'ny teny miafina kosa ianao: tahirizina voaaro ao amin'ny lahatahirin'ny bootcamp-nao izy ireo, ary anontanian'ny rindranasa ny teny miafina rehefa manomboka izy. Na foano, apetraho ny GNOME Keyring na KWallet, dia midira indray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="127" />
        <source>Protect with a &amp;passphrase…</source>
        <translation>Arovy amin'ny &amp;teny miafina…</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="139" />
        <source>◀ Page</source>
        <translation>◀ Pejy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="140" />
        <source>Page ▶</source>
        <translation>Pejy ▶</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="190" />
        <source>Page {0} of {1}</source>
        <translation>Pejy {0} amin'ny {1}</translation>
    </message>
</context>
<context>
    <name>PeerOverviewModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="32" />
        <source>Learner</source>
        <translation>Mpianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="33" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="35" />
        <source>Reviews done</source>
        <translation>Fanombanana vita</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="36" />
        <source>none assigned</source>
        <translation>tsy misy voatendry</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="40" />
        <source>Reviewers</source>
        <translation>Mpandinika</translation>
    </message>
</context>
<context>
    <name>PeerReviewAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="62" />
        <source>Reviewers per submission</source>
        <translation>Mpandinika isaky ny asa natolotra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="65" />
        <source> reviewers each</source>
        <translation> mpandinika isaky ny asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="66" />
        <source>Reviewers stay anonymous</source>
        <translation>Tsy fantatra anarana ny mpandinika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="68" />
        <source>Assign reviewers</source>
        <translation>Hanendry mpandinika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="72" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="83" />
        <source>Submissions and their peer reviews</source>
        <translation>Asa natolotra sy ny fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="89" />
        <source>Reviews of the selected submission</source>
        <translation>Fanombanana ny asa natolotra voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="93" />
        <source>Remove review…</source>
        <translation>Esory ny fanombanana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="96" />
        <source>Remove its text…</source>
        <translation>Esory ny lahatsorany…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="100" />
        <source>Moderation:</source>
        <translation>Fanaraha-maso:</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="159" />
        <source>{0} submissions · {1} reviews assigned, {2} done, {3} waiting · load per reviewer {4}</source>
        <translation>Asa natolotra {0} · fanombanana {1} voatendry, {2} vita, {3} miandry · enta-mavesatra isaky ny mpandinika {4}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="184" />
        <source>&lt;b&gt;Reviews of {0}'s submission&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fanombanana ny asan'i {0}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="207" />
        <source>Assigned %n new review(s); reviewers get them at their next sync.</source>
        <translation>
            <numerusform>Fanombanana vaovao %n no voatendry; ho azon'ny mpandinika amin'ny fampifanarahana manaraka.</numerusform>
            <numerusform>Fanombanana vaovao %n no voatendry; ho azon'ny mpandinika amin'ny fampifanarahana manaraka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="212" />
        <source>Fewer eligible reviewers than asked for %n submission(s).</source>
        <translation>
            <numerusform>Tsy ampy ny mpandinika azo tendrena ho an'ny asa natolotra %n.</numerusform>
            <numerusform>Tsy ampy ny mpandinika azo tendrena ho an'ny asa natolotra %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="229" />
        <source>Moderate a review</source>
        <translation>Hanara-maso fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="229" />
        <source>Why? (kept in the audit log)</source>
        <translation>Nahoana? (tehirizina ao amin'ny diarin'ny fanaraha-maso)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="242" />
        <source>Review moderated.</source>
        <translation>Voamarina ny fanombanana.</translation>
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>State</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>Written</source>
        <translation>Voasoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>To write</source>
        <translation>Hosoratana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="56" />
        <source>Assignment</source>
        <translation>Asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="57" />
        <source>Author</source>
        <translation>Mpanoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="59" />
        <source>Score</source>
        <translation>Isa azo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="65" />
        <source>Reviews assigned to me</source>
        <translation>Fanombanana natolotra ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="79" />
        <source>The submission to review</source>
        <translation>Ny asa hodinihina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="87" />
        <source>Ratings per criterion</source>
        <translation>Isa isaky ny fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="95" />
        <source>Strengths, one per line</source>
        <translation>Tanjaka, iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="96" />
        <source>Improvements, one per line</source>
        <translation>Fanatsarana, iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="97" />
        <source>Detailed feedback</source>
        <translation>Fanamarihana amin'ny antsipiriany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="98" />
        <source>&amp;Send review</source>
        <translation>&amp;Alefaso ny fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="107" />
        <source>&lt;b&gt;Rate each criterion&lt;/b&gt; (select a cell and type, or press F2)</source>
        <translation>&lt;b&gt;Omeo isa ny fepetra tsirairay&lt;/b&gt; (fidio ny efajoro iray dia soraty, na tsindrio F2)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="111" />
        <source>Strengths</source>
        <translation>Tanjaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="112" />
        <source>Improvements</source>
        <translation>Fanatsarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="119" />
        <source>&lt;b&gt;Detailed feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fanamarihana amin'ny antsipiriany&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="164" />
        <source>%n review(s) to write.</source>
        <translation>
            <numerusform>fanombanana %n hosoratana.</numerusform>
            <numerusform>fanombanana %n hosoratana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="167" />
        <source>No review waiting. New reviews are assigned by your instructors and arrive at the next sync.</source>
        <translation>Tsy misy fanombanana miandry. Ny mpampianatra no manendry fanombanana vaovao, ary tonga amin'ny fampifanarahana manaraka izy ireo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="175" />
        <source>&lt;h2&gt;Peer review&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fanombanana ataon'ny mpiara-mianatra&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="193" />
        <source>by an anonymous classmate</source>
        <translation>avy amin'ny mpiara-mianatra tsy fantatra anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="193" />
        <source>by {0}</source>
        <translation>nataon'i {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="195" />
        <source>You sent this review; it cannot be changed.</source>
        <translation>Efa nalefanao ity fanombanana ity; tsy azo ovaina intsony.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="197" />
        <source>Your notes are kept on this computer until you send the review.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny fanamarihanao mandra-pandefanao ny fanombanana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="239" />
        <source>Your unsent notes for this review were restored.</source>
        <translation>Naverina ireo fanamarihanao tsy mbola nalefa momba ity fanombanana ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="248" />
        <source>{0} ({1}): not downloaded yet; it comes with the next sync.</source>
        <translation>{0} ({1}): tsy mbola nampidinina; ho tonga amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="320" />
        <source>Review sent (overall {0:g} / 5). Saved here; it reaches your classmate at the next sync.</source>
        <translation>Nalefa ny fanombanana (ankapobeny {0:g} / 5). Voatahiry eto; ho tonga amin'ny mpiara-mianatra aminao amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="329" />
        <source>(no text)</source>
        <translation>(tsy misy lahatsoratra)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="330" />
        <source>Files</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="331" />
        <source>Links</source>
        <translation>Rohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="332" />
        <source>Their work</source>
        <translation>Ny asany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="333" />
        <source>on this computer</source>
        <translation>ato amin'ity solosaina ity</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="132" />
        <source>Present full screen  (Ctrl+Shift+P)</source>
        <translation>Asehoy amin'ny efijery manontolo  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="141" />
        <source>Course</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="143" />
        <source>Start at</source>
        <translation>Manomboka amin'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="146" />
        <source>Screen</source>
        <translation>Efijery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="151" />
        <source>On the projector: → next lesson · ← previous · A shows quiz answers · + − type size · Esc leaves. Everything comes from this computer: no connection needed.</source>
        <translation>Amin'ny projecteur: → lesona manaraka · ← teo aloha · A mampiseho ny valin'ny fitsapana · + − haben'ny soratra · Esc hivoaka. Avy ato amin'ity solosaina ity ny zavatra rehetra: tsy ilaina ny fifandraisana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="236" />
        <source>screen</source>
        <translation>efijery</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="38" />
        <source>Presenting — Fataplus Bootcamp</source>
        <translation>Fampisehoana — Fataplus Bootcamp</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="72" />
        <source>{0} / {1}   ·   ← → lessons   ·   A answers   ·   + − size   ·   Esc leaves</source>
        <translation>{0} / {1}   ·   ← → lesona   ·   A valiny   ·   + − habe   ·   Esc hivoaka</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="38" />
        <source>Your data</source>
        <translation>Ny angonao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="44" />
        <source>E&amp;xport my data…</source>
        <translation>&amp;Avoahy ny angonako…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="46" />
        <source>Delete my account…</source>
        <translation>Fafao ny kaontiko…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="56" />
        <source>Exporting or deleting your data is done by the bootcamp's server; this demo replica has none.</source>
        <translation>Ny mpizaran'ny bootcamp no manao ny famoahana na famafana ny angonao; tsy manana izany ity dika fampisehoana ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="72" />
        <source>Export my data</source>
        <translation>Avoahy ny angonako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="74" />
        <source>Zip archive (*.zip)</source>
        <translation>Arisivy zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="81" />
        <source>Delete my account</source>
        <translation>Fafao ny kaontiko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="83" />
        <source>This erases your account, your work and your posts on the bootcamp, on every computer, and cannot be undone.
Type your email to confirm:</source>
        <translation>Mamafa ny kaontinao, ny asanao ary ny hafatrao ao amin'ny bootcamp izany, amin'ny solosaina rehetra, ary tsy azo averina.
Soraty ny mailakao mba hanamafisana:</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="95" />
        <source>Preparing your export…</source>
        <translation>Manomana ny famoahana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="102" />
        <source>Exported {0} records and {1} files to {2}</source>
        <translation>Firaketana {0} sy rakitra {1} no navoaka tany amin'ny {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="115" />
        <source>Deleting your account…</source>
        <translation>Famafana ny kaontinao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="131" />
        <source>Account deleted</source>
        <translation>Voafafa ny kaonty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="132" />
        <source>Your account and everything of yours on this computer are deleted.</source>
        <translation>Voafafa ny kaontinao sy izay rehetra anao ato amin'ity solosaina ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="140" />
        <source>For your safety, sign in again; the deletion goes on right after.</source>
        <translation>Ho fiarovana anao, midira indray; hitohy avy hatrany ny famafana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="145" />
        <source>Not done: {0}</source>
        <translation>Tsy vita: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="77" />
        <source>{0} with {1}</source>
        <translation>{0} miaraka amin'ny {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>created</source>
        <translation>noforonina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>changed</source>
        <translation>novaina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>deleted</source>
        <translation>voafafa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="83" />
        <source>Conflict</source>
        <translation>Fifanoherana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="83" />
        <source>Rejected</source>
        <translation>Nolavina</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="72" />
        <source>Full name</source>
        <translation>Anarana feno</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="77" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="177" />
        <source>About me</source>
        <translation>Momba ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="189" />
        <source>Country</source>
        <translation>Firenena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="190" />
        <source>Region</source>
        <translation>Faritra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="83" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="191" />
        <source>City</source>
        <translation>Tanàna</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="86" />
        <source>Timezone</source>
        <translation>Faritra ara-potoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="92" />
        <source>Languages I read, most preferred first</source>
        <translation>Fiteny vakiko, ny tiako indrindra aloha</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="96" />
        <source>Language of this app</source>
        <translation>Fitenin'ity rindranasa ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="103" />
        <source>Colours of this app</source>
        <translation>Lokon'ity fampiharana ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="105" />
        <source>As the computer is set</source>
        <translation>Araka ny fandrindrana ny solosaina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="106" />
        <source>Light</source>
        <translation>Mazava</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="107" />
        <source>Dark</source>
        <translation>Maizina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="112" />
        <source>Current role</source>
        <translation>Andraikitra ankehitriny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="115" />
        <source>Years of experience</source>
        <translation>Taona niasana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="118" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="213" />
        <source>Industry</source>
        <translation>Sehatr'asa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="121" />
        <source>Design experience</source>
        <translation>Traikefa amin'ny famolavolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="122" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="142" />
        <source>(not said)</source>
        <translation>(tsy voalaza)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="126" />
        <source>I have farming experience</source>
        <translation>Manana traikefa amin'ny fambolena aho</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="129" />
        <source>Role in agriculture</source>
        <translation>Andraikitra amin'ny fambolena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="130" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="225" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="131" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="226" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="132" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="227" />
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="135" />
        <source>Learning goals, one per line</source>
        <translation>Tanjona amin'ny fianarana, iray isaky ny andalana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="141" />
        <source>Preferred learning style</source>
        <translation>Fomba fianarana tiako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="146" />
        <source>I can mentor other learners</source>
        <translation>Afaka manoro sy manampy mpianatra hafa aho</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="149" />
        <source>Design tools and my level (0-10)</source>
        <translation>Fitaovana famolavolana sy ny haavoko (0-10)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="151" />
        <source>Agricultural domains</source>
        <translation>Sehatra ara-pambolena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="154" />
        <source>The parts of agriculture you work in or care about, separated by commas.</source>
        <translation>Ireo sehatry ny fambolena iasanao na mahaliana anao, misaraka amin'ny faingo.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="156" />
        <source>Availability (hours per week day)</source>
        <translation>Fotoana malalaka (ora isaky ny andro)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="160" />
        <source>For each day you can study: the hours you are free (monday: 18-21) or how many hours (saturday: 4).</source>
        <translation>Isaky ny andro ahafahanao mianatra: ny ora malalaka anao (monday: 18-21) na firy ora (saturday: 4).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="179" />
        <source>&amp;Name</source>
        <translation>&amp;Anarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="180" />
        <source>Email</source>
        <translation>Mailaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="181" />
        <source>A&amp;bout me</source>
        <translation>&amp;Momba ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="187" />
        <source>Where and when</source>
        <translation>Aiza sy oviana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="192" />
        <source>&amp;Timezone</source>
        <translation>&amp;Faritra ara-potoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="198" />
        <source>Languages</source>
        <translation>Fiteny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="200" />
        <source>I read</source>
        <translation>Fiteny vakiko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="201" />
        <source>App language</source>
        <translation>Fitenin'ny rindranasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="202" />
        <source>Colours</source>
        <translation>Loko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="209" />
        <source>Background</source>
        <translation>Traikefa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="211" />
        <source>Role</source>
        <translation>Andraikitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="212" />
        <source>Years</source>
        <translation>Taona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="214" />
        <source>Design level</source>
        <translation>Ambaratonga amin'ny famolavolana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="216" />
        <source>In agriculture</source>
        <translation>Amin'ny fambolena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="217" />
        <source>Domains</source>
        <translation>Sehatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="223" />
        <source>Links</source>
        <translation>Rohy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="233" />
        <source>Learning</source>
        <translation>Fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="235" />
        <source>Goals</source>
        <translation>Tanjona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="236" />
        <source>Style</source>
        <translation>Fomba</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="237" />
        <source>Tools</source>
        <translation>Fitaovana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="238" />
        <source>Available</source>
        <translation>Misy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="250" />
        <source>&amp;Save profile</source>
        <translation>&amp;Tahirizo ny momba ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="254" />
        <source>&amp;Undo changes</source>
        <translation>&amp;Foano ny fanovana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="263" />
        <source>&lt;h2&gt;My profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Momba ahy&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="289" />
        <source>Your unsaved changes were restored. Save them or undo them.</source>
        <translation>Naverina ny fanovanao tsy voatahiry. Tahirizo na foano.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="352" />
        <source>'{0}' is not a day and hours (write it like monday: 18-21 or saturday: 4).</source>
        <translation>Tsy andro sy ora i « {0} » (soraty toy izao: monday: 18-21 na saturday: 4).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="403" />
        <source>Profile saved on this computer; it is sent at the next sync.</source>
        <translation>Voatahiry ato amin'ity solosaina ity ny momba anao; alefa amin'ny fampifanarahana manaraka izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="405" />
        <source>Nothing changed.</source>
        <translation>Tsy nisy niova.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="415" />
        <source>Changes undone.</source>
        <translation>Nofoanana ny fanovana.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="65" />
        <source>Project</source>
        <translation>Tetikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="66" />
        <source>My role</source>
        <translation>Ny andraikitro</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="67" />
        <source>Status</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="71" />
        <source>My design projects</source>
        <translation>Ny tetikasako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="81" />
        <source>Project brief</source>
        <translation>Famaritana ny tetikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="84" />
        <source>Member</source>
        <translation>Mpikambana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="85" />
        <source>Role</source>
        <translation>Andraikitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>Active</source>
        <translation>Mavitrika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>yes</source>
        <translation>eny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>left</source>
        <translation>sisa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="88" />
        <source>Contribution</source>
        <translation>Anjara biriky</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="94" />
        <source>Team</source>
        <translation>Ekipa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="102" />
        <source>File</source>
        <translation>Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="112" />
        <source>Project files</source>
        <translation>Rakitry ny tetikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="124" />
        <source>Version</source>
        <translation>Dikan-teny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="125" />
        <source> (final)</source>
        <translation> (farany)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="127" />
        <source>Uploaded by</source>
        <translation>Nampakarin'i</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="128" />
        <source>When</source>
        <translation>Oviana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="129" />
        <source>Size</source>
        <translation>Habe</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="130" />
        <source>Note</source>
        <translation>Fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="135" />
        <source>Versions of the selected file</source>
        <translation>Dikan-tenin'ny rakitra voafidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="140" />
        <source>&amp;Upload new version…</source>
        <translation>&amp;Ampakaro dikan-teny vaovao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="143" />
        <source>Add a new &amp;file…</source>
        <translation>Hanampy &amp;rakitra vaovao…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="146" />
        <source>Mark version as &amp;final</source>
        <translation>Mariho ho &amp;farany ity dikan-teny ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="149" />
        <source>&amp;Save a copy…</source>
        <translation>&amp;Tahirizo dika iray…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="166" />
        <source>&lt;b&gt;Files&lt;/b&gt; (newest version of each)</source>
        <translation>&lt;b&gt;Rakitra&lt;/b&gt; (ny vaovao indrindra amin'ny tsirairay)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="207" />
        <source>for {0}</source>
        <translation>ho an'i {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="209" />
        <source>%n week(s)</source>
        <translation>
            <numerusform>herinandro %n</numerusform>
            <numerusform>herinandro %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="269" />
        <source>Choose a file</source>
        <translation>Misafidiana rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="292" />
        <source>{0} v{1} saved on this computer; it is uploaded at the next sync.</source>
        <translation>Voatahiry ato amin'ity solosaina ity i {0} v{1}; ampakarina amin'ny fampifanarahana manaraka izy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="320" />
        <source>This file lives online ({0}); open it with a connection.</source>
        <translation>An-tserasera ity rakitra ity ({0}); sokafy rehefa misy fifandraisana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="330" />
        <source>Brief</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="331" />
        <source>Tools</source>
        <translation>Fitaovana</translation>
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="58" />
        <source>Add question</source>
        <translation>Hanampy fanontaniana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="61" />
        <source>Remove</source>
        <translation>Esory</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="82" />
        <source>Correct</source>
        <translation>Marina</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="82" />
        <source>Choice</source>
        <translation>Safidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="85" />
        <source>Add choice</source>
        <translation>Hanampy safidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="87" />
        <source>Remove choice</source>
        <translation>Esory ny safidy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="100" />
        <source>Accepted answers, one per line (compared ignoring case)</source>
        <translation>Valiny eken'ny rafitra, iray isaky ny andalana (tsy jerena ny soratra lehibe)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="105" />
        <source>Shown after answering</source>
        <translation>Aseho aorian'ny famaliana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="107" />
        <source>Question</source>
        <translation>Fanontaniana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="108" />
        <source>Type</source>
        <translation>Karazana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="109" />
        <source>Answers</source>
        <translation>Valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="110" />
        <source>Explanation</source>
        <translation>Fanazavana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="119" />
        <source>unlimited</source>
        <translation>tsy voafetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="124" />
        <source>Save quiz</source>
        <translation>Tahirizo ny fitsapana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="128" />
        <source>Pass mark</source>
        <translation>Naoty ahafahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="130" />
        <source>Attempts</source>
        <translation>Andrana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="279" />
        <source>(no text yet)</source>
        <translation>(tsy mbola misy lahatsoratra)</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="71" />
        <source>Your answer</source>
        <translation>Ny valinao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="72" />
        <source>Type your answer</source>
        <translation>Soraty ny valinao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="78" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="208" />
        <source>Check &amp;answer</source>
        <translation>Hamarino ny &amp;valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="80" />
        <source>Check the answer</source>
        <translation>Hamarino ny valiny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="83" />
        <source>&amp;Try again</source>
        <translation>&amp;Andramo indray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="182" />
        <source>Question {0} of {1}</source>
        <translation>Fanontaniana {0} amin'ny {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="185" />
        <source>Choose one.</source>
        <translation>Misafidiana iray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="186" />
        <source>Choose every answer that applies.</source>
        <translation>Safidio ny valiny rehetra mety.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="187" />
        <source>Type a short answer.</source>
        <translation>Soraty valiny fohy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="266" />
        <source>&amp;Finish attempt</source>
        <translation>&amp;Vita ny andrana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="266" />
        <source>&amp;Next question</source>
        <translation>&amp;Fanontaniana manaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="272" />
        <source>Passed</source>
        <translation>Afaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="272" />
        <source>Not passed yet</source>
        <translation>Tsy mbola afaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="275" />
        <source>{0} of {1} questions right.</source>
        <translation>Fanontaniana {0} marina amin'ny {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="281" />
        <source>{0} of {1} answers right.</source>
        <translation>Valiny {0} marina amin'ny {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="297" />
        <source>Answer the question first.</source>
        <translation>Valio aloha ny fanontaniana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="298" />
        <source>Exercise done</source>
        <translation>Vita ny fanazaran-tena</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="299" />
        <source>Not quite.</source>
        <translation>Tsy tena izy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="300" />
        <source>Right.</source>
        <translation>Marina.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="301" />
        <source>The answer: {0}</source>
        <translation>Ny valiny: {0}</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="109" />
        <source>Rating from 1 to 5</source>
        <translation>Isa 1 ka hatramin'ny 5</translation>
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="71" />
        <source>Solution</source>
        <translation>Vahaolana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="75" />
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n no nahita fa nahasoa</numerusform>
            <numerusform>%n no nahita fa nahasoa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="78" />
        <source>waiting to be sent</source>
        <translation>miandry halefa</translation>
    </message>
</context>
<context>
    <name>ReplyTreeModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="87" />
        <source>Solution</source>
        <translation>Vahaolana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="90" />
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n no nahita fa nahasoa</numerusform>
            <numerusform>%n no nahita fa nahasoa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="93" />
        <source>waiting to be sent</source>
        <translation>miandry halefa</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="54" />
        <source> (anonymous)</source>
        <translation> (tsy fantatra anarana)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="53" />
        <source>Reviewer</source>
        <translation>Mpandinika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>reviewed</source>
        <translation>voadinika</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>waiting</source>
        <translation>miandry</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>State</source>
        <translation>Toe-javatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="58" />
        <source>Score</source>
        <translation>Isa azo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="62" />
        <source>Review</source>
        <translation>Fanombanana</translation>
    </message>
</context>
<context>
    <name>RubricEditModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="164" />
        <source>max {0:g}</source>
        <translation>{0:g} farafahabetsany</translation>
    </message>
</context>
<context>
    <name>RubricEditorScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="64" />
        <source>Assignments</source>
        <translation>Asa atao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="77" />
        <source>Own A–F scale</source>
        <translation>Fandrefesana A–F manokana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="96" />
        <source>Title</source>
        <translation>Lohateny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="97" />
        <source>Description</source>
        <translation>Famaritana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="98" />
        <source>Scale</source>
        <translation>Fandrefesana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="106" />
        <source>Criteria and levels of the rubric</source>
        <translation>Fepetra sy ambaratongan'ny tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="122" />
        <source>Add criterion</source>
        <translation>Hanampy fepetra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="123" />
        <source>Add level</source>
        <translation>Hanampy ambaratonga</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="124" />
        <source>Remove</source>
        <translation>Esory</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="125" />
        <source>Move up</source>
        <translation>Akaro</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="126" />
        <source>Move down</source>
        <translation>Ampidino</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="149" />
        <source>Use this JSON</source>
        <translation>Ampiasao ity JSON ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="158" />
        <source>Criteria and levels</source>
        <translation>Fepetra sy ambaratonga</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="159" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="164" />
        <source>Reuse</source>
        <translation>Ampiasao indray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="168" />
        <source>Start from the rubric of</source>
        <translation>Manomboka amin'ny tabilao fanombanan'ny</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="175" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="282" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="421" />
        <source>Save rubric</source>
        <translation>Tahirizo ny tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="179" />
        <source>Revert</source>
        <translation>Avereno</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="234" />
        <source>Unsaved rubric</source>
        <translation>Tabilao fanombanana tsy voatahiry</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="234" />
        <source>Discard your changes to this rubric?</source>
        <translation>Hario ve ny fanovanao tamin'ity tabilao fanombanana ity?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="291" />
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="295" />
        <source>unsaved changes</source>
        <translation>fanovana tsy voatahiry</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="295" />
        <source>saved</source>
        <translation>voatahiry</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="297" />
        <source>✓ Valid: {0} criteria, {1:g} points ({2})</source>
        <translation>✓ Manan-kery: fepetra {0}, isa {1:g} ({2})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="321" />
        <source>New criterion</source>
        <translation>Fepetra vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="332" />
        <source>New level</source>
        <translation>Ambaratonga vaovao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="376" />
        <source>✗ The JSON was not used: {0}</source>
        <translation>✗ Tsy nampiasaina ny JSON: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="390" />
        <source>Rubric copied in; Save to keep it for this assignment.</source>
        <translation>Voadika ny tabilao fanombanana; tsindrio Tahirizo mba hitazomana azy ho an'ity asa ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="409" />
        <source>⚠ Existing grades refer to {0}; they keep their points, but those levels will no longer show. Save again to save anyway.</source>
        <translation>⚠ Miresaka momba ny {0} ny naoty efa misy; mitazona ny isany izy ireo, saingy tsy haseho intsony ireo ambaratonga ireo. Tahirizo indray raha hitahiry ihany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="413" />
        <source>Save anyway</source>
        <translation>Tahirizo ihany</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="417" />
        <source>✗ Not saved: {0}</source>
        <translation>✗ Tsy voatahiry: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="422" />
        <source>Rubric saved; it reaches the server at the next sync.</source>
        <translation>Voatahiry ny tabilao fanombanana; ho tonga any amin'ny mpizara amin'ny fampifanarahana manaraka izy.</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="237" />
        <source>This assignment has no rubric.</source>
        <translation>Tsy manana tabilao fanombanana ity asa ity.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="73" />
        <source>Home</source>
        <translation>Fandraisana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="74" />
        <source>Catalogue</source>
        <translation>Katalaogy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="75" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="76" />
        <source>Lesson</source>
        <translation>Lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="77" />
        <source>Assignments</source>
        <translation>Asa atao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="78" />
        <source>Peer review</source>
        <translation>Fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="79" />
        <source>Discussions</source>
        <translation>Resadresaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="80" />
        <source>My design projects</source>
        <translation>Ny tetikasako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="37" />
        <source>Certificates</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="84" />
        <source>Profile</source>
        <translation>Momba ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="23" />
        <source>Grading</source>
        <translation>Fanomezana naoty</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="24" />
        <source>Rubrics</source>
        <translation>Tabilao fanombanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="26" />
        <source>Course authoring</source>
        <translation>Famoronana fianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="30" />
        <source>Peer reviews</source>
        <translation>Fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="42" />
        <source>Analytics</source>
        <translation>Antontan'isa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="43" />
        <source>Workshop cohort</source>
        <translation>Vondron'ny atrikasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="44" />
        <source>Presenter</source>
        <translation>Fampisehoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="45" />
        <source>Audit log</source>
        <translation>Diarin'ny fanaraha-maso</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="44" />
        <source>Sign in</source>
        <translation>Hiditra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="51" />
        <source>Server address</source>
        <translation>Adiresin'ny mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="52" />
        <source>Your browser will open on the server's sign-in page.</source>
        <translation>Hisokatra amin'ny pejy fidiran'ny mpizara ny mpitety tranonkalanao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="59" />
        <source>Certificate fingerprint</source>
        <translation>Dian-tanan'ny taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="66" />
        <source>Sign in with browser</source>
        <translation>Hiditra amin'ny mpitety tranonkala</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="76" />
        <source>Server</source>
        <translation>Mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="77" />
        <source>Fingerprint</source>
        <translation>Dian-tanana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="92" />
        <source>Checking the certificate of {0}…</source>
        <translation>Manamarina ny taratasy fanamarinan'i {0}…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="111" />
        <source>{0} was not trusted: {1}</source>
        <translation>Tsy natokisana i {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="118" />
        <source>{0} is trusted: this computer will accept only the certificate you compared. Sign in now.</source>
        <translation>Atokisana i {0}: ny taratasy fanamarinana nampitahainao ihany no ekena amin'ity solosaina ity. Midira izao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="125" />
        <source>The hub was not trusted: {0}</source>
        <translation>Tsy natokisana ilay foibe: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="139" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Miandry anao hiditra amin'ny mpitety tranonkala…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="172" />
        <source>Not signed in: this computer has nowhere safe to keep your sign-in yet.</source>
        <translation>Tsy niditra: tsy mbola misy toerana azo antoka hitahirizana ny fidiranao ato amin'ity solosaina ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="179" />
        <source>Waiting for you to sign in in the browser. If it did not open, &lt;a href="{0}"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Miandry anao hiditra amin'ny mpitety tranonkala. Raha tsy nisokatra izy, &lt;a href="{0}"&gt;sokafy ny pejy fidirana&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="192" />
        <source>{0}
If this is your workshop's hub, type the certificate fingerprint the facilitator reads out, then sign in again.</source>
        <translation>{0}
Raha ity no foiben'ny atrikasa anao, soraty ny dian-tanan'ny taratasy fanamarinana vakian'ny mpanentana, dia midira indray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="203" />
        <source>Sign-in did not complete: {0}</source>
        <translation>Tsy tontosa ny fidirana: {0}</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="17" />
        <source>Insert a comment snippet</source>
        <translation>Ampidiro sombin-teny fanamarihana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="23" />
        <source>Type to filter; ↑↓ to choose; Enter inserts</source>
        <translation>Soraty mba hanivanana; ↑↓ hisafidianana; Enter mampiditra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="38" />
        <source>Save a new snippet from any comment with Ctrl+Shift+S.</source>
        <translation>Tahirizo sombin-teny vaovao avy amin'ny fanamarihana rehetra amin'ny Ctrl+Shift+S.</translation>
    </message>
</context>
<context>
    <name>SubmissionPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="89" />
        <source>Open in the browser</source>
        <translation>Sokafy amin'ny mpitety tranonkala</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="102" />
        <source>It comes with the next sync.</source>
        <translation>Ho tonga amin'ny fampifanarahana manaraka izy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="108" />
        <source>Download this submission's files now</source>
        <translation>Ampidino izao ny rakitr'ity asa natolotra ity</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="148" />
        <source>No submission selected.</source>
        <translation>Tsy misy asa natolotra voafidy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="163" />
        <source>No files or links in this submission.</source>
        <translation>Tsy misy rakitra na rohy amin'ity asa natolotra ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="188" />
        <source>submitted {0}</source>
        <translation>natolotra ny {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="190" />
        <source>revision {0}</source>
        <translation>fanitsiana {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="192" />
        <source>score {0:g}</source>
        <translation>isa {0:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="202" />
        <source>image</source>
        <translation>sary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="202" />
        <source>text</source>
        <translation>lahatsoratra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="203" />
        <source>file</source>
        <translation>rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="235" />
        <source>&lt;p&gt;This link opens outside the app ({0}); it needs a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Misokatra ivelan'ny rindranasa ity rohy ity ({0}); mila fifandraisana.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="241" />
        <source>size unknown</source>
        <translation>habe tsy fantatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="243" />
        <source>{0} ({1}) is not downloaded yet.</source>
        <translation>Tsy mbola nampidinina i {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="255" />
        <source>{0}: no preview for this kind of file.</source>
        <translation>{0}: tsy misy topimaso ho an'ity karazana rakitra ity.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="124" />
        <source>Version {0} is available ({1}).</source>
        <translation>Misy ny dikan-teny {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="135" />
        <source>Synced</source>
        <translation>Voaampifanaraka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="138" />
        <source>Synced; %n change(s) waiting for your decision</source>
        <translation>
            <numerusform>Voaampifanaraka; fanovana %n miandry ny fanapahan-kevitrao</numerusform>
            <numerusform>Voaampifanaraka; fanovana %n miandry ny fanapahan-kevitrao</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="180" />
        <source>The server could not be reached. Your work is kept on this computer; the app tries again by itself when the connection is back.</source>
        <translation>Tsy tratra ny mpizara. Voatahiry ato amin'ity solosaina ity ny asanao; manandrana indray ho azy ny rindranasa rehefa miverina ny fifandraisana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="185" />
        <source>The server's identity could not be checked, so nothing was sent. Your work is kept on this computer; ask your facilitator before you sign in again.</source>
        <translation>Tsy voamarina ny maha-izy azy ny mpizara, ka tsy nisy nalefa. Voatahiry ato amin'ity solosaina ity ny asanao; anontanio ny mpanentana anao alohan'ny hidiranao indray.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="190" />
        <source>Your sign-in has expired. Your work is kept on this computer; sign in again (File ▸ Sign in) and it is sent.</source>
        <translation>Lany daty ny fidiranao. Voatahiry ato amin'ity solosaina ity ny asanao; midira indray (Rakitra ▸ Hiditra) dia halefa izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="195" />
        <source>This app is too old for the server. Your work is kept on this computer; install the new version and it is sent.</source>
        <translation>Antitra loatra ho an'ny mpizara ity rindranasa ity. Voatahiry ato amin'ity solosaina ity ny asanao; apetraho ny dikan-teny vaovao dia halefa izany.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="200" />
        <source>The server is older than this app and cannot take its changes yet. Your work is kept on this computer; it is sent once the server is updated.</source>
        <translation>Antitra noho ity rindranasa ity ny mpizara ka tsy mbola afaka mandray ny fanovany. Voatahiry ato amin'ity solosaina ity ny asanao; alefa izany rehefa vita ny fanavaozana ny mpizara.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="205" />
        <source>The server refused some of your changes. They are kept on this computer: decide what to do with them in the Sync panel.</source>
        <translation>Nolavin'ny mpizara ny sasany amin'ny fanovanao. Voatahiry ato amin'ity solosaina ity izy ireo: tapaho ao amin'ny tontonana fampifanarahana izay hatao aminy.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="210" />
        <source>The server sent something damaged, and none of it was used. Your work is kept on this computer; the app tries again at the next sync.</source>
        <translation>Nandefa zavatra simba ny mpizara, ka tsy nampiasaina mihitsy. Voatahiry ato amin'ity solosaina ity ny asanao; manandrana indray ny rindranasa amin'ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="214" />
        <source>The sync stopped on a problem at the server or in the app. Your work is kept on this computer; the app tries again by itself.</source>
        <translation>Nijanona noho ny olana tao amin'ny mpizara na tao amin'ny rindranasa ny fampifanarahana. Voatahiry ato amin'ity solosaina ity ny asanao; manandrana indray ho azy ny rindranasa.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="144" />
        <source>; {0} files to grade wait ({1}, over the data budget)</source>
        <translation> ; rakitra {0} hofaritana naoty no miandry ({1}, mihoatra ny fetran'ny angona)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="50" />
        <source>Sync panel</source>
        <translation>Tontonana fampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="56" />
        <source>Changes that need your decision</source>
        <translation>Fanovana miandry ny fanapahan-kevitrao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="64" />
        <source>Nothing needs your decision: every change you made was taken by the server or is waiting for the next sync.</source>
        <translation>Tsy misy miandry ny fanapahan-kevitrao: noraisin'ny mpizara ny fanovana rehetra nataonao, na miandry ny fampifanarahana manaraka.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="77" />
        <source>&amp;Send mine again</source>
        <translation>&amp;Alefaso indray ny ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="79" />
        <source>&amp;Discard mine</source>
        <translation>&amp;Ario ny ahy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="87" />
        <source>Your version (kept here)</source>
        <translation>Ny dikanao (voatahiry eto)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="76" />
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="88" />
        <source>On the server</source>
        <translation>Ao amin'ny mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="153" />
        <source>Discard your change?</source>
        <translation>Hario ve ny fanovanao?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="154" />
        <source>Your version will be dropped and the server's version kept. This cannot be undone.</source>
        <translation>Hariana ny dikanao ary ny an'ny mpizara no hotazonina. Tsy azo averina izany.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="67" />
        <source>Sync panel</source>
        <translation>Tontonana fampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="46" />
        <source>Offline demo replica: nothing to sync</source>
        <translation>Dika fampisehoana tsy an-tserasera: tsy misy hampifanarahana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="48" />
        <source>Last sync: {0}</source>
        <translation>Fampifanarahana farany: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="50" />
        <source>Syncing…</source>
        <translation>Mampifanaraka…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="51" />
        <source>%n pending</source>
        <translation>
            <numerusform>%n miandry</numerusform>
            <numerusform>%n miandry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="54" />
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n miandry ny fanapahan-kevitrao</numerusform>
            <numerusform>%n miandry ny fanapahan-kevitrao</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="60" />
        <source>last attempt: {0}</source>
        <translation>andrana farany: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="67" />
        <source>Sync panel ({0})</source>
        <translation>Tontonana fampifanarahana ({0})</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="39" />
        <source>Update the app</source>
        <translation>Havaozina ny rindranasa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="48" />
        <source>Version {0} is available ({1}).</source>
        <translation>Misy ny dikan-teny {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="51" />
        <source>You have version {0}.</source>
        <translation>Ny dikan-teny {0} no anananao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="53" />
        <source>The server no longer syncs with this version: update to keep syncing.</source>
        <translation>Tsy mampifanaraka amin'ity dikan-teny ity intsony ny mpizara: havaozy mba hanohizana ny fampifanarahana.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="67" />
        <source>Install</source>
        <translation>Apetraho</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="70" />
        <source>Later</source>
        <translation>Aoriana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="86" />
        <source>Downloaded</source>
        <translation>Voasintona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="87" />
        <source>Downloaded and verified: {0}</source>
        <translation>Voasintona sy voamarina: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="90" />
        <source>Resume download ({0} left)</source>
        <translation>Tohizo ny fisintonana ({0} sisa)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="93" />
        <source>Download ({0})</source>
        <translation>Sintony ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="102" />
        <source>Downloading…</source>
        <translation>Misintona…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="115" />
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="117" />
        <source>Not downloaded: {0}</source>
        <translation>Tsy voasintona: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="132" />
        <source>The installer could not be started: {0}. The file is {1}</source>
        <translation>Tsy nety nandeha ny fametrahana: {0}. Ny rakitra dia {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="136" />
        <source>The installer is open. Restart the app once it has finished.</source>
        <translation>Misokatra ny fametrahana. Avereno alefa ny rindranasa rehefa vita izy.</translation>
    </message>
</context>
<context>
    <name>UsbMenu</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="43" />
        <source>E&amp;xport course for a USB drive…</source>
        <translation>A&amp;ondrano amin'ny kapila USB ny fampianarana…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="44" />
        <source>&amp;Hand in my work on a USB drive…</source>
        <translation>A&amp;tolory amin'ny kapila USB ny asako…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="45" />
        <source>I&amp;mport from a USB drive…</source>
        <translation>A&amp;ngalao avy amin'ny kapila USB…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="63" />
        <source>No course</source>
        <translation>Tsy misy fampianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="63" />
        <source>No published course is here yet.</source>
        <translation>Mbola tsy misy fampianarana navoaka eto.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="68" />
        <source>Export course for a USB drive</source>
        <translation>Aondrano amin'ny kapila USB ny fampianarana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="68" />
        <source>Course:</source>
        <translation>Fampianarana:</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="94" />
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="97" />
        <source>USB drive</source>
        <translation>Kapila USB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="102" />
        <source>Export to which drive or folder?</source>
        <translation>Aondrana amin'ny kapila na lahatahiry inona?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="107" />
        <source>Writing the course to the drive…</source>
        <translation>Manoratra ny fampianarana amin'ny kapila…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="111" />
        <source>Wrote {0}: {1} files.</source>
        <translation>Voasoratra {0}: rakitra {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="115" />
        <source>Hand in on which drive or folder?</source>
        <translation>Atolotra amin'ny kapila na lahatahiry inona?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="120" />
        <source>Writing your work to the drive…</source>
        <translation>Manoratra ny asanao amin'ny kapila…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="123" />
        <source>Wrote {0}: {1} changes, {2} files. Give the drive to your facilitator.</source>
        <translation>Voasoratra {0}: fanovana {1}, rakitra {2}. Omeo ny mpanentana anao ny kapila.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="130" />
        <source>Import from which drive or folder?</source>
        <translation>Haka avy amin'ny kapila na lahatahiry inona?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="139" />
        <source>Course {0}: ready offline.</source>
        <translation>Fampianarana {0}: vonona tsy misy tambajotra.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="143" />
        <source>Your answer: {0} changes accepted, news applied.</source>
        <translation>Ny valiny ho anao: fanovana {0} voaray, tafiditra ny vaovao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="149" />
        <source>Handed in {0} bundles.</source>
        <translation>Fonosana asa {0} natolotra.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="155" />
        <source>Nothing to import on this drive.</source>
        <translation>Tsy misy ho alaina amin'ity kapila ity.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="157" />
        <source>Importing from the drive…</source>
        <translation>Maka avy amin'ny kapila…</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="55" />
        <source>This computer cannot play video inside the app ({0}). Open the lesson's video in your own player instead.</source>
        <translation>Tsy afaka mamaky horonantsary ao anatin'ny rindranasa ity solosaina ity ({0}). Sokafy amin'ny mpamaky anao manokana kosa ny horonantsarin'ny lesona.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="62" />
        <source>Video</source>
        <translation>Horonantsary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="64" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="170" />
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Alefaso</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="66" />
        <source>Play or pause the video</source>
        <translation>Alefaso na ajanony ny horonantsary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="68" />
        <source>Open in my &amp;video player</source>
        <translation>Sokafy amin'ny &amp;mpamaky horonantsariko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="75" />
        <source>Position in the video</source>
        <translation>Toerana ao amin'ny horonantsary</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="120" />
        <source>Resuming at {0}, where you stopped.</source>
        <translation>Manohy amin'ny {0}, teo amin'izay nijanonanao.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="170" />
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Ajanony</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="52" />
        <source>Save</source>
        <translation>Tahirizo</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="17" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="18" />
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="19" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="20" />
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="62" />
        <source>now</source>
        <translation>izao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="64" />
        <source>in {0} h</source>
        <translation>afaka {0} ora</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="65" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="84" />
        <source>{0} h ago</source>
        <translation>{0} ora lasa izay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="68" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>afaka %n andro</numerusform>
            <numerusform>afaka %n andro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="69" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="86" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n andro lasa izay</numerusform>
            <numerusform>%n andro lasa izay</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="75" />
        <source>never</source>
        <translation>tsy mbola nisy</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="80" />
        <source>just now</source>
        <translation>vao izao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="82" />
        <source>{0} min ago</source>
        <translation>{0} min lasa izay</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="106" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="107" />
        <source>{0} h {1:02d} min</source>
        <translation>{0} ora {1:02d} min</translation>
    </message>
</context>
<context>
    <name>save_copy</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="23" />
        <source>Save a copy</source>
        <translation>Tahirizo dika iray</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="31" />
        <source>Could not save the file: {0}</source>
        <translation>Tsy voatahiry ny rakitra: {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="34" />
        <source>Saved {0}.</source>
        <translation>Voatahiry i {0}.</translation>
    </message>
</context>
</TS>