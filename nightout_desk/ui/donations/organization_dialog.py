"""Organizers set who issues the receipts (name, address, tax status, signer, footer), the thank-you letter text and
the year's IRS figures for token benefits (figures_page.py); a Spanish event's letter and receipt footer beside the
English ones."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nightout_desk.services.donations import organization
from nightout_desk.services.donations.letter_template import PLACEHOLDERS
from nightout_desk.services.donations.organization import CHARITY, GOVERNMENT, Organization
from nightout_desk.ui.donations.figures_page import FiguresPage
from nightout_desk.ui.messages import said
from nightout_desk.ui.sign_in import FollowsDesk, with_sign_in


class OrganizationDialog(FollowsDesk, QDialog):
    def __init__(self, desk, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self.org = organization.get(desk)
        self.setObjectName("organizationDialog")
        self.setWindowTitle(self.tr("Receipts and letters: the issuing organization"))
        o = self.org

        def line(name: str, value: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(value, objectName=name, placeholderText=placeholder)
            edit.setAccessibleName(accessible)
            return edit

        self.legal_name = line("orgLegalName", o.legal_name, self.tr("Legal name"),
                               self.tr("e.g. Town of Riverside Police Department"))
        self.address = QPlainTextEdit(o.address, objectName="orgAddress")
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setFixedHeight(64)
        self.phone = line("orgPhone", o.phone, self.tr("Phone"))
        self.email = line("orgEmail", o.email, self.tr("Email"))
        self.government = QRadioButton(self.tr("Governmental unit (town or police department) — IRC 170(c)(1)"),
                                       objectName="orgGovernment")
        self.charity = QRadioButton(self.tr("501(c)(3) tax-exempt organization (with an EIN)"), objectName="orgCharity")
        group = QButtonGroup(self)
        group.addButton(self.government)
        group.addButton(self.charity)
        (self.charity if o.tax_status == CHARITY else self.government).setChecked(True)
        self.ein = line("orgEin", o.ein, self.tr("EIN"), "12-3456789")
        self.status_help = QLabel(wordWrap=True, objectName="orgStatusHelp")
        self.status_help.setStyleSheet("color: #555")
        self.signer_name = line("orgSignerName", o.signer_name, self.tr("Signer's name"),
                                self.tr("e.g. Lt. Dana Reyes"))
        self.signer_title = line("orgSignerTitle", o.signer_title, self.tr("Signer's title"),
                                 self.tr("e.g. Community Policing Unit"))
        self.footer = line("orgFooter", o.footer, self.tr("Footer line on receipts"))
        self.prefix = line("orgPrefix", o.receipt_prefix, self.tr("Receipt number prefix"),
                           self.tr("{prefix} (default)").format(
                               prefix=organization.receipt_prefix(desk, replace(o, receipt_prefix=""))))
        self.prefix.setToolTip(self.tr("Changing it later does not renumber receipts already issued."))

        receipt_page = QWidget()
        form = QFormLayout(receipt_page)
        form.addRow(self.tr("&Legal name:"), self.legal_name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("E&mail:"), self.email)
        form.addRow(self.tr("Tax status:"), self.government)
        form.addRow("", self.charity)
        form.addRow(self.tr("&EIN:"), self.ein)
        form.addRow("", self.status_help)
        form.addRow(self.tr("&Signed by:"), self.signer_name)
        form.addRow(self.tr("Signer's &title:"), self.signer_title)
        form.addRow(self.tr("&Footer line:"), self.footer)
        form.addRow(self.tr("Receipt number &prefix:"), self.prefix)

        letter_page = QWidget()
        self.letter = QPlainTextEdit(o.letter_body, objectName="orgLetterBody")
        self.letter.setAccessibleName(self.tr("Thank-you letter text"))
        self.letter_es = QPlainTextEdit(o.letter_body_es, objectName="orgLetterBodyEs")
        self.letter_es.setAccessibleName(self.tr("Thank-you letter text in Spanish"))
        self.footer_es = line("orgFooterEs", o.footer_es, self.tr("Footer line on Spanish receipts"))
        help_text = "  ".join(f"{{{k}}}" for k in PLACEHOLDERS)
        letter_help = QLabel(self.tr("Placeholders filled in for each donor: {placeholders}. An event whose "
                                     "printouts are in Spanish (Event settings) prints the Spanish letter and "
                                     "footer.").format(placeholders=help_text), wordWrap=True)
        letter_help.setStyleSheet("color: #555")
        letter_form = QFormLayout()
        letter_form.addRow(self.tr("&Letter in English:"), self.letter)
        letter_form.addRow(self.tr("Letter in &Spanish:"), self.letter_es)
        letter_form.addRow(self.tr("Spanish receipts' f&ooter:"), self.footer_es)
        letter_layout = QVBoxLayout(letter_page)
        letter_layout.addWidget(letter_help)
        letter_layout.addLayout(letter_form, 1)

        pages = QTabWidget(objectName="orgPages")
        pages.addTab(receipt_page, self.tr("Receipts"))
        pages.addTab(letter_page, self.tr("Thank-you letter"))
        self.figures_page = FiguresPage(o.figures)
        pages.addTab(self.figures_page, self.tr("IRS figures"))
        self.problem = QLabel(objectName="orgProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #a00000; font-weight: bold")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveOrganizationButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.charity.toggled.connect(self._status_changed)
        self._status_changed()
        self.resize(640, 560)

    def _status_changed(self) -> None:
        charity = self.charity.isChecked()
        self.ein.setEnabled(charity)
        self.status_help.setText(
            self.tr("Receipts state the 501(c)(3) status and EIN. Payments over $75 made partly for goods or "
                    "services get the IRS quid pro quo disclosure.") if charity else
            self.tr("Receipts state that gifts go to a governmental unit (IRC 170(c)(1)) for exclusively public "
                    "purposes; they make no 501(c)(3) claim."))

    def values(self) -> Organization:
        return replace(self.org, legal_name=self.legal_name.text(), address=self.address.toPlainText(),
                       phone=self.phone.text(), email=self.email.text(),
                       tax_status=CHARITY if self.charity.isChecked() else GOVERNMENT, ein=self.ein.text(),
                       signer_name=self.signer_name.text(), signer_title=self.signer_title.text(),
                       footer=self.footer.text(), receipt_prefix=self.prefix.text(),
                       letter_body=self.letter.toPlainText(), letter_body_es=self.letter_es.toPlainText(),
                       footer_es=self.footer_es.text(), figures=self.figures_page.values())

    def save(self) -> None:
        try:
            self.org = with_sign_in(self, self.tr("Who issues the receipts"),
                                    lambda: organization.save(self.desk, self.values()))
        except Exception as exc:  # noqa: BLE001
            self.problem.setText(said(exc))
            return
        self.accept()
