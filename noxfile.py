"""Every workflow of the project is a session here: `nox -l` lists them."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["check", "tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
GENERATOR_REQUIREMENTS = "openapi/generator-requirements.txt"


def install_generator(session: nox.Session) -> None:
    session.install("-r", GENERATOR_REQUIREMENTS)


def install_project(session: nox.Session, *groups: str) -> None:
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))
    session.install("-e", ".")


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


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite; HTTP replays from the cassettes with the network blocked."""
    install_generator(session)
    install_project(session, "test")
    session.run("pytest", *session.posargs)
