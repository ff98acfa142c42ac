"""Build the client package from the spec: validate, generate, lay the overlays over, format.

    python tools/codegen.py generate   # rewrite generated/thred_client
    python tools/codegen.py check      # fail, naming each file, if generated/ is not what the spec makes

Run inside the environment that openapi/generator-requirements.txt describes (nox does this).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import filecmp
import hashlib
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thred.yaml"
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
RUFF_CONFIG = ROOT / "openapi" / "ruff.toml"
OVERLAYS = ROOT / "overlays"
GENERATED = ROOT / "generated"
PACKAGE = "thred_client"
# Written into the package at generation time, so that it can say what it was built from.
BUILD_INFO = "_build_info.py"
GENERATOR_DISTRIBUTION = "openapi-python-client"


class CodegenError(Exception):
    """A step of the pipeline failed; the message says which and why."""


# The first line of every custom template: the stock template it was forked from, and that template's
# digest in the generator version named, so that a generator upgrade shows which forks to revisit.
FORK_LINE = re.compile(
    r"\{# fork-of: (?:none|(?P<distribution>[\w.-]+)==(?P<version>\S+) (?P<path>\S+)"
    r" sha256=(?P<digest>[0-9a-f]{64})) #\}"
)


def stock_templates() -> Path:
    """The folder of the installed generator's own templates."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def check_forks(templates: Path = TEMPLATES, stock: Path | None = None) -> None:
    """Raise CodegenError, naming each template, whose record of its fork is missing or stale."""
    stock = stock or stock_templates()
    installed = importlib.metadata.version(GENERATOR_DISTRIBUTION)
    problems = []
    for template in sorted(templates.rglob("*.jinja")):
        shown = template.relative_to(ROOT) if template.is_relative_to(ROOT) else template
        first = template.read_text(encoding="utf-8").partition("\n")[0]
        match = FORK_LINE.fullmatch(first)
        if match is None:
            problems.append(f"{shown}: the first line must be {{# fork-of: … #}} (see tools/codegen.py)")
            continue
        if match["path"] is None:
            continue
        origin = stock.parent / match["path"]
        if match["distribution"] != GENERATOR_DISTRIBUTION or match["version"] != installed:
            problems.append(
                f"{shown}: forked from {match['distribution']}=={match['version']}, but {installed} is pinned"
            )
        elif not origin.is_file():
            problems.append(
                f"{shown}: {match['path']} no longer exists in {GENERATOR_DISTRIBUTION} {installed}"
            )
        elif hashlib.sha256(origin.read_bytes()).hexdigest() != match["digest"]:
            problems.append(
                f"{shown}: {GENERATOR_DISTRIBUTION} {installed}'s {match['path']} no longer matches"
                " the one it was forked from; carry its changes over, then record its new sha256"
            )
    if problems:
        raise CodegenError("custom templates out of step with the generator:\n  " + "\n  ".join(problems))


OVERLAY_BANNER = (
    "# Copied from overlays/{package}/{name} by tools/codegen.py: edit that file, never this copy.\n"
)
GENERATED_BANNER = (
    "# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.\n"
)


def add_banners(package: Path, overlay_package: Path) -> None:
    """Start every Python file of `package` with a line naming its source: an overlay, or the spec."""
    overlaid = {path.relative_to(overlay_package) for path in overlay_package.rglob("*.py")}
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package)
        if name.as_posix() == BUILD_INFO:  # says what it is in its own docstring
            continue
        banner = (
            OVERLAY_BANNER.format(package=PACKAGE, name=name.as_posix())
            if name in overlaid
            else GENERATED_BANNER
        )
        path.write_text(banner + path.read_text(encoding="utf-8"), encoding="utf-8")


def validate_spec(spec: Path = SPEC) -> None:
    """Raise CodegenError with the validator's message if `spec` is not a valid OpenAPI document."""
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        validate(document)
    except (yaml.YAMLError, OpenAPIValidationError) as error:
        shown = spec.relative_to(ROOT) if spec.is_relative_to(ROOT) else spec
        raise CodegenError(f"{shown} is not a valid OpenAPI document:\n{error}") from error


def build_info_source(spec: Path = SPEC) -> str:
    """The text of the package's `_build_info.py`: the spec's info.version and the generator's version.

    Only the inputs are read (never the clock or the machine), so rebuilding the same inputs with the
    pinned generator gives the same bytes, and `check` keeps passing.
    """
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    spec_version = document.get("info", {}).get("version") if isinstance(document, dict) else None
    # An unquoted YAML number such as 1.10 would load as the float 1.1: insist on text.
    if not isinstance(spec_version, str) or not spec_version:
        raise CodegenError(f"{spec.name}: info.version must be a non-empty string, got {spec_version!r}")
    generator_version = importlib.metadata.version(GENERATOR_DISTRIBUTION)
    return (
        '"""What this package was generated from; written by tools/codegen.py, never edited by hand."""\n'
        "\n"
        # json.dumps: double-quoted, as ruff formats it, so the text is final before formatting.
        f"SPEC_VERSION = {json.dumps(spec_version)}\n"
        f"GENERATOR = {json.dumps(GENERATOR_DISTRIBUTION)}\n"
        f"GENERATOR_VERSION = {json.dumps(generator_version)}\n"
    )


def _run(*command: str | Path) -> str:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise CodegenError(f"{' '.join(str(part) for part in command[:4])} failed:\n{output}")
    return output


def build(out: Path, spec: Path = SPEC, overlays: Path = OVERLAYS) -> Path:
    """Write the complete package to `out`/thred_client and return that path; `out` must not hold it yet."""
    validate_spec(spec)
    check_forks()
    package = out / PACKAGE
    # One option and its value a line.
    # fmt: off
    output = _run(
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", spec,
        "--config", CONFIG,
        "--custom-template-path", TEMPLATES,
        "--meta", "none",
        "--output-path", package,
    )
    # fmt: on
    # The generator reports spec features it could not map as warnings, yet exits 0: treat them as errors.
    if any(word in output.lower() for word in ("warning", "error")):
        raise CodegenError(f"openapi-python-client reported problems with {spec.name}:\n{output}")
    overlay_package = overlays / PACKAGE
    if overlay_package.is_dir():
        shutil.copytree(overlay_package, package, dirs_exist_ok=True)
    (package / BUILD_INFO).write_text(build_info_source(spec), encoding="utf-8")
    _run(sys.executable, "-m", "ruff", "check", "--config", RUFF_CONFIG, "--fix-only", "--quiet", package)
    _run(sys.executable, "-m", "ruff", "format", "--config", RUFF_CONFIG, "--quiet", package)
    # After formatting, which would move a line placed before the imports.
    add_banners(package, overlay_package)
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    return package


@contextlib.contextmanager
def _exclusive(target: Path) -> Iterator[None]:
    # Two runs at once on one tree must not interleave their delete and move.
    digest = hashlib.sha256(str(target.resolve()).encode()).hexdigest()[:16]
    lock = Path(tempfile.gettempdir()) / f"thred-codegen-{digest}.lock"
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def generate(target: Path = GENERATED) -> None:
    """Replace `target`/thred_client with a fresh build; stray files of the old package do not survive."""
    with _exclusive(target), tempfile.TemporaryDirectory() as scratch:
        fresh = build(Path(scratch))
        old = target / PACKAGE
        if old.exists():
            shutil.rmtree(old)
        target.mkdir(parents=True, exist_ok=True)
        shutil.move(fresh, old)


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of the files that are missing, extra or different in `actual` compared to `expected`."""

    def files(root: Path) -> set[str]:
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    want, have = files(expected), files(actual)
    changed = [
        name for name in sorted(want & have) if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return (
        [f"missing: {name}" for name in sorted(want - have)]
        + [f"not generated: {name}" for name in sorted(have - want)]
        + [f"differs: {name}" for name in changed]
    )


def check(target: Path = GENERATED) -> list[str]:
    """What differs between `target`/thred_client and a fresh build of the spec and overlays."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = build(Path(scratch))
        return differences(fresh, target / PACKAGE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--generated", type=Path, default=GENERATED, help="the folder that holds the package")
    args = parser.parse_args(argv)
    target = args.generated / PACKAGE
    try:
        if args.command == "generate":
            generate(args.generated)
            print(f"generated {target}")
            return 0
        problems = check(args.generated)
    except CodegenError as error:
        print(error, file=sys.stderr)
        return 1
    if problems:
        print(f"{target} does not match the spec and overlays:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        print("Run `nox -s generate` and commit the result; never edit generated/ by hand.", file=sys.stderr)
        return 1
    print(f"{target} matches the spec and overlays")
    return 0


if __name__ == "__main__":
    sys.exit(main())
