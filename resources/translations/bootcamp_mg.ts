<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="mg_MG">
<context>
    <name />
    <message>
        <location filename="../../ui/format.py" line="42" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="43" />
        <source>in {0} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="43" />
        <source>{0} h ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="45" />
        <source>in {0} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="45" />
        <source>{0} days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="63" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/format.py" line="64" />
        <source>{0} h {1:02d} min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalyticsScreen</name>
    <message>
        <location filename="../../ui/screens/analytics.py" line="59" />
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="64" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="66" />
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="110" />
        <source>All my courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="159" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="159" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="169" />
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/analytics.py" line="171" />
        <source>Exported {0} rows to {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentScreen</name>
    <message>
        <location filename="../../ui/screens/assignment.py" line="71" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="72" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="73" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="75" />
        <source>My assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="89" />
        <source>Instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="91" />
        <source>Rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="99" />
        <source>&lt;b&gt;How it will be graded&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="102" />
        <source>&amp;Task and rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="112" />
        <location filename="../../ui/screens/assignment.py" line="146" />
        <source>Your text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="113" />
        <source>Write about your work: what you did, what you learned, what you would change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="117" />
        <source>Links, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="118" />
        <source>One link per line, e.g. Figma prototype https://www.figma.com/file/…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="121" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="123" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="124" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="125" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="127" />
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="129" />
        <source>&amp;Add file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="132" />
        <source>&amp;Remove file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="140" />
        <location filename="../../ui/screens/assignment.py" line="265" />
        <source>&amp;Hand in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="151" />
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="162" />
        <source>&amp;My work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="167" />
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="168" />
        <source>&amp;Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="170" />
        <source>Open the &amp;lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="235" />
        <source>due {0} ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="237" />
        <source>time limit {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="239" />
        <source>{0:g} points, pass at {1:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="265" />
        <source>&amp;Hand in revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="267" />
        <source>up to {0:g} MB each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="268" />
        <source>Accepted: {0} · {1} · at most {2} files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="271" />
        <source>This assignment takes no files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="273" />
        <source>Not started. Your draft is saved on this computer as you type, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="274" />
        <source>Draft, saved on this computer. Hand it in when it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="275" />
        <source>Handed in {0}. It is read-only while the instructor reviews it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="276" />
        <source>Under review since {0}: read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="277" />
        <source>Graded. A graded submission is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="278" />
        <source>Revision requested: read the feedback, change your work, and hand it in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="282" />
        <source>An automatically graded quiz: answer it in its lesson.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="286" />
        <source>Revisions handed in: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="311" />
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="311" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="311" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="311" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="315" />
        <source>To improve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="315" />
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="334" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="356" />
        <source>Draft saved on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="369" />
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="384" />
        <source>Not attached: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="387" />
        <source>Attached {0} ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/assignment.py" line="412" />
        <source>Handed in ({0}). Saved on this computer; it reaches your instructor at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="60" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="64" />
        <source>e.g. submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="66" />
        <source>user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="72" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="74" />
        <source>Load &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="75" />
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="92" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="93" />
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="94" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="99" />
        <source>Between (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="108" />
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="117" />
        <source>The audit log is kept by the server: press Search to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="118" />
        <source>The audit log is kept by the server, and this replica has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="135" />
        <location filename="../../ui/screens/audit.py" line="178" />
        <source>Check the filters: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="137" />
        <source>Reading the audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="153" />
        <source>{0} entries shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="153" />
        <source> (all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="156" />
        <source>Could not read the audit log: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="167" />
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="168" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="181" />
        <source>Exported {0} bytes to {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuthoringScreen</name>
    <message>
        <location filename="../../ui/screens/authoring.py" line="55" />
        <source>New course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="63" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="89" />
        <source>Course outline: drag to reorder, or Ctrl+Up and Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="91" />
        <source>Add module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="94" />
        <source>Add lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="97" />
        <location filename="../../ui/screens/authoring.py" line="295" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="102" />
        <source>Drag to reorder · Ctrl+↑/↓ moves the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="114" />
        <source>Choose a course, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="152" />
        <source>  (draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="187" />
        <source>&lt;b style='color:#047857'&gt;Published&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="188" />
        <source>&lt;b style='color:#b45309'&gt;Draft&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="189" />
        <source>Unpublish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="189" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="198" />
        <source>New course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="198" />
        <source>Title of the new course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="210" />
        <source>Course created as a draft; publish it when it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="220" />
        <source>Published: learners see it after their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="221" />
        <source>Unpublished: it leaves the catalogue at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="260" />
        <source>Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="269" />
        <source>New module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="280" />
        <source>Select a module first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="284" />
        <source>New lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="294" />
        <source>this module and all its lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="294" />
        <source>this lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="295" />
        <source>Delete {0}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="339" />
        <source>Course saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="345" />
        <source>Module saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="351" />
        <source>Lesson saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="358" />
        <source>Text saved; it reaches learners at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="367" />
        <source>Quiz saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="378" />
        <source>Image added to the text; save the text to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/authoring.py" line="388" />
        <source>{0} attached.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="46" />
        <source>Search courses (title, topic, tag)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="47" />
        <source>Search courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="52" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="53" />
        <source>Difficulty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="54" />
        <source>Course type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="55" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="64" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="66" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="67" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="68" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="69" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="69" />
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="71" />
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="83" />
        <source>Course page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="85" />
        <location filename="../../ui/screens/catalogue.py" line="205" />
        <source>&amp;Enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="87" />
        <location filename="../../ui/screens/catalogue.py" line="206" />
        <source>Enrol in this course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="126" />
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="127" />
        <source>Any level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="128" />
        <source>Any type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="129" />
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="146" />
        <source>{0} courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="147" />
        <source>No course matches. Clear a filter or try other words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="181" />
        <source>about {0} hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="181" />
        <source>{0} lessons in {1} modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="187" />
        <source>What you will learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="188" />
        <source>Before you start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="202" />
        <source>&amp;Open course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="203" />
        <source>Open this course's outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/catalogue.py" line="223" />
        <source>You are enrolled. It is saved on this computer; the bootcamp confirms it at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateAdminModel</name>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="17" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="18" />
        <source>Enrolment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="19" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="20" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="21" />
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="24" />
        <source>Eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="31" />
        <source>✓ eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="33" />
        <source>issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/certificate_admin_model.py" line="34" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatesAdminScreen</name>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="57" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="81" />
        <source>Issue certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="84" />
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="87" />
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="89" />
        <source>Copy verification link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="143" />
        <source>{0} enrolled · {1} certificates · {2} eligible now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="167" />
        <source>Certificate &lt;b&gt;{0}&lt;/b&gt;, issued {1} · {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="170" />
        <source>Verify at {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="172" />
        <source>&lt;span style='color:#b91c1c'&gt;Revoked: {0}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="174" />
        <source>&lt;span style='color:#047857'&gt;Eligible: completed with passing scores (grade {0}).&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="177" />
        <source>Not eligible yet: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="186" />
        <source>No certificate yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="196" />
        <source>Rendering the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="222" />
        <source>Saved {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="226" />
        <source>The certificate could not be rendered: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="261" />
        <source>Save the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="262" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="270" />
        <source>Verification link copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="285" />
        <source>Certificate issued; {0} gets it at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="289" />
        <source>Revoke the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="290" />
        <source>Why? (shown to anyone who verifies it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates_admin.py" line="306" />
        <source>Certificate revoked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../ui/screens/certificates.py" line="50" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="51" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="52" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="54" />
        <source>My certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="66" />
        <location filename="../../ui/screens/certificates.py" line="171" />
        <source>Preparing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="69" />
        <source>Certificate preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="74" />
        <source>&amp;Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="77" />
        <source>&amp;Copy verification link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="115" />
        <source>No certificate yet. Complete every lesson of a course to earn one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="174" />
        <source>No preview: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="185" />
        <source>No preview available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="211" />
        <source>Export certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="212" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="225" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="233" />
        <source>Saved {0}. The verification link is printed on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="238" />
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/certificates.py" line="244" />
        <source>Copied {0}. Checking it online needs a connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="37" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="38" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="39" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="40" />
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="41" />
        <source>Where they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="42" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="45" />
        <source>The latest activity this computer has from the learner; a stand-in for their last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="47" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/cohort_model.py" line="43" />
        <source>no activity recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <location filename="../../ui/screens/cohort.py" line="41" />
        <source>Workshop course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/cohort.py" line="61" />
        <source>“Last seen” is the latest activity this computer holds for each learner (lessons opened, quizzes, posts); it arrives with their sync, so it tells you roughly when they last synced. “Offline” is the share of their lesson activity done without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/cohort.py" line="99" />
        <source>&lt;b&gt;{0} learners&lt;/b&gt; · {1} · seen today: {2} · this week: {3}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../ui/widgets/grading/conflict_banner.py" line="57" />
        <source>Open the Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/conflict_banner.py" line="77" />
        <source>another grader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/conflict_banner.py" line="81" />
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt; graded this on the server{1}: {2}. Yours: {3}.&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/conflict_banner.py" line="84" />
        <source>&lt;b&gt;⚠ Grade conflict&lt;/b&gt; — the server kept another grade; yours is kept here, not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/conflict_banner.py" line="86" />
        <source>Decide which grade stands in the Sync panel (Ctrl+Shift+Y).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="69" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="83" />
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="88" />
        <source>One outcome per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="90" />
        <source>comma, separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="91" />
        <source>Featured in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="92" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="92" />
        <source>Address (slug)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="93" />
        <source>Short description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="93" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="94" />
        <source>Difficulty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="94" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="95" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="95" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="96" />
        <source>Learning outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="96" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseTreeModel</name>
    <message>
        <location filename="../../ui/models/course_tree_model.py" line="110" />
        <source>{0} lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/course_tree_model.py" line="124" />
        <source> · preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <location filename="../../ui/widgets/grading/rubric_panel.py" line="111" />
        <source>Comment on {0} (Enter: next criterion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/rubric_panel.py" line="112" />
        <source>Comment on {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiscussionsScreen</name>
    <message>
        <location filename="../../ui/screens/discussions.py" line="59" />
        <source>Course or project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="63" />
        <source>Search threads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="64" />
        <source>Search threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="67" />
        <source>&amp;New thread…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="77" />
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="78" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="79" />
        <location filename="../../ui/screens/discussions.py" line="94" />
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="80" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="80" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="81" />
        <location filename="../../ui/screens/discussions.py" line="204" />
        <source>✓ Solved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="83" />
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="100" />
        <source>Mark as &amp;solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="103" />
        <source>▲ &amp;Helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="106" />
        <source>Answer the selected &amp;reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="110" />
        <source>Your reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="111" />
        <source>Write a reply… (Ctrl+Enter to post; works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="116" />
        <source>&amp;Post reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="157" />
        <source>Project: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="181" />
        <source>No thread here yet. Start one with New thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="263" />
        <source>Reply saved on this computer; it is posted at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/discussions.py" line="294" />
        <source>Thread saved on this computer; it is posted at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="49" />
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="51" />
        <source>Override: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="55" />
        <source>Why the grade differs from the rubric (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="59" />
        <source>What the learner did well and what matters most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="60" />
        <source>One suggestion per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="61" />
        <source>One step per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="68" />
        <source>&amp;Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="69" />
        <source>R&amp;eason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="70" />
        <source>&amp;Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="72" />
        <source>&amp;Improvements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="72" />
        <source>Ne&amp;xt steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="80" />
        <source>Submit grade  (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="85" />
        <source>Request revision  (Ctrl+Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="168" />
        <source>Automatic ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="171" />
        <source> (overridden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="176" />
        <source>this rubric's scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="176" />
        <source>your scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/feedback_form.py" line="177" />
        <source>default scale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeEditor</name>
    <message>
        <location filename="../../ui/widgets/grading/grade_editor.py" line="127" />
        <source>Earlier feedback: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <location filename="../../ui/dialogs/grade_scale_dialog.py" line="24" />
        <source>Grade scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/grade_scale_dialog.py" line="25" />
        <source>Use the default scale (90 / 80 / 70 / 60)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/grade_scale_dialog.py" line="38" />
        <source>{0} from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/grade_scale_dialog.py" line="45" />
        <source>Minimum percentage of the rubric's maximum for each grade; below D is F. A rubric's own scale, set in the rubric editor, comes first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradingQueueModel</name>
    <message>
        <location filename="../../ui/models/grading_queue_model.py" line="146" />
        <source>revision {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grading_queue_model.py" line="148" />
        <source>Grade conflict with another instructor: see the grading panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grading_queue_model.py" line="150" />
        <source>A draft of your grade is saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <location filename="../../ui/screens/grading.py" line="90" />
        <source>Grading queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="148" />
        <location filename="../../ui/screens/grading.py" line="168" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="151" />
        <location filename="../../ui/screens/grading.py" line="168" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="155" />
        <location filename="../../ui/screens/grading.py" line="169" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="158" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="160" />
        <source>Hide learners' names while grading (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="162" />
        <source>Scale…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="164" />
        <source>Your default A–F scale, for rubrics without their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="189" />
        <source>Next submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="190" />
        <source>Previous submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="192" />
        <source>Submit grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="193" />
        <source>Request revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="195" />
        <source>Insert snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="196" />
        <source>Save as snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="197" />
        <source>Anonymous grading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="198" />
        <source>Focus rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="199" />
        <source>Focus queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="200" />
        <source>Next file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="201" />
        <source>Previous file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="202" />
        <source>Open link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="210" />
        <source>All my courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="222" />
        <source>All assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="260" />
        <source>Nothing to grade here. Try another status or course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="268" />
        <source>{0} in this queue · {1} waiting for a grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="289" />
        <source>That was the last submission in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="320" />
        <source>Draft restored from {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="351" />
        <source>Draft saved on this computer; the learner sees nothing until you submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="386" />
        <source>Graded {0}: {1} ({2:g}). It reaches the learner at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="389" />
        <source>Revision requested from {0}. It reaches the learner at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="399" />
        <source>End of the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/grading.py" line="446" />
        <source>Saved as a snippet: Ctrl+Space inserts it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="46" />
        <source>&amp;Continue lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="48" />
        <source>Continue with the next lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="51" />
        <source>Pick up where you left off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="59" />
        <location filename="../../ui/screens/home.py" line="80" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="60" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="61" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="62" />
        <source>Next lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="63" />
        <source>Time spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="64" />
        <source>On this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="66" />
        <location filename="../../ui/screens/home.py" line="92" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="78" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="78" />
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="79" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="81" />
        <source>Your work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="83" />
        <location filename="../../ui/screens/home.py" line="94" />
        <source>Deadlines coming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="110" />
        <source>Ready offline · {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="111" />
        <source>{0} of {1} files to download · {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="117" />
        <source>{0} files, {1} here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="122" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;Sign in to see your courses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="127" />
        <source>Everything here is on this computer: you can study without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="129" />
        <source>Your work is saved here first and sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="134" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="138" />
        <source>No lesson waiting. Find a new course in the Catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="145" />
        <source>Downloaded on this computer: {0} (lesson media, your files and your projects' files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="148" />
        <source>{0} of your courses' {1} still to download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="150" />
        <source>All your courses' lessons are ready offline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/widgets/grading/viewers.py" line="48" />
        <source>Image preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="56" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="57" />
        <source>Free preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="58" />
        <source>Save details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="62" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="63" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="70" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="75" />
        <source>Write the lesson in Markdown: # headings, **bold**, lists, tables…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="82" />
        <source>Insert image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="83" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="84" />
        <source>Save text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="103" />
        <source>Attach video…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="104" />
        <source>Video (*.mp4 *.webm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="105" />
        <source>Attach a download…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="106" />
        <source>Files (*.pdf *.png *.jpg *.mp3 *.ogg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="120" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="121" />
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="122" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="142" />
        <source>The text of this lesson is not downloaded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="148" />
        <source>Main media: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="148" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/lesson_editor.py" line="174" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="78" />
        <source>Open the &amp;assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="97" />
        <source>Resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="98" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="99" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="100" />
        <source />
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="100" />
        <source>not downloaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="102" />
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="105" />
        <source>Open / save a &amp;copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="112" />
        <source>&lt;b&gt;Resources&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="119" />
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="123" />
        <source>&amp;Mark as complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="127" />
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="131" />
        <source>Course &amp;outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="162" />
        <source>&lt;h2&gt;No lesson open&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="163" />
        <source>Choose a lesson in My courses or on Home.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="186" />
        <source>  (optional module)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="201" />
        <source>This lesson is not downloaded yet. Download its course or module for offline study in My courses; downloading needs a connection to the bootcamp's server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="223" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="227" />
        <source>{0} studied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="229" />
        <source>best score {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="231" />
        <source>Preview: enrol to keep your progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="231" />
        <source>Not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="245" />
        <source>Pass mark {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="248" />
        <source>attempts used: {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="250" />
        <source>attempts: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="252" />
        <source>your best: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="258" />
        <source>Enrol in the course to answer these questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="261" />
        <source>You have used all {0} attempts. Your best score is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="275" />
        <source>no due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="341" />
        <source>Lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="360" />
        <source>Your answers are handed in; the official grade arrives at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="378" />
        <source>This link is not a web address, so it is not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="381" />
        <source>Opening {0} in your browser (it needs a connection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="384" />
        <source>{0} is not downloaded yet; download the course in My courses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="386" />
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="392" />
        <source>Could not save the file: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson_viewer.py" line="394" />
        <source>Saved {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>Fataplus Bootcamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>&amp;View</source>
        <translation>&amp;Jery</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>⚠ {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;File</source>
        <translation>&amp;Rakitra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Sign &amp;in…</source>
        <translation>&amp;Hiditra…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Sign &amp;out</source>
        <translation>&amp;Hivoaka</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;Sync now</source>
        <translation>&amp;Ampifanaraho izao</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Sync &amp;panel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Quit</source>
        <translation>&amp;Hiala</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>demo replica, offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>{0} · {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Backup written and verified: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Backup failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Replica backups (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>The replica goes back to {0}. Changes you made since that are not synced yet are kept and sent at the next sync; the current replica is kept as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Not restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Restored {0}; {1} unsynced changes kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Signed out here; the server could not be reached to revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Getting your courses from the server… This is the first sync of this replica; once it is done, everything here works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>First sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../ui/screens/lesson/text_view.py" line="24" />
        <source>Lesson text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/text_view.py" line="60" />
        <source>Picture not downloaded yet.
It arrives when you download this course.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="126" />
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="136" />
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="140" />
        <source>One objective per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="141" />
        <source>Required to complete the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="142" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="142" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="143" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="143" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="144" />
        <source>Objectives</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MyCoursesScreen</name>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="53" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="63" />
        <source>Course outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="74" />
        <source>&amp;Open lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="76" />
        <source>Open the selected lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="86" />
        <source>Download progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="163" />
        <source>{0} complete · {1} modules · {2} lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="201" />
        <source>module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="201" />
        <source>course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="203" />
        <source>No files in this {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="206" />
        <source>✓ {0} ready offline ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="209" />
        <source>Download {0} for offline ({1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="218" />
        <source>All {0} files ({1}) are already on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="224" />
        <source>Downloading needs a server, and this replica has none configured (File ▸ Sign in). The demo bootcamp's media is already on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="229" />
        <source>Download for offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="230" />
        <source>Download {0} files ({1}) now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="235" />
        <source>%p% of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="237" />
        <source>Downloading {0} files ({1})…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="255" />
        <source>Downloaded {0} files. This course works offline now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/my_courses.py" line="262" />
        <source>The download stopped: {0} What arrived is kept; it resumes next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="25" />
        <source>New thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="28" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="32" />
        <source>Kind of thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="37" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="43" />
        <source>&amp;Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="47" />
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="48" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="49" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="50" />
        <source>&amp;Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/new_thread.py" line="63" />
        <source>Give the thread a title and a message.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/models/outline_model.py" line="104" />
        <source> (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="107" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="107" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="111" />
        <source>{0}/{1} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="117" />
        <source>{0} · {1} to download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="132" />
        <source> · preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="134" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="138" />
        <source> · best {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="143" />
        <source>not downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/outline_model.py" line="143" />
        <source>✓ {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/grading/viewers.py" line="137" />
        <source>◀ Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/viewers.py" line="138" />
        <source>Page ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/viewers.py" line="188" />
        <source>Page {0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerOverviewModel</name>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="24" />
        <source>Learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="25" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="26" />
        <source>Reviews done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="27" />
        <source>none assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="29" />
        <source>Reviewers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerReviewAdminScreen</name>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="62" />
        <source> reviewers each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="63" />
        <source>Reviewers stay anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="65" />
        <source>Assign reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="69" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="88" />
        <source>Remove review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="91" />
        <source>Remove its text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="95" />
        <source>Moderation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="149" />
        <source>{0} submissions · {1} reviews assigned, {2} done, {3} waiting · load per reviewer {4}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="167" />
        <source>&lt;b&gt;Reviews of {0}'s submission&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="183" />
        <source>Assigned {0} new reviews; reviewers get them at their next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="185" />
        <source>{0} submissions have fewer eligible reviewers than asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="199" />
        <source>Moderate a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="199" />
        <source>Why? (kept in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review_admin.py" line="211" />
        <source>Review moderated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="52" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="52" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="52" />
        <source>To write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="53" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="54" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="55" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="57" />
        <source>Reviews assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="71" />
        <source>The submission to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="77" />
        <source>Ratings per criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="85" />
        <source>Strengths, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="86" />
        <source>Improvements, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="87" />
        <source>Detailed feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="88" />
        <source>&amp;Send review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="97" />
        <source>&lt;b&gt;Rate each criterion&lt;/b&gt; (select a cell and type, or press F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="100" />
        <source>Strengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="100" />
        <source>Improvements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="106" />
        <source>&lt;b&gt;Detailed feedback&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="151" />
        <source>{0} reviews to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="152" />
        <source>No review waiting. New reviews are assigned by your instructors and arrive at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="158" />
        <source>&lt;h2&gt;Peer review&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="176" />
        <source>by an anonymous classmate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="176" />
        <source>by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="177" />
        <source>You sent this review; it cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="178" />
        <source>Your notes are kept on this computer until you send the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="202" />
        <source>Your unsent notes for this review were restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/peer_review.py" line="239" />
        <source>Review sent (overall {0:g} / 5). Saved here; it reaches your classmate at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../../ui/screens/presenter.py" line="126" />
        <source>Present full screen  (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/presenter.py" line="135" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/presenter.py" line="137" />
        <source>Start at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/presenter.py" line="140" />
        <source>Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/presenter.py" line="143" />
        <source>On the projector: → next lesson · ← previous · A shows quiz answers · + − type size · Esc leaves. Everything comes from this computer: no connection needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../ui/screens/presenter.py" line="33" />
        <source>Presenting — Fataplus Bootcamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/presenter.py" line="68" />
        <source>{0} / {1}   ·   ← → lessons   ·   A answers   ·   + − size   ·   Esc leaves</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="38" />
        <source>Your data</source>
        <translation>Ny angonao</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="44" />
        <source>E&amp;xport my data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="46" />
        <source>Delete my account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="54" />
        <source>Exporting or deleting your data is done by the bootcamp's server; this demo replica has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="66" />
        <source>Export my data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="67" />
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="72" />
        <source>Delete my account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="73" />
        <source>This erases your account, your work and your posts on the bootcamp, on every computer, and cannot be undone.
Type your email to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="83" />
        <source>Preparing your export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="89" />
        <source>Exported {0} records and {1} files to {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="101" />
        <source>Deleting your account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="110" />
        <source>Account deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="111" />
        <source>Your account and everything of yours on this computer are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="118" />
        <source>For your safety, sign in again; the deletion goes on right after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/privacy_panel.py" line="123" />
        <source>Not done: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/models/problems_model.py" line="57" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="57" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="57" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="59" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/problems_model.py" line="59" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/screens/profile.py" line="179" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="184" />
        <location filename="../../ui/screens/profile.py" line="267" />
        <source>About me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="188" />
        <location filename="../../ui/screens/profile.py" line="270" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="189" />
        <location filename="../../ui/screens/profile.py" line="270" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="190" />
        <location filename="../../ui/screens/profile.py" line="270" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="193" />
        <source>Timezone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="199" />
        <source>Languages I read, most preferred first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="203" />
        <source>Language of this app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="208" />
        <source>Current role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="211" />
        <source>Years of experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="214" />
        <location filename="../../ui/screens/profile.py" line="276" />
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="217" />
        <source>Design experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="218" />
        <location filename="../../ui/screens/profile.py" line="238" />
        <source>(not said)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="222" />
        <source>I have farming experience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="225" />
        <source>Role in agriculture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="226" />
        <location filename="../../ui/screens/profile.py" line="279" />
        <source>Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="227" />
        <location filename="../../ui/screens/profile.py" line="279" />
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="228" />
        <location filename="../../ui/screens/profile.py" line="280" />
        <source>GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="231" />
        <source>Learning goals, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="237" />
        <source>Preferred learning style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="242" />
        <source>I can mentor other learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="245" />
        <source>Design tools and my level (0-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="247" />
        <source>Agricultural domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="250" />
        <source>The parts of agriculture you work in or care about, separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="251" />
        <source>Availability (hours per week day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="254" />
        <source>For each day you can study: the hours you are free (monday: 18-21) or how many hours (saturday: 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="267" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="267" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="268" />
        <source>A&amp;bout me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="269" />
        <source>Where and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="271" />
        <source>&amp;Timezone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="272" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="272" />
        <source>I read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="273" />
        <source>App language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="275" />
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="276" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="276" />
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="277" />
        <source>Design level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="277" />
        <source>In agriculture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="278" />
        <source>Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="279" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="281" />
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="282" />
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="282" />
        <source>Style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="282" />
        <source>Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="283" />
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="291" />
        <source>&amp;Save profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="295" />
        <source>&amp;Undo changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="304" />
        <source>&lt;h2&gt;My profile&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="329" />
        <source>Your unsaved changes were restored. Save them or undo them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="380" />
        <source>'{0}' is not a day and hours (write it like monday: 18-21 or saturday: 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="427" />
        <source>Profile saved on this computer; it is sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="428" />
        <source>Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="437" />
        <source>Changes undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/profile.py" line="444" />
        <source>The app's language changes the next time it starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../ui/screens/projects.py" line="53" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="54" />
        <source>My role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="55" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="57" />
        <source>My design projects</source>
        <translation>Ny tetikasako</translation>
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="67" />
        <source>Project brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="69" />
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="70" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="71" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="71" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="71" />
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="72" />
        <source>Contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="74" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="80" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="85" />
        <source>Project files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="95" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="95" />
        <source> (final)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="96" />
        <source>Uploaded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="97" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="98" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="99" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="101" />
        <source>Versions of the selected file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="105" />
        <source>&amp;Upload new version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="108" />
        <source>Add a new &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="111" />
        <source>Mark version as &amp;final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="114" />
        <source>&amp;Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="131" />
        <source>&lt;b&gt;Files&lt;/b&gt; (newest version of each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="166" />
        <source>for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="167" />
        <source>{0} weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="217" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="233" />
        <source>{0} v{1} saved on this computer; it is uploaded at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="258" />
        <source>This file lives online ({0}); open it with a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="260" />
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/projects.py" line="267" />
        <source>Saved {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="49" />
        <source>Add question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="52" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="73" />
        <source>Correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="73" />
        <source>Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="76" />
        <source>Add choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="78" />
        <source>Remove choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="91" />
        <source>Accepted answers, one per line (compared ignoring case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="96" />
        <source>Shown after answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="98" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="99" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="100" />
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="101" />
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="110" />
        <source>unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="115" />
        <source>Save quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="119" />
        <source>Pass mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/authoring/quiz_editor.py" line="121" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="69" />
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="70" />
        <source>Type your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="76" />
        <location filename="../../ui/screens/lesson/quiz_view.py" line="189" />
        <source>Check &amp;answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="78" />
        <source>Check the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="81" />
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="169" />
        <source>Question {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="170" />
        <source>Choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="170" />
        <source>Choose every answer that applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="171" />
        <source>Type a short answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="243" />
        <source>&amp;Finish attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="243" />
        <source>&amp;Next question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="249" />
        <source>Passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="249" />
        <source>Not passed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="252" />
        <source>{0} of {1} questions right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/quiz_view.py" line="254" />
        <source>{0} of {1} answers right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../ui/models/rating_model.py" line="91" />
        <source>Rating from 1 to 5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../ui/widgets/reply_delegate.py" line="65" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/reply_delegate.py" line="67" />
        <source>{0} helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/reply_delegate.py" line="69" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyTreeModel</name>
    <message>
        <location filename="../../ui/models/reply_model.py" line="81" />
        <source>Solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/reply_model.py" line="83" />
        <source>{0} found it helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/reply_model.py" line="85" />
        <source>waiting to be sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="36" />
        <source> (anonymous)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="36" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="37" />
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="37" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="37" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="38" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/peer_overview_model.py" line="39" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricEditModel</name>
    <message>
        <location filename="../../ui/models/rubric_edit_model.py" line="145" />
        <source>max {0:g}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricEditorScreen</name>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="63" />
        <source>Assignments</source>
        <translation>Asa atao</translation>
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="76" />
        <source>Own A–F scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="95" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="96" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="97" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="117" />
        <source>Add criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="118" />
        <source>Add level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="119" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="120" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="121" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="138" />
        <source>Use this JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="147" />
        <source>Criteria and levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="148" />
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="153" />
        <source>Reuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="157" />
        <source>Start from the rubric of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="164" />
        <location filename="../../ui/screens/rubric_editor.py" line="265" />
        <location filename="../../ui/screens/rubric_editor.py" line="395" />
        <source>Save rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="168" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="221" />
        <source>Unsaved rubric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="222" />
        <source>Discard your changes to this rubric?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="274" />
        <source>✗ {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="278" />
        <source>unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="278" />
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="279" />
        <source>✓ Valid: {0} criteria, {1:g} points ({2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="301" />
        <source>New criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="312" />
        <source>New level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="356" />
        <source>✗ The JSON was not used: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="370" />
        <source>Rubric copied in; Save to keep it for this assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="385" />
        <source>⚠ Existing grades refer to {0}; they keep their points, but those levels will no longer show. Save again to save anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="387" />
        <source>Save anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="391" />
        <source>✗ Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/rubric_editor.py" line="396" />
        <source>Rubric saved; it reaches the server at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../ui/widgets/grading/rubric_panel.py" line="227" />
        <source>This assignment has no rubric.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="73" />
        <source>Home</source>
        <translation>Fandraisana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="74" />
        <source>Catalogue</source>
        <translation>Katalaogy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="75" />
        <source>My courses</source>
        <translation>Ny fianarako</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="76" />
        <source>Lesson</source>
        <translation>Lesona</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="77" />
        <source>Assignments</source>
        <translation>Asa atao</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="78" />
        <source>Peer review</source>
        <translation>Fanombanana ataon'ny mpiara-mianatra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="79" />
        <source>Discussions</source>
        <translation>Resadresaka</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="80" />
        <source>My design projects</source>
        <translation>Ny tetikasako</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="81" />
        <location filename="../../ui/screens/staff_screens.py" line="27" />
        <source>Certificates</source>
        <translation>Taratasy fanamarinana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/learner_screens.py" line="82" />
        <source>Profile</source>
        <translation>Momba ahy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="23" />
        <source>Grading</source>
        <translation>Fanomezana naoty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="24" />
        <source>Rubrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="25" />
        <source>Course authoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="26" />
        <source>Peer reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="28" />
        <source>Analytics</source>
        <translation>Antontan'isa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="29" />
        <source>Workshop cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="30" />
        <source>Presenter</source>
        <translation>Fampisehoana</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff_screens.py" line="31" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="34" />
        <source>Sign in</source>
        <translation>Hiditra</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="41" />
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="42" />
        <source>Your browser will open on the server's sign-in page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="49" />
        <source>Certificate fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="54" />
        <source>Sign in with browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="59" />
        <source>Server</source>
        <translation>Mpizara</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="60" />
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="79" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="97" />
        <source>Waiting for you to sign in in the browser. If it did not open, &lt;a href="{0}"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="106" />
        <source>{0}
If this is your workshop's hub, type the certificate fingerprint the facilitator reads out, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="115" />
        <source>Sign-in did not complete: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <location filename="../../ui/dialogs/snippet_picker.py" line="15" />
        <source>Insert a comment snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/snippet_picker.py" line="21" />
        <source>Type to filter; ↑↓ to choose; Enter inserts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/snippet_picker.py" line="34" />
        <source>Save a new snippet from any comment with Ctrl+Shift+S.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmissionPreview</name>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="91" />
        <source>Open in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="128" />
        <source>No submission selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="143" />
        <source>No files or links in this submission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="166" />
        <source>submitted {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="168" />
        <source>revision {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="170" />
        <source>score {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="180" />
        <source>image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="180" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="180" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="203" />
        <source>&lt;p&gt;This link opens outside the app ({0}); it needs a connection.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="208" />
        <source>{0} ({1}) is not downloaded yet; it comes with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="209" />
        <source>size unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/grading/submission_preview.py" line="219" />
        <source>{0}: no preview for this kind of file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="97" />
        <source>Synced</source>
        <translation>Voaampifanaraka</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="97" />
        <source>Synced; {0} changes need your decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="46" />
        <source>Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="57" />
        <source>Nothing needs your decision: every change you made was taken by the server or is waiting for the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="66" />
        <source>&amp;Send mine again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="68" />
        <source>&amp;Discard mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="75" />
        <source>Your version (kept here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="75" />
        <source>On the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="120" />
        <source>(the server sent no version of its own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="135" />
        <source>Discard your change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_panel.py" line="136" />
        <source>Your version will be dropped and the server's version kept. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="41" />
        <location filename="../../ui/widgets/sync_status.py" line="70" />
        <source>Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="57" />
        <source>Offline demo replica: nothing to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="59" />
        <source>Last sync: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="61" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="62" />
        <source>{0} pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="64" />
        <source>{0} need your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="66" />
        <source>last attempt: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="70" />
        <source>Sync panel ({0})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="44" />
        <source>This computer cannot play video inside the app ({0}). Open the lesson's video in your own player instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="49" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="51" />
        <location filename="../../ui/screens/lesson/video_view.py" line="141" />
        <source>▶ &amp;Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="53" />
        <source>Play or pause the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="55" />
        <source>Open in my &amp;video player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="62" />
        <source>Position in the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="104" />
        <source>Resuming at {0}, where you stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/lesson/video_view.py" line="141" />
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ui/widgets/authoring/forms.py" line="50" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>