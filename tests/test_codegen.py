"""The pipeline rebuilds generated/ exactly, and `check` names every file that drifted from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("openapi_python_client", reason="the generator is installed by `nox -s tests`")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import codegen  # noqa: E402


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the spec and overlays as they are in the working tree."""
    return codegen.build(tmp_path_factory.mktemp("fresh"))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the committed generated/ folder."""
    target = tmp_path / "generated"
    shutil.copytree(codegen.GENERATED / codegen.PACKAGE, target / codegen.PACKAGE)
    return target


def run_check(generated: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "codegen.py"), "check", "--generated", str(generated)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_package_matches_a_fresh_build(fresh: Path) -> None:
    assert codegen.differences(fresh, codegen.GENERATED / codegen.PACKAGE) == []


def test_check_passes_on_an_untouched_copy(copy: Path) -> None:
    result = run_check(copy)
    assert result.returncode == 0, result.stderr


def test_check_fails_after_a_hand_edit_naming_the_file(copy: Path) -> None:
    edited = copy / codegen.PACKAGE / "models" / "invoice.py"
    edited.write_text(edited.read_text(encoding="utf-8").replace("memo", "note"), encoding="utf-8")
    result = run_check(copy)
    assert result.returncode == 1
    assert "differs: models/invoice.py" in result.stderr
    assert "nox -s generate" in result.stderr


def test_check_names_stray_and_missing_files(copy: Path) -> None:
    (copy / codegen.PACKAGE / "models" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    (copy / codegen.PACKAGE / "api" / "invoices" / "list_invoices.py").unlink()
    result = run_check(copy)
    assert result.returncode == 1
    assert "not generated: models/stray.py" in result.stderr
    assert "missing: api/invoices/list_invoices.py" in result.stderr


def test_generate_removes_stray_files(copy: Path) -> None:
    stray = copy / codegen.PACKAGE / "api" / "old_operation.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    codegen.generate(copy)
    assert not stray.exists()
    assert (copy / codegen.PACKAGE / "api" / "invoices" / "list_invoices.py").exists()


def test_invalid_spec_fails_with_the_validators_message(tmp_path: Path) -> None:
    spec = tmp_path / "thred.yaml"
    text = codegen.SPEC.read_text(encoding="utf-8")
    broken = text.replace(
        "- name: memo_contains\n          in: query", "- name: memo_contains\n          in: body", 1
    )
    assert broken != text
    spec.write_text(broken, encoding="utf-8")
    with pytest.raises(codegen.CodegenError) as raised:
        codegen.build(tmp_path / "out", spec=spec)
    assert "is not a valid OpenAPI document" in str(raised.value)
    assert "'body' is not one of ['query', 'header', 'path', 'cookie']" in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_every_custom_template_records_its_fork_and_it_is_current() -> None:
    codegen.check_forks()  # the templates as committed, against the pinned generator's own
    for template in codegen.TEMPLATES.rglob("*.jinja"):
        assert codegen.FORK_LINE.fullmatch(template.read_text(encoding="utf-8").partition("\n")[0]), template


def _stock_copy(tmp_path: Path) -> Path:
    stock = tmp_path / "stock" / "templates"
    shutil.copytree(codegen.stock_templates(), stock)
    return stock


def test_a_changed_stock_template_fails_the_build_naming_the_fork(tmp_path: Path) -> None:
    stock = _stock_copy(tmp_path)
    (stock / "model.py.jinja").write_text("{# upstream changed #}\n", encoding="utf-8")
    with pytest.raises(codegen.CodegenError) as raised:
        codegen.check_forks(stock=stock)
    assert "openapi/templates/model.py.jinja" in str(raised.value)
    assert "no longer matches" in str(raised.value)


def test_a_template_without_its_fork_line_fails(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(codegen.TEMPLATES, templates)
    (templates / "model.py.jinja").write_text("from x import y\n", encoding="utf-8")
    with pytest.raises(codegen.CodegenError, match=r"model\.py\.jinja: the first line must be"):
        codegen.check_forks(templates)


def test_a_fork_of_another_generator_version_fails(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(codegen.TEMPLATES, templates)
    model = templates / "model.py.jinja"
    text = model.read_text(encoding="utf-8")
    model.write_text(
        text.replace("openapi-python-client==", "openapi-python-client==0.0.1-", 1), encoding="utf-8"
    )
    with pytest.raises(codegen.CodegenError, match=r"forked from openapi-python-client==0\.0\.1-"):
        codegen.check_forks(templates)


def test_every_python_file_names_its_source(fresh: Path) -> None:
    package = fresh / codegen.PACKAGE
    overlays = codegen.OVERLAYS / codegen.PACKAGE
    for path in package.rglob("*.py"):
        name = path.relative_to(package).as_posix()
        first = path.read_text(encoding="utf-8").partition("\n")[0]
        if name == codegen.BUILD_INFO:
            continue
        if (overlays / name).is_file():
            assert first == codegen.OVERLAY_BANNER.format(package=codegen.PACKAGE, name=name).rstrip("\n")
        else:
            assert first == codegen.GENERATED_BANNER.rstrip("\n"), name
