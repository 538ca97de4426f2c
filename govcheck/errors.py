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

    sv: str | None = None  # the Swedish message (a ReadError words its reason in message() instead)

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


# What each reason code means, as (Swedish, English); docs/errors.md has the causes in full and
# what to do. The code itself stays in every report and message, for scripts.
READ_REASONS: dict[str, tuple[str, str]] = {
    "empty": ("tom fil eller inget innehåll", "empty file or no content"),
    "too-large": ("filen är för stor", "the file is too large"),
    "corrupt-zip": ("trasigt zip-arkiv: filen är skadad eller inget Office-dokument",
                    "damaged zip archive: a broken file or not an office document"),
    "unsafe-archive": ("zip-arkivets storlekar är över gränserna (som en zip-bomb)",
                       "the zip archive's sizes are over the limits (like a zip bomb)"),
    "missing-part": ("en nödvändig del av filen saknas", "a required part of the file is missing"),
    "xml-error": ("felaktig XML eller entiteter som inte läses", "malformed XML or entities that are not read"),
    "xml-too-deep": ("XML-strukturen är för djupt nästlad", "the XML is nested too deeply"),
    "encoding": ("okänd teckenkodning", "unknown character encoding"),
    "unsupported-format": ("formatet stöds inte", "the format is not supported"),
    "too-much-content": ("mer innehåll än gränserna tillåter", "more content than the limits allow"),
    "io-error": ("filen kunde inte läsas från disken (behörighet, länk eller ingen vanlig fil)",
                 "the file could not be read from disk (permission, link or not a regular file)"),
    "invalid-front-matter": ("metadata i början av Markdown-filen (front matter) är felaktig",
                             "the metadata at the start of the Markdown file (front matter) is invalid"),
    "corrupt-pdf": ("trasig PDF", "damaged PDF"),
    "encrypted": ("lösenordsskyddad PDF", "password-protected PDF"),
    "no-text-layer": ("inskannad PDF utan textlager (OCR görs inte)",
                      "scanned PDF without a text layer (no OCR is done)"),
    "pdf-crash": ("PDF-läsaren avbröts på filen", "the PDF reader stopped on the file"),
    "timeout": ("läsningen tog längre tid än tidsgränsen", "reading took longer than the time bound"),
    "worker-crash": ("processen som läste filen avbröts", "the process reading the file stopped"),
    "internal-error": ("internt fel i govcheck på denna fil", "an internal govcheck error on this file"),
}


def reason_words(code: str, lang: str) -> str:
    """A reason code in words, with the code: "inskannad PDF utan textlager (OCR görs inte)
    [no-text-layer]"; a code not known here is shown as it is."""
    words = READ_REASONS.get(code)
    return f"{words[0] if lang == 'sv' else words[1]} [{code}]" if words is not None else code


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

    def message(self, lang: str) -> str:
        """The document, its reason in words with the code, and the detail (which stays English)."""
        return f"{self.document}: {reason_words(self.reason, lang)}: {self.detail}"


class UsageError(GovcheckError):
    """Bad arguments: a path that does not exist, an unknown checklist id, a bad date."""

    def __init__(self, en: str, *, sv: str):
        super().__init__(en)
        self.sv = sv

    def __reduce__(self):
        return partial(type(self), sv=self.sv), (str(self),)
