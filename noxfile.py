"""Every workflow of the project is a session here: `nox -l` lists them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["check", "lint", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
GENERATOR_REQUIREMENTS = "openapi/generator-requirements.txt"


def install_generator(session: nox.Session) -> None:
    session.install("-r", GENERATOR_REQUIREMENTS)


def install_project(session: nox.Session, *groups: str, extras: str = "postgresql") -> None:
    """The dependency groups, then the project in editable mode with `extras` (the mirror's, by default)."""
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))
    session.install("-e", f".[{extras}]" if extras else ".")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/thred_client from openapi/ and overlays/."""
    install_generator(session)
    session.run("python", "tools/codegen.py", "generate")


@nox.session
def check(session: nox.Session) -> None:
    """Fail, naming each file, if generated/ is not what openapi/ and overlays/ produce."""
    install_generator(session)
    session.run("python", "tools/codegen.py", "check")


# Cassettes replay; any connection but to the stand-in servers the tests start on loopback fails.
OFFLINE = ("--record-mode=none", "--block-network", "--allowed-hosts=127.0.0.1,localhost,::1")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite; HTTP replays from the cassettes with the network blocked."""
    install_generator(session)
    install_project(session, "test")
    session.run("pytest", *OFFLINE, *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: mirror a business into SQLite, twice, and print the receivables report from the mirror.

    From the local stand-in (which changes a few records between the two syncs), or from the server
    THRED_BASE_URL, THRED_TOKEN and THRED_BUSINESS_ID name when all three are set.
    """
    install_project(session, "test")  # the stand-in's Starlette and uvicorn come with the test group
    session.run("python", "examples/mirror_demo.py", *session.posargs)


@nox.session
def sandbox(session: nox.Session) -> None:
    """Run the local stand-in of Thred's API on 127.0.0.1 until interrupted; print the THRED_* to export.

    `-- --port 8000` fixes the port (default: a free one); `-- --help` lists the other options.
    """
    install_project(session, "test")
    session.log("The stand-in prints the THRED_* variables to export for a service; Ctrl-C stops it.")
    session.run("python", "-m", "tests.sandbox", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark the pagination helpers against the stand-in on loopback, and the models against their
    peers (generated at run time by the pinned tools); write BENCHMARKS.md.

    `nox -s bench -- models` runs only the model figures and leaves BENCHMARKS.md as it is.
    """
    session.install("-r", GENERATOR_REQUIREMENTS, "-r", "benchmarks/peers-requirements.txt")
    install_project(session, "test")
    session.run("python", "benchmarks/bench.py", "--markdown", "BENCHMARKS.md", *session.posargs)
    if "models" not in session.posargs:  # `-- models`: the model figures alone
        session.run("python", "benchmarks/bench_mirror.py", "--markdown", "BENCHMARKS.md")


@nox.session
def record(session: nox.Session) -> None:
    """Re-record every cassette, from the server the THRED_* variables name, else from the stand-in."""
    install_project(session, "test")
    shutil.rmtree("tests/cassettes", ignore_errors=True)
    session.run("pytest", "--record-mode=rewrite", "-m", "vcr", *session.posargs)


# Hand-written code that ruff checks; the folders that do not exist yet are skipped.
LINT_PATHS = ("overlays", "tools", "tests", "examples", "benchmarks", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the hand-written code; mypy --strict over the overlays, examples, tools and test helpers."""
    # The generator's pins bring the same ruff that formats generated/, and what tools/codegen.py imports.
    install_generator(session)
    install_project(session, "lint")
    paths = [path for path in LINT_PATHS if os.path.exists(path)]
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)
    # The overlays are checked where they run: inside the generated package (pyproject.toml relaxes
    # only the generated modules).
    typed = ("generated/thred_client", "tools", "examples", *typed_test_helpers())
    session.run("mypy", *[path for path in typed if os.path.exists(path)])


def typed_test_helpers() -> list[str]:
    """Every module of tests/ but the test modules themselves (and the fixtures' data): typed strictly."""
    return sorted(
        path.as_posix()
        for path in Path("tests").rglob("*.py")
        if not path.name.startswith("test_") and "fixtures" not in path.parts
    )


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and, from it, the wheel into dist/, once generated/ is checked up to date."""
    install_generator(session)
    session.run("python", "tools/codegen.py", "check")
    session.install(*nox.project.dependency_groups(PYPROJECT, "release"))
    shutil.rmtree("dist", ignore_errors=True)
    session.run("uv", "build", "--out-dir", "dist")


@nox.session(name="api-diff")
def api_diff(session: nox.Session) -> None:
    """Classify the API changes since the last recorded release (or `-- <git ref>`), name the bump."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "release"))
    session.run("python", "tools/api_diff.py", *session.posargs)


@nox.session(name="release-record")
def release_record(session: nox.Session) -> None:
    """Record the public surface of this release in openapi/releases/<version>.json (`-- --ref REF`)."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "release"))
    session.run("python", "tools/release_record.py", *session.posargs)


@nox.session(name="docs-diff")
def docs_diff(session: nox.Session) -> None:
    """Report where Thred's docs differ from the spec; needs internet (`-- --pages DIR`: saved pages)."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "release"))
    session.run("python", "tools/docs_diff.py", *session.posargs)
