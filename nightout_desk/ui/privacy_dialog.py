"""Settings › Privacy…: how long families' personal details are kept after the event, and removing them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from nightout_desk import clock
from nightout_desk.areas import AREAS
from nightout_desk.services import privacy
from nightout_desk.ui.background_job import run_with_progress
from nightout_desk.ui.messages import said
from nightout_desk.ui.service_words import in_language
from nightout_desk.ui.sign_in import allowed, with_sign_in
from nightout_desk.ui.state import AppState


class PrivacyDialog(QDialog):
    def __init__(self, state: AppState, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.state = state
        self.result_lines: list[str] = []
        self.setWindowTitle(self.tr("Privacy — families' personal details"))
        self.setObjectName("privacyDialog")
        self.status = QLabel(objectName="privacyStatus", wordWrap=True)
        self.days = QSpinBox(objectName="privacyDays", minimum=0, maximum=privacy.MAX_DAYS,
                             suffix=self.tr(" days after the event"))
        self.days.setAccessibleName(self.tr("Remove personal details this many days after the event"))
        what = QLabel(self.tr("<b>Removed:</b> {removed}.<br><br><b>Kept:</b> {kept}.").format(
            removed=in_language(privacy.REMOVED), kept=in_language(privacy.KEPT)), objectName="privacyWhat",
            wordWrap=True)
        what.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel(objectName="privacyError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.save_button = QPushButton(self.tr("Save"), objectName="privacySave")
        self.save_button.setAccessibleName(self.tr("Save how long details are kept"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove personal details now…"), objectName="privacyRemoveNow")
        self.remove_button.setAccessibleName(self.tr("Remove this event's personal details now"))
        self.remove_button.clicked.connect(self.remove_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Remove personal details:"), self.days)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(what)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show(privacy.status(state.desk))
        width = max(560, self.sizeHint().width())  # wrapped labels: a top-level window does not ask them its height
        self.resize(width, layout.heightForWidth(width))
        self.days.setFocus()

    def _show(self, st: privacy.PrivacyStatus) -> None:
        self.current = st
        self.days.setValue(st.days)
        self.status.setText(self._words(st))

    def _words(self, st: privacy.PrivacyStatus) -> str:
        """PrivacyStatus.words in the screens' language."""
        said = self.tr("Personal details of “{event}” are removed %n days after the event, from {day} on.", "",
                       st.days).format(event=st.event_name, day=f"{st.due_on:%Y-%m-%d}")
        if st.removed_at:
            said += " " + self.tr("They were removed on {when} by {operator}.").format(
                when=f"{clock.local(st.removed_at):%Y-%m-%d %H:%M}", operator=st.removed_by)
        return said

    def save(self) -> None:
        try:
            self._show(with_sign_in(self, self.tr("Privacy"),
                                    lambda: privacy.set_days(self.state.desk, self.days.value()), self.state))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.setText(said(exc))
            return
        self.error.clear()

    def remove_now(self) -> None:
        if not allowed(self, self.tr("Remove personal details"), "event.privacy", self.state):
            return
        st = privacy.status(self.state.desk)
        kept = self.tr("They are kept until {day} otherwise: removing them now is before that.")
        early = "" if st.is_due() else "\n\n" + kept.format(day=f"{st.due_on:%Y-%m-%d}")
        asked = QMessageBox.question(
            self, self.tr("Remove personal details"),
            self.tr("Remove the personal details of “{event}” now?\n\nRemoved: {removed}.{early}\n\nThis cannot be "
                    "undone. Every figure in the report stays the same.").format(
                event=st.event_name, removed=in_language(privacy.REMOVED), early=early))
        if asked != QMessageBox.StandardButton.Yes:
            return
        desk, folder = self.state.desk, self.state.settings.second_backup_folder
        job = run_with_progress(self, self.tr("Removing personal details"), self.tr(
                                "Removing the personal details of “{event}”, then compacting the database…").format(
                                    event=st.event_name),
                                lambda progress, cancelled: privacy.purge(desk, now=True, second_folder=folder,
                                                                          progress=progress, cancelled=cancelled))
        if job.error is not None:
            self.error.setText(said(job.error))
            return
        result = job.value
        self.error.clear()
        self.result_lines = result.lines
        self._show(privacy.status(self.state.desk))
        for info in AREAS:  # names are gone from every screen's lists
            self.state.dataChanged.emit(info.area.value)
        QMessageBox.information(self, self.tr("Personal details removed"),  # the service's lines: English
                                "\n\n".join(result.lines))
