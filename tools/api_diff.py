"""Compare thred-client's public surface at a git ref with the working tree, and say what bump it calls for.

    python tools/api_diff.py v0.1.0                  # the tag (or any git ref) against the working tree
    python tools/api_diff.py v0.1.0 --check-version  # also fail unless _version.py is bumped far enough
    python tools/api_diff.py --old-spec a.yaml --new-spec b.yaml [--old-overlays DIR --new-overlays DIR]

The surface is read from the inputs of the generator, not from the generated code: the spec
(openapi/thred.yaml, with every local $ref resolved) and the public names of the hand-written modules in
overlays/thred_client (their `__all__`, read statically with ast; the public top-level names of a
module without one). At a git ref they are read with `git show`, so the working tree is never touched.

What is compared, and how each difference is classified:
- operations, keyed by the module they generate (`api.<tag>.<operation_id>`): a removed or moved one is
  breaking, a new one additive (a rename shows as one removed and one added);
- their parameters and request body: removed, newly required, narrowed or otherwise changed in type is
  breaking; new optional, no longer required or widened is additive; a new default is reported as a
  compatible behaviour change;
- their return type (all documented responses): widened or changed is breaking, narrowed compatible;
- models (component schemas) and their fields: removed is breaking. A type or requirement change is
  judged by how the model is used: read from responses (output), a widened type or a field that is no
  longer required breaks readers; sent in requests (input), a narrowed type or a newly required field
  breaks callers; a model used both ways, or not at all, is held to both;
- enums: a removed value is breaking, a new one additive;
- overlay modules: a removed public name is breaking, a new one additive.
Types are compared as the Python types the generator makes (`UUID`, `datetime`, `list[Invoice]`, a
union of them); where two types are not one a subset of the other, the change is breaking. Changes that
leave the Python surface as it was (descriptions, paths, overlay code behind the same names) call for a
patch release.

The bump: breaking → major, additive → minor, anything else → patch. The project applies this before
1.0 too (semver itself promises nothing for 0.x), so that a `thred-client~=X.Y` pin never lets a
breaking release in.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

import yaml

import openapi_refs

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = Path("openapi") / "thred.yaml"
OVERLAYS_PATH = Path("overlays") / "thred_client"
VERSION_PATH = OVERLAYS_PATH / "_version.py"
PACKAGE = "thred_client"

INPUT = "input"
OUTPUT = "output"


class ApiDiffError(Exception):
    """The inputs could not be read; the message says which and why."""


class Level(IntEnum):
    """The version bump a change calls for, in increasing order of severity."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


HEADINGS = {
    Level.MAJOR: "Breaking",
    Level.MINOR: "Additive or compatible",
    Level.PATCH: "No change to the Python surface",
}
MARKS = {Level.MAJOR: "!", Level.MINOR: "+", Level.PATCH: "~"}


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the two surfaces."""

    level: Level
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


# ---------------------------------------------------------------------------------------------------
# The surface of one spec


Type = frozenset[str]


@dataclass(frozen=True)
class Param:
    """A parameter, or the request body, of an operation as callers see it."""

    type: Type
    required: bool
    default: Any = None


@dataclass(frozen=True)
class Operation:
    """An operation: the function module the generator makes from it, and what it takes and returns."""

    method: str
    path: str
    params: dict[str, Param]
    returns: Type


@dataclass(frozen=True)
class FieldInfo:
    """A field of a model."""

    type: Type
    required: bool


@dataclass(frozen=True)
class Model:
    """A component schema: a model class (fields) or an enum (values)."""

    fields: dict[str, FieldInfo] | None
    values: tuple[Any, ...] | None
    type: Type


@dataclass
class Surface:
    """The public surface of the package, as far as the spec and the overlays' names define it."""

    operations: dict[str, Operation] = field(default_factory=dict)
    models: dict[str, Model] = field(default_factory=dict)
    usage: dict[str, set[str]] = field(default_factory=dict)
    overlay_names: dict[str, frozenset[str]] = field(default_factory=dict)


def snake_case(name: str) -> str:
    """A Python identifier from a tag or operation id, as the generator makes module names."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


class _Spec:
    """An OpenAPI document with its local $refs resolvable."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {}) or {}

    def follow(self, node: Any) -> Any:
        """`node` with any chain of local $refs followed (parameters, responses, request bodies)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ApiDiffError(f"circular $ref {ref}")
            seen.add(ref)
            node = self.pointer(ref)
        return node

    def pointer(self, ref: str) -> Any:
        try:
            return openapi_refs.pointer(self.document, ref)
        except LookupError as error:
            raise ApiDiffError(str(error)) from None

    @staticmethod
    def ref_name(ref: str) -> str | None:
        prefix = "#/components/schemas/"
        return ref[len(prefix) :] if ref.startswith(prefix) else None

    def is_class(self, schema: Any) -> bool:
        """Whether the generator makes a class (model or enum) for a named schema."""
        return isinstance(schema, Mapping) and (
            "enum" in schema or "properties" in schema or schema.get("type") == "object"
        )

    def python_type(self, schema: Any, refs: set[str] | None = None, depth: int = 0) -> Type:
        """The Python type the generator makes for `schema`, as a set of union members."""
        if depth > 50:
            raise ApiDiffError("schema nesting too deep (a cycle through inline schemas?)")
        if not isinstance(schema, Mapping) or not schema:
            return frozenset({"Any"})
        if "$ref" in schema:
            ref = schema["$ref"]
            name = self.ref_name(ref)
            target = self.follow(schema)
            if name is not None and self.is_class(target):
                if refs is not None:
                    refs.add(name)
                return frozenset({name})
            return self.python_type(target, refs, depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members: set[str] = set()
                for member in schema[key]:
                    members |= self.python_type(member, refs, depth + 1)
                return frozenset(members)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.python_type(schema["allOf"][0], refs, depth + 1)
        kinds = schema.get("type")
        if kinds is None:
            if "properties" in schema:
                kinds = "object"
            elif "enum" in schema:
                kinds = "string"
            else:
                return frozenset({"Any"})
        if isinstance(kinds, str):
            kinds = [kinds]
        result: set[str] = set()
        for kind in kinds:
            if kind == "array":
                inner = self.python_type(schema.get("items", {}), refs, depth + 1)
                result.add(f"list[{render_type(inner)}]")
            elif kind == "string":
                result.add(
                    {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}.get(
                        schema.get("format", ""), "str"
                    )
                )
            elif kind == "object":
                result.add("dict")
            else:
                result.add({"integer": "int", "number": "float", "boolean": "bool", "null": "None"}[kind])
        return frozenset(result)


def render_type(value: Type) -> str:
    """A type as text, its union members sorted, `None` last."""
    return " | ".join(sorted(value, key=lambda member: (member == "None", member))) or "nothing"


def surface_of(document: Mapping[str, Any], overlays: Mapping[str, str] | None = None) -> Surface:
    """The surface of the package generated from `document`, with the overlay modules' sources
    (path relative to the package → text) laid over it."""
    if not isinstance(document, Mapping):
        raise ApiDiffError("the spec is not a mapping")
    spec = _Spec(document)
    surface = Surface()
    input_refs: set[str] = set()
    output_refs: set[str] = set()
    for path, item in (document.get("paths") or {}).items():
        item = spec.follow(item)
        shared = list(item.get("parameters", []))
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            tags = operation.get("tags") or ["default"]
            op_id = operation.get("operationId") or f"{method}_{path}"
            key = f"api.{snake_case(str(tags[0]))}.{snake_case(str(op_id))}"
            params: dict[str, Param] = {}
            for raw in [*shared, *operation.get("parameters", [])]:
                param = spec.follow(raw)
                schema = param.get("schema", {})
                params[str(param["name"])] = Param(
                    type=spec.python_type(schema, input_refs),
                    required=bool(param.get("required")) or param.get("in") == "path",
                    default=spec.follow(schema).get("default") if isinstance(schema, Mapping) else None,
                )
            body = spec.follow(operation.get("requestBody"))
            if isinstance(body, Mapping):
                body_type: set[str] = set()
                for media in (body.get("content") or {}).values():
                    body_type |= spec.python_type((media or {}).get("schema", {}), input_refs)
                params["(request body)"] = Param(
                    type=frozenset(body_type), required=bool(body.get("required"))
                )
            returns: set[str] = set()
            for response in (operation.get("responses") or {}).values():
                response = spec.follow(response)
                for media in (response.get("content") or {}).values():
                    returns |= spec.python_type((media or {}).get("schema", {}), output_refs)
            surface.operations[key] = Operation(
                method=method.upper(), path=str(path), params=params, returns=frozenset(returns)
            )

    for name, schema in spec.schemas.items():
        schema = spec.follow(schema)
        if not isinstance(schema, Mapping):
            continue
        fields: dict[str, FieldInfo] | None = None
        values: tuple[Any, ...] | None = None
        if "enum" in schema:
            values = tuple(schema["enum"])
        else:
            required = set(schema.get("required", []))
            fields = {
                str(field_name): FieldInfo(type=spec.python_type(member), required=field_name in required)
                for field_name, member in (schema.get("properties") or {}).items()
            }
        surface.models[str(name)] = Model(fields=fields, values=values, type=spec.python_type(schema))

    # A model is input if reachable from a parameter or body, output if reachable from a response.
    for roots, label in ((input_refs, INPUT), (output_refs, OUTPUT)):
        pending = list(roots)
        while pending:
            name = pending.pop()
            if label in surface.usage.setdefault(name, set()):
                continue
            surface.usage[name].add(label)
            pending.extend(_schema_refs(spec.schemas.get(name)))

    # Private modules (`_version.py`, `_http.py`) are not part of the surface; their public names that
    # matter are re-exported by a public module, which is compared.
    # By module name, so that a module that becomes a package (`x.py` to `x/__init__.py`) is the same one.
    surface.overlay_names = {
        module_name(module): public_names(source, module)
        for module, source in sorted((overlays or {}).items())
        if not any(part.startswith("_") and part != "__init__.py" for part in Path(module).parts)
    }
    return surface


def _schema_refs(node: Any) -> set[str]:
    """The names of the component schemas that `node` refers to anywhere inside it (not followed)."""
    found: set[str] = set()
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and (name := _Spec.ref_name(ref)) is not None:
            found.add(name)
        for value in node.values():
            found |= _schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _schema_refs(value)
    return found


def module_name(relative: str) -> str:
    """`thred_client.x.y` for the overlay file `x/y.py` (`thred_client` for `__init__.py`)."""
    parts = [PACKAGE, *Path(relative).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def public_names(source: str, filename: str = "<overlay>") -> frozenset[str]:
    """The public names of a module's source: its literal `__all__`, else its top-level names without `_`."""
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as error:
        raise ApiDiffError(f"{filename} does not parse: {error}") from error
    listed: set[str] | None = None
    for node in tree.body:
        targets: list[ast.expr]
        value: ast.expr | None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets, value = [node.target], node.value
        else:
            continue
        if not any(isinstance(target, ast.Name) and target.id == "__all__" for target in targets):
            continue
        try:
            names = {str(name) for name in ast.literal_eval(value)} if value is not None else set()
        except ValueError as error:
            raise ApiDiffError(f"{filename}: __all__ is not a literal list of names") from error
        # `__all__ += [...]` extends; a plain assignment replaces.
        listed = (listed or set()) | names if isinstance(node, ast.AugAssign) else names
    if listed is not None:
        return frozenset(listed)
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name):
                    found.add(target.id)
    return frozenset(name for name in found if not name.startswith("_"))


# ---------------------------------------------------------------------------------------------------
# Comparing two surfaces


def _covers(wide: Type, narrow: Type) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide`."""
    return all(member in wide or "Any" in wide or (member == "int" and "float" in wide) for member in narrow)


def _type_change(old: Type, new: Type, uses: set[str]) -> Change | None:
    """The level of a type change from `old` to `new` for something used as `uses` (input/output)."""
    if old == new:
        return None
    text = f"type {render_type(old)} → {render_type(new)}"
    uses = uses or {INPUT, OUTPUT}
    if _covers(new, old):
        level = Level.MAJOR if OUTPUT in uses else Level.MINOR
        why = "widened: readers may now get values of other types" if level is Level.MAJOR else "widened"
        return Change(level, "", f"{text} ({why})")
    if _covers(old, new):
        level = Level.MAJOR if INPUT in uses else Level.MINOR
        return Change(level, "", f"{text} (narrowed)")
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


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference between two surfaces, classified, sorted by severity then place."""
    changes: list[Change] = []
    add = changes.append

    for key in sorted(old.operations.keys() - new.operations.keys()):
        add(Change(Level.MAJOR, f"operation {key}", "removed"))
    for key in sorted(new.operations.keys() - old.operations.keys()):
        add(Change(Level.MINOR, f"operation {key}", "added"))
    for key in sorted(old.operations.keys() & new.operations.keys()):
        before, after = old.operations[key], new.operations[key]
        where = f"operation {key}"
        if (before.method, before.path) != (after.method, after.path):
            add(
                Change(
                    Level.PATCH, where, f"now {after.method} {after.path} (was {before.method} {before.path})"
                )
            )
        for name in sorted(before.params.keys() - after.params.keys()):
            add(Change(Level.MAJOR, f"{where}, parameter {name}", "removed"))
        for name in sorted(after.params.keys() - before.params.keys()):
            param = after.params[name]
            if param.required:
                add(Change(Level.MAJOR, f"{where}, parameter {name}", "added, required"))
            else:
                add(Change(Level.MINOR, f"{where}, parameter {name}", "added, optional"))
        for name in sorted(before.params.keys() & after.params.keys()):
            was, now = before.params[name], after.params[name]
            place = f"{where}, parameter {name}"
            changes += _placed(_type_change(was.type, now.type, {INPUT}), place)
            changes += _placed(_required_change(was.required, now.required, {INPUT}), place)
            if was.default != now.default:
                add(
                    Change(
                        Level.MINOR,
                        place,
                        f"default {was.default!r} → {now.default!r} (calls that omit it change)",
                    )
                )
        changes += _placed(_type_change(before.returns, after.returns, {OUTPUT}), f"{where}, return")

    for name in sorted(old.models.keys() - new.models.keys()):
        add(Change(Level.MAJOR, f"model {name}", "removed"))
    for name in sorted(new.models.keys() - old.models.keys()):
        add(Change(Level.MINOR, f"model {name}", "added"))
    for name in sorted(old.models.keys() & new.models.keys()):
        changes += _compare_models(name, old.models[name], new.models[name], old.usage, new.usage)

    for module in sorted(old.overlay_names.keys() | new.overlay_names.keys()):
        before_names = old.overlay_names.get(module, frozenset())
        after_names = new.overlay_names.get(module, frozenset())
        shown = module
        if module not in old.overlay_names or module not in new.overlay_names:
            state, level = ("added", Level.MINOR) if module in new.overlay_names else ("removed", Level.MAJOR)
            names = ", ".join(sorted(before_names | after_names)) or "none"
            add(Change(level, f"module {shown}", f"{state} (public names: {names})"))
            continue
        for public in sorted(before_names - after_names):
            add(Change(Level.MAJOR, f"module {shown}", f"public name {public} removed"))
        for public in sorted(after_names - before_names):
            add(Change(Level.MINOR, f"module {shown}", f"public name {public} added"))
    return sorted(changes, key=lambda change: (-change.level, change.where, change.what))


def _compare_models(
    name: str,
    before: Model,
    after: Model,
    old_usage: Mapping[str, set[str]],
    new_usage: Mapping[str, set[str]],
) -> list[Change]:
    where = f"model {name}"
    uses = old_usage.get(name, set()) | new_usage.get(name, set())
    if (before.values is None) != (after.values is None):
        return [Change(Level.MAJOR, where, "changed between enum and model")]
    changes: list[Change] = []
    if before.values is not None and after.values is not None:
        for value in before.values:
            if value not in after.values:
                changes.append(Change(Level.MAJOR, where, f"enum value {value!r} removed"))
        for value in after.values:
            if value not in before.values:
                changes.append(Change(Level.MINOR, where, f"enum value {value!r} added"))
        changes += _placed(_type_change(before.type, after.type, uses), where)
        return changes
    old_fields, new_fields = before.fields or {}, after.fields or {}
    for field_name in sorted(old_fields.keys() - new_fields.keys()):
        changes.append(Change(Level.MAJOR, f"{where}, field {field_name}", "removed"))
    for field_name in sorted(new_fields.keys() - old_fields.keys()):
        if new_fields[field_name].required and INPUT in (uses or {INPUT}):
            changes.append(Change(Level.MAJOR, f"{where}, field {field_name}", "added, required"))
        else:
            required = "required" if new_fields[field_name].required else "optional"
            changes.append(Change(Level.MINOR, f"{where}, field {field_name}", f"added, {required}"))
    for field_name in sorted(old_fields.keys() & new_fields.keys()):
        was, now = old_fields[field_name], new_fields[field_name]
        place = f"{where}, field {field_name}"
        changes += _placed(_type_change(was.type, now.type, uses), place)
        changes += _placed(_required_change(was.required, now.required, uses), place)
    return changes


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


# ---------------------------------------------------------------------------------------------------
# Reading the two sides


@dataclass
class Snapshot:
    """The inputs that define the surface at one point: spec, overlay sources, package version."""

    label: str
    spec_text: str
    overlays: dict[str, str]
    version: str | None = None

    def surface(self) -> Surface:
        try:
            document = yaml.safe_load(self.spec_text)
        except yaml.YAMLError as error:
            raise ApiDiffError(f"the spec at {self.label} is not YAML: {error}") from error
        return surface_of(document, self.overlays)


def version_of(source: str | None) -> str | None:
    """The `__version__` string assigned in a `_version.py` source, if any."""
    if source is None:
        return None
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return None


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ApiDiffError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def _overlay_sources(files: Mapping[str, str]) -> dict[str, str]:
    return {name: text for name, text in files.items() if name.endswith(".py")}


def snapshot_at_ref(repo: Path, ref: str) -> Snapshot:
    """The spec, overlays and version as committed at `ref`, read with git without touching the tree."""
    _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    spec_text = _git(repo, "show", f"{ref}:{SPEC_PATH.as_posix()}")
    listed = _git(repo, "ls-tree", "-r", "--name-only", ref, "--", OVERLAYS_PATH.as_posix()).splitlines()
    prefix = OVERLAYS_PATH.as_posix() + "/"
    files = {
        name[len(prefix) :]: _git(repo, "show", f"{ref}:{name}") for name in listed if name.endswith(".py")
    }
    return Snapshot(ref, spec_text, files, version_of(files.get("_version.py")))


def snapshot_of_files(label: str, spec: Path, overlays: Path | None) -> Snapshot:
    """The spec and overlays as they are on disk."""
    try:
        spec_text = spec.read_text(encoding="utf-8")
    except OSError as error:
        raise ApiDiffError(f"cannot read {spec}: {error}") from error
    files: dict[str, str] = {}
    if overlays is not None and overlays.is_dir():
        files = {
            path.relative_to(overlays).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(overlays.rglob("*.py"))
            if "__pycache__" not in path.parts
        }
    return Snapshot(label, spec_text, _overlay_sources(files), version_of(files.get("_version.py")))


# ---------------------------------------------------------------------------------------------------
# Report


def report(
    old: Snapshot, new: Snapshot, changes: list[Change], *, spec_text_changed: bool
) -> tuple[str, Level]:
    """The report as text, and the bump it ends with."""
    if not changes and (spec_text_changed or old.overlays != new.overlays):
        changes = [Change(Level.PATCH, "spec or overlays", "changed without touching the public surface")]
    level = bump_for(changes)
    lines = [f"api-diff: {old.label} → {new.label}"]
    for heading_level in (Level.MAJOR, Level.MINOR, Level.PATCH):
        group = [change for change in changes if change.level == heading_level]
        if group:
            lines.append(f"{HEADINGS[heading_level]} ({len(group)}):")
            lines += [f"  {MARKS[heading_level]} {change}" for change in group]
    if not changes:
        lines.append("No differences.")
    bump = level.name.lower() if level else "none"
    line = f"Version bump: {bump}"
    if old.version is not None:
        target = next_version(old.version, level)
        if target is not None:
            line += f" ({old.version} → {target})" if level else f" (stay at {old.version})"
    lines.append(line)
    old_parts = parse_version(old.version or "")
    if level is Level.MAJOR and old_parts is not None and old_parts[0] == 0:
        lines.append(
            "Note: semver allows a 0.x release to break in a minor bump; this project bumps major anyway,"
            " so that `thred-client~=X.Y` pins stay safe."
        )
    return "\n".join(lines), level


def version_problem(old: Snapshot, new: Snapshot, level: Level) -> str | None:
    """Why the new version does not carry the bump `level` calls for, or None if it does."""
    if old.version is None or new.version is None:
        return "cannot check the version: _version.py is missing at one side"
    required = next_version(old.version, level)
    have, want = parse_version(new.version), parse_version(required or "")
    if have is None or want is None:
        return f"cannot check the version: {old.version!r} or {new.version!r} is not X.Y.Z"
    if have < want:
        return f"version {new.version} is too low: these changes need at least {required}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "ref", nargs="?", help="git ref to compare the working tree with (a tag, a branch, HEAD~1)"
    )
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--old-spec", type=Path, help="compare this spec file instead of one at a ref")
    parser.add_argument("--new-spec", type=Path, help="…with this one (default: the working tree's)")
    parser.add_argument("--old-overlays", type=Path, help="overlay package folder of the old side")
    parser.add_argument("--new-overlays", type=Path, help="overlay package folder of the new side")
    parser.add_argument(
        "--check-version",
        action="store_true",
        help="fail unless _version.py carries the bump the changes call for",
    )
    args = parser.parse_args(argv)
    if (args.ref is None) == (args.old_spec is None):
        parser.error("give either a git ref or --old-spec")
    repo: Path = args.repo.resolve()
    try:
        if args.ref is not None:
            old = snapshot_at_ref(repo, args.ref)
        else:
            old = snapshot_of_files(str(args.old_spec), args.old_spec, args.old_overlays)
        if args.new_spec is not None:
            new = snapshot_of_files(str(args.new_spec), args.new_spec, args.new_overlays)
        else:
            new = snapshot_of_files(
                "working tree", repo / SPEC_PATH, args.new_overlays or repo / OVERLAYS_PATH
            )
        changes = compare(old.surface(), new.surface())
    except ApiDiffError as error:
        print(f"api-diff: {error}", file=sys.stderr)
        return 2
    text, level = report(old, new, changes, spec_text_changed=old.spec_text != new.spec_text)
    print(text)
    if args.check_version:
        problem = version_problem(old, new, level)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        print(f"version {new.version} carries the bump")
    return 0


if __name__ == "__main__":
    sys.exit(main())
