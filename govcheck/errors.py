"""Errors that carry their place. "Your checklist is wrong" and "the document fails" differ:
a ChecklistError stops the run (exit 2); a ReadError becomes an entry in the report."""

from __future__ import annotations


class GovcheckError(Exception):
    """Base of every error govcheck raises on purpose."""


class InputFileError(GovcheckError):
    """A configuration-like input (checklist, govcheck.yaml, sidecar, facts) is malformed.

    Carries file, 1-based line and column (when known) and the reason.
    """

    kind = "input"

    def __init__(self, file: str, reason: str, line: int | None = None, column: int | None = None):
        self.file = file
        self.reason = reason
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.reason}"


class ChecklistError(InputFileError):
    kind = "checklist"


class OrganisationError(InputFileError):
    kind = "organisation"


class FactsError(InputFileError):
    kind = "facts"


class SidecarError(InputFileError):
    """A ``<file>.meta.yaml`` that does not fit schemas/sidecar.schema.json, or names no document."""

    kind = "sidecar"


class RegisterError(InputFileError):
    """A ``register.csv`` row that cannot be read (a date, type, status or § it cannot parse)."""

    kind = "register"


class ReadError(GovcheckError):
    """A document cannot be read; ``reason`` is a stable code, ``detail`` says more.

    Reason codes: too-large, empty, corrupt-zip, unsafe-archive, missing-part, xml-error,
    xml-too-deep, encoding, unsupported-format, too-much-content, io-error,
    invalid-front-matter (Markdown front matter that does not fit the sidecar schema),
    corrupt-pdf, encrypted (password-protected), no-text-layer (a scan without OCR text),
    pdf-crash (the isolated PDF library process died), timeout (reading passed the time
    bound), worker-crash (the process reading the document died), internal-error
    (a reader bug met on this file: reported, never raised, so the run goes on).
    """

    def __init__(self, document: str, reason: str, detail: str = ""):
        self.document = document
        self.reason = reason
        self.detail = detail
        super().__init__(f"{document}: {reason}: {detail}")


class UsageError(GovcheckError):
    """Bad arguments: a path that does not exist, an unknown checklist id, a bad date."""
