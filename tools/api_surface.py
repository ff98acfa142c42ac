"""Reading the public surface of thred-client: from a generated package's sources, a git ref, or a record.

The surface is what the generator (and the overlays laid over its output) produced, read statically with
`ast` from `generated/thred_client`: for every public module, its public names (`__all__`, else its
top-level names without a leading `_`), the signatures of its public functions, and of its public classes
the bases, fields (annotated class attributes and properties, with their types and whether they have a
default), enum values and public methods. The annotations are kept as the source writes them.

Beside it, the wire layer that does not show in Python: the spec's version and each operation's method and
path, read from openapi/thred.yaml with the shared walk (tools/openapi_walk.py).

A release is recorded as this surface in JSON under openapi/releases/<version>.json.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import subprocess
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

import openapi_walk

PACKAGE = "thred_client"
GENERATED = PurePosixPath("generated") / PACKAGE
SPEC_PATH = PurePosixPath("openapi") / "thred.yaml"
RELEASES = PurePosixPath("openapi") / "releases"
RECORD_FORMAT = 1
ENUM_BASES = {"Enum", "StrEnum", "IntEnum", "Flag", "IntFlag"}


class SurfaceError(Exception):
    """A surface could not be read; the message says which input and why."""


@dataclass(frozen=True)
class Param:
    """A parameter as callers see it: how it is passed, its annotation, its default (None: required)."""

    kind: str
    type: str
    default: str | None


@dataclass(frozen=True)
class Function:
    params: dict[str, Param]
    returns: str


@dataclass(frozen=True)
class Field:
    """A field of a class; `default` is None for a field every instance must be given."""

    type: str
    default: str | None


@dataclass(frozen=True)
class Class:
    bases: tuple[str, ...]
    fields: dict[str, Field]
    methods: dict[str, Function]
    values: dict[str, Any] | None  # an enum's members (name → value); None for any other class


@dataclass(frozen=True)
class Module:
    names: tuple[str, ...]
    functions: dict[str, Function]
    classes: dict[str, Class]


@dataclass
class Surface:
    """The public surface of one version of the package."""

    version: str | None = None
    spec_version: str | None = None
    modules: dict[str, Module] = field(default_factory=dict)
    wire: dict[str, str] = field(default_factory=dict)  # operation module → "GET /path"
    digest: str | None = None  # of every source of the package: code that changed behind the same surface


# ---------------------------------------------------------------------------------------------------
# Python sources → surface


def _annotation(node: ast.expr | None) -> str:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a quoted forward reference
        try:
            return ast.unparse(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return node.value
    return ast.unparse(node)


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef, *, method: bool = False) -> Function:
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    decorators = {ast.unparse(decorator) for decorator in node.decorator_list}
    if method and "staticmethod" not in decorators and positional:
        positional = positional[1:]  # self or cls
        skipped = 1
    else:
        skipped = 0
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + [
        *arguments.defaults
    ]
    params: dict[str, Param] = {}
    posonly = len(arguments.posonlyargs) - skipped
    for index, (argument, default) in enumerate(zip(positional, defaults, strict=True)):
        kind = "positional-only" if index < posonly else "positional"
        params[argument.arg] = Param(kind, _annotation(argument.annotation), _source(default))
    if arguments.vararg is not None:
        params["*" + arguments.vararg.arg] = Param("*args", _annotation(arguments.vararg.annotation), "()")
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        params[argument.arg] = Param("keyword", _annotation(argument.annotation), _source(default))
    if arguments.kwarg is not None:
        params["**" + arguments.kwarg.arg] = Param("**kwargs", _annotation(arguments.kwarg.annotation), "{}")
    return Function(params, _annotation(node.returns))


def _source(node: ast.expr | None) -> str | None:
    return None if node is None else ast.unparse(node)


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _class(node: ast.ClassDef) -> Class:
    bases = tuple(ast.unparse(base) for base in node.bases)
    is_enum = any(base.rsplit(".", 1)[-1] in ENUM_BASES for base in bases)
    fields: dict[str, Field] = {}
    methods: dict[str, Function] = {}
    values: dict[str, Any] = {}
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name, annotation = statement.target.id, _annotation(statement.annotation)
            if _public(name) and not annotation.startswith(("ClassVar", "typing.ClassVar")):
                fields[name] = Field(annotation, _source(statement.value))
        elif isinstance(statement, ast.Assign) and is_enum:
            for target in statement.targets:
                if isinstance(target, ast.Name) and _public(target.id):
                    try:
                        values[target.id] = ast.literal_eval(statement.value)
                    except ValueError:
                        values[target.id] = ast.unparse(statement.value)
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and _public(statement.name):
            decorators = {ast.unparse(decorator) for decorator in statement.decorator_list}
            if "property" in decorators or "functools.cached_property" in decorators:
                fields[statement.name] = Field(_annotation(statement.returns), "<property>")
            elif not any(decorator.endswith(".setter") for decorator in decorators):
                methods[statement.name] = _function(statement, method=True)
    return Class(bases, fields, methods, values if is_enum else None)


def public_names(tree: ast.Module, filename: str = "<module>") -> tuple[str, ...]:
    """The module's literal `__all__` (`+=` extends it), else its top-level names without a leading `_`."""
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
            raise SurfaceError(f"{filename}: __all__ is not a literal list of names") from error
        listed = (listed or set()) | names if isinstance(node, ast.AugAssign) else names
    if listed is not None:
        return tuple(sorted(listed))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name):
                    found.add(target.id)
    return tuple(sorted(name for name in found if not name.startswith("_")))


def module_surface(source: str, filename: str = "<module>") -> Module:
    """The public surface of one module's source."""
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as error:
        raise SurfaceError(f"{filename} does not parse: {error}") from error
    names = public_names(tree, filename)
    functions: dict[str, Function] = {}
    classes: dict[str, Class] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            functions[node.name] = _function(node)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            classes[node.name] = _class(node)
    return Module(names, functions, classes)


def module_name(relative: str) -> str:
    """`thred_client.x.y` for the package file `x/y.py` (`thred_client` for `__init__.py`)."""
    parts = [PACKAGE, *PurePosixPath(relative).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_public_module(relative: str) -> bool:
    """Private modules (`_version.py`, `_http.py`) are no part of the surface; what they offer that
    matters is re-exported by a public module, which is."""
    return relative.endswith(".py") and not any(
        part.startswith("_") and part != "__init__.py" for part in PurePosixPath(relative).parts
    )


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


def wire_of(spec_text: str | None, label: str) -> tuple[str | None, dict[str, str]]:
    """The spec's version, and each operation's method and path by the module generated for it."""
    if spec_text is None:
        return None, {}
    try:
        spec = openapi_walk.Spec(yaml.safe_load(spec_text), f"the spec at {label}")
    except (yaml.YAMLError, openapi_walk.SpecError) as error:
        raise SurfaceError(f"the spec at {label} cannot be read: {error}") from error
    wire = {
        f"{PACKAGE}.{operation.module}": f"{operation.method.upper()} {operation.path}"
        for operation in spec.operations()
    }
    return spec.version, wire


def surface_of(files: Mapping[str, str], spec_text: str | None = None, label: str = "the package") -> Surface:
    """The surface of a package from its sources (path relative to the package → text)."""
    if "__init__.py" not in files:
        raise SurfaceError(f"{label} holds no {PACKAGE} package (no __init__.py)")
    spec_version, wire = wire_of(spec_text, label)
    modules = {
        module_name(relative): module_surface(text, f"{label}:{relative}")
        for relative, text in sorted(files.items())
        if is_public_module(relative)
    }
    digest = hashlib.sha256()
    for relative, text in sorted(files.items()):
        digest.update(f"{relative}\0{text}\0".encode())
    return Surface(version_of(files.get("_version.py")), spec_version, modules, wire, digest.hexdigest())


# ---------------------------------------------------------------------------------------------------
# Where the sources come from


def files_in(package: Path) -> dict[str, str]:
    """The Python sources of a package folder on disk."""
    if not package.is_dir():
        raise SurfaceError(f"no package at {package}: run `nox -s generate` first")
    return {
        path.relative_to(package).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def surface_of_tree(root: Path, label: str = "working tree") -> Surface:
    """The surface of the working tree: its generated/ package and its spec."""
    spec = root / SPEC_PATH
    spec_text = spec.read_text(encoding="utf-8") if spec.is_file() else None
    return surface_of(files_in(root / GENERATED), spec_text, label)


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SurfaceError(f"git {' '.join(args)} failed: {result.stderr.strip() or 'no output'}")
    return result.stdout


def commit_of(repo: Path, ref: str) -> str | None:
    """The commit `ref` names, or None when it names none."""
    result = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def surface_at_commit(repo: Path, commit: str, label: str) -> Surface:
    """The surface as committed: the generated package and spec at `commit`, from one `git archive`."""
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", "--format=tar", commit, "--", str(GENERATED), str(SPEC_PATH)],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        # Without a committed generated/ package there is nothing to read; say so plainly.
        raise SurfaceError(
            f"{label} has no committed {GENERATED}/ package to read"
            f" ({archive.stderr.decode(errors='replace').strip()})"
        )
    files: dict[str, str] = {}
    spec_text: str | None = None
    prefix = f"{GENERATED}/"
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            text = handle.read().decode("utf-8")
            if member.name == str(SPEC_PATH):
                spec_text = text
            elif member.name.startswith(prefix) and member.name.endswith(".py"):
                files[member.name[len(prefix) :]] = text
    return surface_of(files, spec_text, label)


# ---------------------------------------------------------------------------------------------------
# Release records


def to_json(surface: Surface, **about: str) -> str:
    """The record of a surface: deterministic JSON, one member a line."""
    document = {"format": RECORD_FORMAT, **about, **_plain(surface)}
    # Insertion order is kept: parameters are positional, and the sources are read in a fixed order.
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, Surface | Module | Class | Function | Param | Field):
        return {name: _plain(item) for name, item in vars(value).items()}
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def from_json(text: str, label: str) -> Surface:
    """The surface a release record holds."""
    try:
        document = json.loads(text)
        if document.get("format") != RECORD_FORMAT:
            raise SurfaceError(f"{label}: record format {document.get('format')!r}, not {RECORD_FORMAT}")
        return Surface(
            version=document.get("version"),
            spec_version=document.get("spec_version"),
            modules={name: _module(module) for name, module in document["modules"].items()},
            wire=dict(document.get("wire") or {}),
            digest=document.get("digest"),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SurfaceError(f"{label} is not a release record: {type(error).__name__}: {error}") from error


def _function_of(data: Mapping[str, Any]) -> Function:
    return Function({name: Param(**param) for name, param in data["params"].items()}, data["returns"])


def _module(data: Mapping[str, Any]) -> Module:
    classes = {
        name: Class(
            bases=tuple(item["bases"]),
            fields={key: Field(**value) for key, value in item["fields"].items()},
            methods={key: _function_of(value) for key, value in item["methods"].items()},
            values=item["values"],
        )
        for name, item in data["classes"].items()
    }
    functions = {name: _function_of(item) for name, item in data["functions"].items()}
    return Module(tuple(data["names"]), functions, classes)


def record_path(root: Path, version: str) -> Path:
    return root / RELEASES / f"{version}.json"


def recorded_releases(root: Path) -> list[str]:
    """The versions recorded under openapi/releases, oldest first."""
    folder = root / RELEASES
    found = [path.stem for path in folder.glob("*.json")] if folder.is_dir() else []
    return sorted(found, key=_version_key)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in version.split("."))


def read_record(root: Path, version: str) -> Surface:
    path = record_path(root, version)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SurfaceError(f"cannot read {path}: {error.strerror}") from error
    return from_json(text, str(path.relative_to(root)))
