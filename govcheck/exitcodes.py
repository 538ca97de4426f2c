"""Documented exit codes: 0, 1 and 2 are SPEC §5's; 130 is the Unix convention for SIGINT."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # no control at or below the --fail-on level
    FINDINGS = 1  # at least one control at or below the --fail-on level
    USAGE = 2  # usage or input error: bad checklist, missing path, malformed govcheck.yaml
    INTERRUPTED = 130  # stopped by SIGINT (Ctrl-C): 128 + the signal's number, as a shell reports it
