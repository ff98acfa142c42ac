"""The README's Python snippets and examples/ pass `mypy --strict`: the docs cannot drift from the types."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy comes with the test group")

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = re.compile(r"```python\n(.*?)```", re.DOTALL)

# Names the snippets take as given, as a service's code around them would have them.
PRELUDE = """\
from uuid import UUID

from thred_client import ThredClient
from thred_client.models import Invoice


def _given() -> tuple[ThredClient, UUID, Invoice]:
    raise NotImplementedError


"""


def readme_snippets() -> list[str]:
    return SNIPPET.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def as_module(snippet: str) -> str:
    # Inside an async function, so that `await` and `async for` are valid where a snippet uses them.
    body = "client, business_id, invoice = _given()\n" + snippet
    return PRELUDE + "async def snippet() -> None:\n" + textwrap.indent(body, "    ") + "\n"


def run_mypy(*paths: Path) -> tuple[str, int]:
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", *map(str, paths)]
    )
    return stdout + stderr, status


def test_the_readme_has_snippets() -> None:
    assert len(readme_snippets()) >= 5


def test_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for number, snippet in enumerate(readme_snippets()):
        path = tmp_path / f"readme_snippet_{number}.py"
        path.write_text(as_module(snippet), encoding="utf-8")
        paths.append(path)
    output, status = run_mypy(*paths)
    assert status == 0, output


def test_examples_pass_mypy_strict() -> None:
    output, status = run_mypy(*sorted((ROOT / "examples").glob("*.py")))
    assert status == 0, output
