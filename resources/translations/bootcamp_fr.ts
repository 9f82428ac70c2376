<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalyticsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="49" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="63" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="68" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="70" />
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="82" />
        <source>Figures of the report</source>
        <translation>Chiffres du rapport</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="115" />
        <source>All my courses</source>
        <translation>Tous mes cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="173" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="173" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="184" />
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d'écrire {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/analytics.py" line="188" />
        <source>Exported %n row(s) to {0}</source>
        <translation>
            <numerusform>%n ligne exportée vers {0}</numerusform>
            <numerusform>%n lignes exportées vers {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="87" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="88" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="89" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="93" />
        <source>My assignments</source>
        <translation>Mes devoirs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="107" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="109" />
        <source>Rubric</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="117" />
        <source>&lt;b&gt;How it will be graded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment ce sera noté&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="120" />
        <source>&amp;Task and rubric</source>
        <translation>&amp;Consigne et grille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="130" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="173" />
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="132" />
        <source>Write about your work: what you did, what you learned, what you would change.</source>
        <translation>Parlez de votre travail : ce que vous avez fait, ce que vous avez appris, ce que vous changeriez.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="137" />
        <source>Links, one per line</source>
        <translation>Liens, un par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="139" />
        <source>One link per line, e.g. Figma prototype https://www.figma.com/file/…</source>
        <translation>Un lien par ligne, par ex. Prototype Figma https://www.figma.com/file/…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="143" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="146" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="147" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="149" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="154" />
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="156" />
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="159" />
        <source>&amp;Remove file</source>
        <translation>&amp;Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="167" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="296" />
        <source>&amp;Hand in</source>
        <translation>&amp;Rendre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="178" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="189" />
        <source>&amp;My work</source>
        <translation>&amp;Mon travail</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="194" />
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="195" />
        <source>&amp;Feedback</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="197" />
        <source>Open the &amp;lesson</source>
        <translation>Ouvrir la &amp;leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="263" />
        <source>due {0} ({1})</source>
        <translation>échéance {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="265" />
        <source>time limit {0}</source>
        <translation>durée limite {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="267" />
        <source>{0:g} points, pass at {1:g}</source>
        <translation>{0:g} points, réussite à {1:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="296" />
        <source>&amp;Hand in revision</source>
        <translation>&amp;Rendre la révision</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="299" />
        <source>up to {0:g} MB each</source>
        <translation>jusqu'à {0:g} Mo chacun</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="301" />
        <source>Accepted: {0} · {1} · at most {2} files</source>
        <translation>Acceptés : {0} · {1} · {2} fichiers au plus</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="306" />
        <source>This assignment takes no files.</source>
        <translation>Ce devoir ne demande aucun fichier.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="308" />
        <source>Not started. Your draft is saved on this computer as you type, even offline.</source>
        <translation>Pas commencé. Votre brouillon est enregistré sur cet ordinateur pendant que vous écrivez, même hors ligne.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="309" />
        <source>Draft, saved on this computer. Hand it in when it is ready.</source>
        <translation>Brouillon enregistré sur cet ordinateur. Rendez-le quand il est prêt.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="310" />
        <source>Handed in {0}. It is read-only while the instructor reviews it.</source>
        <translation>Rendu le {0}. Il est en lecture seule pendant que le formateur l'examine.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="311" />
        <source>Under review since {0}: read-only.</source>
        <translation>En cours d'examen depuis le {0} : lecture seule.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="312" />
        <source>Graded. A graded submission is read-only.</source>
        <translation>Noté. Un rendu noté est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="314" />
        <source>Revision requested: read the feedback, change your work, and hand it in again.</source>
        <translation>Révision demandée : lisez le retour, modifiez votre travail et rendez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="320" />
        <source>An automatically graded quiz: answer it in its lesson.</source>
        <translation>Un quiz corrigé automatiquement : répondez-y dans sa leçon.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="329" />
        <source>Revisions handed in: {0}.</source>
        <translation>Révisions rendues : {0}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="360" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="368" />
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="369" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="397" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="431" />
        <source>Draft saved on this computer.</source>
        <translation>Brouillon enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="444" />
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="465" />
        <source>Not attached: {0}</source>
        <translation>Non joint : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="469" />
        <source>Attached {0} ({1}).</source>
        <translation>{0} joint ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="496" />
        <source>Handed in ({0}). Saved on this computer; it reaches your instructor at the next sync.</source>
        <translation>Rendu ({0}). Enregistré sur cet ordinateur ; il parvient à votre formateur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="508" />
        <source>Could improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="509" />
        <source>From your classmates</source>
        <translation>De vos camarades</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="510" />
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="511" />
        <source>Grade {0}</source>
        <translation>Note {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="512" />
        <source>No feedback yet. Feedback and grades arrive with the next sync.</source>
        <translation>Pas encore de retour. Les retours et les notes arrivent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="513" />
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="70" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="74" />
        <source>e.g. submissions</source>
        <translation>par ex. submissions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="76" />
        <source>user id</source>
        <translation>identifiant de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="82" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="83" />
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="84" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="86" />
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="87" />
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="93" />
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="95" />
        <source>No entry to show: the audit log is kept by the server.</source>
        <translation>Aucune entrée à afficher : le journal d'audit est conservé par le serveur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="101" />
        <source>Details of the selected entry</source>
        <translation>Détails de l'entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="107" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="108" />
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="109" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="114" />
        <source>Between (UTC)</source>
        <translation>Entre (UTC)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="123" />
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal d'audit&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="133" />
        <source>The audit log is kept by the server: press Search to read it.</source>
        <translation>Le journal d'audit est tenu par le serveur : appuyez sur Rechercher pour le lire.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="135" />
        <source>The audit log is kept by the server, and this replica has none.</source>
        <translation>Le journal d'audit est tenu par le serveur, et cette réplique n'en a pas.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="153" />
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="213" />
        <source>Check the filters: {0}</source>
        <translation>Vérifiez les filtres : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="155" />
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d'audit…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="177" />
        <source> (all)</source>
        <translation> (tous)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="176" />
        <source>Entries shown: %n</source>
        <translation>
            <numerusform>Entrée affichée : %n</numerusform>
            <numerusform>Entrées affichées : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="182" />
        <source>Could not read the audit log: {0}</source>
        <translation>Impossible de lire le journal d'audit : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="202" />
        <source>Export the audit log</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="202" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="218" />
        <source>Exported {0} bytes to {1}</source>
        <translation>{0} octets exportés vers {1}</translation>
    </message>
</context>
<context>
    <name>AuthoringScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="56" />
        <source>New course…</source>
        <translation>Nouveau cours…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="64" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="90" />
        <source>Course outline: drag to reorder, or Ctrl+Up and Ctrl+Down</source>
        <translation>Plan du cours : faites glisser pour réordonner, ou Ctrl+Haut et Ctrl+Bas</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="92" />
        <source>Add module</source>
        <translation>Ajouter un module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="95" />
        <source>Add lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="322" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="103" />
        <source>Drag to reorder · Ctrl+↑/↓ moves the selected item</source>
        <translation>Glisser pour réordonner · Ctrl+↑/↓ déplace l'élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="117" />
        <source>Choose a course, or create one.</source>
        <translation>Choisissez un cours, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="156" />
        <source>  (draft)</source>
        <translation>  (brouillon)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="202" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="204" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="206" />
        <source>Unpublish</source>
        <translation>Dépublier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="206" />
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="215" />
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="215" />
        <source>Title of the new course:</source>
        <translation>Titre du nouveau cours :</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="227" />
        <source>Course created as a draft; publish it when it is ready.</source>
        <translation>Cours créé en brouillon ; publiez-le quand il sera prêt.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="238" />
        <source>Published: learners see it after their next sync.</source>
        <translation>Publié : les apprenants le voient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="240" />
        <source>Unpublished: it leaves the catalogue at the next sync.</source>
        <translation>Dépublié : il quitte le catalogue à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="280" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="290" />
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="302" />
        <source>Select a module first.</source>
        <translation>Sélectionnez d'abord un module.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="309" />
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="320" />
        <source>this module and all its lessons</source>
        <translation>ce module et toutes ses leçons</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="320" />
        <source>this lesson</source>
        <translation>cette leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="322" />
        <source>Delete {0}?</source>
        <translation>Supprimer {0} ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="371" />
        <source>Course saved.</source>
        <translation>Cours enregistré.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="379" />
        <source>Module saved.</source>
        <translation>Module enregistré.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="387" />
        <source>Lesson saved.</source>
        <translation>Leçon enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="396" />
        <source>Text saved; it reaches learners at the next sync.</source>
        <translation>Texte enregistré ; il parvient aux apprenants à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="408" />
        <source>Quiz saved.</source>
        <translation>Quiz enregistré.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="422" />
        <source>Image added to the text; save the text to keep it.</source>
        <translation>Image ajoutée au texte ; enregistrez le texte pour la garder.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/authoring.py" line="435" />
        <source>{0} attached.</source>
        <translation>{0} joint.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="57" />
        <source>Search courses (title, topic, tag)…</source>
        <translation>Rechercher des cours (titre, sujet, étiquette)…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="58" />
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="63" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="64" />
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="65" />
        <source>Course type</source>
        <translation>Type de cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="66" />
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="77" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="83" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="86" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="89" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="181" />
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n cours</numerusform>
            <numerusform>%n cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="90" />
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="97" />
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="99" />
        <source>No published course matches these filters.</source>
        <translation>Aucun cours publié ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="112" />
        <source>Course page</source>
        <translation>Page du cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="114" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="260" />
        <source>&amp;Enrol</source>
        <translation>&amp;S'inscrire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="116" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="261" />
        <source>Enrol in this course</source>
        <translation>S'inscrire à ce cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="155" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="156" />
        <source>Any level</source>
        <translation>Tous niveaux</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="157" />
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="158" />
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="183" />
        <source>No course matches. Clear a filter or try other words.</source>
        <translation>Aucun cours ne correspond. Retirez un filtre ou essayez d'autres mots.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="222" />
        <source>{0} lessons in {1} modules</source>
        <translation>{0} leçons dans {1} modules</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="221" />
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="233" />
        <source>What you will learn</source>
        <translation>Ce que vous allez apprendre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="234" />
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="243" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="257" />
        <source>&amp;Open course</source>
        <translation>&amp;Ouvrir le cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="258" />
        <source>Open this course's outline</source>
        <translation>Ouvrir le plan de ce cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="279" />
        <source>You are enrolled. It is saved on this computer; the bootcamp confirms it at the next sync.</source>
        <translation>Vous êtes inscrit. C'est enregistré sur cet ordinateur ; le bootcamp le confirme à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="288" />
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="289" />
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="290" />
        <source>Taught by {0}</source>
        <translation>Enseigné par {0}</translation>
    </message>
</context>
<context>
    <name>CertificateAdminModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="20" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="21" />
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="22" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="23" />
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="25" />
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="36" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="47" />
        <source>✓ eligible</source>
        <translation>✓ éligible</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="49" />
        <source>issued</source>
        <translation>délivré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/certificate_admin_model.py" line="50" />
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>CertificatesAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="58" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="65" />
        <source>Learners of the course and their certificates</source>
        <translation>Apprenants du cours et leurs certificats</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="83" />
        <source>Issue certificate</source>
        <translation>Délivrer le certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="86" />
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="89" />
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="91" />
        <source>Copy verification link</source>
        <translation>Copier le lien de vérification</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="146" />
        <source>{0} enrolled · {1} certificates · {2} eligible now</source>
        <translation>{0} inscrits · {1} certificats · {2} éligibles maintenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="177" />
        <source>Certificate &lt;b&gt;{0}&lt;/b&gt;, issued {1} · {2}</source>
        <translation>Certificat &lt;b&gt;{0}&lt;/b&gt;, délivré le {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="182" />
        <source>Verify at {0}</source>
        <translation>Vérifier sur {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="184" />
        <source>Revoked: {0}</source>
        <translation>Révoqué : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="188" />
        <source>Eligible: completed with passing scores (grade {0}).</source>
        <translation>Éligible : cours terminé avec des notes suffisantes (note {0}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="193" />
        <source>Not eligible yet: </source>
        <translation>Pas encore éligible : </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="202" />
        <source>No certificate yet.</source>
        <translation>Pas encore de certificat.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="212" />
        <source>Rendering the certificate…</source>
        <translation>Création du certificat…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="238" />
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="242" />
        <source>The certificate could not be rendered: {0}</source>
        <translation>Le certificat n'a pas pu être créé : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="278" />
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="278" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="287" />
        <source>Verification link copied.</source>
        <translation>Lien de vérification copié.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="305" />
        <source>Certificate issued; {0} gets it at the next sync.</source>
        <translation>Certificat délivré ; {0} le recevra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="311" />
        <source>Revoke the certificate</source>
        <translation>Révoquer le certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="311" />
        <source>Why? (shown to anyone who verifies it)</source>
        <translation>Pourquoi ? (montré à quiconque le vérifie)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates_admin.py" line="330" />
        <source>Certificate revoked.</source>
        <translation>Certificat révoqué.</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="60" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="62" />
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="64" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="68" />
        <source>My certificates</source>
        <translation>Mes certificats</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="80" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="201" />
        <source>Preparing the preview…</source>
        <translation>Préparation de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="83" />
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="88" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="91" />
        <source>&amp;Copy verification link</source>
        <translation>&amp;Copier le lien de vérification</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="131" />
        <source>No certificate yet. Complete every lesson of a course to earn one.</source>
        <translation>Pas encore de certificat. Terminez toutes les leçons d'un cours pour en obtenir un.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="206" />
        <source>No preview: {0}</source>
        <translation>Pas d'aperçu : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="217" />
        <source>No preview available.</source>
        <translation>Aucun aperçu disponible.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="244" />
        <source>Export certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="244" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="258" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="267" />
        <source>Saved {0}. The verification link is printed on it.</source>
        <translation>{0} enregistré. Le lien de vérification y est imprimé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="273" />
        <source>The PDF could not be written: {0}</source>
        <translation>Le PDF n'a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="280" />
        <source>Copied {0}. Checking it online needs a connection.</source>
        <translation>{0} copié. La vérification en ligne demande une connexion.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="290" />
        <source>Anyone can check it at</source>
        <translation>Tout le monde peut le vérifier sur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="291" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="292" />
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="293" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="294" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="295" />
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="296" />
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="297" />
        <source>completed. The bootcamp issues your certificate at the next sync.</source>
        <translation>terminé. Le bootcamp délivre votre certificat à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="31" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="32" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="33" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="35" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="38" />
        <source>Where they are</source>
        <translation>Où ils en sont</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="42" />
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="47" />
        <source>The latest activity this computer has from the learner; a stand-in for their last sync</source>
        <translation>La dernière activité de l'apprenant connue de cet ordinateur ; elle donne une idée de sa dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="52" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="57" />
        <source>Synced with server</source>
        <translation>Synchronisé avec le serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="62" />
        <source>When the learner's app last synced with the server this app is signed in to (the hub in a workshop), as the server saw it</source>
        <translation>Quand l'application de l'apprenant s'est synchronisée pour la dernière fois avec le serveur auquel cette application est connectée (le hub dans un atelier), selon le serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="67" />
        <source>Sent / received</source>
        <translation>Envoyé / reçu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="71" />
        <source>{0} changes sent and applied, {1} refused; {2} rows received</source>
        <translation>{0} modifications envoyées et appliquées, {1} refusées ; {2} lignes reçues</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="75" />
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="104" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="109" />
        <source>Their app has not synced with this server</source>
        <translation>Son application ne s'est pas synchronisée avec ce serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="112" />
        <source> · {0} computers</source>
        <translation> · {0} ordinateurs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="124" />
        <source> (+{0} refused)</source>
        <translation> (+{0} refusées)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/cohort_model.py" line="44" />
        <source>no activity recorded</source>
        <translation>aucune activité enregistrée</translation>
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="50" />
        <source>Workshop course</source>
        <translation>Cours en atelier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="70" />
        <source>Learners of the workshop</source>
        <translation>Apprenants de l'atelier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="85" />
        <source>“Last seen” is the latest activity this computer holds for each learner (lessons opened, quizzes, posts); it arrives with their sync, so it tells you roughly when they last synced. “Offline” is the share of their lesson activity done without a connection.</source>
        <translation>« Vu pour la dernière fois » est la dernière activité que cet ordinateur connaît de chaque apprenant (leçons ouvertes, quiz, messages) ; elle arrive avec sa synchronisation et indique donc à peu près quand il s'est synchronisé pour la dernière fois. « Hors ligne » est la part de son activité sur les leçons faite sans connexion.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="120" />
        <source>&lt;b&gt;{0} learners&lt;/b&gt; · {1} · seen today: {2} · this week: {3}</source>
        <translation>&lt;b&gt;{0} apprenants&lt;/b&gt; · {1} · vus aujourd'hui : {2} · cette semaine : {3}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="147" />
        <source>When each learner's app last synced appears here while this app is signed in to the workshop's hub.</source>
        <translation>La dernière synchronisation de l'application de chaque apprenant s'affiche ici quand cette application est connectée au hub de l'atelier.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="180" />
        <source>&lt;b&gt;Synced with {0} in the last {1} min: {2} of {3}&lt;/b&gt; · ever synced with it: {4} · as of {5}</source>
        <translation>&lt;b&gt;Synchronisés avec {0} ces {1} dernières minutes : {2} sur {3}&lt;/b&gt; · déjà synchronisés avec lui : {4} · à {5}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="192" />
        <source>Waiting to go upstream to the central server: not known here yet (it appears once the hub relays the room's work to the central server).</source>
        <translation>En attente d'envoi au serveur central : pas encore connu ici (cela apparaîtra quand le hub relaiera le travail de la salle au serveur central).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="196" />
        <source>Waiting to go upstream to the central server: {0} changes</source>
        <translation>En attente d'envoi au serveur central : {0} modifications</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="205" />
        <source>Cannot ask {0} who synced: {1}. The table shows what was known before.</source>
        <translation>Impossible de demander à {0} qui s'est synchronisé : {1}. Le tableau montre ce qui était connu auparavant.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/cohort.py" line="211" />
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="35" />
        <source>grade {0}</source>
        <translation>note {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="45" />
        <source>{0:g} points</source>
        <translation>{0:g} points</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="51" />
        <source>score {0}</source>
        <translation>score {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="52" />
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="65" />
        <source>Open the Sync panel</source>
        <translation>Ouvrir le panneau de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="85" />
        <source>another grader</source>
        <translation>un autre correcteur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="90" />
        <source>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt; graded this on the server{1}: {2}. Yours: {3}.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{0}&lt;/b&gt; a noté ce rendu sur le serveur{1} : {2}. Votre note : {3}.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="95" />
        <source>&lt;b&gt;⚠ Grade conflict&lt;/b&gt; — the server kept another grade; yours is kept here, not sent.</source>
        <translation>&lt;b&gt;⚠ Conflit de note&lt;/b&gt; — le serveur a gardé une autre note ; la vôtre est conservée ici, non envoyée.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/conflict_banner.py" line="99" />
        <source>Decide which grade stands in the Sync panel (Ctrl+Shift+Y).</source>
        <translation>Décidez quelle note est retenue dans le panneau de synchronisation (Ctrl+Maj+Y).</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="62" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="64" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="73" />
        <source>(another record)</source>
        <translation>(un autre enregistrement)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="102" />
        <source>Changed by {0} on {1}</source>
        <translation>Modifié par {0} le {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="104" />
        <source>Changed by {0}</source>
        <translation>Modifié par {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="105" />
        <source>Changed on {0}</source>
        <translation>Modifié le {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="124" />
        <source>Made here on {0}</source>
        <translation>Faite ici le {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="144" />
        <source>(the server sent no version of its own)</source>
        <translation>(le serveur n'a envoyé aucune version)</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="71" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="85" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="90" />
        <source>One outcome per line</source>
        <translation>Un acquis par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="92" />
        <source>comma, separated</source>
        <translation>virgule, séparés</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="93" />
        <source>Featured in the catalogue</source>
        <translation>Mis en avant dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="95" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="96" />
        <source>Address (slug)</source>
        <translation>Adresse (slug)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="97" />
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="98" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="99" />
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="100" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="101" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="102" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="103" />
        <source>Learning outcomes</source>
        <translation>Acquis d'apprentissage</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="104" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_list_model.py" line="51" />
        <source>{0}% complete</source>
        <translation>{0} % terminé</translation>
    </message>
</context>
<context>
    <name>CourseTreeModel</name>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="112" />
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="126" />
        <source> · preview</source>
        <translation> · aperçu</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="109" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="325" />
        <source>{0:g} pts</source>
        <translation>{0:g} pts</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="120" />
        <source>Comment on {0} (Enter: next criterion)</source>
        <translation>Commentaire sur {0} (Entrée : critère suivant)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="122" />
        <source>Comment on {0}</source>
        <translation>Commentaire sur {0}</translation>
    </message>
</context>
<context>
    <name>DiscussionsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="66" />
        <source>Course or project</source>
        <translation>Cours ou projet</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="70" />
        <source>Search threads…</source>
        <translation>Rechercher des discussions…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="71" />
        <source>Search threads</source>
        <translation>Rechercher des discussions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="74" />
        <source>&amp;New thread…</source>
        <translation>&amp;Nouvelle discussion…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="86" />
        <source>Thread</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="90" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="91" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="118" />
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="93" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="95" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="228" />
        <source>✓ Solved</source>
        <translation>✓ Résolu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="107" />
        <source>Threads</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="124" />
        <source>Mark as &amp;solution</source>
        <translation>Marquer comme &amp;solution</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="127" />
        <source>▲ &amp;Helpful</source>
        <translation>▲ &amp;Utile</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="130" />
        <source>Answer the selected &amp;reply</source>
        <translation>Répondre à la &amp;réponse sélectionnée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="134" />
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="135" />
        <source>Write a reply… (Ctrl+Enter to post; works offline)</source>
        <translation>Écrire une réponse… (Ctrl+Entrée pour publier ; fonctionne hors ligne)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="140" />
        <source>&amp;Post reply</source>
        <translation>&amp;Publier la réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="181" />
        <source>Project: </source>
        <translation>Projet : </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="205" />
        <source>No thread here yet. Start one with New thread.</source>
        <translation>Aucune discussion ici pour l'instant. Lancez-en une avec Nouvelle discussion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="230" />
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vue</numerusform>
            <numerusform>%n vues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="303" />
        <source>Reply saved on this computer; it is posted at the next sync.</source>
        <translation>Réponse enregistrée sur cet ordinateur ; elle est publiée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="337" />
        <source>Thread saved on this computer; it is posted at the next sync.</source>
        <translation>Discussion enregistrée sur cet ordinateur ; elle est publiée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/empty_state.py" line="15" />
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l'instant.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="53" />
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="55" />
        <source>Override: {0}</source>
        <translation>Remplacement : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="59" />
        <source>Why the grade differs from the rubric (required)</source>
        <translation>Pourquoi la note diffère de la grille (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="64" />
        <source>What the learner did well and what matters most</source>
        <translation>Ce que l'apprenant a bien fait et ce qui compte le plus</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="66" />
        <source>One suggestion per line</source>
        <translation>Une suggestion par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="67" />
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="74" />
        <source>&amp;Grade</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="75" />
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="76" />
        <source>&amp;Overall</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="79" />
        <source>&amp;Improvements</source>
        <translation>&amp;Améliorations</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="80" />
        <source>Ne&amp;xt steps</source>
        <translation>Pro&amp;chaines étapes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="89" />
        <source>Submit grade  (Ctrl+Enter)</source>
        <translation>Valider la note  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="93" />
        <source>Request revision  (Ctrl+Shift+Enter)</source>
        <translation>Demander une révision  (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="184" />
        <source>Automatic ({0})</source>
        <translation>Automatique ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="191" />
        <source> (overridden)</source>
        <translation> (remplacée)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="197" />
        <source>this rubric's scale</source>
        <translation>le barème de cette grille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="198" />
        <source>your scale</source>
        <translation>votre barème</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/feedback_form.py" line="199" />
        <source>default scale</source>
        <translation>barème par défaut</translation>
    </message>
</context>
<context>
    <name>GradeEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="160" />
        <source>Earlier feedback: </source>
        <translation>Retour précédent : </translation>
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="26" />
        <source>Grade scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="27" />
        <source>Use the default scale (90 / 80 / 70 / 60)</source>
        <translation>Utiliser le barème par défaut (90 / 80 / 70 / 60)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="40" />
        <source>{0} from</source>
        <translation>{0} depuis</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/grade_scale_dialog.py" line="49" />
        <source>Minimum percentage of the rubric's maximum for each grade; below D is F. A rubric's own scale, set in the rubric editor, comes first.</source>
        <translation>Pourcentage minimal du maximum de la grille pour chaque note ; en dessous de D, c'est F. Le barème propre à une grille, défini dans l'éditeur de grilles, passe en premier.</translation>
    </message>
</context>
<context>
    <name>GraderFilesBar</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="44" />
        <source> MB per sync</source>
        <translation> Mo par synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="45" />
        <source>only when asked</source>
        <translation>seulement sur demande</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="46" />
        <source>Data budget: learners' files fetched with each sync</source>
        <translation>Quota de données : fichiers des apprenants récupérés à chaque synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="49" />
        <source>How much of the learners' files each sync may fetch for grading; larger files wait for “Download everything to grade”.</source>
        <translation>Quelle part des fichiers des apprenants chaque synchronisation peut récupérer pour la correction ; les fichiers plus gros attendent « Télécharger tout ce qui est à corriger ».</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="82" />
        <source>No learners' files to grade here.</source>
        <translation>Aucun fichier d'apprenant à corriger ici.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="84" />
        <source>All {0} files to grade are on this computer.</source>
        <translation>Les {0} fichiers à corriger sont sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="86" />
        <source>{0} files to grade on this computer · {1} not yet ({2})</source>
        <translation>{0} fichiers à corriger sur cet ordinateur · {1} pas encore ({2})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="90" />
        <source>this course</source>
        <translation>ce cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="90" />
        <source>all courses</source>
        <translation>tous les cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="92" />
        <source>Download everything to grade ({0})</source>
        <translation>Télécharger tout ce qui est à corriger ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="94" />
        <source>Everything to grade is here</source>
        <translation>Tout ce qui est à corriger est ici</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="97" />
        <source>Fetch every file of {0}'s queue now, whatever the budget</source>
        <translation>Récupérer maintenant tous les fichiers de la file de {0}, quel que soit le quota</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="106" />
        <source>It is larger than the {0} a sync fetches for grading: use “Download everything to grade” above the queue.</source>
        <translation>Il dépasse les {0} qu'une synchronisation récupère pour la correction : utilisez « Télécharger tout ce qui est à corriger » au-dessus de la file.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="109" />
        <source>It comes with the next sync, or now with “Download everything to grade”.</source>
        <translation>Il arrive avec la prochaine synchronisation, ou tout de suite avec « Télécharger tout ce qui est à corriger ».</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="117" />
        <source>Each sync now fetches up to {0} of learners' files for grading.</source>
        <translation>Chaque synchronisation récupère désormais jusqu'à {0} de fichiers des apprenants à corriger.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="122" />
        <source>Syncs no longer fetch learners' files by themselves; download them when you need them.</source>
        <translation>Les synchronisations ne récupèrent plus d'elles-mêmes les fichiers des apprenants ; téléchargez-les quand vous en avez besoin.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="143" />
        <source>Downloading needs a server, and this replica has none configured.</source>
        <translation>Le téléchargement demande un serveur, et cette réplique n'en a aucun de configuré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="167" />
        <source>%n learner file(s) downloaded for grading.</source>
        <translation>
            <numerusform>%n fichier d'apprenant téléchargé pour la correction.</numerusform>
            <numerusform>%n fichiers d'apprenants téléchargés pour la correction.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/files_bar.py" line="176" />
        <source>The download stopped: {0} What arrived is kept.</source>
        <translation>Le téléchargement s'est arrêté : {0} Ce qui est arrivé est conservé.</translation>
    </message>
</context>
<context>
    <name>GradingQueueModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="188" />
        <source>⤓ {0} to fetch</source>
        <translation>⤓ {0} à récupérer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="189" />
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="193" />
        <source>revision {0}</source>
        <translation>révision {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="195" />
        <source>Grade conflict with another instructor: see the grading panel</source>
        <translation>Conflit de note avec un autre formateur : voir le panneau de correction</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="197" />
        <source>A draft of your grade is saved</source>
        <translation>Un brouillon de votre note est enregistré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="201" />
        <source>{0} files, {1}; {2} not on this computer yet ({3})</source>
        <translation>{0} fichiers, {1} ; {2} pas encore sur cet ordinateur ({3})</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="103" />
        <source>Grading queue</source>
        <translation>File de correction</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="103" />
        <source>Nothing to grade with these filters.</source>
        <translation>Rien à corriger avec ces filtres.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="151" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="172" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="154" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="173" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="158" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="174" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="161" />
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="163" />
        <source>Hide learners' names while grading (Ctrl+Shift+A)</source>
        <translation>Masquer les noms des apprenants pendant la correction (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="165" />
        <source>Scale…</source>
        <translation>Barème…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="167" />
        <source>Your default A–F scale, for rubrics without their own</source>
        <translation>Votre barème A–F par défaut, pour les grilles qui n'ont pas le leur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="200" />
        <source>Next submission</source>
        <translation>Rendu suivant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="203" />
        <source>Previous submission</source>
        <translation>Rendu précédent</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="206" />
        <source>Submit grade</source>
        <translation>Valider la note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="209" />
        <source>Request revision</source>
        <translation>Demander une révision</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="211" />
        <source>Insert snippet</source>
        <translation>Insérer un extrait</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="212" />
        <source>Save as snippet</source>
        <translation>Enregistrer comme extrait</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="213" />
        <source>Anonymous grading</source>
        <translation>Correction anonyme</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="214" />
        <source>Focus rubric</source>
        <translation>Aller à la grille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="215" />
        <source>Focus queue</source>
        <translation>Aller à la file</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="216" />
        <source>Next file</source>
        <translation>Fichier suivant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="217" />
        <source>Previous file</source>
        <translation>Fichier précédent</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="218" />
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="229" />
        <source>All my courses</source>
        <translation>Tous mes cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="246" />
        <source>All assignments</source>
        <translation>Tous les devoirs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="285" />
        <source>Nothing to grade here. Try another status or course.</source>
        <translation>Rien à corriger ici. Essayez un autre statut ou un autre cours.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="294" />
        <source>{0} in this queue · {1} waiting for a grade</source>
        <translation>{0} dans cette file · {1} en attente de note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="318" />
        <source>That was the last submission in this queue.</source>
        <translation>C'était le dernier rendu de cette file.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="350" />
        <source>Draft restored from {0}.</source>
        <translation>Brouillon restauré depuis {0}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="392" />
        <source>Draft saved on this computer; the learner sees nothing until you submit.</source>
        <translation>Brouillon enregistré sur cet ordinateur ; l'apprenant ne voit rien tant que vous ne validez pas.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="429" />
        <source>Graded {0}: {1} ({2:g}). It reaches the learner at the next sync.</source>
        <translation>{0} noté : {1} ({2:g}). La note parvient à l'apprenant à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="433" />
        <source>Revision requested from {0}. It reaches the learner at the next sync.</source>
        <translation>Révision demandée à {0}. La demande parvient à l'apprenant à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="445" />
        <source>End of the queue.</source>
        <translation>Fin de la file.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="492" />
        <source>Saved as a snippet: Ctrl+Space inserts it.</source>
        <translation>Enregistré comme extrait : Ctrl+Espace l'insère.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="58" />
        <source>&amp;Continue lesson</source>
        <translation>&amp;Continuer la leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="60" />
        <source>Continue with the next lesson</source>
        <translation>Passer à la leçon suivante</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="63" />
        <source>Pick up where you left off</source>
        <translation>Reprendre là où vous vous êtes arrêté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="99" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="73" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="74" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="75" />
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="76" />
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="77" />
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="122" />
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="93" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="97" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="98" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="101" />
        <source>Your work</source>
        <translation>Votre travail</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="110" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="124" />
        <source>Deadlines coming up</source>
        <translation>Échéances à venir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="112" />
        <source>No deadline coming up.</source>
        <translation>Aucune échéance à venir.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="140" />
        <source>Ready offline · {0}</source>
        <translation>Disponible hors ligne · {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="141" />
        <source>{0} of {1} files to download · {2}</source>
        <translation>{0} fichiers sur {1} à télécharger · {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="148" />
        <source>{0} files, {1} here</source>
        <translation>{0} fichiers, {1} ici</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="153" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;Sign in to see your courses.</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;Connectez-vous pour voir vos cours.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="159" />
        <source>Everything here is on this computer: you can study without a connection.</source>
        <translation>Tout est sur cet ordinateur : vous pouvez étudier sans connexion.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="161" />
        <source>Your work is saved here first and sent at the next sync.</source>
        <translation>Votre travail est d'abord enregistré ici, puis envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="168" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} complete</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1} · {2} · {3} terminé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="177" />
        <source>No lesson waiting. Find a new course in the Catalogue.</source>
        <translation>Aucune leçon en attente. Trouvez un nouveau cours dans le Catalogue.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="185" />
        <source>Downloaded on this computer: {0} (lesson media, your files and your projects' files).</source>
        <translation>Téléchargé sur cet ordinateur : {0} (médias des leçons, vos fichiers et ceux de vos projets).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="188" />
        <source>{0} of your courses' {1} still to download.</source>
        <translation>{0} des {1} de vos cours restent à télécharger.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="192" />
        <source>All your courses' lessons are ready offline.</source>
        <translation>Toutes les leçons de vos cours sont disponibles hors ligne.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="218" />
        <source>Welcome back, {0}</source>
        <translation>Bon retour, {0}</translation>
    </message>
</context>
<context>
    <name>HubList</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="66" />
        <source>Looking for workshop hubs on this network…</source>
        <translation>Recherche des hubs d'atelier sur ce réseau…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="37" />
        <source>Workshop hubs found on this network</source>
        <translation>Hubs d'atelier trouvés sur ce réseau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="41" />
        <source>The fingerprints match: trust this hub</source>
        <translation>Les empreintes correspondent : faire confiance à ce hub</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="83" />
        <source>(needs another version of this app)</source>
        <translation>(nécessite une autre version de cette application)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="86" />
        <source>Compare this fingerprint with the one the facilitator reads out</source>
        <translation>Comparez cette empreinte avec celle que lit l'animateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="94" />
        <source>Workshop hubs on this network. Compare the fingerprint with the one the facilitator reads out, then trust the hub:</source>
        <translation>Hubs d'atelier sur ce réseau. Comparez l'empreinte avec celle que lit l'animateur, puis faites confiance au hub :</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="68" />
        <location filename="../../bootcamp_desktop/ui/dialogs/hub_list.py" line="98" />
        <source>No workshop hub found on this network yet.</source>
        <translation>Aucun hub d'atelier trouvé sur ce réseau pour l'instant.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="48" />
        <source>Image preview</source>
        <translation>Aperçu de l'image</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="22" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="38" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="39" />
        <source>Clarification</source>
        <translation>Demande de précision</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="31" />
        <source>Graded by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="32" />
        <source>Graded on</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="19" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="40" />
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="34" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="35" />
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="36" />
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="37" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="38" />
        <source>Rubric</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="39" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="42" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="46" />
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="47" />
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="41" />
        <source>Showcase</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/screens/discussions.py" line="42" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="38" />
        <source>Enrolments by status</source>
        <translation>Inscriptions par statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="39" />
        <source>Completion by module</source>
        <translation>Achèvement par module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="40" />
        <source>Where learners stop</source>
        <translation>Où les apprenants s'arrêtent</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="45" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="41" />
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="42" />
        <source>Grade distribution</source>
        <translation>Répartition des notes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="43" />
        <source>Submissions waiting per instructor</source>
        <translation>Rendus en attente par formateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="44" />
        <source>Platform metrics over time</source>
        <translation>Indicateurs de la plateforme dans le temps</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="28" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="45" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="46" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="46" />
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="47" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="48" />
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="49" />
        <source>Learners who completed it</source>
        <translation>Apprenants qui l'ont terminé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="50" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="91" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="24" />
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="51" />
        <source>Completion %</source>
        <translation>Achèvement %</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="52" />
        <source>Last lesson completed</source>
        <translation>Dernière leçon terminée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="53" />
        <source>Left the course (dropped, suspended)</source>
        <translation>Ont quitté le cours (abandon, suspension)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="54" />
        <source>Still on their way</source>
        <translation>Toujours en route</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="55" />
        <source>Learners who have not completed the course, by the last lesson they completed.</source>
        <translation>Apprenants qui n'ont pas terminé le cours, selon la dernière leçon terminée.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="58" />
        <source>Total minutes</source>
        <translation>Minutes au total</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="59" />
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="60" />
        <source>Minutes per learner</source>
        <translation>Minutes par apprenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="29" />
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/labels.py" line="61" />
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="62" />
        <source>Graded submissions</source>
        <translation>Rendus notés</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="63" />
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="64" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="68" />
        <source>Waiting for a grade</source>
        <translation>En attente de note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="65" />
        <source>Oldest waiting (days)</source>
        <translation>Plus longue attente (jours)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="66" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="67" />
        <source>Whole platform, one value a day (not limited to your courses).</source>
        <translation>Toute la plateforme, une valeur par jour (pas seulement vos cours).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="69" />
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="70" />
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="71" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="72" />
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="74" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="33" />
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="75" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="34" />
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="76" />
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="35" />
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="77" />
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="78" />
        <source>Visual</source>
        <translation>Visuel</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="79" />
        <source>Auditory</source>
        <translation>Auditif</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="80" />
        <source>Kinesthetic</source>
        <translation>Kinesthésique</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="23" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="20" />
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="83" />
        <source>No system keyring is available, so this replica is not encrypted.</source>
        <translation>Aucun trousseau système n'est disponible : cette copie locale n'est donc pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="84" />
        <source>This computer no longer has the key of your replica. A fresh copy is being made; your data comes back with the next sync.</source>
        <translation>Cet ordinateur n'a plus la clé de votre copie locale. Une nouvelle copie est en cours ; vos données reviendront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="92" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="44" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="93" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="46" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="94" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="27" />
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="95" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="28" />
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="98" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="34" />
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="99" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="36" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/labels.py" line="100" />
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="35" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="37" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="22" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="19" />
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="24" />
        <source>Interactive</source>
        <translation>Interactif</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="25" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="22" />
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="23" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="50" />
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/course_tree_model.py" line="50" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="40" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="30" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="49" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="15" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="70" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="43" />
        <source>Submitted</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="31" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="16" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="42" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="71" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="35" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="44" />
        <source>Under review</source>
        <translation>En cours d'examen</translation>
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
        <translation>Révision demandée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="18" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="73" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="36" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="46" />
        <source>Graded</source>
        <translation>Noté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="45" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="27" />
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="47" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/grading_queue_model.py" line="50" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="29" />
        <source>✓ Completed</source>
        <translation>✓ Terminé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="30" />
        <source>◐ In progress</source>
        <translation>◐ En cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="39" />
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="41" />
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="44" />
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="42" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="43" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="18" />
        <source>Submission</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="20" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="21" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="22" />
        <source>Lesson progress</source>
        <translation>Progression des leçons</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="23" />
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="24" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="49" />
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="25" />
        <source>Design asset</source>
        <translation>Ressource de design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="35" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="36" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="37" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="38" />
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="44" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="17" />
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="48" />
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="18" />
        <source>Rating (1-5)</source>
        <translation>Note (1-5)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="19" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="32" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="16" />
        <source>Criterion / level</source>
        <translation>Critère / niveau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="33" />
        <location filename="../../bootcamp_desktop/ui/models/rubric_model.py" line="17" />
        <source>Points</source>
        <translation>Points</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="39" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="31" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="40" />
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="47" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/conflict_words.py" line="43" />
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="41" />
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="34" />
        <source>Handed in</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="47" />
        <source>Design project</source>
        <translation>Projet de design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="50" />
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="51" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="54" />
        <source>First look</source>
        <translation>Premier regard</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/assignment.py" line="56" />
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="28" />
        <source>Final assessment</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="38" />
        <source>Core</source>
        <translation>Tronc commun</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="39" />
        <source>Elective</source>
        <translation>Optionnel</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="40" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/catalogue.py" line="41" />
        <source>Capstone</source>
        <translation>Projet de fin de parcours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="39" />
        <source>Course completion</source>
        <translation>Achèvement d'un cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="40" />
        <source>Programme completion</source>
        <translation>Achèvement d'un programme</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/certificates.py" line="41" />
        <source>Specialization</source>
        <translation>Spécialisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="69" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/grading.py" line="75" />
        <source>Alt+N next · Alt+P previous · 1–9 level · ↑↓ criteria · Enter comment · Ctrl+Space snippet · Ctrl+Enter submit · Ctrl+Shift+Enter revision</source>
        <translation>Alt+N suivant · Alt+P précédent · 1–9 niveau · ↑↓ critères · Entrée commentaire · Ctrl+Espace extrait · Ctrl+Entrée valider · Ctrl+Maj+Entrée révision</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/home.py" line="32" />
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="45" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="46" />
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="47" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="36" />
        <source>Lead designer</source>
        <translation>Designer principal</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="37" />
        <source>UX researcher</source>
        <translation>Chercheur UX</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="38" />
        <source>Visual designer</source>
        <translation>Designer graphique</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="39" />
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="40" />
        <source>Researcher</source>
        <translation>Chercheur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="43" />
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="45" />
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="47" />
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="33" />
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="34" />
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="35" />
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/grade_editor.py" line="26" />
        <source>Initial review</source>
        <translation>Premier examen</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/presentation_view.py" line="21" />
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="46" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="49" />
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="53" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="54" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="56" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/audit.py" line="57" />
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Minutes pour étudier la leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="61" />
        <source>Free preview</source>
        <translation>Aperçu gratuit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="62" />
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="66" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="67" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="74" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="79" />
        <source>Lesson text (Markdown)</source>
        <translation>Texte de la leçon (Markdown)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="81" />
        <source>Write the lesson in Markdown: # headings, **bold**, lists, tables…</source>
        <translation>Écrivez la leçon en Markdown : # titres, **gras**, listes, tableaux…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="89" />
        <source>Insert image…</source>
        <translation>Insérer une image…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="91" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="93" />
        <source>Save text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="114" />
        <source>Attach video…</source>
        <translation>Joindre une vidéo…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="115" />
        <source>Video (*.mp4 *.webm)</source>
        <translation>Vidéo (*.mp4 *.webm)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="116" />
        <source>Attach a download…</source>
        <translation>Joindre un téléchargement…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="118" />
        <source>Files (*.pdf *.png *.jpg *.mp3 *.ogg)</source>
        <translation>Fichiers (*.pdf *.png *.jpg *.mp3 *.ogg)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="133" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="134" />
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="135" />
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="155" />
        <source>The text of this lesson is not downloaded yet.</source>
        <translation>Le texte de cette leçon n'est pas encore téléchargé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="161" />
        <source>Main media: {0}</source>
        <translation>Média principal : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="161" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="196" />
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/lesson_editor.py" line="203" />
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="87" />
        <source>Open the &amp;assignment</source>
        <translation>Ouvrir le &amp;devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="113" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="114" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="115" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="116" />
        <source>not downloaded yet</source>
        <translation>pas encore téléchargé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="120" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="123" />
        <source>Open / save a &amp;copy…</source>
        <translation>Ouvrir / enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="132" />
        <source>&lt;b&gt;Resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ressources&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="139" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="145" />
        <source>&amp;Mark as complete</source>
        <translation>&amp;Marquer comme terminée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="149" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="153" />
        <source>Course &amp;outline</source>
        <translation>&amp;Plan du cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="185" />
        <source>&lt;h2&gt;No lesson open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucune leçon ouverte&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="186" />
        <source>Choose a lesson in My courses or on Home.</source>
        <translation>Choisissez une leçon dans Mes cours ou sur l'Accueil.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="211" />
        <source>  (optional module)</source>
        <translation>  (module facultatif)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="231" />
        <source>This lesson is not downloaded yet. Download its course or module for offline study in My courses; downloading needs a connection to the bootcamp's server.</source>
        <translation>Cette leçon n'est pas encore téléchargée. Téléchargez son cours ou son module pour étudier hors ligne dans Mes cours ; le téléchargement demande une connexion au serveur du bootcamp.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="256" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="260" />
        <source>{0} studied</source>
        <translation>{0} d'étude</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="262" />
        <source>best score {0}</source>
        <translation>meilleur score {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="265" />
        <source>Preview: enrol to keep your progress</source>
        <translation>Aperçu : inscrivez-vous pour garder votre progression</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="265" />
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="285" />
        <source>Pass mark {0}</source>
        <translation>Note de réussite {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="288" />
        <source>attempts used: {0} of {1}</source>
        <translation>tentatives utilisées : {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="290" />
        <source>attempts: {0}</source>
        <translation>tentatives : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="292" />
        <source>your best: {0}</source>
        <translation>votre meilleur : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="298" />
        <source>Enrol in the course to answer these questions.</source>
        <translation>Inscrivez-vous au cours pour répondre à ces questions.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="305" />
        <source>You have used all %n attempt(s). Your best score is kept.</source>
        <translation>
            <numerusform>Vous avez utilisé votre %n tentative. Votre meilleur score est conservé.</numerusform>
            <numerusform>Vous avez utilisé les %n tentatives. Votre meilleur score est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="327" />
        <source>no due date</source>
        <translation>pas d'échéance</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="386" />
        <source>Lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation>Leçon terminée. Enregistrée sur cet ordinateur ; envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="397" />
        <source>You watched the whole video: lesson completed. Saved on this computer; sent at the next sync.</source>
        <translation>Vous avez regardé toute la vidéo : leçon terminée. Enregistré sur cet ordinateur ; envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="443" />
        <source>Your answers are handed in; the official grade arrives at the next sync.</source>
        <translation>Vos réponses sont rendues ; la note officielle arrive à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="465" />
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Ce lien n'est pas une adresse web ; il n'est donc pas ouvert.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="470" />
        <source>Opening {0} in your browser (it needs a connection).</source>
        <translation>Ouverture de {0} dans votre navigateur (il faut une connexion).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="475" />
        <source>{0} is not downloaded yet; download the course in My courses.</source>
        <translation>{0} n'est pas encore téléchargé ; téléchargez le cours dans Mes cours.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson_viewer.py" line="486" />
        <source>Due {0}</source>
        <translation>Échéance : {0}</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="59" />
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="238" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="89" />
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="137" />
        <source>Check for &amp;updates…</source>
        <translation>Rechercher des &amp;mises à jour…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="142" />
        <source>Version {0} is available ({1})</source>
        <translation>La version {0} est disponible ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="163" />
        <source>Updates come from your server: sign in to one first</source>
        <translation>Les mises à jour viennent de votre serveur : connectez-vous d'abord à un serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="169" />
        <source>No newer version on the server (this is {0})</source>
        <translation>Pas de version plus récente sur le serveur (celle-ci est la {0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="214" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="215" />
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="216" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="217" />
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="218" />
        <source>Sync &amp;panel…</source>
        <translation>&amp;Panneau de synchronisation…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="219" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="220" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="221" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="260" />
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="262" />
        <source>demo replica, offline</source>
        <translation>réplique de démonstration, hors ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="263" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="278" />
        <source>Backup written and verified: {0}</source>
        <translation>Sauvegarde écrite et vérifiée : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="283" />
        <source>Backup failed: {0}</source>
        <translation>Échec de la sauvegarde : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="294" />
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="296" />
        <source>Replica backups (*.db)</source>
        <translation>Sauvegardes de la réplique (*.db)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="306" />
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="308" />
        <source>The replica goes back to {0}. Changes you made since that are not synced yet are kept and sent at the next sync; the current replica is kept as a backup first.</source>
        <translation>La réplique revient à {0}. Les modifications faites depuis et pas encore synchronisées sont conservées et envoyées à la prochaine synchronisation ; la réplique actuelle est d'abord gardée en sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="317" />
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="321" />
        <source>Restored {0}; %n unsynced change(s) kept</source>
        <translation>
            <numerusform>{0} restaurée ; %n modification non synchronisée conservée</numerusform>
            <numerusform>{0} restaurée ; %n modifications non synchronisées conservées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="352" />
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="354" />
        <source>Signed out here; the server could not be reached to revoke</source>
        <translation>Déconnecté ici ; le serveur n'a pas pu être joint pour révoquer la session</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="390" />
        <source>Getting your courses from the server… This is the first sync of this replica; once it is done, everything here works offline.</source>
        <translation>Récupération de vos cours depuis le serveur… C'est la première synchronisation de cette réplique ; ensuite, tout ici fonctionne hors ligne.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/main_window.py" line="396" />
        <source>First sync</source>
        <translation>Première synchronisation</translation>
    </message>
</context>
<context>
    <name>MarkdownPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/markdown_preview.py" line="19" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="26" />
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/text_view.py" line="68" />
        <source>Picture not downloaded yet.
It arrives when you download this course.</source>
        <translation>Image pas encore téléchargée.
Elle arrive quand vous téléchargez ce cours.</translation>
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="141" />
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="151" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="155" />
        <source>One objective per line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="156" />
        <source>Required to complete the course</source>
        <translation>Obligatoire pour terminer le cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="158" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="159" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="160" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="161" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="162" />
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>MyCoursesScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="53" />
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="63" />
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="74" />
        <source>&amp;Open lesson</source>
        <translation>&amp;Ouvrir la leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="76" />
        <source>Open the selected lesson</source>
        <translation>Ouvrir la leçon sélectionnée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="86" />
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="166" />
        <source>{0} complete · {1} modules · {2} lessons</source>
        <translation>{0} terminé · {1} modules · {2} leçons</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="208" />
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="208" />
        <source>course</source>
        <translation>cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="210" />
        <source>No files in this {0}</source>
        <translation>Aucun fichier dans ce {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="214" />
        <source>✓ {0} ready offline ({1})</source>
        <translation>✓ {0} disponible hors ligne ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="218" />
        <source>Download {0} for offline ({1})</source>
        <translation>Télécharger {0} pour le hors-ligne ({1})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="231" />
        <source>All {0} files ({1}) are already on this computer.</source>
        <translation>Les {0} fichiers ({1}) sont déjà sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="241" />
        <source>Downloading needs a server, and this replica has none configured (File ▸ Sign in). The demo bootcamp's media is already on this computer.</source>
        <translation>Le téléchargement demande un serveur, et cette réplique n'en a aucun de configuré (Fichier ▸ Se connecter). Les médias du bootcamp de démonstration sont déjà sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="253" />
        <source>The size of {0} more (pictures inside lesson texts) is known once the texts arrive; they come in the same download.</source>
        <translation>La taille de {0} éléments de plus (images dans le texte des leçons) sera connue à l'arrivée des textes ; ils viennent avec le même téléchargement.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="256" />
        <source>Download for offline</source>
        <translation>Télécharger pour le hors-ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="297" />
        <source>Everything its lessons show is on this computer now; they work offline.</source>
        <translation>Tout ce que montrent ses leçons est maintenant sur cet ordinateur ; elles fonctionnent hors ligne.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="305" />
        <source>{0} files could not be fetched: the server does not offer them to you. The lessons that show them say so.</source>
        <translation>{0} fichiers n'ont pas pu être récupérés : le serveur ne vous les propose pas. Les leçons qui les montrent le signalent.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="249" />
        <source>Download {0} files ({1}) now?</source>
        <translation>Télécharger {0} fichiers ({1}) maintenant ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="261" />
        <source>%p% of {0}</source>
        <translation>%p% de {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="264" />
        <source>Downloading {0} files ({1})…</source>
        <translation>Téléchargement de {0} fichiers ({1})…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="290" />
        <source>Downloaded %n file(s) ({0}).</source>
        <translation>
            <numerusform>%n fichier téléchargé ({0}).</numerusform>
            <numerusform>%n fichiers téléchargés ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/my_courses.py" line="317" />
        <source>The download stopped: {0} What arrived is kept; it resumes next time.</source>
        <translation>Le téléchargement s'est arrêté : {0} Ce qui est arrivé est conservé ; il reprendra la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="34" />
        <source>New thread</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="37" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="41" />
        <source>Kind of thread</source>
        <translation>Type de discussion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="46" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="54" />
        <source>&amp;Post</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="58" />
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="59" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="60" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="61" />
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/new_thread.py" line="74" />
        <source>Give the thread a title and a message.</source>
        <translation>Donnez un titre et un message à la discussion.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="109" />
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="112" />
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="112" />
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="116" />
        <source>{0}/{1} done</source>
        <translation>{0}/{1} faits</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="125" />
        <source>{0} · {1} to download</source>
        <translation>{0} · {1} à télécharger</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="143" />
        <source> · preview</source>
        <translation> · aperçu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="145" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="149" />
        <source> · best {0}</source>
        <translation> · meilleur {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/outline_model.py" line="155" />
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
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
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="31" />
        <source>Unlock your sign-in</source>
        <translation>Déverrouiller votre connexion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="37" />
        <source>Choose a passphrase of at least {0} characters. The app asks for it each time it starts; if you forget it, sign in again and your data comes back with the next sync.</source>
        <translation>Choisissez une phrase secrète d'au moins {0} caractères. L'application la demande à chaque démarrage ; si vous l'oubliez, reconnectez-vous et vos données reviendront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="42" />
        <source>This computer keeps your sign-in under a passphrase. Type it to open your bootcamp.</source>
        <translation>Cet ordinateur garde votre connexion sous une phrase secrète. Tapez-la pour ouvrir votre bootcamp.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="50" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="54" />
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="59" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="61" />
        <source>&amp;Again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="80" />
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Trop court : au moins %n caractère.</numerusform>
            <numerusform>Trop court : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="85" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="101" />
        <source>That did not open it: {0}. Try again.</source>
        <translation>Impossible de l'ouvrir : {0}. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="112" />
        <source>No keyring on this computer</source>
        <translation>Pas de trousseau de clés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="114" />
        <source>This computer has no system keyring to keep your sign-in safely.</source>
        <translation>Cet ordinateur n'a pas de trousseau de clés système pour garder votre connexion en sécurité.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="119" />
        <source>You can protect your sign-in and your data with a passphrase instead: they are kept encrypted in your bootcamp folder, and the app asks for the passphrase when it starts. Or cancel, install GNOME Keyring or KWallet, and sign in again.</source>
        <translation>Vous pouvez plutôt protéger votre connexion et vos données par une phrase secrète : elles sont gardées chiffrées dans votre dossier du bootcamp, et l'application demande la phrase secrète au démarrage. Ou bien annulez, installez GNOME Keyring ou KWallet, et reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/passphrase.py" line="127" />
        <source>Protect with a &amp;passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="139" />
        <source>◀ Page</source>
        <translation>◀ Page</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="140" />
        <source>Page ▶</source>
        <translation>Page ▶</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/viewers.py" line="190" />
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>PeerOverviewModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="32" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="33" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="35" />
        <source>Reviews done</source>
        <translation>Évaluations faites</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="36" />
        <source>none assigned</source>
        <translation>aucun attribué</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="40" />
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
</context>
<context>
    <name>PeerReviewAdminScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="62" />
        <source>Reviewers per submission</source>
        <translation>Relecteurs par rendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="65" />
        <source> reviewers each</source>
        <translation> relecteurs chacun</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="66" />
        <source>Reviewers stay anonymous</source>
        <translation>Les relecteurs restent anonymes</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="68" />
        <source>Assign reviewers</source>
        <translation>Attribuer des relecteurs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="72" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="83" />
        <source>Submissions and their peer reviews</source>
        <translation>Rendus et leurs évaluations par les pairs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="89" />
        <source>Reviews of the selected submission</source>
        <translation>Évaluations du rendu sélectionné</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="93" />
        <source>Remove review…</source>
        <translation>Retirer l'évaluation…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="96" />
        <source>Remove its text…</source>
        <translation>Retirer son texte…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="100" />
        <source>Moderation:</source>
        <translation>Modération :</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="159" />
        <source>{0} submissions · {1} reviews assigned, {2} done, {3} waiting · load per reviewer {4}</source>
        <translation>{0} rendus · {1} évaluations attribuées, {2} faites, {3} en attente · charge par relecteur {4}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="184" />
        <source>&lt;b&gt;Reviews of {0}'s submission&lt;/b&gt;</source>
        <translation>&lt;b&gt;Évaluations du rendu de {0}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="207" />
        <source>Assigned %n new review(s); reviewers get them at their next sync.</source>
        <translation>
            <numerusform>%n nouvelle évaluation attribuée ; les relecteurs la reçoivent à leur prochaine synchronisation.</numerusform>
            <numerusform>%n nouvelles évaluations attribuées ; les relecteurs les reçoivent à leur prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="212" />
        <source>Fewer eligible reviewers than asked for %n submission(s).</source>
        <translation>
            <numerusform>Moins de relecteurs disponibles que demandé pour %n rendu.</numerusform>
            <numerusform>Moins de relecteurs disponibles que demandé pour %n rendus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="229" />
        <source>Moderate a review</source>
        <translation>Modérer une évaluation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="229" />
        <source>Why? (kept in the audit log)</source>
        <translation>Pourquoi ? (conservé dans le journal d'audit)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review_admin.py" line="242" />
        <source>Review moderated.</source>
        <translation>Évaluation modérée.</translation>
    </message>
</context>
<context>
    <name>PeerReviewScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="55" />
        <source>To write</source>
        <translation>À écrire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="56" />
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="57" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="59" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="65" />
        <source>Reviews assigned to me</source>
        <translation>Évaluations qui me sont attribuées</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="79" />
        <source>The submission to review</source>
        <translation>Le rendu à évaluer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="87" />
        <source>Ratings per criterion</source>
        <translation>Notes par critère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="95" />
        <source>Strengths, one per line</source>
        <translation>Points forts, un par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="96" />
        <source>Improvements, one per line</source>
        <translation>Améliorations, une par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="97" />
        <source>Detailed feedback</source>
        <translation>Retour détaillé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="98" />
        <source>&amp;Send review</source>
        <translation>&amp;Envoyer l'évaluation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="107" />
        <source>&lt;b&gt;Rate each criterion&lt;/b&gt; (select a cell and type, or press F2)</source>
        <translation>&lt;b&gt;Évaluez chaque critère&lt;/b&gt; (sélectionnez une cellule et tapez, ou appuyez sur F2)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="111" />
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="112" />
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="119" />
        <source>&lt;b&gt;Detailed feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;Retour détaillé&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="164" />
        <source>%n review(s) to write.</source>
        <translation>
            <numerusform>%n évaluation à écrire.</numerusform>
            <numerusform>%n évaluations à écrire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="167" />
        <source>No review waiting. New reviews are assigned by your instructors and arrive at the next sync.</source>
        <translation>Aucune évaluation en attente. Vos formateurs attribuent les nouvelles évaluations ; elles arrivent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="175" />
        <source>&lt;h2&gt;Peer review&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Évaluation par les pairs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="193" />
        <source>by an anonymous classmate</source>
        <translation>par un camarade anonyme</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="193" />
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="195" />
        <source>You sent this review; it cannot be changed.</source>
        <translation>Vous avez envoyé cette évaluation ; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="197" />
        <source>Your notes are kept on this computer until you send the review.</source>
        <translation>Vos notes sont gardées sur cet ordinateur jusqu'à ce que vous envoyiez l'évaluation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="239" />
        <source>Your unsent notes for this review were restored.</source>
        <translation>Vos notes non envoyées pour cette évaluation ont été restaurées.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="248" />
        <source>{0} ({1}): not downloaded yet; it comes with the next sync.</source>
        <translation>{0} ({1}) : pas encore téléchargé ; il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="320" />
        <source>Review sent (overall {0:g} / 5). Saved here; it reaches your classmate at the next sync.</source>
        <translation>Évaluation envoyée (global {0:g} / 5). Enregistrée ici ; elle parvient à votre camarade à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="329" />
        <source>(no text)</source>
        <translation>(pas de texte)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="330" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="331" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="332" />
        <source>Their work</source>
        <translation>Son travail</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/peer_review.py" line="333" />
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="132" />
        <source>Present full screen  (Ctrl+Shift+P)</source>
        <translation>Présenter en plein écran  (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="141" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="143" />
        <source>Start at</source>
        <translation>Commencer à</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="146" />
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="151" />
        <source>On the projector: → next lesson · ← previous · A shows quiz answers · + − type size · Esc leaves. Everything comes from this computer: no connection needed.</source>
        <translation>Au projecteur : → leçon suivante · ← précédente · A affiche les réponses du quiz · + − taille du texte · Échap pour quitter. Tout vient de cet ordinateur : aucune connexion nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="236" />
        <source>screen</source>
        <translation>écran</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="38" />
        <source>Presenting — Fataplus Bootcamp</source>
        <translation>Présentation — Fataplus Bootcamp</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/presenter.py" line="72" />
        <source>{0} / {1}   ·   ← → lessons   ·   A answers   ·   + − size   ·   Esc leaves</source>
        <translation>{0} / {1}   ·   ← → leçons   ·   A réponses   ·   + − taille   ·   Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="38" />
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="44" />
        <source>E&amp;xport my data…</source>
        <translation>E&amp;xporter mes données…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="46" />
        <source>Delete my account…</source>
        <translation>Supprimer mon compte…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="56" />
        <source>Exporting or deleting your data is done by the bootcamp's server; this demo replica has none.</source>
        <translation>L'export ou la suppression de vos données se fait par le serveur du bootcamp ; cette réplique de démonstration n'en a pas.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="72" />
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="74" />
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="81" />
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="83" />
        <source>This erases your account, your work and your posts on the bootcamp, on every computer, and cannot be undone.
Type your email to confirm:</source>
        <translation>Cela efface votre compte, votre travail et vos messages sur le bootcamp, sur tous les ordinateurs, et ne peut pas être annulé.
Tapez votre adresse électronique pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="95" />
        <source>Preparing your export…</source>
        <translation>Préparation de votre export…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="102" />
        <source>Exported {0} records and {1} files to {2}</source>
        <translation>{0} enregistrements et {1} fichiers exportés vers {2}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="115" />
        <source>Deleting your account…</source>
        <translation>Suppression de votre compte…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="131" />
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="132" />
        <source>Your account and everything of yours on this computer are deleted.</source>
        <translation>Votre compte et tout ce qui vous appartient sur cet ordinateur sont supprimés.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="140" />
        <source>For your safety, sign in again; the deletion goes on right after.</source>
        <translation>Pour votre sécurité, reconnectez-vous ; la suppression reprend juste après.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/privacy_panel.py" line="145" />
        <source>Not done: {0}</source>
        <translation>Non fait : {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="77" />
        <source>{0} with {1}</source>
        <translation>{0} avec {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="79" />
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="83" />
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/problems_model.py" line="83" />
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="72" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="77" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="177" />
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="81" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="189" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="190" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="83" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="191" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="86" />
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="92" />
        <source>Languages I read, most preferred first</source>
        <translation>Langues que je lis, par ordre de préférence</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="96" />
        <source>Language of this app</source>
        <translation>Langue de cette application</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="103" />
        <source>Colours of this app</source>
        <translation>Couleurs de cette application</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="105" />
        <source>As the computer is set</source>
        <translation>Comme l'ordinateur est réglé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="106" />
        <source>Light</source>
        <translation>Claires</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="107" />
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="112" />
        <source>Current role</source>
        <translation>Poste actuel</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="115" />
        <source>Years of experience</source>
        <translation>Années d'expérience</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="118" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="213" />
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="121" />
        <source>Design experience</source>
        <translation>Expérience en design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="122" />
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="142" />
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="126" />
        <source>I have farming experience</source>
        <translation>J'ai une expérience agricole</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="129" />
        <source>Role in agriculture</source>
        <translation>Rôle dans l'agriculture</translation>
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
        <translation>Objectifs d'apprentissage, un par ligne</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="141" />
        <source>Preferred learning style</source>
        <translation>Style d'apprentissage préféré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="146" />
        <source>I can mentor other learners</source>
        <translation>Je peux accompagner d'autres apprenants</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="149" />
        <source>Design tools and my level (0-10)</source>
        <translation>Outils de design et mon niveau (0-10)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="151" />
        <source>Agricultural domains</source>
        <translation>Domaines agricoles</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="154" />
        <source>The parts of agriculture you work in or care about, separated by commas.</source>
        <translation>Les domaines de l'agriculture dans lesquels vous travaillez ou qui vous intéressent, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="156" />
        <source>Availability (hours per week day)</source>
        <translation>Disponibilité (heures par jour de la semaine)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="160" />
        <source>For each day you can study: the hours you are free (monday: 18-21) or how many hours (saturday: 4).</source>
        <translation>Pour chaque jour où vous pouvez étudier : les heures où vous êtes libre (lundi: 18-21) ou combien d'heures (samedi: 4).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="179" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="180" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="181" />
        <source>A&amp;bout me</source>
        <translation>À &amp;propos de moi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="187" />
        <source>Where and when</source>
        <translation>Où et quand</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="192" />
        <source>&amp;Timezone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="198" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="200" />
        <source>I read</source>
        <translation>Je lis</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="201" />
        <source>App language</source>
        <translation>Langue de l'application</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="202" />
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="209" />
        <source>Background</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="211" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="212" />
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="214" />
        <source>Design level</source>
        <translation>Niveau en design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="216" />
        <source>In agriculture</source>
        <translation>Dans l'agriculture</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="217" />
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="223" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="233" />
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="235" />
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="236" />
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="237" />
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="238" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="250" />
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="254" />
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="263" />
        <source>&lt;h2&gt;My profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mon profil&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="289" />
        <source>Your unsaved changes were restored. Save them or undo them.</source>
        <translation>Vos modifications non enregistrées ont été restaurées. Enregistrez-les ou annulez-les.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="352" />
        <source>'{0}' is not a day and hours (write it like monday: 18-21 or saturday: 4).</source>
        <translation>« {0} » n'est pas un jour avec des heures (écrivez par exemple lundi: 18-21 ou samedi: 4).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="403" />
        <source>Profile saved on this computer; it is sent at the next sync.</source>
        <translation>Profil enregistré sur cet ordinateur ; il est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="405" />
        <source>Nothing changed.</source>
        <translation>Rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/profile.py" line="415" />
        <source>Changes undone.</source>
        <translation>Modifications annulées.</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="65" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="66" />
        <source>My role</source>
        <translation>Mon rôle</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="67" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="71" />
        <source>My design projects</source>
        <translation>Mes projets de design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="81" />
        <source>Project brief</source>
        <translation>Cahier des charges du projet</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="84" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="85" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="86" />
        <source>left</source>
        <translation>restant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="88" />
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="94" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="102" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="112" />
        <source>Project files</source>
        <translation>Fichiers du projet</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="124" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="125" />
        <source> (final)</source>
        <translation> (finale)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="127" />
        <source>Uploaded by</source>
        <translation>Déposé par</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="128" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="129" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="130" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="135" />
        <source>Versions of the selected file</source>
        <translation>Versions du fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="140" />
        <source>&amp;Upload new version…</source>
        <translation>&amp;Téléverser une nouvelle version…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="143" />
        <source>Add a new &amp;file…</source>
        <translation>Ajouter un nouveau &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="146" />
        <source>Mark version as &amp;final</source>
        <translation>Marquer la version comme &amp;finale</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="149" />
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="166" />
        <source>&lt;b&gt;Files&lt;/b&gt; (newest version of each)</source>
        <translation>&lt;b&gt;Fichiers&lt;/b&gt; (dernière version de chacun)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="207" />
        <source>for {0}</source>
        <translation>pour {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="209" />
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="269" />
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="292" />
        <source>{0} v{1} saved on this computer; it is uploaded at the next sync.</source>
        <translation>{0} v{1} enregistré sur cet ordinateur ; il est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="320" />
        <source>This file lives online ({0}); open it with a connection.</source>
        <translation>Ce fichier est en ligne ({0}) ; ouvrez-le avec une connexion.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="330" />
        <source>Brief</source>
        <translation>Cahier des charges</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/projects.py" line="331" />
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="58" />
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="61" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="82" />
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="82" />
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="85" />
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="87" />
        <source>Remove choice</source>
        <translation>Retirer le choix</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="100" />
        <source>Accepted answers, one per line (compared ignoring case)</source>
        <translation>Réponses acceptées, une par ligne (sans tenir compte des majuscules)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="105" />
        <source>Shown after answering</source>
        <translation>Affiché après la réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="107" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="108" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="109" />
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="110" />
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="119" />
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="124" />
        <source>Save quiz</source>
        <translation>Enregistrer le quiz</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="128" />
        <source>Pass mark</source>
        <translation>Note de réussite</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="130" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/quiz_editor.py" line="279" />
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="71" />
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="72" />
        <source>Type your answer</source>
        <translation>Tapez votre réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="78" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="208" />
        <source>Check &amp;answer</source>
        <translation>Vérifier la &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="80" />
        <source>Check the answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="83" />
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="182" />
        <source>Question {0} of {1}</source>
        <translation>Question {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="185" />
        <source>Choose one.</source>
        <translation>Choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="186" />
        <source>Choose every answer that applies.</source>
        <translation>Choisissez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="187" />
        <source>Type a short answer.</source>
        <translation>Tapez une réponse courte.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="266" />
        <source>&amp;Finish attempt</source>
        <translation>&amp;Terminer la tentative</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="266" />
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="272" />
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="272" />
        <source>Not passed yet</source>
        <translation>Pas encore réussi</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="275" />
        <source>{0} of {1} questions right.</source>
        <translation>{0} questions réussies sur {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="281" />
        <source>{0} of {1} answers right.</source>
        <translation>{0} bonnes réponses sur {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="297" />
        <source>Answer the question first.</source>
        <translation>Répondez d'abord à la question.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="298" />
        <source>Exercise done</source>
        <translation>Exercice terminé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="299" />
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="300" />
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/quiz_view.py" line="301" />
        <source>The answer: {0}</source>
        <translation>La réponse : {0}</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rating_model.py" line="109" />
        <source>Rating from 1 to 5</source>
        <translation>Note de 1 à 5</translation>
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="71" />
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="75" />
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n l'a trouvé utile</numerusform>
            <numerusform>%n l'ont trouvé utile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/reply_delegate.py" line="78" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
</context>
<context>
    <name>ReplyTreeModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="87" />
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="90" />
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n l'a trouvé utile</numerusform>
            <numerusform>%n l'ont trouvé utile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/reply_model.py" line="93" />
        <source>waiting to be sent</source>
        <translation>en attente d'envoi</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="54" />
        <source> (anonymous)</source>
        <translation> (anonyme)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="53" />
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>reviewed</source>
        <translation>évalué</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="56" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="58" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/peer_overview_model.py" line="62" />
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>RubricEditModel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/models/rubric_edit_model.py" line="164" />
        <source>max {0:g}</source>
        <translation>max {0:g}</translation>
    </message>
</context>
<context>
    <name>RubricEditorScreen</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="64" />
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="77" />
        <source>Own A–F scale</source>
        <translation>Barème A–F propre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="96" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="97" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="98" />
        <source>Scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="106" />
        <source>Criteria and levels of the rubric</source>
        <translation>Critères et niveaux de la grille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="122" />
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="123" />
        <source>Add level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="124" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="125" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="126" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="149" />
        <source>Use this JSON</source>
        <translation>Utiliser ce JSON</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="158" />
        <source>Criteria and levels</source>
        <translation>Critères et niveaux</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="159" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="164" />
        <source>Reuse</source>
        <translation>Réutiliser</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="168" />
        <source>Start from the rubric of</source>
        <translation>Partir de la grille de</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="175" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="282" />
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="421" />
        <source>Save rubric</source>
        <translation>Enregistrer la grille</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="179" />
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="234" />
        <source>Unsaved rubric</source>
        <translation>Grille non enregistrée</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="234" />
        <source>Discard your changes to this rubric?</source>
        <translation>Abandonner vos modifications de cette grille ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="291" />
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="295" />
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="295" />
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="297" />
        <source>✓ Valid: {0} criteria, {1:g} points ({2})</source>
        <translation>✓ Valide : {0} critères, {1:g} points ({2})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="321" />
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="332" />
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="376" />
        <source>✗ The JSON was not used: {0}</source>
        <translation>✗ Le JSON n'a pas été utilisé : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="390" />
        <source>Rubric copied in; Save to keep it for this assignment.</source>
        <translation>Grille copiée ; enregistrez pour la garder pour ce devoir.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="409" />
        <source>⚠ Existing grades refer to {0}; they keep their points, but those levels will no longer show. Save again to save anyway.</source>
        <translation>⚠ Des notes existantes renvoient à {0} ; elles gardent leurs points, mais ces niveaux ne s'afficheront plus. Enregistrez à nouveau pour enregistrer quand même.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="413" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="417" />
        <source>✗ Not saved: {0}</source>
        <translation>✗ Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/rubric_editor.py" line="422" />
        <source>Rubric saved; it reaches the server at the next sync.</source>
        <translation>Grille enregistrée ; elle parvient au serveur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/rubric_panel.py" line="237" />
        <source>This assignment has no rubric.</source>
        <translation>Ce devoir n'a pas de grille d'évaluation.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="73" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="74" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="75" />
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="76" />
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="77" />
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="78" />
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="79" />
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="80" />
        <source>My design projects</source>
        <translation>Mes projets de design</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="82" />
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="37" />
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/learner_screens.py" line="84" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="23" />
        <source>Grading</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="24" />
        <source>Rubrics</source>
        <translation>Grilles d'évaluation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="26" />
        <source>Course authoring</source>
        <translation>Création de cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="30" />
        <source>Peer reviews</source>
        <translation>Évaluations par les pairs</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="42" />
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="43" />
        <source>Workshop cohort</source>
        <translation>Groupe de l'atelier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="44" />
        <source>Presenter</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/staff_screens.py" line="45" />
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="44" />
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="51" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="52" />
        <source>Your browser will open on the server's sign-in page.</source>
        <translation>Votre navigateur va s'ouvrir sur la page de connexion du serveur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="59" />
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="66" />
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="76" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="77" />
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="92" />
        <source>Checking the certificate of {0}…</source>
        <translation>Vérification du certificat de {0}…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="111" />
        <source>{0} was not trusted: {1}</source>
        <translation>{0} n'a pas été approuvé : {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="118" />
        <source>{0} is trusted: this computer will accept only the certificate you compared. Sign in now.</source>
        <translation>{0} est approuvé : cet ordinateur n'acceptera que le certificat que vous avez comparé. Connectez-vous maintenant.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="125" />
        <source>The hub was not trusted: {0}</source>
        <translation>Le hub n'a pas été approuvé : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="139" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="172" />
        <source>Not signed in: this computer has nowhere safe to keep your sign-in yet.</source>
        <translation>Non connecté : cet ordinateur n'a pas encore d'endroit sûr où garder votre connexion.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="179" />
        <source>Waiting for you to sign in in the browser. If it did not open, &lt;a href="{0}"&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>En attente de votre connexion dans le navigateur. S'il ne s'est pas ouvert, &lt;a href="{0}"&gt;ouvrez la page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="192" />
        <source>{0}
If this is your workshop's hub, type the certificate fingerprint the facilitator reads out, then sign in again.</source>
        <translation>{0}
Si c'est le hub de votre atelier, tapez l'empreinte du certificat que lit le facilitateur, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sign_in.py" line="203" />
        <source>Sign-in did not complete: {0}</source>
        <translation>La connexion n'a pas abouti : {0}</translation>
    </message>
</context>
<context>
    <name>SnippetPicker</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="17" />
        <source>Insert a comment snippet</source>
        <translation>Insérer un extrait de commentaire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="23" />
        <source>Type to filter; ↑↓ to choose; Enter inserts</source>
        <translation>Tapez pour filtrer ; ↑↓ pour choisir ; Entrée insère</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/snippet_picker.py" line="38" />
        <source>Save a new snippet from any comment with Ctrl+Shift+S.</source>
        <translation>Enregistrez un nouvel extrait depuis n'importe quel commentaire avec Ctrl+Maj+S.</translation>
    </message>
</context>
<context>
    <name>SubmissionPreview</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="89" />
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="102" />
        <source>It comes with the next sync.</source>
        <translation>Il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="108" />
        <source>Download this submission's files now</source>
        <translation>Télécharger maintenant les fichiers de ce rendu</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="148" />
        <source>No submission selected.</source>
        <translation>Aucun rendu sélectionné.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="163" />
        <source>No files or links in this submission.</source>
        <translation>Aucun fichier ni lien dans ce rendu.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="188" />
        <source>submitted {0}</source>
        <translation>rendu le {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="190" />
        <source>revision {0}</source>
        <translation>révision {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="192" />
        <source>score {0:g}</source>
        <translation>score {0:g}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="202" />
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="202" />
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="203" />
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="235" />
        <source>&lt;p&gt;This link opens outside the app ({0}); it needs a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce lien s'ouvre hors de l'application ({0}) ; il faut une connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="241" />
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="243" />
        <source>{0} ({1}) is not downloaded yet.</source>
        <translation>{0} ({1}) n'est pas encore téléchargé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/grading/submission_preview.py" line="255" />
        <source>{0}: no preview for this kind of file.</source>
        <translation>{0} : pas d'aperçu pour ce type de fichier.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="124" />
        <source>Version {0} is available ({1}).</source>
        <translation>La version {0} est disponible ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="135" />
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="138" />
        <source>Synced; %n change(s) waiting for your decision</source>
        <translation>
            <numerusform>Synchronisé ; %n modification attend votre décision</numerusform>
            <numerusform>Synchronisé ; %n modifications attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="180" />
        <source>The server could not be reached. Your work is kept on this computer; the app tries again by itself when the connection is back.</source>
        <translation>Le serveur est injoignable. Votre travail est conservé sur cet ordinateur ; l'application réessaie d'elle-même quand la connexion revient.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="185" />
        <source>The server's identity could not be checked, so nothing was sent. Your work is kept on this computer; ask your facilitator before you sign in again.</source>
        <translation>L'identité du serveur n'a pas pu être vérifiée ; rien n'a donc été envoyé. Votre travail est conservé sur cet ordinateur ; demandez à votre facilitateur avant de vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="190" />
        <source>Your sign-in has expired. Your work is kept on this computer; sign in again (File ▸ Sign in) and it is sent.</source>
        <translation>Votre connexion a expiré. Votre travail est conservé sur cet ordinateur ; reconnectez-vous (Fichier ▸ Se connecter) et il sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="195" />
        <source>This app is too old for the server. Your work is kept on this computer; install the new version and it is sent.</source>
        <translation>Cette application est trop ancienne pour le serveur. Votre travail est conservé sur cet ordinateur ; installez la nouvelle version et il sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="200" />
        <source>The server is older than this app and cannot take its changes yet. Your work is kept on this computer; it is sent once the server is updated.</source>
        <translation>Le serveur est plus ancien que cette application et ne peut pas encore recevoir ses modifications. Votre travail est conservé sur cet ordinateur ; il sera envoyé une fois le serveur mis à jour.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="205" />
        <source>The server refused some of your changes. They are kept on this computer: decide what to do with them in the Sync panel.</source>
        <translation>Le serveur a refusé certaines de vos modifications. Elles sont conservées sur cet ordinateur : décidez quoi en faire dans le panneau de synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="210" />
        <source>The server sent something damaged, and none of it was used. Your work is kept on this computer; the app tries again at the next sync.</source>
        <translation>Le serveur a envoyé des données abîmées, et rien n'en a été utilisé. Votre travail est conservé sur cet ordinateur ; l'application réessaie à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="214" />
        <source>The sync stopped on a problem at the server or in the app. Your work is kept on this computer; the app tries again by itself.</source>
        <translation>La synchronisation s'est arrêtée sur un problème du serveur ou de l'application. Votre travail est conservé sur cet ordinateur ; l'application réessaie d'elle-même.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/sync_controller.py" line="144" />
        <source>; {0} files to grade wait ({1}, over the data budget)</source>
        <translation> ; {0} fichiers à corriger attendent ({1}, au-delà du quota de données)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="50" />
        <source>Sync panel</source>
        <translation>Panneau de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="56" />
        <source>Changes that need your decision</source>
        <translation>Modifications qui attendent votre décision</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="64" />
        <source>Nothing needs your decision: every change you made was taken by the server or is waiting for the next sync.</source>
        <translation>Rien n'attend votre décision : chacune de vos modifications a été acceptée par le serveur ou attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="77" />
        <source>&amp;Send mine again</source>
        <translation>&amp;Renvoyer ma version</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="79" />
        <source>&amp;Discard mine</source>
        <translation>&amp;Abandonner ma version</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="72" />
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="87" />
        <source>Your version (kept here)</source>
        <translation>Votre version (conservée ici)</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="76" />
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="88" />
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="153" />
        <source>Discard your change?</source>
        <translation>Abandonner votre modification ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/sync_panel.py" line="154" />
        <source>Your version will be dropped and the server's version kept. This cannot be undone.</source>
        <translation>Votre version sera abandonnée et celle du serveur conservée. C'est irréversible.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="26" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="40" />
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="67" />
        <source>Sync panel</source>
        <translation>Panneau de synchronisation</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="46" />
        <source>Offline demo replica: nothing to sync</source>
        <translation>Réplique de démonstration hors ligne : rien à synchroniser</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="48" />
        <source>Last sync: {0}</source>
        <translation>Dernière synchronisation : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="50" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="51" />
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="54" />
        <source>%n waiting for your decision</source>
        <translation>
            <numerusform>%n attend votre décision</numerusform>
            <numerusform>%n attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="60" />
        <source>last attempt: {0}</source>
        <translation>dernière tentative : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/sync_status.py" line="67" />
        <source>Sync panel ({0})</source>
        <translation>Panneau de synchronisation ({0})</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="39" />
        <source>Update the app</source>
        <translation>Mettre à jour l'application</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="48" />
        <source>Version {0} is available ({1}).</source>
        <translation>La version {0} est disponible ({1}).</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="51" />
        <source>You have version {0}.</source>
        <translation>Vous avez la version {0}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="53" />
        <source>The server no longer syncs with this version: update to keep syncing.</source>
        <translation>Le serveur ne synchronise plus cette version : mettez à jour pour continuer à synchroniser.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="67" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="70" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="86" />
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="87" />
        <source>Downloaded and verified: {0}</source>
        <translation>Téléchargé et vérifié : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="90" />
        <source>Resume download ({0} left)</source>
        <translation>Reprendre le téléchargement (reste {0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="93" />
        <source>Download ({0})</source>
        <translation>Télécharger ({0})</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="102" />
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="115" />
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="117" />
        <source>Not downloaded: {0}</source>
        <translation>Non téléchargé : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="132" />
        <source>The installer could not be started: {0}. The file is {1}</source>
        <translation>Le programme d'installation n'a pas pu être lancé : {0}. Le fichier est {1}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/dialogs/update_dialog.py" line="136" />
        <source>The installer is open. Restart the app once it has finished.</source>
        <translation>Le programme d'installation est ouvert. Redémarrez l'application quand il aura fini.</translation>
    </message>
</context>
<context>
    <name>UsbMenu</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="43" />
        <source>E&amp;xport course for a USB drive…</source>
        <translation>E&amp;xporter un cours vers une clé USB…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="44" />
        <source>&amp;Hand in my work on a USB drive…</source>
        <translation>&amp;Remettre mon travail sur une clé USB…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="45" />
        <source>I&amp;mport from a USB drive…</source>
        <translation>I&amp;mporter depuis une clé USB…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="63" />
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="63" />
        <source>No published course is here yet.</source>
        <translation>Aucun cours publié n'est encore ici.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="68" />
        <source>Export course for a USB drive</source>
        <translation>Exporter un cours vers une clé USB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="68" />
        <source>Course:</source>
        <translation>Cours :</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="94" />
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="97" />
        <source>USB drive</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="102" />
        <source>Export to which drive or folder?</source>
        <translation>Exporter vers quelle clé ou quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="107" />
        <source>Writing the course to the drive…</source>
        <translation>Écriture du cours sur la clé…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="111" />
        <source>Wrote {0}: {1} files.</source>
        <translation>{0} écrit : fichiers : {1}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="115" />
        <source>Hand in on which drive or folder?</source>
        <translation>Remettre sur quelle clé ou quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="120" />
        <source>Writing your work to the drive…</source>
        <translation>Écriture de votre travail sur la clé…</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="123" />
        <source>Wrote {0}: {1} changes, {2} files. Give the drive to your facilitator.</source>
        <translation>{0} écrit : modifications : {1}, fichiers : {2}. Donnez la clé à votre facilitateur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="130" />
        <source>Import from which drive or folder?</source>
        <translation>Importer depuis quelle clé ou quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="139" />
        <source>Course {0}: ready offline.</source>
        <translation>Cours {0} : prêt hors ligne.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="143" />
        <source>Your answer: {0} changes accepted, news applied.</source>
        <translation>Votre réponse : modifications acceptées : {0}, nouveautés appliquées.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="149" />
        <source>Handed in {0} bundles.</source>
        <translation>Paquets de travail remis : {0}.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="155" />
        <source>Nothing to import on this drive.</source>
        <translation>Rien à importer sur cette clé.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/usb_menu.py" line="157" />
        <source>Importing from the drive…</source>
        <translation>Importation depuis la clé…</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="55" />
        <source>This computer cannot play video inside the app ({0}). Open the lesson's video in your own player instead.</source>
        <translation>Cet ordinateur ne peut pas lire de vidéo dans l'application ({0}). Ouvrez plutôt la vidéo de la leçon dans votre propre lecteur.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="62" />
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="64" />
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="170" />
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lire</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="66" />
        <source>Play or pause the video</source>
        <translation>Lire ou mettre en pause la vidéo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="68" />
        <source>Open in my &amp;video player</source>
        <translation>Ouvrir dans mon lecteur &amp;vidéo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="75" />
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="120" />
        <source>Resuming at {0}, where you stopped.</source>
        <translation>Reprise à {0}, là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/screens/lesson/video_view.py" line="170" />
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/authoring/forms.py" line="52" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="17" />
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="18" />
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="19" />
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="20" />
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="62" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="64" />
        <source>in {0} h</source>
        <translation>dans {0} h</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="65" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="84" />
        <source>{0} h ago</source>
        <translation>il y a {0} h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="68" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bootcamp_desktop/ui/format.py" line="69" />
        <location filename="../../bootcamp_desktop/ui/format.py" line="86" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="75" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="80" />
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="82" />
        <source>{0} min ago</source>
        <translation>il y a {0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="106" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/format.py" line="107" />
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
</context>
<context>
    <name>save_copy</name>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="23" />
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="31" />
        <source>Could not save the file: {0}</source>
        <translation>Impossible d'enregistrer le fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../bootcamp_desktop/ui/widgets/save_copy.py" line="34" />
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
</TS>