"""Safe YAML loading that remembers where each value stood, so errors can name file and line.

Only the safe constructors are used, aliases are refused (a 1 KB alias bomb explodes only
later, when validated or serialised), and the file size is capped. Dates become ISO strings
so that JSON Schema validation sees what the author wrote.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from govcheck.errors import InputFileError
from govcheck.errortext import os_reason, pydantic_message, yaml_phrase
from govcheck.limits import DEFAULT_LIMITS

Path_ = tuple[str | int, ...]


def _refused(problem: str, sv: str, mark) -> yaml.constructor.ConstructorError:
    """A YAML error of govcheck's own (an alias, a tag, a duplicate key), with its Swedish."""
    error = yaml.constructor.ConstructorError(None, None, problem, mark)
    error.sv = sv  # type: ignore[attr-defined]
    return error


_ALIAS = ("YAML aliases (*name) are not allowed", "YAML-alias (*namn) är inte tillåtna")


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise _refused(*_ALIAS, self.peek_event().start_mark)
        return super().compose_node(parent, index)


# libyaml composes about ten times faster than PyYAML's Python composer (a third of a run's
# fixed cost went into composing the built-in checklists). It cannot be told to refuse aliases
# while composing, but an alias becomes the very node object of its anchor, so _build refuses
# any node it meets a second time, before anything is expanded.
_FastLoader = getattr(yaml, "CSafeLoader", None)


@dataclass
class Located:
    """Loaded data plus the (line, column) of every path in it, 1-based."""

    data: Any
    file: str
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: Path_) -> tuple[int | None, int | None]:
        """The position of ``path`` or of its nearest ancestor that has one."""
        p = tuple(path)
        while True:
            if p in self.marks:
                return self.marks[p]
            if not p:
                return None, None
            p = p[:-1]

    def error(self, path: Path_, reason: str, cls: type[InputFileError] = InputFileError, *,
              sv: str) -> InputFileError:
        line, col = self.position(path)
        return cls(self.file, reason, line, col, sv=sv)

    def pydantic_error(self, exc: Any, cls: type[InputFileError], prefix: Path_ = ()) -> InputFileError:
        """The first error of a pydantic ValidationError, placed at its line, naming its key path."""
        err = exc.errors()[0]
        loc = tuple(prefix) + tuple(err["loc"])
        where = "/".join(str(p) for p in loc)
        en, sv = pydantic_message(err)
        return self.error(loc, f"{where}: {en}" if where else en, cls, sv=f"{where}: {sv}" if where else sv)


_DATE_LIKE = re.compile(r"\d{4}-\d")  # PyYAML's bare ValueError comes from a date it cannot make
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _AliasFound(Exception):
    """A node met twice: an alias. Its place is found by load_yaml_text, which has the text."""


def _alias_error(text: str, loader_cls) -> yaml.composer.ComposerError:
    """The alias error at the first alias event (parsing events only: nothing is expanded)."""
    mark = None
    for event in yaml.parse(text, Loader=loader_cls):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            break
    return _refused(*_ALIAS, mark)


def _build(node: yaml.Node, loader: yaml.SafeLoader, path: Path_, marks: dict, seen: set[int]) -> Any:
    if id(node) in seen:
        raise _AliasFound()
    seen.add(id(node))
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
        raise _refused(f"tag {node.tag!r} is not allowed", f"taggen {node.tag!r} är inte tillåten", node.start_mark)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            try:
                key = loader.construct_object(key_node, deep=True)
            except ValueError as exc:
                raise _refused(f"invalid key: {exc}", f"ogiltig nyckel: {exc}", key_node.start_mark) from None
            if isinstance(key, (dt.date, dt.datetime)):
                key = key.isoformat()
            if not isinstance(key, (str, int, float, bool)):
                raise _refused("mapping keys must be plain scalars",
                               "en nyckel ska vara ett enkelt värde (text eller tal)", key_node.start_mark)
            key = str(key)
            if key in out:
                raise _refused(f"duplicate key {key!r}", f"nyckeln {key!r} står två gånger", key_node.start_mark)
            out[key] = _build(value_node, loader, path + (key,), marks, seen)
            marks.setdefault(path + (key,), (key_node.start_mark.line + 1, key_node.start_mark.column + 1))
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loader, path + (i,), marks, seen) for i, item in enumerate(node.value)]
    try:
        value = loader.construct_object(node, deep=True)
    except ValueError as exc:  # PyYAML raises a bare ValueError for "2024-13-45"
        said = f"{node.value!r} är inget giltigt datum" if _DATE_LIKE.match(str(node.value)) else str(exc)
        raise _refused(f"invalid value: {exc}", f"ogiltigt värde: {said}", node.start_mark) from None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _too_large(cls: type[InputFileError], file: str, max_bytes: int) -> InputFileError:
    return cls(file, f"file is larger than {max_bytes} bytes", sv=f"filen är större än {max_bytes} byte")


def _swedish(exc: yaml.MarkedYAMLError) -> str:
    """A YAML error in Swedish: govcheck's own as made (_refused), the parser's by its phrases."""
    own = getattr(exc, "sv", None)
    if own is not None:
        return own
    problem = yaml_phrase(exc.problem) if exc.problem else "ogiltig YAML"
    return f"{problem} ({yaml_phrase(exc.context)})" if exc.context else problem


def load_yaml_text(
    text: str,
    file: str,
    max_bytes: int = DEFAULT_LIMITS.max_yaml_bytes,
    cls: type[InputFileError] = InputFileError,
) -> Located:
    """Parse YAML text; raise ``cls(file, reason, line, column)`` on any problem."""
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise _too_large(cls, file, max_bytes)
    loader = None
    try:
        loader_cls = _FastLoader or _NoAliasLoader
        loader = loader_cls(text)
        node = loader.get_single_node()
        marks: dict[Path_, tuple[int, int]] = {}
        try:
            data = None if node is None else _build(node, loader, (), marks, set())
        except _AliasFound:
            raise _alias_error(text, loader_cls) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        reason = " ".join(x for x in (exc.context, exc.problem) if x) or "invalid YAML"
        raise cls(file, f"invalid YAML: {reason}", line, col, sv=f"ogiltig YAML: {_swedish(exc)}") from None
    except yaml.YAMLError as exc:
        raise cls(file, f"invalid YAML: {exc}", sv=f"ogiltig YAML: {exc}") from None
    except RecursionError:
        raise cls(file, "YAML nested too deeply", sv="YAML-strukturen är för djupt nästlad") from None
    finally:
        if loader is not None:
            loader.dispose()
    return Located(data, file, marks)


def load_yaml_file(
    path: Path, max_bytes: int = DEFAULT_LIMITS.max_yaml_bytes, cls: type[InputFileError] = InputFileError
) -> Located:
    name = str(path)
    try:
        if path.stat().st_size > max_bytes:
            raise _too_large(cls, name, max_bytes)
        raw = path.read_bytes()
    except OSError as exc:
        en, sv = os_reason(exc)
        raise cls(name, f"cannot read: {en}", sv=f"kan inte läsas: {sv}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise cls(name, f"not UTF-8 text (byte {exc.start})", sv=f"inte UTF-8-text (byte {exc.start})") from None
    return load_yaml_text(text, name, max_bytes, cls)
