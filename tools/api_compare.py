"""Comparing two public surfaces (tools/api_surface.py): every difference, classified, and the bump.

- modules and their public names: removed is breaking, added additive;
- functions and methods: a parameter removed, newly required, made keyword-only, moved among the
  positional ones or narrowed in type is breaking; a new optional one, or one widened or no longer
  required, is additive; a new default is a compatible behaviour change; a return type widened or
  changed is breaking, narrowed compatible;
- classes: a base removed is breaking. A field's type or requirement change is judged by how the class
  is used: read from responses (output: the return types of the operations in `thred_client.api`, and the
  types of their fields in turn), a widened type or a field that may now be absent breaks readers; sent
  in requests (input: the operations' parameters), a narrowed type or a newly required field breaks
  callers; a class used both ways, or not by any operation, is held to both;
- enums: a removed member is breaking, a new one additive;
- an operation's method or path, the spec's version, or code changed behind the same surface: patch.
Types are compared as unions of the members the annotation names (`int | None | Unset`); where neither
is a subset of the other, the change is breaking.

The bump: breaking → major, additive → minor, anything else → patch, before 1.0 too (semver promises
nothing for 0.x), so that a `thred-client~=X.Y` pin never lets a breaking release in.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from api_surface import Class, Function, Module, Param, Surface

INPUT = "input"
OUTPUT = "output"
API = "thred_client.api."
POSITIONAL = {"positional-only": {"position"}, "positional": {"position", "keyword"}, "keyword": {"keyword"}}


class Level(IntEnum):
    """The version bump a change calls for, in increasing order of severity."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the two surfaces."""

    level: Level
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


# ---------------------------------------------------------------------------------------------------
# Types


def union_members(annotation: str) -> frozenset[str]:
    """The members of a type annotation's union: `int | None` and `Optional[int]` are {int, None}."""
    if not annotation:
        return frozenset({"Any"})
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return frozenset({annotation})
    return frozenset(_members(node))


def _members(node: ast.expr) -> set[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) | _members(node.right)
    if isinstance(node, ast.Subscript):
        outer = ast.unparse(node.value).rsplit(".", 1)[-1]
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if outer == "Union":
            return set().union(*(_members(member) for member in inner))
        if outer == "Optional":
            return _members(inner[0]) | {"None"}
    return {ast.unparse(node)}


def render_type(members: frozenset[str]) -> str:
    return " | ".join(sorted(members, key=lambda member: (member == "None", member))) or "nothing"


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide`."""
    return all(member in wide or "Any" in wide or (member == "int" and "float" in wide) for member in narrow)


def _type_change(old: str, new: str, uses: set[str]) -> Change | None:
    """The level of a type change for something used as `uses` (input, output, or both when empty)."""
    before, after = union_members(old), union_members(new)
    if before == after:
        return None
    text = f"type {render_type(before)} → {render_type(after)}"
    uses = uses or {INPUT, OUTPUT}
    if _covers(after, before):
        if OUTPUT in uses:
            return Change(Level.MAJOR, "", f"{text} (widened: readers may now get values of other types)")
        return Change(Level.MINOR, "", f"{text} (widened)")
    if _covers(before, after):
        return Change(Level.MAJOR if INPUT in uses else Level.MINOR, "", f"{text} (narrowed)")
    return Change(Level.MAJOR, "", f"{text} (changed)")


def _required_change(old: bool, new: bool, uses: set[str]) -> Change | None:
    if old == new:
        return None
    uses = uses or {INPUT, OUTPUT}
    if new:
        return Change(Level.MAJOR if INPUT in uses else Level.MINOR, "", "now required")
    return Change(Level.MAJOR if OUTPUT in uses else Level.MINOR, "", "no longer required (may be absent)")


def _placed(change: Change | None, where: str) -> list[Change]:
    return [] if change is None else [Change(change.level, where, change.what)]


# ---------------------------------------------------------------------------------------------------
# Which classes are read, which are sent


def _names_in(annotation: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))


def usage(surface: Surface) -> dict[str, set[str]]:
    """Class name → {input, output}: how the operations of `thred_client.api` use it, transitively."""
    classes: dict[str, Class] = {}
    for module in surface.modules.values():
        for name, cls in module.classes.items():
            classes.setdefault(name, cls)
    roots: dict[str, set[str]] = {INPUT: set(), OUTPUT: set()}
    for module_name, module in surface.modules.items():
        if not module_name.startswith(API):
            continue
        for function in module.functions.values():
            roots[OUTPUT] |= _names_in(function.returns)
            for name, param in function.params.items():
                if name != "client":
                    roots[INPUT] |= _names_in(param.type)
    uses: dict[str, set[str]] = {}
    for label, names in roots.items():
        pending = [name for name in names if name in classes]
        while pending:
            name = pending.pop()
            if label in uses.setdefault(name, set()):
                continue
            uses[name].add(label)
            for member in classes[name].fields.values():
                pending.extend(found for found in _names_in(member.type) if found in classes)
    return uses


# ---------------------------------------------------------------------------------------------------
# Comparing


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference between two surfaces, classified, sorted by severity then place."""
    changes: list[Change] = []
    uses = usage(old)
    for name, labels in usage(new).items():
        uses.setdefault(name, set()).update(labels)

    for name in sorted(old.modules.keys() - new.modules.keys()):
        shown = ", ".join(old.modules[name].names) or "none"
        changes.append(Change(Level.MAJOR, f"module {name}", f"removed (public names: {shown})"))
    for name in sorted(new.modules.keys() - old.modules.keys()):
        shown = ", ".join(new.modules[name].names) or "none"
        changes.append(Change(Level.MINOR, f"module {name}", f"added (public names: {shown})"))
    for name in sorted(old.modules.keys() & new.modules.keys()):
        changes += _compare_modules(name, old.modules[name], new.modules[name], uses)

    for name in sorted(old.wire.keys() & new.wire.keys()):
        if old.wire[name] != new.wire[name]:
            changes.append(
                Change(Level.PATCH, f"operation {name}", f"now {new.wire[name]} (was {old.wire[name]})")
            )
    if old.spec_version != new.spec_version and old.spec_version and new.spec_version:
        changes.append(Change(Level.PATCH, "spec", f"info.version {old.spec_version} → {new.spec_version}"))
    if not changes and old.digest and new.digest and old.digest != new.digest:
        changes.append(Change(Level.PATCH, "package", "code changed behind the same public surface"))
    return sorted(changes, key=lambda change: (-change.level, change.where, change.what))


def _compare_modules(name: str, before: Module, after: Module, uses: Mapping[str, set[str]]) -> list[Change]:
    where = f"module {name}"
    changes = [
        Change(Level.MAJOR, where, f"public name {public} removed")
        for public in sorted(set(before.names) - set(after.names))
    ]
    changes += [
        Change(Level.MINOR, where, f"public name {public} added")
        for public in sorted(set(after.names) - set(before.names))
    ]
    kept = set(before.names) & set(after.names)
    for function in sorted(kept & before.functions.keys() & after.functions.keys()):
        changes += compare_functions(
            f"function {name}.{function}", before.functions[function], after.functions[function]
        )
    for cls in sorted(kept & before.classes.keys() & after.classes.keys()):
        changes += _compare_classes(
            f"class {name}.{cls}", before.classes[cls], after.classes[cls], uses.get(cls, set())
        )
    # A public function or class that became something else under the same name.
    for public in sorted(kept):
        kinds = [(public in module.functions, public in module.classes) for module in (before, after)]
        if kinds[0] != kinds[1] and any(kinds[0]):
            changes.append(Change(Level.MAJOR, where, f"{public} is no longer a {_kind(kinds[0])}"))
    return changes


def _kind(flags: tuple[bool, bool]) -> str:
    return "function" if flags[0] else "class"


def compare_functions(where: str, before: Function, after: Function) -> list[Change]:
    """How a function's signature changed, for its callers (parameters) and readers (return)."""
    changes: list[Change] = []
    for name in [name for name in before.params if name not in after.params]:
        changes.append(Change(Level.MAJOR, f"{where}, parameter {name}", "removed"))
    for name in [name for name in after.params if name not in before.params]:
        param = after.params[name]
        if param.default is None and param.kind in POSITIONAL:
            changes.append(Change(Level.MAJOR, f"{where}, parameter {name}", "added, required"))
        else:
            changes.append(Change(Level.MINOR, f"{where}, parameter {name}", "added, optional"))
    for name in [name for name in before.params if name in after.params]:
        changes += _compare_params(f"{where}, parameter {name}", before.params[name], after.params[name])
    old_order = [
        name for name, param in before.params.items() if "position" in POSITIONAL.get(param.kind, ())
    ]
    new_order = [name for name, param in after.params.items() if "position" in POSITIONAL.get(param.kind, ())]
    if [name for name in old_order if name in new_order] != [name for name in new_order if name in old_order]:
        changes.append(Change(Level.MAJOR, where, f"positional parameters reordered: {', '.join(new_order)}"))
    changes += _placed(_type_change(before.returns, after.returns, {OUTPUT}), f"{where}, return")
    return changes


def _compare_params(where: str, was: Param, now: Param) -> list[Change]:
    changes: list[Change] = []
    if was.kind != now.kind:
        allowed_before, allowed_after = POSITIONAL.get(was.kind, set()), POSITIONAL.get(now.kind, set())
        level = Level.MINOR if allowed_before <= allowed_after and allowed_before else Level.MAJOR
        changes.append(Change(level, where, f"now {now.kind} (was {was.kind})"))
    changes += _placed(_type_change(was.type, now.type, {INPUT}), where)
    changes += _placed(_required_change(was.default is None, now.default is None, {INPUT}), where)
    if was.default is not None and now.default is not None and was.default != now.default:
        changes.append(
            Change(Level.MINOR, where, f"default {was.default} → {now.default} (calls that omit it change)")
        )
    return changes


def _compare_classes(where: str, before: Class, after: Class, uses: set[str]) -> list[Change]:
    if (before.values is None) != (after.values is None):
        return [Change(Level.MAJOR, where, "changed between enum and class")]
    changes = [
        Change(Level.MAJOR, where, f"base {base} removed") for base in before.bases if base not in after.bases
    ]
    changes += [
        Change(Level.MINOR, where, f"base {base} added") for base in after.bases if base not in before.bases
    ]
    if before.values is not None and after.values is not None:
        old_values, new_values = list(before.values.values()), list(after.values.values())
        changes += [
            Change(Level.MAJOR, where, f"enum value {value!r} removed")
            for value in old_values
            if value not in new_values
        ]
        changes += [
            Change(Level.MINOR, where, f"enum value {value!r} added")
            for value in new_values
            if value not in old_values
        ]
        changes += [
            Change(Level.MAJOR, where, f"enum member {member} removed")
            for member in before.values
            if member not in after.values and before.values[member] in new_values
        ]
    for name in [name for name in before.fields if name not in after.fields]:
        changes.append(Change(Level.MAJOR, f"{where}, field {name}", "removed"))
    for name in [name for name in after.fields if name not in before.fields]:
        required = after.fields[name].default is None
        if required and INPUT in (uses or {INPUT}):
            changes.append(Change(Level.MAJOR, f"{where}, field {name}", "added, required"))
        else:
            shown = "required" if required else "optional"
            changes.append(Change(Level.MINOR, f"{where}, field {name}", f"added, {shown}"))
    for name in [name for name in before.fields if name in after.fields]:
        was, now = before.fields[name], after.fields[name]
        place = f"{where}, field {name}"
        changes += _placed(_type_change(was.type, now.type, uses), place)
        changes += _placed(_required_change(was.default is None, now.default is None, uses), place)
    for name in [name for name in before.methods if name not in after.methods]:
        changes.append(Change(Level.MAJOR, f"{where}.{name}", "method removed"))
    for name in [name for name in after.methods if name not in before.methods]:
        changes.append(Change(Level.MINOR, f"{where}.{name}", "method added"))
    for name in [name for name in before.methods if name in after.methods]:
        changes += compare_functions(f"{where}.{name}", before.methods[name], after.methods[name])
    return changes


# ---------------------------------------------------------------------------------------------------
# Versions


def bump_for(changes: Iterable[Change]) -> Level:
    """The version bump the changes call for."""
    return max((change.level for change in changes), default=Level.NONE)


def parse_version(text: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of a plain `X.Y.Z` version, or None for anything else."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def next_version(version: str, level: Level) -> str | None:
    """The smallest version after `version` that carries a `level` bump (`version` for NONE)."""
    parts = parse_version(version)
    if parts is None:
        return None
    major, minor, patch = parts
    if level is Level.MAJOR:
        return f"{major + 1}.0.0"
    if level is Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if level is Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def version_problem(old: str | None, new: str | None, level: Level) -> str | None:
    """Why version `new` does not carry the bump `level` calls for after `old`, or None if it does."""
    if old is None or new is None:
        return "cannot check the version: _version.py is missing at one side"
    required = next_version(old, level)
    have, want = parse_version(new), parse_version(required or "")
    if have is None or want is None:
        return f"cannot check the version: {old!r} or {new!r} is not X.Y.Z"
    if have < want:
        return f"version {new} is too low: these changes need at least {required}"
    return None
