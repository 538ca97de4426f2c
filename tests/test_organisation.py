import datetime as dt

import pytest

from govcheck.errors import OrganisationError
from govcheck.organisation import load_organisation, load_workspace_config

GOOD = """\
municipality: Västby kommun
as_of: 2023-11-27
organisation:
  - id: kf
    name: Kommunfullmäktige
    kind: fullmaktige
    political: true
  - id: digit
    name: Digitaliseringsavdelningen
    kind: avdelning
    parent: kf
    aliases: [digitaliseringsavd.]
    former_names:
      - name: Kommunikations- och utvecklingsavdelningen
        until: 2019-01-01
"""


def test_loads_spec_shape(tmp_path):
    f = tmp_path / "govcheck.yaml"
    f.write_text(GOOD, encoding="utf-8")
    config = load_workspace_config(f)
    assert config.municipality == "Västby kommun" and config.as_of == dt.date(2023, 11, 27)
    org = load_organisation(f)
    digit = org.units[1]
    assert digit.former_names[0].until == dt.date(2019, 1, 1) and digit.aliases == ["digitaliseringsavd."]


@pytest.mark.parametrize(
    "text, line, words",
    [
        (GOOD.replace("kind: avdelning", "kind: department"), 10, "department"),
        (GOOD.replace("    political: true\n", "    politcal: true\n"), 7, "politcal"),
        (GOOD.replace("parent: kf", "parent: nowhere"), 11, "nowhere"),
        (GOOD.replace("id: digit", "id: kf"), 8, "duplicate"),
        (GOOD.replace("until: 2019-01-01", "until: someday"), 15, "until"),
    ],
)
def test_bad_files_are_rejected_with_line(tmp_path, text, line, words):
    f = tmp_path / "govcheck.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(OrganisationError) as exc:
        load_workspace_config(f)
    assert exc.value.line == line, str(exc.value)
    assert words in str(exc.value)
    assert str(exc.value).startswith(str(f))
