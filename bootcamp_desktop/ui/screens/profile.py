"""Profile: the seed's profile fields, the languages the learner reads, their timezone (every time in
the app is shown in it), and the interface language of this computer. Unsaved edits are kept on this
computer as they are typed, so closing the window loses nothing."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.enums import DESIGN_EXPERIENCE_LEVEL, LEARNING_STYLE
from bootcamp_desktop.services import local_state, profile
from bootcamp_desktop.services.profile import ProfileData
from bootcamp_desktop.services.profile_text import (
    format_availability,
    format_domains,
    merge_availability,
    merge_domains,
    parse_tools,
    read_availability,
)

from .. import operations
from ..context import AppContext
from ..i18n import switch_language
from ..labels import label
from ..style import apply_theme
from ..widgets.common import Debounce, Notice
from ..widgets.privacy_panel import PrivacyPanel

DRAFT_KEY = "profile"


class ProfileScreen(QWidget):
    sig_status_message = Signal(str)
    sig_timezone_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileScreen")
        self._ctx = context
        self._ws = context.workspace
        self._loading = False
        self.data: ProfileData | None = None

        def line(name: str, label: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            edit.textChanged.connect(self._changed)
            return edit

        self.full_name = line("fullName", self.tr("Full name"))
        self.email = QLabel()
        self.email.setObjectName("email")
        self.bio = QPlainTextEdit()
        self.bio.setObjectName("bio")
        self.bio.setAccessibleName(self.tr("About me"))
        self.bio.setTabChangesFocus(True)
        self.bio.setMaximumHeight(70)
        self.bio.textChanged.connect(self._changed)
        self.country = line("country", self.tr("Country"))
        self.region = line("region", self.tr("Region"))
        self.city = line("city", self.tr("City"))
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setAccessibleName(self.tr("Timezone"))
        self.timezone.setEditable(True)
        self.timezone.addItems(list(profile.timezones()))
        self.timezone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.currentTextChanged.connect(self._changed)
        self.languages = line("languages", self.tr("Languages I read, most preferred first"))
        self.languages.setPlaceholderText("mg, fr, en")
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("uiLanguage")
        self.ui_language.setAccessibleName(self.tr("Language of this app"))
        for code, name in profile.UI_LANGUAGES.items():
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(self._ws.settings.language)))
        self.ui_language.currentIndexChanged.connect(self.on_ui_language_current_index_changed)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("uiTheme")
        self.theme_combo.setAccessibleName(self.tr("Colours of this app"))
        for code, words in (
            ("system", self.tr("As the computer is set")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_combo.addItem(words, code)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(self._ws.settings.theme)))
        self.theme_combo.currentIndexChanged.connect(self.on_theme_combo_current_index_changed)
        self.current_role = line("currentRole", self.tr("Current role"))
        self.years = QSpinBox()
        self.years.setObjectName("experienceYears")
        self.years.setAccessibleName(self.tr("Years of experience"))
        self.years.setRange(0, 80)
        self.years.valueChanged.connect(self._changed)
        self.industry = line("industry", self.tr("Industry"))
        self.level = QComboBox()
        self.level.setObjectName("designLevel")
        self.level.setAccessibleName(self.tr("Design experience"))
        self.level.addItem(self.tr("(not said)"), None)
        for value in DESIGN_EXPERIENCE_LEVEL:
            self.level.addItem(label(value.capitalize()), value)
        self.level.currentIndexChanged.connect(self._changed)
        self.farming = QCheckBox(self.tr("I have farming experience"))
        self.farming.setObjectName("farming")
        self.farming.toggled.connect(self._changed)
        self.agri_role = line("agribusinessRole", self.tr("Role in agriculture"))
        self.portfolio = line("portfolioUrl", self.tr("Portfolio"))
        self.linkedin = line("linkedinUrl", self.tr("LinkedIn"))
        self.github = line("githubUrl", self.tr("GitHub"))
        self.goals = QPlainTextEdit()
        self.goals.setObjectName("learningGoals")
        self.goals.setAccessibleName(self.tr("Learning goals, one per line"))
        self.goals.setTabChangesFocus(True)
        self.goals.setMaximumHeight(80)
        self.goals.textChanged.connect(self._changed)
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("learningStyle")
        self.style_combo.setAccessibleName(self.tr("Preferred learning style"))
        self.style_combo.addItem(self.tr("(not said)"), None)
        for value in LEARNING_STYLE:
            self.style_combo.addItem(label(value.capitalize()), value)
        self.style_combo.currentIndexChanged.connect(self._changed)
        self.mentor = QCheckBox(self.tr("I can mentor other learners"))
        self.mentor.setObjectName("mentorship")
        self.mentor.toggled.connect(self._changed)
        self.tools = line("designTools", self.tr("Design tools and my level (0-10)"))
        self.tools.setPlaceholderText("figma: 8, miro: 3")
        self.domains = line("agriculturalDomains", self.tr("Agricultural domains"))
        self.domains.setPlaceholderText("crop_management, livestock, finance")
        self.domains.setToolTip(
            self.tr("The parts of agriculture you work in or care about, separated by commas.")
        )
        self.availability = line("availabilityHours", self.tr("Availability (hours per week day)"))
        self.availability.setPlaceholderText("monday: 18-21, saturday: 4")
        self.availability.setToolTip(
            self.tr(
                "For each day you can study: the hours you are free (monday: 18-21) "
                "or how many hours (saturday: 4)."
            )
        )

        def group(title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for words, widget in rows:
                form.addRow(words, widget)
            return box

        body = QWidget()
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(
            group(
                self.tr("About me"),
                [
                    (self.tr("&Name"), self.full_name),
                    (self.tr("Email"), self.email),
                    (self.tr("A&bout me"), self.bio),
                ],
            )
        )
        left.addWidget(
            group(
                self.tr("Where and when"),
                [
                    (self.tr("Country"), self.country),
                    (self.tr("Region"), self.region),
                    (self.tr("City"), self.city),
                    (self.tr("&Timezone"), self.timezone),
                ],
            )
        )
        left.addWidget(
            group(
                self.tr("Languages"),
                [
                    (self.tr("I read"), self.languages),
                    (self.tr("App language"), self.ui_language),
                    (self.tr("Colours"), self.theme_combo),
                ],
            )
        )
        left.addStretch(1)
        right.addWidget(
            group(
                self.tr("Background"),
                [
                    (self.tr("Role"), self.current_role),
                    (self.tr("Years"), self.years),
                    (self.tr("Industry"), self.industry),
                    (self.tr("Design level"), self.level),
                    ("", self.farming),
                    (self.tr("In agriculture"), self.agri_role),
                    (self.tr("Domains"), self.domains),
                ],
            )
        )
        right.addWidget(
            group(
                self.tr("Links"),
                [
                    (self.tr("Portfolio"), self.portfolio),
                    (self.tr("LinkedIn"), self.linkedin),
                    (self.tr("GitHub"), self.github),
                ],
            )
        )
        right.addWidget(
            group(
                self.tr("Learning"),
                [
                    (self.tr("Goals"), self.goals),
                    (self.tr("Style"), self.style_combo),
                    (self.tr("Tools"), self.tools),
                    (self.tr("Available"), self.availability),
                    ("", self.mentor),
                ],
            )
        )
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("&Save profile"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.setObjectName("revertProfileButton")
        self.revert_button.clicked.connect(self.on_revert_button_clicked)
        self.notice = Notice("profileNotice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        title = QLabel(self.tr("<h2>My profile</h2>"))
        self.privacy = PrivacyPanel(context)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.privacy)
        for button in (self.revert_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.autosave = Debounce(800, self.save_draft, self)
        self.load()

    # -- form <-> data -------------------------------------------------------------------------------------------

    def load(self, *, use_draft: bool = True) -> None:
        if self._ctx.user_id is None:
            return
        self.data = operations.read(self._ctx, profile.load_profile, self._ctx.user_id)
        shown = self.data
        draft = local_state.load_draft(self._ws.directory, self._ctx.user_id, DRAFT_KEY) if use_draft else {}
        if draft:
            known = {f.name for f in dataclasses.fields(ProfileData)}
            shown = dataclasses.replace(self.data, **{k: v for k, v in draft.items() if k in known})
        self.fill(shown)
        if draft:
            self.notice.show_message(
                self.tr("Your unsaved changes were restored. Save them or undo them."), "info"
            )

    def fill(self, d: ProfileData) -> None:
        self._loading = True
        self.full_name.setText(d.full_name)
        self.email.setText(d.email)
        self.bio.setPlainText(d.bio)
        self.country.setText(d.country)
        self.region.setText(d.region)
        self.city.setText(d.city)
        self.timezone.setCurrentText(d.timezone)
        self.languages.setText(", ".join(d.language_preferences))
        self.current_role.setText(d.current_role)
        self.years.setValue(d.experience_years or 0)
        self.industry.setText(d.industry)
        self.level.setCurrentIndex(max(0, self.level.findData(d.design_experience_level)))
        self.farming.setChecked(d.farming_experience)
        self.agri_role.setText(d.agribusiness_role)
        self.portfolio.setText(d.portfolio_url)
        self.linkedin.setText(d.linkedin_url)
        self.github.setText(d.github_url)
        self.goals.setPlainText("\n".join(d.learning_goals))
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(d.preferred_learning_style)))
        self.mentor.setChecked(d.mentorship_availability)
        self.tools.setText(", ".join(f"{k}: {v}" for k, v in d.design_tools_proficiency.items()))
        self.domains.setText(format_domains(d.agricultural_domains))
        self.availability.setText(format_availability(d.availability_hours))
        self._loading = False

    def form_data(self) -> ProfileData:
        assert self.data is not None
        years = self.years.value()
        return dataclasses.replace(
            self.data,
            full_name=self.full_name.text(),
            bio=self.bio.toPlainText(),
            country=self.country.text(),
            region=self.region.text(),
            city=self.city.text(),
            timezone=self.timezone.currentText().strip(),
            language_preferences=[
                c.strip().lower() for c in self.languages.text().replace(";", ",").split(",") if c.strip()
            ],
            current_role=self.current_role.text(),
            experience_years=years if years or self.data.experience_years is not None else None,
            industry=self.industry.text(),
            design_experience_level=self.level.currentData(),
            farming_experience=self.farming.isChecked(),
            agribusiness_role=self.agri_role.text(),
            portfolio_url=self.portfolio.text(),
            linkedin_url=self.linkedin.text(),
            github_url=self.github.text(),
            learning_goals=[g.strip() for g in self.goals.toPlainText().splitlines() if g.strip()],
            preferred_learning_style=self.style_combo.currentData(),
            mentorship_availability=self.mentor.isChecked(),
            design_tools_proficiency=parse_tools(self.tools.text()),
            agricultural_domains=merge_domains(self.data.agricultural_domains, self.domains.text()),
            availability_hours=merge_availability(self.data.availability_hours, self.availability.text()),
        )

    def form_problems(self) -> list[str]:
        """What the form cannot save as typed (the service's ``validate`` checks the rest)."""
        message = self.tr("'{0}' is not a day and hours (write it like monday: 18-21 or saturday: 4).")
        return [message.format(part) for part in read_availability(self.availability.text())[1]]

    # -- saving --------------------------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.autosave.poke()

    def save_draft(self) -> None:
        if self.data is None or self._ctx.user_id is None:
            return
        form = self.form_data()
        changed = {
            f.name: getattr(form, f.name)
            for f in dataclasses.fields(ProfileData)
            if getattr(form, f.name) != getattr(self.data, f.name)
        }
        if changed:
            local_state.save_draft(self._ws.directory, self._ctx.user_id, DRAFT_KEY, changed)
        else:
            local_state.clear_draft(self._ws.directory, self._ctx.user_id, DRAFT_KEY)

    def flush_pending(self) -> None:
        self.autosave.flush()

    def on_save_button_clicked(self) -> None:
        if self.data is None or self._ctx.user_id is None:
            return
        self.autosave.stop()
        problems = self.form_problems()
        if problems:
            self.save_draft()
            self.notice.show_message(problems[0], "error")
            self.availability.setFocus()
            return
        form = self.form_data()
        try:
            changed = operations.write(self._ctx, profile.save_profile, self._ctx.user_id, form)
        except profile.ProfileError as exc:
            self.save_draft()
            self.notice.show_message(str(exc), "error")
            return
        local_state.clear_draft(self._ws.directory, self._ctx.user_id, DRAFT_KEY)
        if "timezone" in changed:
            self._ctx.timezone = form.timezone
            self.sig_timezone_changed.emit(form.timezone)
        if "full_name" in changed:
            self._ctx.full_name = form.full_name.strip()
        self.load(use_draft=False)
        message = (
            self.tr("Profile saved on this computer; it is sent at the next sync.")
            if changed
            else self.tr("Nothing changed.")
        )
        self.notice.show_message(message, "info")
        self.sig_status_message.emit(message)

    def on_revert_button_clicked(self) -> None:
        if self._ctx.user_id is not None:
            self.autosave.stop()
            local_state.clear_draft(self._ws.directory, self._ctx.user_id, DRAFT_KEY)
            self.load(use_draft=False)
            self.notice.show_message(self.tr("Changes undone."), "info")

    def on_ui_language_current_index_changed(self, _index: int) -> None:
        code = self.ui_language.currentData()
        if code and code != self._ws.settings.language:
            self._ws.settings.language = code
            self._ws.save_settings()
            # The window rebuilds its screens in the new language (this one too) once this handler returns.
            switch_language(QApplication.instance(), code)

    def on_theme_combo_current_index_changed(self, _index: int) -> None:
        code = self.theme_combo.currentData()
        if code and code != self._ws.settings.theme:
            self._ws.settings.theme = code
            self._ws.save_settings()
            # light or dark now; the window redraws its screens (this one too) in the new colours
            apply_theme(QApplication.instance(), code)
