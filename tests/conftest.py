"""Make the helpers in tests/ (factory, docxgen) importable from every test folder, and the
source tree's govcheck importable when it is not installed."""

import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
for folder in (str(TESTS_DIR.parent), str(TESTS_DIR)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import os

# The command line caches parsed documents in the user's cache directory by default: the
# test suite never writes there (tests of the cache pass --cache-dir).
os.environ.setdefault("GOVCHECK_NO_CACHE", "1")
