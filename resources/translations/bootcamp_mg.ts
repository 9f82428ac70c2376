<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="mg_MG">
<context>
    <name>AnalyticsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="47" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="61" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="66" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="68" />
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="80" />
        <source>Figures of the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="113" />
        <source>All my courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="162" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="162" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="172" />
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="174" />
        <source>Exported {0} rows to {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="72" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="73" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="74" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="76" />
        <source>My assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="90" />
        <source>Instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="92" />
        <source>Rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="100" />
        <source>&lt;b&gt;How it will be graded&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="103" />
        <source>&amp;Task and rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="113" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="147" />
        <source>Your text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="114" />
        <source>Write about your work: what you did, what you learned, what you would change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="118" />
        <source>Links, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="119" />
        <source>One link per line, e.g. Figma prototype https://www.figma.com/file/…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="122" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="124" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="125" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="126" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="128" />
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="130" />
        <source>&amp;Add file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="133" />
        <source>&amp;Remove file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="141" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="266" />
        <source>&amp;Hand in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="152" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="163" />
        <source>&amp;My work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="168" />
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="169" />
        <source>&amp;Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="171" />
        <source>Open the &amp;lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="236" />
        <source>due {0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="238" />
        <source>time limit {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="240" />
        <source>{0:g} points, pass at {1:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="266" />
        <source>&amp;Hand in revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="268" />
        <source>up to {0:g} MB each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="269" />
        <source>Accepted: {0} · {1} · at most {2} files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="272" />
        <source>This assignment takes no files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="274" />
        <source>Not started. Your draft is saved on this computer as you type, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="275" />
        <source>Draft, saved on this computer. Hand it in when it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="276" />
        <source>Handed in {0}. It is read-only while the instructor reviews it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="277" />
        <source>Under review since {0}: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="278" />
        <source>Graded. A graded submission is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="279" />
        <source>Revision requested: read the feedback, change your work, and hand it in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="283" />
        <source>An automatically graded quiz: answer it in its lesson.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="287" />
        <source>Revisions handed in: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="316" />
        <source>To improve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="316" />
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="335" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="357" />
        <source>Draft saved on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="370" />
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="385" />
        <source>Not attached: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="388" />
        <source>Attached {0} ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="413" />
        <source>Handed in ({0}). Saved on this computer; it reaches your instructor at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="61" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="65" />
        <source>e.g. submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="67" />
        <source>user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="73" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="74" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="75" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="77" />
        <source>Load &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="78" />
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="84" />
        <source>Audit entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="91" />
        <source>Details of the selected entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="97" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="98" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="99" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="104" />
        <source>Between (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="113" />
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="122" />
        <source>The audit log is kept by the server: press Search to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="123" />
        <source>The audit log is kept by the server, and this replica has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="140" />
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="183" />
        <source>Check the filters: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="142" />
        <source>Reading the audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="158" />
        <source>{0} entries shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="158" />
        <source> (all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="161" />
        <source>Could not read the audit log: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="172" />
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="173" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="186" />
        <source>Exported {0} bytes to {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuthoringScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="55" />
        <source>New course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="63" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="89" />
        <source>Course outline: drag to reorder, or Ctrl+Up and Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="91" />
        <source>Add module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="94" />
        <source>Add lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="97" />
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="295" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="102" />
        <source>Drag to reorder · Ctrl+↑/↓ moves the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="114" />
        <source>Choose a course, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="152" />
        <source>  (draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="187" />
        <source>&lt;b style='color:#047857'&gt;Published&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="188" />
        <source>&lt;b style='color:#92400e'&gt;Draft&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="189" />
        <source>Unpublish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="189" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="198" />
        <source>New course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="198" />
        <source>Title of the new course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="210" />
        <source>Course created as a draft; publish it when it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="220" />
        <source>Published: learners see it after their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="221" />
        <source>Unpublished: it leaves the catalogue at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="260" />
        <source>Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="269" />
        <source>New module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="280" />
        <source>Select a module first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="284" />
        <source>New lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="294" />
        <source>this module and all its lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="294" />
        <source>this lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="295" />
        <source>Delete {0}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="339" />
        <source>Course saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="345" />
        <source>Module saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="351" />
        <source>Lesson saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="358" />
        <source>Text saved; it reaches learners at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="367" />
        <source>Quiz saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="378" />
        <source>Image added to the text; save the text to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="388" />
        <source>{0} attached.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="47" />
        <source>Search courses (title, topic, tag)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="48" />
        <source>Search courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="53" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="54" />
        <source>Difficulty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="55" />
        <source>Course type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="56" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="65" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="67" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="68" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="69" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="70" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="70" />
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="72" />
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="84" />
        <source>Course page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="86" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="206" />
        <source>&amp;Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="88" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="207" />
        <source>Enrol in this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="127" />
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="128" />
        <source>Any level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="129" />
        <source>Any type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="130" />
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="147" />
        <source>{0} courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="148" />
        <source>No course matches. Clear a filter or try other words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="182" />
        <source>about {0} hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="182" />
        <source>{0} lessons in {1} modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="188" />
        <source>What you will learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="189" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="203" />
        <source>&amp;Open course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="204" />
        <source>Open this course's outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="224" />
        <source>You are enrolled. It is saved on this computer; the bootcamp confirms it at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateAdminModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="19" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="20" />
        <source>Enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="21" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="22" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="23" />
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="26" />
        <source>Eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="33" />
        <source>✓ eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="35" />
        <source>issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="36" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatesAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="57" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="64" />
        <source>Learners of the course and their certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="82" />
        <source>Issue certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="85" />
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="88" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="90" />
        <source>Copy verification link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="144" />
        <source>{0} enrolled · {1} certificates · {2} eligible now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="168" />
        <source>Certificate &lt;b&gt;{0}&lt;/b&gt;, issued {1} · {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="171" />
        <source>Verify at {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="173" />
        <source>&lt;span style='color:#b91c1c'&gt;Revoked: {0}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="175" />
        <source>&lt;span style='color:#047857'&gt;Eligible: completed with passing scores (grade {0}).&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="178" />
        <source>Not eligible yet: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="187" />
        <source>No certificate yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="197" />
        <source>Rendering the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="223" />
        <source>Saved {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="227" />
        <source>The certificate could not be rendered: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="262" />
        <source>Save the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="263" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="271" />
        <source>Verification link copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="286" />
        <source>Certificate issued; {0} gets it at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="290" />
        <source>Revoke the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="291" />
        <source>Why? (shown to anyone who verifies it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="307" />
        <source>Certificate revoked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="51" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="52" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="53" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="55" />
        <source>My certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="67" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="172" />
        <source>Preparing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="70" />
        <source>Certificate preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="75" />
        <source>&amp;Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="78" />
        <source>&amp;Copy verification link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="116" />
        <source>No certificate yet. Complete every lesson of a course to earn one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="175" />
        <source>No preview: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="186" />
        <source>No preview available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="212" />
        <source>Export certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="213" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="226" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="234" />
        <source>Saved {0}. The verification link is printed on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="239" />
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="245" />
        <source>Copied {0}. Checking it online needs a connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="28" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="29" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="30" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="31" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="32" />
        <source>Where they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="33" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="36" />
        <source>The latest activity this computer has from the learner; a stand-in for their last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="38" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="34" />
        <source>no activity recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="42" />
        <source>Workshop course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="50" />
        <source>Learners of the workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="63" />
        <source>“Last seen” is the latest activity this computer holds for each learner (lessons opened, quizzes, posts); it arrives with their sync, so it tells you roughly when they last synced. “Offline” is the share of their lesson activity done without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="91" />
        <source>&lt;b&gt;{0} learners&lt;/b&gt; · {1} · seen today: {2} · this week: {3}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="57" />
        <source>Open the Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="77" />
        <source>another grader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="81" />
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt; graded this on the server{1}: {2}. Yours: {3}.&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="84" />
        <source>&lt;b&gt;⚠ Grade conflict&lt;/b&gt; — the server kept another grade; yours is kept here, not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="86" />
        <source>Decide which grade stands in the Sync panel (Ctrl+Shift+Y).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="69" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="83" />
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="88" />
        <source>One outcome per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="90" />
        <source>comma, separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="91" />
        <source>Featured in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="92" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="92" />
        <source>Address (slug)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="93" />
        <source>Short description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="93" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="94" />
        <source>Difficulty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="94" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="95" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="95" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="96" />
        <source>Learning outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="96" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseTreeModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="99" />
        <source>{0} lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="113" />
        <source> · preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="111" />
        <source>Comment on {0} (Enter: next criterion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="112" />
        <source>Comment on {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiscussionsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="60" />
        <source>Course or project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="64" />
        <source>Search threads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="65" />
        <source>Search threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="68" />
        <source>&amp;New thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="78" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="79" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="80" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="95" />
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="81" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="81" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="205" />
        <source>✓ Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="84" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="101" />
        <source>Mark as &amp;solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="104" />
        <source>▲ &amp;Helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="107" />
        <source>Answer the selected &amp;reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="111" />
        <source>Your reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="112" />
        <source>Write a reply… (Ctrl+Enter to post; works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="117" />
        <source>&amp;Post reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="158" />
        <source>Project: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="182" />
        <source>No thread here yet. Start one with New thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="264" />
        <source>Reply saved on this computer; it is posted at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="295" />
        <source>Thread saved on this computer; it is posted at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="49" />
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="51" />
        <source>Override: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="55" />
        <source>Why the grade differs from the rubric (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="59" />
        <source>What the learner did well and what matters most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="60" />
        <source>One suggestion per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="61" />
        <source>One step per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="68" />
        <source>&amp;Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="69" />
        <source>R&amp;eason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="70" />
        <source>&amp;Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="72" />
        <source>&amp;Improvements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="72" />
        <source>Ne&amp;xt steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="80" />
        <source>Submit grade  (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="85" />
        <source>Request revision  (Ctrl+Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="168" />
        <source>Automatic ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="171" />
        <source> (overridden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="176" />
        <source>this rubric's scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="176" />
        <source>your scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="177" />
        <source>default scale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="128" />
        <source>Earlier feedback: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="24" />
        <source>Grade scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="25" />
        <source>Use the default scale (90 / 80 / 70 / 60)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="38" />
        <source>{0} from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="45" />
        <source>Minimum percentage of the rubric's maximum for each grade; below D is F. A rubric's own scale, set in the rubric editor, comes first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GraderFilesBar</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="41" />
        <source> MB per sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="42" />
        <source>only when asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="43" />
        <source>Data budget: learners' files fetched with each sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="44" />
        <source>How much of the learners' files each sync may fetch for grading; larger files wait for “Download everything to grade”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="73" />
        <source>No learners' files to grade here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="75" />
        <source>All {0} files to grade are on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="77" />
        <source>{0} files to grade on this computer · {1} not yet ({2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="80" />
        <source>this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="80" />
        <source>all courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="81" />
        <source>Download everything to grade ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="82" />
        <source>Everything to grade is here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="84" />
        <source>Fetch every file of {0}'s queue now, whatever the budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="91" />
        <source>It is larger than the {0} a sync fetches for grading: use “Download everything to grade” above the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="93" />
        <source>It comes with the next sync, or now with “Download everything to grade”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="101" />
        <source>Each sync now fetches up to {0} of learners' files for grading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="103" />
        <source>Syncs no longer fetch learners' files by themselves; download them when you need them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="120" />
        <source>Downloading needs a server, and this replica has none configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="141" />
        <source>{0} learners' files downloaded for grading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="149" />
        <source>The download stopped: {0} What arrived is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradingQueueModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="168" />
        <source>⤓ {0} to fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="169" />
        <source>✓ {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="173" />
        <source>revision {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="175" />
        <source>Grade conflict with another instructor: see the grading panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="177" />
        <source>A draft of your grade is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="180" />
        <source>{0} files, {1}; {2} not on this computer yet ({3})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="102" />
        <source>Grading queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="166" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="186" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="169" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="186" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="173" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="187" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="176" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="178" />
        <source>Hide learners' names while grading (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="180" />
        <source>Scale…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="182" />
        <source>Your default A–F scale, for rubrics without their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="207" />
        <source>Next submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="208" />
        <source>Previous submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="210" />
        <source>Submit grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="211" />
        <source>Request revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="213" />
        <source>Insert snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="214" />
        <source>Save as snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="215" />
        <source>Anonymous grading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="216" />
        <source>Focus rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="217" />
        <source>Focus queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="218" />
        <source>Next file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="219" />
        <source>Previous file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="220" />
        <source>Open link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="228" />
        <source>All my courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="240" />
        <source>All assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="279" />
        <source>Nothing to grade here. Try another status or course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="287" />
        <source>{0} in this queue · {1} waiting for a grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="308" />
        <source>That was the last submission in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="339" />
        <source>Draft restored from {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="370" />
        <source>Draft saved on this computer; the learner sees nothing until you submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="405" />
        <source>Graded {0}: {1} ({2:g}). It reaches the learner at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="408" />
        <source>Revision requested from {0}. It reaches the learner at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="418" />
        <source>End of the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="465" />
        <source>Saved as a snippet: Ctrl+Space inserts it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="47" />
        <source>&amp;Continue lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="49" />
        <source>Continue with the next lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="52" />
        <source>Pick up where you left off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="60" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="81" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="61" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="62" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="63" />
        <source>Next lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="64" />
        <source>Time spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="65" />
        <source>On this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="67" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="93" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="77" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="79" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="79" />
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="80" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="82" />
        <source>Your work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="84" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="95" />
        <source>Deadlines coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="111" />
        <source>Ready offline · {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="112" />
        <source>{0} of {1} files to download · {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="118" />
        <source>{0} files, {1} here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="123" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;Sign in to see your courses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="128" />
        <source>Everything here is on this computer: you can study without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="130" />
        <source>Your work is saved here first and sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="135" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="139" />
        <source>No lesson waiting. Find a new course in the Catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="146" />
        <source>Downloaded on this computer: {0} (lesson media, your files and your projects' files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="149" />
        <source>{0} of your courses' {1} still to download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="151" />
        <source>All your courses' lessons are ready offline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="48" />
        <source>Image preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="20" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="36" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="20" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="36" />
        <source>Clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="20" />
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="18" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="36" />
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="21" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="36" />
        <source>Showcase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="21" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="37" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="38" />
        <source>Enrolments by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="38" />
        <source>Completion by module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="39" />
        <source>Where learners stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="39" />
        <source>Time spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="40" />
        <source>Grade distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="41" />
        <source>Submissions waiting per instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="42" />
        <source>Platform metrics over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="43" />
        <source>Enrolments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="44" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="44" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="45" />
        <source>Learners who completed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="45" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="67" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="23" />
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="46" />
        <source>Completion %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="46" />
        <source>Last lesson completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="47" />
        <source>Left the course (dropped, suspended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="48" />
        <source>Still on their way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="49" />
        <source>Learners who have not completed the course, by the last lesson they completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="50" />
        <source>Total minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="50" />
        <source>Learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="51" />
        <source>Minutes per learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="51" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="52" />
        <source>Graded submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="52" />
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="53" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="69" />
        <source>Waiting for a grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="53" />
        <source>Oldest waiting (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="54" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="55" />
        <source>Whole platform, one value a day (not limited to your courses).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="57" />
        <source>Grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="57" />
        <source>Certificates</source>
        <translation type="unfinished">Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="58" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="58" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="60" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="31" />
        <source>Beginner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="60" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="31" />
        <source>Intermediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="61" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="31" />
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="61" />
        <source>Expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="62" />
        <source>Visual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="62" />
        <source>Auditory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="63" />
        <source>Kinesthetic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="63" />
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="34" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="22" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="17" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="67" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="68" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="68" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="23" />
        <source>Dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="69" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="24" />
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="32" />
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="32" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="73" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="32" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="34" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="21" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="17" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="34" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="23" />
        <source>Interactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="34" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="17" />
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="35" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="17" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="41" />
        <source>Outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="33" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="29" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="14" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="71" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="41" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="14" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="42" />
        <source>Under review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="31" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="14" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="73" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="43" />
        <source>Revision requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="32" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="15" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="74" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="44" />
        <source>Graded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="43" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="27" />
        <source>✓ Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="27" />
        <source>◐ In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="33" />
        <source>Lesson</source>
        <translation type="unfinished">Lesona</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="33" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="33" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="33" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="17" />
        <source>Submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="19" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="20" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="21" />
        <source>Lesson progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="22" />
        <source>Enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="40" />
        <source>Peer review</source>
        <translation type="unfinished">Fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="24" />
        <source>Design asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="33" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="33" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="33" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="33" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="16" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="16" />
        <source>Rating (1-5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="16" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="15" />
        <source>Criterion / level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="15" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="30" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="15" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="39" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="45" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="26" />
        <source>Handed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="40" />
        <source>Design project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="41" />
        <source>Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="41" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="42" />
        <source>First look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="25" />
        <source>Final assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="32" />
        <source>Core</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="32" />
        <source>Elective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="32" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="32" />
        <source>Capstone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="33" />
        <source>Course completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="33" />
        <source>Programme completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="34" />
        <source>Specialization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="70" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="76" />
        <source>Alt+N next · Alt+P previous · 1–9 level · ↑↓ criteria · Enter comment · Ctrl+Space snippet · Ctrl+Enter submit · Ctrl+Shift+Enter revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="25" />
        <source>Draft saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="40" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="40" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="40" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="35" />
        <source>Lead designer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="35" />
        <source>UX researcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="35" />
        <source>Visual designer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="36" />
        <source>Developer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="36" />
        <source>Researcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="38" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="31" />
        <source>Single choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="31" />
        <source>Multiple choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="31" />
        <source>Short answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="24" />
        <source>Initial review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="17" />
        <source>Exercise</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="56" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="57" />
        <source>Minutes to study the lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="58" />
        <source>Free preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="59" />
        <source>Save details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="63" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="64" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="71" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="76" />
        <source>Lesson text (Markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="77" />
        <source>Write the lesson in Markdown: # headings, **bold**, lists, tables…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="84" />
        <source>Insert image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="85" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="86" />
        <source>Save text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="105" />
        <source>Attach video…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="106" />
        <source>Video (*.mp4 *.webm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="107" />
        <source>Attach a download…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="108" />
        <source>Files (*.pdf *.png *.jpg *.mp3 *.ogg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="122" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="123" />
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="124" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="144" />
        <source>The text of this lesson is not downloaded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="150" />
        <source>Main media: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="150" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="176" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="79" />
        <source>Open the &amp;assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="98" />
        <source>Resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="99" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="100" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="101" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="101" />
        <source>not downloaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="103" />
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="106" />
        <source>Open / save a &amp;copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="113" />
        <source>&lt;b&gt;Resources&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="120" />
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="124" />
        <source>&amp;Mark as complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="128" />
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="132" />
        <source>Course &amp;outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="163" />
        <source>&lt;h2&gt;No lesson open&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="164" />
        <source>Choose a lesson in My courses or on Home.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="187" />
        <source>  (optional module)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="202" />
        <source>This lesson is not downloaded yet. Download its course or module for offline study in My courses; downloading needs a connection to the bootcamp's server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="224" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="228" />
        <source>{0} studied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="230" />
        <source>best score {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="232" />
        <source>Preview: enrol to keep your progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="232" />
        <source>Not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="246" />
        <source>Pass mark {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="249" />
        <source>attempts used: {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="251" />
        <source>attempts: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="253" />
        <source>your best: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="259" />
        <source>Enrol in the course to answer these questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="262" />
        <source>You have used all {0} attempts. Your best score is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="276" />
        <source>no due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="332" />
        <source>Lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="341" />
        <source>You watched the whole video: lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="374" />
        <source>Your answers are handed in; the official grade arrives at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="392" />
        <source>This link is not a web address, so it is not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="395" />
        <source>Opening {0} in your browser (it needs a connection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="398" />
        <source>{0} is not downloaded yet; download the course in My courses.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="141" />
        <source>Fataplus Bootcamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="47" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="142" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="51" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="143" />
        <source>&amp;View</source>
        <translation>&amp;Jery</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="79" />
        <source>⚠ {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="119" />
        <source>&amp;File</source>
        <translation>&amp;Rakitra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="120" />
        <source>Sign &amp;in…</source>
        <translation>&amp;Hiditra…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="121" />
        <source>Sign &amp;out</source>
        <translation>&amp;Hivoaka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="122" />
        <source>&amp;Sync now</source>
        <translation>&amp;Ampifanaraho izao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="123" />
        <source>Sync &amp;panel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="124" />
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="125" />
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="126" />
        <source>&amp;Quit</source>
        <translation>&amp;Hiala</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="161" />
        <source>not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="163" />
        <source>demo replica, offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="164" />
        <source>{0} · {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="174" />
        <source>Backup written and verified: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="175" />
        <source>Backup failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="183" />
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="184" />
        <source>Replica backups (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="191" />
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="192" />
        <source>The replica goes back to {0}. Changes you made since that are not synced yet are kept and sent at the next sync; the current replica is kept as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="199" />
        <source>Not restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="202" />
        <source>Restored {0}; {1} unsynced changes kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="229" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="229" />
        <source>Signed out here; the server could not be reached to revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="263" />
        <source>Getting your courses from the server… This is the first sync of this replica; once it is done, everything here works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="267" />
        <source>First sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/markdown_preview.py" line="19" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="24" />
        <source>Lesson text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="60" />
        <source>Picture not downloaded yet.
It arrives when you download this course.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="126" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="136" />
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="140" />
        <source>One objective per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="141" />
        <source>Required to complete the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="142" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="142" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="143" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="143" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="144" />
        <source>Objectives</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="74" />
        <source>&amp;Open lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="76" />
        <source>Open the selected lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="86" />
        <source>Download progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="163" />
        <source>{0} complete · {1} modules · {2} lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="200" />
        <source>module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="200" />
        <source>course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="202" />
        <source>No files in this {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="205" />
        <source>✓ {0} ready offline ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="208" />
        <source>Download {0} for offline ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="220" />
        <source>All {0} files ({1}) are already on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="226" />
        <source>Downloading needs a server, and this replica has none configured (File ▸ Sign in). The demo bootcamp's media is already on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="234" />
        <source>The size of {0} more (pictures inside lesson texts) is known once the texts arrive; they come in the same download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="236" />
        <source>Download for offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="263" />
        <source>Downloaded {0} files ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="266" />
        <source>Everything its lessons show is on this computer now; they work offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="269" />
        <source>{0} files could not be fetched: the server does not offer them to you. The lessons that show them say so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="231" />
        <source>Download {0} files ({1}) now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="241" />
        <source>%p% of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="243" />
        <source>Downloading {0} files ({1})…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="277" />
        <source>The download stopped: {0} What arrived is kept; it resumes next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="28" />
        <source>New thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="31" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="35" />
        <source>Kind of thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="40" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="46" />
        <source>&amp;Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="50" />
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="51" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="52" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="53" />
        <source>&amp;Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="66" />
        <source>Give the thread a title and a message.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="92" />
        <source> (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="95" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="95" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="99" />
        <source>{0}/{1} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="105" />
        <source>{0} · {1} to download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="120" />
        <source> · preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="122" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="126" />
        <source> · best {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="131" />
        <source>not downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="131" />
        <source>✓ {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="28" />
        <source>Choose a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="28" />
        <source>Unlock your sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="31" />
        <source>Choose a passphrase of at least {0} characters. The app asks for it each time it starts; if you forget it, sign in again and your data comes back with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="34" />
        <source>This computer keeps your sign-in under a passphrase. Type it to open your bootcamp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="43" />
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="48" />
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="50" />
        <source>&amp;Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="65" />
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="68" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="139" />
        <source>◀ Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="140" />
        <source>Page ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="190" />
        <source>Page {0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerOverviewModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="27" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="28" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="29" />
        <source>Reviews done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="30" />
        <source>none assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="32" />
        <source>Reviewers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerReviewAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="60" />
        <source>Reviewers per submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="63" />
        <source> reviewers each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="64" />
        <source>Reviewers stay anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="66" />
        <source>Assign reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="70" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="81" />
        <source>Submissions and their peer reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="87" />
        <source>Reviews of the selected submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="91" />
        <source>Remove review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="94" />
        <source>Remove its text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="98" />
        <source>Moderation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="152" />
        <source>{0} submissions · {1} reviews assigned, {2} done, {3} waiting · load per reviewer {4}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="170" />
        <source>&lt;b&gt;Reviews of {0}'s submission&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="186" />
        <source>Assigned {0} new reviews; reviewers get them at their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="188" />
        <source>{0} submissions have fewer eligible reviewers than asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="202" />
        <source>Moderate a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="202" />
        <source>Why? (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="214" />
        <source>Review moderated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="54" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="54" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="54" />
        <source>To write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="56" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="57" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="59" />
        <source>Reviews assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="73" />
        <source>The submission to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="81" />
        <source>Ratings per criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="89" />
        <source>Strengths, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="90" />
        <source>Improvements, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="91" />
        <source>Detailed feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="92" />
        <source>&amp;Send review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="101" />
        <source>&lt;b&gt;Rate each criterion&lt;/b&gt; (select a cell and type, or press F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="104" />
        <source>Strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="104" />
        <source>Improvements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="110" />
        <source>&lt;b&gt;Detailed feedback&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="155" />
        <source>{0} reviews to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="156" />
        <source>No review waiting. New reviews are assigned by your instructors and arrive at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="162" />
        <source>&lt;h2&gt;Peer review&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="180" />
        <source>by an anonymous classmate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="180" />
        <source>by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="181" />
        <source>You sent this review; it cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="182" />
        <source>Your notes are kept on this computer until you send the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="206" />
        <source>Your unsent notes for this review were restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="212" />
        <source>{0} ({1}): not downloaded yet; it comes with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="264" />
        <source>Review sent (overall {0:g} / 5). Saved here; it reaches your classmate at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="127" />
        <source>Present full screen  (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="136" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="138" />
        <source>Start at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="141" />
        <source>Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="144" />
        <source>On the projector: → next lesson · ← previous · A shows quiz answers · + − type size · Esc leaves. Everything comes from this computer: no connection needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="34" />
        <source>Presenting — Fataplus Bootcamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="69" />
        <source>{0} / {1}   ·   ← → lessons   ·   A answers   ·   + − size   ·   Esc leaves</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="46" />
        <source>Delete my account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="54" />
        <source>Exporting or deleting your data is done by the bootcamp's server; this demo replica has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="66" />
        <source>Export my data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="67" />
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="72" />
        <source>Delete my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="73" />
        <source>This erases your account, your work and your posts on the bootcamp, on every computer, and cannot be undone.
Type your email to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="83" />
        <source>Preparing your export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="89" />
        <source>Exported {0} records and {1} files to {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="101" />
        <source>Deleting your account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="110" />
        <source>Account deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="111" />
        <source>Your account and everything of yours on this computer are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="118" />
        <source>For your safety, sign in again; the deletion goes on right after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="123" />
        <source>Not done: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="66" />
        <source>{0} with {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="68" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="68" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="68" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="70" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="70" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="71" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="76" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="159" />
        <source>About me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="80" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="162" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="162" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="162" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="85" />
        <source>Timezone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="91" />
        <source>Languages I read, most preferred first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="95" />
        <source>Language of this app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="100" />
        <source>Current role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="103" />
        <source>Years of experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="106" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="168" />
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="109" />
        <source>Design experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="110" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="130" />
        <source>(not said)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="114" />
        <source>I have farming experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="117" />
        <source>Role in agriculture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="118" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="171" />
        <source>Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="119" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="171" />
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="120" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="172" />
        <source>GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="123" />
        <source>Learning goals, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="129" />
        <source>Preferred learning style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="134" />
        <source>I can mentor other learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="137" />
        <source>Design tools and my level (0-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="139" />
        <source>Agricultural domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="142" />
        <source>The parts of agriculture you work in or care about, separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="143" />
        <source>Availability (hours per week day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="146" />
        <source>For each day you can study: the hours you are free (monday: 18-21) or how many hours (saturday: 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="159" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="159" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="160" />
        <source>A&amp;bout me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="161" />
        <source>Where and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="163" />
        <source>&amp;Timezone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="164" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="164" />
        <source>I read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="165" />
        <source>App language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="167" />
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="168" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="168" />
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="169" />
        <source>Design level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="169" />
        <source>In agriculture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="170" />
        <source>Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="171" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="173" />
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="174" />
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="174" />
        <source>Style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="174" />
        <source>Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="175" />
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="183" />
        <source>&amp;Save profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="187" />
        <source>&amp;Undo changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="196" />
        <source>&lt;h2&gt;My profile&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="221" />
        <source>Your unsaved changes were restored. Save them or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="272" />
        <source>'{0}' is not a day and hours (write it like monday: 18-21 or saturday: 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="319" />
        <source>Profile saved on this computer; it is sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="320" />
        <source>Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="329" />
        <source>Changes undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="54" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="55" />
        <source>My role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="56" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="58" />
        <source>My design projects</source>
        <translation>Ny tetikasako</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="68" />
        <source>Project brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="70" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="71" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="72" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="72" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="72" />
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="73" />
        <source>Contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="75" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="81" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>Project files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="96" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="96" />
        <source> (final)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="97" />
        <source>Uploaded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="98" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="99" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="100" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="102" />
        <source>Versions of the selected file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="106" />
        <source>&amp;Upload new version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="109" />
        <source>Add a new &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="112" />
        <source>Mark version as &amp;final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="115" />
        <source>&amp;Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="132" />
        <source>&lt;b&gt;Files&lt;/b&gt; (newest version of each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="167" />
        <source>for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="168" />
        <source>{0} weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="218" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="234" />
        <source>{0} v{1} saved on this computer; it is uploaded at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="259" />
        <source>This file lives online ({0}); open it with a connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="51" />
        <source>Add question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="54" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="75" />
        <source>Correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="75" />
        <source>Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="78" />
        <source>Add choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="80" />
        <source>Remove choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="93" />
        <source>Accepted answers, one per line (compared ignoring case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="98" />
        <source>Shown after answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="100" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="101" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="102" />
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="103" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="112" />
        <source>unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="117" />
        <source>Save quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="121" />
        <source>Pass mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="123" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="70" />
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="71" />
        <source>Type your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="77" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="190" />
        <source>Check &amp;answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="79" />
        <source>Check the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="82" />
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="170" />
        <source>Question {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="171" />
        <source>Choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="171" />
        <source>Choose every answer that applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="172" />
        <source>Type a short answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="244" />
        <source>&amp;Finish attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="244" />
        <source>&amp;Next question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="250" />
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="250" />
        <source>Not passed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="253" />
        <source>{0} of {1} questions right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="255" />
        <source>{0} of {1} answers right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="93" />
        <source>Rating from 1 to 5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="65" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="67" />
        <source>{0} helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="69" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyTreeModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="81" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="83" />
        <source>{0} found it helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="85" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="39" />
        <source> (anonymous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="39" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="40" />
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="40" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="40" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="41" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="42" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricEditModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="148" />
        <source>max {0:g}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricEditorScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="63" />
        <source>Assignments</source>
        <translation>Asa atao</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="76" />
        <source>Own A–F scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="95" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="96" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="97" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="105" />
        <source>Criteria and levels of the rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="118" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="119" />
        <source>Add level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="120" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="121" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="122" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="139" />
        <source>Use this JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="148" />
        <source>Criteria and levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="149" />
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="154" />
        <source>Reuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="158" />
        <source>Start from the rubric of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="165" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="266" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="396" />
        <source>Save rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="169" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="222" />
        <source>Unsaved rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="223" />
        <source>Discard your changes to this rubric?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="275" />
        <source>✗ {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="279" />
        <source>unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="279" />
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="280" />
        <source>✓ Valid: {0} criteria, {1:g} points ({2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="302" />
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="313" />
        <source>New level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="357" />
        <source>✗ The JSON was not used: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="371" />
        <source>Rubric copied in; Save to keep it for this assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="386" />
        <source>⚠ Existing grades refer to {0}; they keep their points, but those levels will no longer show. Save again to save anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="388" />
        <source>Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="392" />
        <source>✗ Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="397" />
        <source>Rubric saved; it reaches the server at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="227" />
        <source>This assignment has no rubric.</source>
        <translation type="unfinished" />
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
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="27" />
        <source>Certificates</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="82" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="25" />
        <source>Course authoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="26" />
        <source>Peer reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="28" />
        <source>Analytics</source>
        <translation>Antontan'isa</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="29" />
        <source>Workshop cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="30" />
        <source>Presenter</source>
        <translation>Fampisehoana</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="31" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="35" />
        <source>Sign in</source>
        <translation>Hiditra</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="42" />
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="43" />
        <source>Your browser will open on the server's sign-in page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="50" />
        <source>Certificate fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="55" />
        <source>Sign in with browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="60" />
        <source>Server</source>
        <translation>Mpizara</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="61" />
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="82" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="109" />
        <source>Not signed in: this computer has nowhere safe to keep your sign-in yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="113" />
        <source>Waiting for you to sign in in the browser. If it did not open, &lt;a href="{0}"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="122" />
        <source>{0}
If this is your workshop's hub, type the certificate fingerprint the facilitator reads out, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="131" />
        <source>Sign-in did not complete: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="15" />
        <source>Insert a comment snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="21" />
        <source>Type to filter; ↑↓ to choose; Enter inserts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="34" />
        <source>Save a new snippet from any comment with Ctrl+Shift+S.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmissionPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="89" />
        <source>Open in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="102" />
        <source>It comes with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="108" />
        <source>Download this submission's files now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="142" />
        <source>No submission selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="157" />
        <source>No files or links in this submission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="180" />
        <source>submitted {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="182" />
        <source>revision {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="184" />
        <source>score {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="194" />
        <source>image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="194" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="194" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="217" />
        <source>&lt;p&gt;This link opens outside the app ({0}); it needs a connection.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="221" />
        <source>size unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="222" />
        <source>{0} ({1}) is not downloaded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="232" />
        <source>{0}: no preview for this kind of file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="98" />
        <source>Synced</source>
        <translation>Voaampifanaraka</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="98" />
        <source>Synced; {0} changes need your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="101" />
        <source>; {0} files to grade wait ({1}, over the data budget)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="60" />
        <source>Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="71" />
        <source>Nothing needs your decision: every change you made was taken by the server or is waiting for the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="80" />
        <source>&amp;Send mine again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="82" />
        <source>&amp;Discard mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="89" />
        <source>Your version (kept here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="89" />
        <source>On the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="135" />
        <source>(the server sent no version of its own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="150" />
        <source>Discard your change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="151" />
        <source>Your version will be dropped and the server's version kept. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="58" />
        <source>Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="45" />
        <source>Offline demo replica: nothing to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="47" />
        <source>Last sync: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="49" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="50" />
        <source>{0} pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="52" />
        <source>{0} need your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="54" />
        <source>last attempt: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="58" />
        <source>Sync panel ({0})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="53" />
        <source>This computer cannot play video inside the app ({0}). Open the lesson's video in your own player instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="58" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="60" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="164" />
        <source>▶ &amp;Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="62" />
        <source>Play or pause the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="64" />
        <source>Open in my &amp;video player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="71" />
        <source>Position in the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="115" />
        <source>Resuming at {0}, where you stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="164" />
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="50" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="93" />
        <source>No keyring on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="94" />
        <source>This computer has no system keyring to keep your sign-in safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="96" />
        <source>You can protect your sign-in and your data with a passphrase instead: they are kept encrypted in your bootcamp folder, and the app asks for the passphrase when it starts. Or cancel, install GNOME Keyring or KWallet, and sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="99" />
        <source>Protect with a &amp;passphrase…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="84" />
        <source>That did not open it: {0}. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="50" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="52" />
        <source>in {0} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="53" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="72" />
        <source>{0} h ago</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="56" />
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="57" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="73" />
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="63" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="68" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="70" />
        <source>{0} min ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="91" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="92" />
        <source>{0} h {1:02d} min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>save_copy</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="21" />
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="27" />
        <source>Could not save the file: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="29" />
        <source>Saved {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>