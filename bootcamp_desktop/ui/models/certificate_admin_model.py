"""Enrolments of a course with their certificate state and eligibility (certificates screen)."""

from __future__ import annotations

from typing import Any

from bootcamp_desktop.services.certification import Eligibility

from .. import format as fmt
from ..labels import CERTIFICATE_STATE, ENROLMENT_STATUS, label_of
from .record_model import Column, RecordModel

STATE_TONES = {"valid": "success", "revoked": "danger", "expired": "muted"}


class CertificateAdminModel(RecordModel[Eligibility]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Learner"), lambda r: r.learner_name),
                Column(self.tr("Enrolment"), lambda r: label_of(ENROLMENT_STATUS, r.status)),
                Column(self.tr("Progress"), lambda r: fmt.percent(r.progress)),
                Column(self.tr("Grade"), lambda r: r.grade or ""),
                Column(
                    self.tr("Certificate"),
                    lambda r: (
                        f"{r.certificate.number} ({label_of(CERTIFICATE_STATE, r.certificate.state)})"
                        if r.certificate
                        else ""
                    ),
                    foreground=lambda r: (
                        STATE_TONES.get(r.certificate.state, "ink") if r.certificate else None
                    ),
                ),
                Column(
                    self.tr("Eligible"),
                    self._eligible,
                    tooltip=lambda r: "\n".join(r.missing) if r.missing else None,
                    foreground=lambda r: "success" if r.eligible else "muted",
                ),
            ],
            parent,
        )

    def _eligible(self, r: Eligibility) -> str:
        if r.eligible:
            return self.tr("✓ eligible")
        if r.certificate is not None and r.certificate.state != "revoked":
            return self.tr("issued")
        return self.tr("not yet")
