import pytest

from govcheck.errors import InputFileError
from govcheck.yamlload import load_yaml_text


def test_positions_are_one_based_and_dates_become_iso_strings():
    located = load_yaml_text("a: 1\nb:\n  - x\n  - when: 2023-11-27\n", "f.yaml")
    assert located.data == {"a": 1, "b": ["x", {"when": "2023-11-27"}]}
    assert located.position(("b", 1, "when")) == (4, 11)
    assert located.position(("a",)) == (1, 4)


def test_position_falls_back_to_nearest_ancestor():
    located = load_yaml_text("a:\n  b: 1\n", "f.yaml")
    assert located.position(("a", "missing", 3)) == located.position(("a",))


def test_syntax_error_carries_line():
    with pytest.raises(InputFileError) as exc:
        load_yaml_text("a: 1\nb: [unclosed\n", "bad.yaml")
    assert exc.value.file == "bad.yaml" and exc.value.line is not None and exc.value.line >= 2


def test_aliases_are_refused():
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    with pytest.raises(InputFileError) as exc:
        load_yaml_text(bomb, "bomb.yaml")
    assert "alias" in exc.value.reason and exc.value.line == 2


def test_python_tags_are_refused():
    with pytest.raises(InputFileError):
        load_yaml_text("x: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "evil.yaml")


def test_duplicate_keys_are_refused():
    with pytest.raises(InputFileError) as exc:
        load_yaml_text("id: a\nid: b\n", "dup.yaml")
    assert exc.value.line == 2 and "duplicate" in exc.value.reason


def test_size_cap():
    with pytest.raises(InputFileError) as exc:
        load_yaml_text("a: " + "x" * 100, "big.yaml", max_bytes=50)
    assert "larger" in exc.value.reason


def test_impossible_date_is_an_error_in_place():
    with pytest.raises(InputFileError) as exc:
        load_yaml_text("a: 1\nas_of: 2024-13-45\n", "g.yaml")
    assert exc.value.line == 2 and "invalid value" in exc.value.reason


def test_control_characters_are_an_error_not_a_crash():
    with pytest.raises(InputFileError) as exc:
        load_yaml_text("id: a\x1f\n", "ctrl.yaml")
    assert "invalid YAML" in exc.value.reason
