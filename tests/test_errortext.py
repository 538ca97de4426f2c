"""Errors that stop a run are said in Swedish and English (errors.py, errortext.py)."""

import ast
import copy
import datetime as dt
import errno
import pickle
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

import govcheck
from govcheck.checklists import parse_checklist
from govcheck.errors import ChecklistError, InputFileError, UsageError
from govcheck.errortext import os_message, os_reason, pydantic_message
from govcheck.waivers import WaiversError, load_waivers
from govcheck.yamlload import Located, load_yaml_text

PACKAGE = Path(govcheck.__file__).parent

# Mistakes people make in YAML by hand, each with a piece of the Swedish that must be said.
YAML_MISTAKES = [
    ("id: a: b\n", "kolon"),
    ("a:\n  - x\n b: y\n", "indrag"),
    ("key: 'unclosed\n", "citattecken"),
    ("a:\n\tb: 1\n", "tabb"),
    ("a: [1, 2\n", "]"),
    ("a: {b: 1\n", "}"),
    ("a: 1\n---\nb: 2\n", "ett YAML-dokument"),
    ("a: &x 1\nb: *x\n", "alias"),
    ("a: !!python/object:os.system x\n", "tagg"),
    ("a: 1\na: 2\n", "två gånger"),
    ("? [a]\n: b\n", "enkelt värde"),
    ("a: 2024-13-45\n", "ogiltigt värde: '2024-13-45' är inget giltigt datum"),
    ("- a\nb: c\n", "väntades"),
    ("a: \"x\\q\"\n", "escape"),
    ("a: b\n  c: d\n", "kolon"),
]


@pytest.mark.parametrize("text, swedish", YAML_MISTAKES)
def test_yaml_mistakes_are_said_in_swedish(text, swedish):
    with pytest.raises(InputFileError) as caught:
        load_yaml_text(text, "x.yaml")
    error = caught.value
    assert error.line is not None
    assert error.sv.startswith(f"{error.place}: ogiltig YAML: ") and swedish in error.sv, error.sv
    assert str(error).startswith(f"{error.place}: invalid YAML: ")
    # the parser's English is not left in the Swedish: it was recognised, not passed through
    english = str(error).split("invalid YAML: ", 1)[1]
    assert english not in error.sv and "while " not in error.sv and "found " not in error.sv, error.sv


CHECKLIST = {"id": "x", "version": 1, "title": {"sv": "a", "en": "b"}, "provenance": {"source": "s"},
             "controls": [{"id": "X-1", "title": {"sv": "a", "en": "b"}, "provenance": {"source": "s"},
                           "recommendation": {"sv": "a", "en": "b"}, "checks": [{"kind": "adopted"}]}]}


def _broken(path, value):
    data = copy.deepcopy(CHECKLIST)
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize("path, value, swedish", [
    (("title",), KeyError, "nyckeln 'title' saknas"),
    (("colour",), "blue", "okänd nyckel: 'colour'"),
    (("controls",), "none", "ska vara en lista"),
    (("controls", 0, "checks", 0, "kind"), 7, "ska vara"),
    (("provenance",), "x", "ska vara en mappning"),
    (("controls", 0, "checks", 0, "kind"), "nonsense", "ska vara ett av"),
    (("controls", 0, "checks"), [], "får inte vara tom"),
    (("controls", 0, "id"), "x 1", "har fel form"),
])
def test_schema_errors_are_said_in_swedish(path, value, swedish):
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(Located(_broken(path, value), "c.yaml"))
    error = caught.value
    assert swedish in error.sv, (error.sv, str(error))
    for english in ("is a required property", "is not of type", "unexpected", "should be non-empty",
                    "does not match", "is not one of", "is too short"):
        assert english not in error.sv, error.sv


def test_a_waiver_of_the_wrong_shape_is_said_in_both_languages(tmp_path):
    bad = tmp_path / "waivers.yaml"
    bad.write_text("- control: SD-3\n", encoding="utf-8")
    with pytest.raises(WaiversError) as caught:
        load_waivers(bad)
    assert caught.value.message("sv").startswith(f"{bad}:1:1: ska vara en mappning (nyckel: värde)")
    assert "is not of type 'object'" in caught.value.message("en")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    when: dt.date | None = None
    count: int = Field(default=1, ge=1)
    kind: Literal["a", "b"] = "a"


@pytest.mark.parametrize("data, swedish", [
    ({}, "saknas"),
    ({"name": "x", "other": 1}, "okänd nyckel"),
    ({"name": 5}, "ska vara en text"),
    ({"name": "x", "when": "igår"}, "ska vara ett datum"),
    ({"name": "x", "count": 0}, "ska vara minst 1"),
    ({"name": "x", "count": "many"}, "ska vara ett heltal"),
    ({"name": "x", "kind": "c"}, "ska vara ett av: 'a' or 'b'"),
])
def test_pydantic_errors_are_said_in_swedish(data, swedish):
    with pytest.raises(ValidationError) as caught:
        _Model.model_validate(data)
    english, said = pydantic_message(caught.value.errors()[0])
    assert english == caught.value.errors()[0]["msg"]
    assert said.startswith(swedish), said


def test_system_errors_are_said_in_swedish_by_their_errno():
    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == (
        "No such file or directory", "finns inte")
    assert os_message(PermissionError(errno.EACCES, "Permission denied", "/x")) == (
        "Permission denied: /x", "åtkomst nekas: /x")
    assert os_message(IsADirectoryError(errno.EISDIR, "Is a directory", "/d"))[1] == "är en mapp: /d"
    # an errno without a Swedish wording keeps the system's English inside a Swedish sentence
    assert os_reason(OSError(errno.EPROTO, "Protocol error")) == ("Protocol error", "systemfel (Protocol error)")
    assert os_reason(OSError("not a cache entry")) == ("not a cache entry", "systemfel (not a cache entry)")


def test_an_error_cannot_be_made_without_its_swedish():
    with pytest.raises(TypeError):
        UsageError("path does not exist: x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ChecklistError("c.yaml", "bad", 1)  # type: ignore[call-arg]
    error = ChecklistError("c.yaml", "duplicate control id 'X-1'", 4, 3, sv="kontrollmålet 'X-1' finns redan")
    assert (str(error), error.message("en")) == ("c.yaml:4:3: duplicate control id 'X-1'",) * 2
    assert error.message("sv") == "c.yaml:4:3: kontrollmålet 'X-1' finns redan"


def test_an_error_crosses_a_process_boundary_with_both_languages():
    for error in (UsageError("not a folder: x", sv="inte en mapp: x"),
                  WaiversError("w.yaml", "duplicate key 'a'", 3, 1, sv="nyckeln 'a' står två gånger")):
        copy_ = pickle.loads(pickle.dumps(error))
        assert type(copy_) is type(error)
        assert (str(copy_), copy_.message("sv")) == (str(error), error.message("sv"))


ERRORS = {"UsageError", "InputFileError", "ChecklistError", "OrganisationError", "FactsError", "SidecarError",
          "RegisterError", "BaselineError", "WaiversError"}


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            yield node, func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_every_error_the_package_raises_has_its_swedish():
    """Made without ``sv``, an error would fail with a TypeError only when it is raised: so every
    place that makes one is read here, whether a test reaches it or not."""
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, name in _calls(tree):
            where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
            keywords = {k.arg for k in call.keywords}
            if name in ERRORS or name == "cls" and path.name in ("yamlload.py",) or \
                    name == "error" and isinstance(call.func, ast.Attribute) and \
                    getattr(call.func.value, "id", "") == "located":
                if "sv" not in keywords:
                    missing.append(where)
            elif name == "_fail" and path.name == "cli.py":
                if len(call.args) != 2 and not any(isinstance(a, ast.Starred) for a in call.args):
                    missing.append(where)
    assert not missing, missing
