"""Make the helpers in tests/ (factory, docxgen) importable from every test folder, and the
source tree's govcheck importable when it is not installed."""

import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
for folder in (str(TESTS_DIR.parent), str(TESTS_DIR)):
    if folder not in sys.path:
        sys.path.insert(0, folder)
