"""The package says which release it is and what it was generated from; the changelog records the release."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
import thred_client
import yaml
from thred_client import version

ROOT = Path(__file__).resolve().parent.parent
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def overlay_version() -> str:
    """`__version__` as written in overlays/thred_client/_version.py, read without importing it."""
    tree = ast.parse((ROOT / "overlays" / "thred_client" / "_version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, str)
            return value
    raise AssertionError("_version.py assigns no __version__")


def pinned_generator_version() -> str:
    text = (ROOT / "openapi" / "generator-requirements.txt").read_text(encoding="utf-8")
    match = re.search(r"^openapi-python-client==(\S+)$", text, re.MULTILINE)
    assert match is not None
    return match[1]


def test_the_package_version_is_the_one_written_in_the_overlay() -> None:
    assert thred_client.__version__ == version.__version__ == overlay_version()
    assert SEMVER.fullmatch(thred_client.__version__)


def test_the_spec_version_is_the_specs_info_version() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "thred.yaml").read_text(encoding="utf-8"))
    assert thred_client.SPEC_VERSION == version.SPEC_VERSION == spec["info"]["version"]


def test_the_generator_version_is_the_pinned_one() -> None:
    assert version.GENERATOR == "openapi-python-client"
    assert thred_client.GENERATOR_VERSION == version.GENERATOR_VERSION == pinned_generator_version()


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[?(\d+\.\d+\.\d+)\]?", changelog, re.MULTILINE)
    assert thred_client.__version__ in headings
    # Newest first.
    numbers = [tuple(int(part) for part in heading.split(".")) for heading in headings]
    assert numbers == sorted(numbers, reverse=True)


class TestBuildInfo:
    """tools/codegen.py writes the build info from the spec and the installed generator, nothing else."""

    @pytest.fixture(autouse=True)
    def _codegen(self) -> None:
        pytest.importorskip("openapi_python_client", reason="the generator is installed by `nox -s tests`")
        sys.path.insert(0, str(ROOT / "tools"))

    def test_it_is_deterministic_and_names_the_spec_version(self, tmp_path: Path) -> None:
        import codegen

        spec = tmp_path / "spec.yaml"
        spec.write_text('openapi: 3.1.0\ninfo: {title: t, version: "7.8.9"}\npaths: {}\n', encoding="utf-8")
        first = codegen.build_info_source(spec)
        assert first == codegen.build_info_source(spec)
        namespace: dict[str, object] = {}
        exec(first, namespace)
        assert namespace["SPEC_VERSION"] == "7.8.9"
        assert namespace["GENERATOR_VERSION"] == pinned_generator_version()

    def test_a_version_yaml_reads_as_a_number_is_refused(self, tmp_path: Path) -> None:
        import codegen

        spec = tmp_path / "spec.yaml"
        spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: 1.10}\npaths: {}\n", encoding="utf-8")
        with pytest.raises(codegen.CodegenError, match=r"info\.version must be a non-empty string"):
            codegen.build_info_source(spec)

    def test_the_committed_build_info_is_what_codegen_writes(self) -> None:
        import codegen

        committed = ROOT / "generated" / "thred_client" / codegen.BUILD_INFO
        assert committed.read_text(encoding="utf-8") == codegen.build_info_source()
