"""The wheel installs into a fresh virtual environment and works there, with nothing from the repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import thred_client

from tests.sandbox import SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Run in the fresh environment with `python -I`: no PYTHONPATH, no user site, no script folder magic.
SCRIPT = textwrap.dedent(
    """
    import json
    import sys
    from uuid import UUID

    import thred_client
    from thred_client.api.invoices import list_invoices
    from thred_client.models import InvoicePage

    base_url, token, business_id = sys.argv[1:4]
    client = thred_client.AuthenticatedClient(base_url=base_url, token=token)
    page = list_invoices.sync(UUID(business_id), client=client, page_size=5)
    assert isinstance(page, InvoicePage), page
    print(json.dumps({
        "file": thred_client.__file__,
        "path": sys.path,
        "version": thred_client.__version__,
        "spec_version": thred_client.SPEC_VERSION,
        "generator_version": thred_client.GENERATOR_VERSION,
        "count": page.count,
        "ids": [str(invoice.id) for invoice in page.results or []],
    }))
    """
)


def uv() -> str:
    """The uv executable: the `uv` package of the test environment, else one on PATH."""
    try:
        from uv import find_uv_bin

        return str(find_uv_bin())
    except (ImportError, FileNotFoundError):
        found = shutil.which("uv")
        if found is None:
            pytest.fail("uv is needed to build and install the wheel: it is in the `test` dependency group")
        return found


def run(*command: str, cwd: Path) -> str:
    # No variable of this environment may leak the repository into the fresh one.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=240
    )
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, freshly built from the working tree."""
    out = tmp_path_factory.mktemp("dist")
    run(uv(), "build", "--wheel", "--out-dir", str(out), str(ROOT), cwd=out)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a new virtual environment holding the wheel and its dependencies only."""
    home = tmp_path_factory.mktemp("venv")
    venv = home / "venv"
    run(uv(), "venv", "--quiet", "--python", sys.executable, str(venv), cwd=home)
    python = venv / "bin" / "python"
    run(uv(), "pip", "install", "--quiet", "--python", str(python), str(wheel), cwd=home)
    return python


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[str, str, str]]:
    with running_sandbox(SandboxConfig(invoices=12, credits=3)) as running:
        yield running.base_url, running.mint_token(), running.business_id


def test_the_wheel_carries_the_package_version(wheel: Path) -> None:
    assert wheel.name.startswith(f"thred_client-{thred_client.__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(f"thred_client-{thred_client.__version__}.dist-info/METADATA").decode()
    assert f"Version: {thred_client.__version__}" in metadata
    assert "thred_client/_build_info.py" in names and "thred_client/py.typed" in names


def test_the_installed_wheel_lists_invoices_from_the_sandbox(
    fresh_python: Path, sandbox: tuple[str, str, str], tmp_path: Path
) -> None:
    base_url, token, business_id = sandbox
    script = tmp_path / "call.py"
    script.write_text(SCRIPT, encoding="utf-8")
    output = json.loads(run(str(fresh_python), "-I", str(script), base_url, token, business_id, cwd=tmp_path))

    # Imported from the fresh environment, with no folder of the repository on the path.
    assert Path(output["file"]).is_relative_to(fresh_python.parent.parent)
    assert not any(entry and Path(entry).resolve().is_relative_to(ROOT) for entry in output["path"])
    assert (output["version"], output["spec_version"], output["generator_version"]) == (
        thred_client.__version__,
        thred_client.SPEC_VERSION,
        thred_client.GENERATOR_VERSION,
    )
    # The same first page the sandbox serves to a plain HTTP call.
    expected = httpx.get(
        f"{base_url}/v1/platform/businesses/{business_id}/invoices/",
        params={"page_size": 5},
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    assert output["count"] == expected["count"] == 12
    assert output["ids"] == [invoice["id"] for invoice in expected["results"]]
    assert len(output["ids"]) == 5
