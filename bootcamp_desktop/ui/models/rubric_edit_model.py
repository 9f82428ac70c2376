"""A rubric as an editable tree (rubric editor): criteria at the top, their levels below, with title,
points, id and description columns.

``load`` fills it from rubric JSON; ``to_rubric`` reads it back (ids made from titles where empty).
The JSON Schema check itself is ``models.rubric.validate_rubric``; this model only turns text cells
into the JSON shape.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

from bootcamp_core.models.rubric import RubricError
from bootcamp_desktop.services.rubric_library import make_id

from ..labels import label
from ..style import qcolor

TITLE, POINTS, ID, DESCRIPTION = range(4)


def _number(value: Any) -> float | int:
    number = float(value)
    return int(number) if number.is_integer() else number


class RubricEditModel(QStandardItemModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "Criterion / level"),
        QT_TRANSLATE_NOOP("Labels", "Points"),
        QT_TRANSLATE_NOOP("Labels", "ID"),
        QT_TRANSLATE_NOOP("Labels", "Description"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([label(c) for c in self.COLUMNS])
        self._updating = False
        self.itemChanged.connect(self._on_item_changed)

    # -- building ---------------------------------------------------------------------------------------------
    def load(self, rubric: dict[str, Any] | None) -> None:
        self._updating = True
        try:
            self.removeRows(0, self.rowCount())
            for criterion in (rubric or {}).get("criteria", []):
                parent = self._criterion_row(criterion)
                for level in criterion["levels"]:
                    parent[0].appendRow(self._level_row(level))
                self._update_max(parent[0])
        finally:
            self._updating = False

    def _criterion_row(self, criterion: dict[str, Any], row: int | None = None) -> list[QStandardItem]:
        items = [
            QStandardItem(criterion.get("title", "")),
            QStandardItem(""),
            QStandardItem(criterion.get("id", "")),
            QStandardItem(criterion.get("description", "")),
        ]
        font = QFont()
        font.setBold(True)
        items[TITLE].setFont(font)
        items[POINTS].setEditable(False)
        items[POINTS].setForeground(QBrush(qcolor("muted")))
        if row is None:
            self.appendRow(items)
        else:
            self.insertRow(row, items)
        return items

    @staticmethod
    def _level_row(level: dict[str, Any]) -> list[QStandardItem]:
        points = level.get("points", 0)
        text = f"{points:g}" if isinstance(points, int | float) else str(points)
        return [
            QStandardItem(level.get("title", "")),
            QStandardItem(text),
            QStandardItem(level.get("id", "")),
            QStandardItem(level.get("description", "")),
        ]

    def add_criterion(self, title: str, row: int | None = None) -> int:
        was, self._updating = self._updating, True
        try:
            parent = self._criterion_row({"title": title}, row)
            for name, points in (("Excellent", 10), ("Good", 7), ("Developing", 4), ("Not yet", 0)):
                parent[0].appendRow(self._level_row({"title": name, "points": points}))
            self._update_max(parent[0])
        finally:
            self._updating = was
        return parent[0].row()

    def add_level(self, criterion_row: int, title: str) -> int:
        parent = self.item(criterion_row, TITLE)
        parent.appendRow(self._level_row({"title": title, "points": 0}))
        self._update_max(parent)
        return parent.rowCount() - 1

    def move(self, row: int, step: int, parent_row: int | None = None) -> int:
        """Move a criterion (or, with ``parent_row``, a level) up or down; returns its new row."""
        container = self.invisibleRootItem() if parent_row is None else self.item(parent_row, TITLE)
        target = row + step
        if not 0 <= target < container.rowCount():
            return row
        items = container.takeRow(row)
        container.insertRow(target, items)
        return target

    # -- reading back -------------------------------------------------------------------------------------------
    def to_rubric(
        self, title: str = "", description: str = "", grade_scale: dict[str, float] | None = None
    ) -> dict[str, Any]:
        criteria = []
        criterion_ids: set[str] = set()
        for r in range(self.rowCount()):
            head = self.item(r, TITLE)
            ctitle = head.text().strip()
            cid = self.item(r, ID).text().strip() or make_id(ctitle or f"criterion {r + 1}", criterion_ids)
            criterion_ids.add(cid)
            levels = []
            level_ids: set[str] = set()
            for lr in range(head.rowCount()):
                ltitle = head.child(lr, TITLE).text().strip()
                raw_points = head.child(lr, POINTS).text().strip()
                try:
                    points = _number(raw_points.replace(",", "."))
                except ValueError:
                    raise RubricError(
                        f"criterion {ctitle or cid!r}, level {ltitle or lr + 1!r}: points must be a number, "
                        f"not {raw_points!r}"
                    ) from None
                lid = head.child(lr, ID).text().strip() or make_id(ltitle or f"level {lr + 1}", level_ids)
                level_ids.add(lid)
                level: dict[str, Any] = {"id": lid, "title": ltitle, "points": points}
                if head.child(lr, DESCRIPTION).text().strip():
                    level["description"] = head.child(lr, DESCRIPTION).text().strip()
                levels.append(level)
            criterion: dict[str, Any] = {"id": cid, "title": ctitle, "levels": levels}
            if self.item(r, DESCRIPTION).text().strip():
                criterion["description"] = self.item(r, DESCRIPTION).text().strip()
            criteria.append(criterion)
        rubric: dict[str, Any] = {"criteria": criteria}
        if title.strip():
            rubric["title"] = title.strip()
        if description.strip():
            rubric["description"] = description.strip()
        if grade_scale is not None:
            rubric["grade_scale"] = grade_scale
        return rubric

    def _update_max(self, criterion_item: QStandardItem) -> None:
        best = None
        for lr in range(criterion_item.rowCount()):
            try:
                value = float(criterion_item.child(lr, POINTS).text().replace(",", "."))
            except ValueError:
                continue
            best = value if best is None else max(best, value)
        cell = self.item(criterion_item.row(), POINTS)
        text = self.tr("max {0:g}").format(best) if best is not None else ""
        if cell is not None and cell.text() != text:
            was, self._updating = self._updating, True
            cell.setText(text)
            self._updating = was

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        parent = item.parent()
        if parent is not None and item.column() == POINTS:
            self._update_max(parent)
