from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "raw" / "lawrow-warunki-rozmow.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def reference():
    import newslens

    return newslens.analyze(REFERENCE)


@pytest.fixture(scope="session")
def gold():
    import json

    return json.loads(REFERENCE.with_name("lawrow-warunki-rozmow.gold.json").read_text("utf-8"))
