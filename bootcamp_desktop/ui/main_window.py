"""The main window: a navigation list of the screens the signed-in user's roles need, and a stack."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bootcamp_desktop.replica import backups_dir
from bootcamp_desktop.services import backup, updates
from bootcamp_desktop.services.account import sign_out
from bootcamp_desktop.services.workspace import Workspace

from . import format as fmt
from .context import AppContext
from .dialogs.sign_in import SignInDialog
from .dialogs.sync_panel import SyncPanel
from .dialogs.update_dialog import UpdateDialog
from .format import size
from .labels import label
from .operations import Background
from .router import connect_routes
from .screens.registry import screens_for
from .style import ensure_applied, icon, notifier
from .style.icons import NAMES
from .sync_controller import SyncController
from .usb_menu import UsbMenu
from .widgets.elided_label import ElidedLabel
from .widgets.screen_stack import NavigationList, ScreenStack, fit_small_screens, scrolling
from .widgets.sync_status import SyncStatusWidget


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        ensure_applied()
        self.setObjectName("MainWindow")
        self.context = AppContext.for_workspace(workspace)
        self._ws = workspace
        self.setWindowTitle(self.tr("Fataplus Bootcamp"))
        self.resize(1200, 780)

        self.nav = NavigationList()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = ScreenStack()
        self.screens: dict[str, QWidget] = {}
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._add_screens()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        connect_routes(self)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(scrolling(self.stack), 1)
        self.setCentralWidget(central)

        self.sync = SyncController(self.context, parent=self)
        self.sync.sig_data_changed.connect(self.on_sync_data_changed)
        self.sync.sig_sync_finished.connect(lambda _ok, message: self.statusBar().showMessage(message, 8000))
        self._build_file_menu()

        self.sync_status = SyncStatusWidget(self.sync)
        self.sync_status.sig_panel_requested.connect(self.show_sync_panel)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.identity_label = ElidedLabel()
        self.identity_label.setObjectName("identityLabel")
        self.statusBar().addPermanentWidget(self.identity_label)
        self._update_identity()
        self.notice_label = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.notice_label.setObjectName("replicaNotice")
        self.notice_label.setVisible(bool(workspace.notice))
        if workspace.notice:
            self.notice_label.setText(self.tr("⚠ {0}").format(label(workspace.notice)))
            self.statusBar().addWidget(self.notice_label, 1)
        self.update_button = QPushButton()
        self.update_button.setObjectName("updateAvailable")
        self.update_button.setFlat(True)
        self.update_button.hide()
        self.update_button.clicked.connect(self.show_update_dialog)
        self.statusBar().addPermanentWidget(self.update_button)
        self.sync.sig_update_available.connect(self.on_update_available)
        self.update_dialog: UpdateDialog | None = None
        self._build_help_menu()
        self._set_icons()
        self.sync_panel: SyncPanel | None = None
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)
        notifier().sig_theme_changed.connect(self.on_theme_changed)
        self.sync.start()

    def on_theme_changed(self, _theme: str) -> None:
        """Light or dark changed (the OS switched, or the setting): icons and screens drawn again in its colours."""
        self._set_icons()
        self._retranslate_timer.start()  # rebuilds the screens, keeping unsaved work, as a language switch does

    def _set_icons(self) -> None:
        for action, name in (
            (self.sign_in_action, "sign_in"),
            (self.sign_out_action, "sign_out"),
            (self.sync_action, "sync"),
            (self.sync_panel_action, "sync_panel"),
            (self.backup_action, "backup"),
            (self.restore_action, "restore"),
            (self.quit_action, "quit"),
            (self.check_updates_action, "update"),
        ):
            action.setIcon(icon(name))
        self.update_button.setIcon(icon("update"))

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.check_updates_action = QAction(self)
        self.check_updates_action.triggered.connect(self.on_check_updates_action_triggered)
        self.help_menu.addAction(self.check_updates_action)
        self._name_help_menu()

    def _name_help_menu(self) -> None:
        self.help_menu.setTitle(self.tr("&Help"))
        self.check_updates_action.setText(self.tr("Check for &updates…"))

    def on_update_available(self, offer: updates.Offer) -> None:
        """A newer app on the server (a sync said so): offered in the status bar, never forced on anyone."""
        self.update_button.setText(
            self.tr("Version {0} is available ({1})").format(offer.release.version, size(offer.release.size))
        )
        self.update_button.show()

    def show_update_dialog(self) -> UpdateDialog | None:
        offer = self.sync.update_offer
        if offer is None:
            return None
        if self.update_dialog is None or self.update_dialog.offer != offer:
            self.update_dialog = UpdateDialog(
                self.context, offer, self, engine_kwargs=self.sync.engine_kwargs
            )
        self.update_dialog.show()
        self.update_dialog.raise_()
        return self.update_dialog

    def on_check_updates_action_triggered(self) -> None:
        asyncio.ensure_future(self._check_updates())

    async def _check_updates(self) -> None:
        if not self._ws.settings.server_url:
            self.statusBar().showMessage(self.tr("Updates come from your server: sign in to one first"), 8000)
            return
        if await self.sync.check_for_update() is not None:
            self.show_update_dialog()
        else:
            self.statusBar().showMessage(
                self.tr("No newer version on the server (this is {0})").format(updates.current_version()),
                8000,
            )

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu("")
        self.menuBar().insertMenu(self.view_menu.menuAction(), file_menu)
        self.sign_in_action = QAction(self)
        self.sign_in_action.triggered.connect(self.show_sign_in)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.on_sign_out_action_triggered)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.sync_action.triggered.connect(self.sync.sync_now)
        self.sync_panel_action = QAction(self)
        self.sync_panel_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_panel_action.triggered.connect(self.show_sync_panel)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.on_backup_action_triggered)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.on_restore_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.sign_in_action,
            self.sign_out_action,
            None,
            self.sync_action,
            self.sync_panel_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        self.file_menu = file_menu
        self.usb = UsbMenu(self, self._ws, file_menu, before=self.quit_action)
        self._name_file_menu()

    def _name_file_menu(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.sign_in_action.setText(self.tr("Sign &in…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.sync_panel_action.setText(self.tr("Sync &panel…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_retranslate_timer"):
            self._retranslate_timer.start()  # once, after all the events of a language switch
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show everything in the language now installed: the menus are renamed, the screens rebuilt (their
        unsaved text written first, as on closing), the same screen shown again."""
        for widget in self.screens.values():
            flush = getattr(widget, "flush_pending", None)
            if callable(flush):
                flush()
        current = self.current_screen()
        self.setWindowTitle(self.tr("Fataplus Bootcamp"))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.view_menu.setTitle(self.tr("&View"))
        self._name_file_menu()
        self._name_help_menu()
        self.usb.retranslate()
        if self.sync.update_offer is not None:
            self.on_update_available(self.sync.update_offer)
        self._rebuild_screens()
        if current in self.screens:
            self.show_screen(current)
        if self.sync_panel is not None:
            self.sync_panel.close()
            self.sync_panel.deleteLater()
            self.sync_panel = None
        self._update_identity()
        self.sync_status.retranslate()

    def current_screen(self) -> str | None:
        row = self.nav.currentRow()
        keys = list(self.screens)
        return keys[row] if 0 <= row < len(keys) else None

    def _update_identity(self) -> None:
        who = self.context.full_name or self.tr("not signed in")
        server = self._ws.settings.server_url
        mode = server if server else self.tr("demo replica, offline")
        self.identity_label.setText(self.tr("{0} · {1}").format(who, mode))
        self.sign_out_action.setEnabled(bool(server))
        self.sync_action.setEnabled(bool(server))

    def run_backup(self, kind: str = "manual") -> Background:
        """A verified backup off the GUI thread (``daily`` makes one only when the last is a day old)."""
        ws = self._ws
        job = Background(
            (lambda _p: backup.daily_backup(ws)) if kind == "daily" else (lambda _p: backup.make_backup(ws)),
            owner=self,
        )
        job.signals.sig_finished.connect(
            lambda info: (
                info
                and self.statusBar().showMessage(
                    self.tr("Backup written and verified: {0}").format(info.path.name), 8000
                )
            )
        )
        job.signals.sig_failed.connect(
            lambda m: self.statusBar().showMessage(self.tr("Backup failed: {0}").format(m), 15000)
        )
        job.start()
        return job

    def on_backup_action_triggered(self) -> None:
        self.run_backup()

    def choose_backup(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(backups_dir(self._ws.directory)),
            self.tr("Replica backups (*.db)"),
        )
        return Path(name) if name else None

    def on_restore_action_triggered(self) -> None:
        chosen = self.choose_backup()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The replica goes back to {0}. Changes you made since that are not synced yet are kept and sent at "
                "the next sync; the current replica is kept as a backup first."
            ).format(chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = backup.restore_backup(self._ws, chosen)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return
        self.reload()
        self.statusBar().showMessage(
            fmt.plural(self.tr("Restored {0}; %n unsynced change(s) kept", "", kept), kept).format(
                chosen.name
            ),
            10000,
        )

    def show_sync_panel(self) -> None:
        if self.sync_panel is None:
            self.sync_panel = SyncPanel(self.context, self)
            self.sync_panel.sig_problems_changed.connect(self.sync_status.refresh)
            self.sync_panel.sig_problems_changed.connect(self.refresh_screens)
        self.sync_panel.refresh()
        self.sync_panel.show()
        self.sync_panel.raise_()

    def show_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(self.context, self)
        dialog.sig_signed_in.connect(self.on_signed_in)
        dialog.open()
        return dialog

    def on_signed_in(self, _me: object) -> None:
        if self._ws.settings.current_user_id != self.context.user_id or not self.context.ready:
            self.reload()  # another person or another replica: rebuild; the same person signing in again: keep
        else:
            self._update_identity()
        self.sync.sync_now()

    def on_sign_out_action_triggered(self) -> None:
        revoked = sign_out(self._ws)
        self.statusBar().showMessage(
            self.tr("Signed out")
            if revoked
            else self.tr("Signed out here; the server could not be reached to revoke"),
            8000,
        )
        self.sync.last_error = None
        self._update_identity()

    def reload(self) -> None:
        """Rebuild the screens for the (possibly new) signed-in user and replica."""
        self.context = AppContext.for_workspace(self._ws)
        self.sync.ctx = self.context
        self._rebuild_screens()
        if self.sync_panel is not None:
            self.sync_panel.ctx = self.context
        self._update_identity()
        self.sync_status.refresh()
        self.sync.start()

    def _rebuild_screens(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.clear()
        for action in self.view_menu.actions():
            action.deleteLater()  # owned by the window: clear() alone would keep them (and their shortcuts)
        self.view_menu.clear()
        self.screens = {}
        self._add_screens()
        connect_routes(self)
        self.nav.setCurrentRow(0)

    def _add_screens(self) -> None:
        if not self.context.ready:
            # Signed in, but the replica holds nothing of this user yet: say so until the first sync.
            waiting = QLabel(
                self.tr(
                    "Getting your courses from the server… This is the first sync of this "
                    "replica; once it is done, everything here works offline."
                )
            )
            waiting.setObjectName("firstSyncScreen")
            waiting.setWordWrap(True)
            self.add_screen("first_sync", self.tr("First sync"), waiting)
            return
        for spec in screens_for(self.context.roles):
            self.add_screen(
                spec.key,
                QCoreApplication.translate("Screens", spec.title),
                spec.factory(self.context),
                spec.shortcut,
            )
        panel = getattr(self.screens.get("profile"), "privacy", None)
        if panel is not None:
            panel.sig_sign_in_requested.connect(
                lambda p=panel: self.show_sign_in().sig_signed_in.connect(lambda _me: p.retry_after_sign_in())
            )
            panel.sig_account_deleted.connect(self.reload)

    def on_sync_data_changed(self, _tables: object) -> None:
        if not self.context.ready:
            self.reload()
        else:
            self.refresh_screens()

    def add_screen(self, key: str, title: str, widget: QWidget, shortcut: str | None = None) -> None:
        self.screens[key] = widget
        fit_small_screens(widget)
        self.stack.addWidget(widget)
        self.nav.add_screen(key, title)
        action = QAction(icon(key) if key in NAMES else QIcon(), title, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, k=key: self.show_screen(k))
        self.view_menu.addAction(action)
        message = getattr(widget, "sig_status_message", None)
        if message is not None:
            message.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.screens).index(key))

    # Where screens ask to go (ui/router.py connects their sig_<thing>_requested signals here).
    def _open(self, key: str, method: str, item_id: str) -> None:
        if key not in self.screens:
            return
        self.show_screen(key)
        getattr(self.screens[key], method)(uuid.UUID(str(item_id)))

    def open_lesson(self, lesson_id: str) -> None:
        self._open("lesson", "show_lesson", lesson_id)

    def open_course(self, course_id: str) -> None:
        self._open("my_courses", "select_course", course_id)

    def open_assignment(self, assignment_id: str) -> None:
        self._open("assignments", "select_assignment", assignment_id)

    def open_catalogue_course(self, course_id: str) -> None:
        self._open("catalogue", "select_course", course_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.sync.timer.stop()  # a closed window starts no more syncs (nor a sync with no event loop left)
        for widget in self.screens.values():
            flush = getattr(widget, "flush_pending", None)
            if callable(flush):
                flush()  # autosaved text waiting for its debounce timer is written now
        super().closeEvent(event)

    def refresh_screens(self) -> None:
        for widget in self.screens.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
