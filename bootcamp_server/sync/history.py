"""Deciding who may see an old change whose parent row has been deleted since.

A pull reads change-log entries written long before its snapshot. The access rules decide a row by its
parents (a reply by its discussion, a lesson by its module, feedback by its submission), looked up in the
snapshot by ``Relations``. When a parent was deleted after the change was written, the lookup finds
nothing and the rules would deny the old change, while the parent's own older image is still sent: the
replica would pass through a state the server never had (a discussion without the replies it had then,
until the deletion arrives). ``HistoricalRelations`` answers such a lookup from the parent's tombstone
(``sync_changes`` keeps the id and the foreign keys the rules decide by), so the old change is judged
as it was when it was written.

Only lookups whose "not found" means "deleted" fall back: shared rows (content, discussions, projects)
and submissions (looked up through a SECURITY DEFINER function, see ``Relations.submission``).
Enrolments are filtered by row-level security, where "not found" usually means "not yours": they do
not fall back (a deleted enrolment's old progress rows are not sent).
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from ..access.relations import Relations, Row
from ..models import ChangeLogEntry
from .images import image_values


class HistoricalRelations(Relations):
    def _tombstone(self, table: str, row_id: uuid.UUID) -> dict[str, Any] | None:
        def load() -> dict[str, Any] | None:
            image = self.session.execute(
                sa.select(ChangeLogEntry.row)
                .where(
                    ChangeLogEntry.table_name == table,
                    ChangeLogEntry.row_id == row_id,
                    ChangeLogEntry.op == "delete",
                )
                .order_by(ChangeLogEntry.seq.desc())
                .limit(1)
            ).scalar()
            return image_values(table, image) if isinstance(image, dict) else None

        return self._memo(("tombstone", table, row_id), load)  # type: ignore[no-any-return]

    def module_course(self, module_id: uuid.UUID | None) -> uuid.UUID | None:
        found = super().module_course(module_id)
        if found is None and module_id is not None:
            gone = self._tombstone("modules", module_id)
            return gone.get("course_id") if gone else None
        return found

    def lesson_course(self, lesson_id: uuid.UUID | None) -> uuid.UUID | None:
        found = super().lesson_course(lesson_id)
        if found is None and lesson_id is not None:
            gone = self._tombstone("lessons", lesson_id)
            return self.module_course(gone.get("module_id")) if gone else None
        return found

    def assignment_course(self, assignment_id: uuid.UUID | None) -> uuid.UUID | None:
        found = super().assignment_course(assignment_id)
        if found is None and assignment_id is not None:
            gone = self._tombstone("assignments", assignment_id)
            return self.lesson_course(gone.get("lesson_id")) if gone else None
        return found

    def project(self, project_id: uuid.UUID | None) -> Row | None:
        found = super().project(project_id)
        if found is None and project_id is not None:
            gone = self._tombstone("design_projects", project_id)
            if gone:
                return {
                    "id": project_id,
                    "course_id": gone.get("course_id"),
                    "created_by": gone.get("created_by"),
                }
        return found

    def discussion(self, discussion_id: uuid.UUID | None) -> Row | None:
        found = super().discussion(discussion_id)
        if found is None and discussion_id is not None:
            gone = self._tombstone("discussions", discussion_id)
            if gone:
                keys = ("course_id", "module_id", "lesson_id", "project_id", "author_id")
                return {"id": discussion_id, **{k: gone.get(k) for k in keys}}
        return found

    def submission(self, submission_id: uuid.UUID | None) -> Row | None:
        found = super().submission(submission_id)
        if found is None and submission_id is not None:
            gone = self._tombstone("submissions", submission_id)
            if gone:
                return {
                    "user_id": gone.get("user_id"),
                    "assignment_id": gone.get("assignment_id"),
                    "status": None,
                    "course_id": self.assignment_course(gone.get("assignment_id")),
                }
        return found
