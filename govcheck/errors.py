"""Errors that carry their place. "Your checklist is wrong" and "the document fails" differ:
a ChecklistError stops the run (exit 2); a ReadError becomes an entry in the report.

An error that stops a run is said in Swedish and English: ``str(error)`` is the English (what
a program logs and a traceback shows), ``error.message("sv")`` the Swedish that the CLI prints
under ``--lang sv``. Both are required when the error is made, so no message can be English only.
"""

from __future__ import annotations

from functools import partial


class GovcheckError(Exception):
    """Base of every error govcheck raises on purpose."""

    sv: str | None = None  # the Swedish message; None where there is none (a ReadError's detail)

    def message(self, lang: str) -> str:
        """The message in ``lang`` ("sv" or "en")."""
        return self.sv if lang == "sv" and self.sv is not None else str(self)


class InputFileError(GovcheckError):
    """A configuration-like input (checklist, govcheck.yaml, sidecar, facts) is malformed.

    Carries file, 1-based line and column (when known) and the reason.
    """

    kind = "input"

    def __init__(self, file: str, reason: str, line: int | None = None, column: int | None = None, *,
                 sv: str):
        self.file = file
        self.reason = reason
        self.reason_sv = sv
        self.line = line
        self.column = column
        super().__init__(str(self))
        self.sv = f"{self.place}: {sv}"

    @property
    def place(self) -> str:
        """``file``, ``file:line`` or ``file:line:column``, as compilers and linters print it."""
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"

    def __reduce__(self):  # pickled whole (a worker process's error reaches its parent as made)
        return partial(type(self), sv=self.reason_sv), (self.file, self.reason, self.line, self.column)


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

    def __init__(self, en: str, *, sv: str):
        super().__init__(en)
        self.sv = sv

    def __reduce__(self):
        return partial(type(self), sv=self.sv), (str(self),)
