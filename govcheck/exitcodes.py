"""Documented exit codes (SPEC §5)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # no control at or below the --fail-on level
    FINDINGS = 1  # at least one control at or below the --fail-on level
    USAGE = 2  # usage or input error: bad checklist, missing path, malformed govcheck.yaml
