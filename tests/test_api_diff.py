"""tools/api_diff.py classifies each change of the public surface and names the bump it calls for."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "api_diff"
sys.path.insert(0, str(ROOT / "tools"))
import api_diff  # noqa: E402
from api_diff import Change, Level  # noqa: E402


def diff(new: str, old: str = "base.yaml") -> list[Change]:
    """The changes from fixture `old` to fixture `new`."""
    before = yaml.safe_load((FIXTURES / old).read_text(encoding="utf-8"))
    after = yaml.safe_load((FIXTURES / new).read_text(encoding="utf-8"))
    return api_diff.compare(api_diff.surface_of(before), api_diff.surface_of(after))


def found(changes: list[Change], level: Level, where: str, what: str) -> bool:
    return any(c.level is level and c.where == where and what in c.what for c in changes)


WIDGET = "model Widget"
LIST = "operation api.widgets.list_widgets"


def test_identical_specs_have_no_change() -> None:
    changes = diff("base.yaml")
    assert changes == []
    assert api_diff.bump_for(changes) is Level.NONE


def test_a_removed_field_is_breaking() -> None:
    changes = diff("removed_field.yaml")
    assert found(changes, Level.MAJOR, f"{WIDGET}, field weight", "removed")
    assert api_diff.bump_for(changes) is Level.MAJOR


def test_a_parameter_made_required_is_breaking() -> None:
    changes = diff("required_param.yaml")
    assert found(changes, Level.MAJOR, f"{LIST}, parameter colour", "now required")
    assert api_diff.bump_for(changes) is Level.MAJOR


def test_an_added_optional_field_is_additive() -> None:
    changes = diff("added_optional_field.yaml")
    assert found(changes, Level.MINOR, f"{WIDGET}, field colour", "added, optional")
    assert api_diff.bump_for(changes) is Level.MINOR


def test_a_new_required_parameter_breaks_and_a_new_optional_one_adds() -> None:
    changes = diff("added_params.yaml")
    assert found(changes, Level.MAJOR, f"{LIST}, parameter owner", "added, required")
    assert found(changes, Level.MINOR, f"{LIST}, parameter shape", "added, optional")


def test_a_removed_enum_value_breaks_and_a_new_one_adds() -> None:
    changes = diff("enum_changes.yaml")
    assert found(changes, Level.MAJOR, "model Size", "'large' removed")
    assert found(changes, Level.MINOR, "model Size", "'medium' added")


def test_types_are_judged_by_direction() -> None:
    changes = diff("types_changed.yaml")
    # A parameter that accepts less breaks callers.
    assert found(changes, Level.MAJOR, f"{LIST}, parameter limit", "narrowed")
    # A response field that may hold more breaks readers; one that holds less does not.
    assert found(changes, Level.MAJOR, f"{WIDGET}, field weight", "widened")
    assert found(changes, Level.MINOR, f"{WIDGET}, field name", "narrowed")


def test_the_reverse_of_a_change_is_judged_on_its_own() -> None:
    # Back from the narrowed parameter to the wider one: callers gain, nothing breaks there.
    changes = diff("base.yaml", old="types_changed.yaml")
    assert found(changes, Level.MINOR, f"{LIST}, parameter limit", "widened")
    # The field added back is additive; the required parameter made optional again too.
    assert found(diff("base.yaml", old="removed_field.yaml"), Level.MINOR, f"{WIDGET}, field weight", "added")
    assert found(
        diff("base.yaml", old="required_param.yaml"), Level.MINOR, f"{LIST}, parameter colour", "no longer"
    )


def test_a_rename_shows_as_removed_and_added() -> None:
    changes = diff("renamed_operation.yaml")
    assert found(changes, Level.MAJOR, LIST, "removed")
    assert found(changes, Level.MINOR, "operation api.widgets.list_gadgets", "added")


def test_a_field_added_to_a_request_model_as_required_is_breaking() -> None:
    spec = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/widgets/"]["post"] = {
        "operationId": "create_widget",
        "tags": ["Widgets"],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
        "responses": {"201": {"description": "Created."}},
    }
    before = api_diff.surface_of(spec)
    spec["components"]["schemas"]["Widget"]["properties"]["owner"] = {"type": "string"}
    spec["components"]["schemas"]["Widget"]["required"].append("owner")
    changes = api_diff.compare(before, api_diff.surface_of(spec))
    assert found(changes, Level.MAJOR, f"{WIDGET}, field owner", "added, required")


def test_overlay_public_names_come_from_all_or_top_level_names() -> None:
    with_all = "from x import y\n__all__ = ['b', 'a']\n__all__ += ['c']\ndef d(): ...\n"
    assert api_diff.public_names(with_all) == {"a", "b", "c"}
    without_all = "import os\nfrom x import y\nA = 1\n_B = 2\ndef f(): ...\nclass G: ...\n"
    assert api_diff.public_names(without_all) == {"A", "f", "G"}


def test_removed_overlay_name_is_breaking_and_a_new_one_additive() -> None:
    spec = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    before = api_diff.surface_of(spec, {"__init__.py": "__all__ = ['Client', 'paginate']\n"})
    after = api_diff.surface_of(spec, {"__init__.py": "__all__ = ['Client', 'iterate']\n"})
    changes = api_diff.compare(before, after)
    assert found(changes, Level.MAJOR, "module thred_client", "paginate removed")
    assert found(changes, Level.MINOR, "module thred_client", "iterate added")


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("0.1.0", Level.MAJOR, "1.0.0"),
        ("1.4.2", Level.MINOR, "1.5.0"),
        ("1.4.2", Level.PATCH, "1.4.3"),
        ("1.4.2", Level.NONE, "1.4.2"),
        ("1.4", Level.MAJOR, None),
    ],
)
def test_next_version(version: str, level: Level, expected: str | None) -> None:
    assert api_diff.next_version(version, level) == expected


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "api_diff.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_cli_on_two_spec_files_ends_with_the_bump() -> None:
    result = run_cli(
        "--old-spec", str(FIXTURES / "base.yaml"), "--new-spec", str(FIXTURES / "removed_field.yaml")
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "! model Widget, field weight: removed" in result.stdout
    assert lines[-1] == "Version bump: major"


def test_cli_calls_a_description_change_a_patch() -> None:
    result = run_cli(
        "--old-spec", str(FIXTURES / "base.yaml"), "--new-spec", str(FIXTURES / "descriptions_only.yaml")
    )
    assert result.stdout.strip().splitlines()[-1] == "Version bump: patch"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository laid out like this one, tagged v0.1.0: the fixture spec and two overlay modules."""
    root = tmp_path / "repo"
    overlays = root / "overlays" / "thred_client"
    overlays.mkdir(parents=True)
    (root / "openapi").mkdir()
    shutil.copy(FIXTURES / "base.yaml", root / "openapi" / "thred.yaml")
    (overlays / "__init__.py").write_text("__all__ = ['Client', 'paginate']\n", encoding="utf-8")
    (overlays / "_version.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    git(root, "init", "--quiet")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "first release")
    git(root, "tag", "v0.1.0")
    return root


def test_git_ref_against_the_working_tree(repo: Path) -> None:
    shutil.copy(FIXTURES / "removed_field.yaml", repo / "openapi" / "thred.yaml")
    (repo / "overlays" / "thred_client" / "__init__.py").write_text(
        "__all__ = ['Client']\n", encoding="utf-8"
    )
    result = run_cli("v0.1.0", "--repo", str(repo), cwd=repo.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("api-diff: v0.1.0 → working tree")
    assert "! model Widget, field weight: removed" in result.stdout
    assert "! module thred_client: public name paginate removed" in result.stdout
    assert "Version bump: major (0.1.0 → 1.0.0)" in result.stdout


def test_check_version_fails_until_the_version_carries_the_bump(repo: Path) -> None:
    shutil.copy(FIXTURES / "added_optional_field.yaml", repo / "openapi" / "thred.yaml")
    result = run_cli("v0.1.0", "--repo", str(repo), "--check-version")
    assert result.returncode == 1
    assert "need at least 0.2.0" in result.stderr
    (repo / "overlays" / "thred_client" / "_version.py").write_text(
        '__version__ = "0.2.0"\n', encoding="utf-8"
    )
    result = run_cli("v0.1.0", "--repo", str(repo), "--check-version")
    assert result.returncode == 0, result.stderr


def test_an_unknown_ref_fails_clearly(repo: Path) -> None:
    result = run_cli("no-such-tag", "--repo", str(repo))
    assert result.returncode == 2
    assert "no-such-tag" in result.stderr


def test_a_removed_module_is_breaking_and_private_modules_are_not_compared() -> None:
    spec = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    before = api_diff.surface_of(spec, {"paging.py": "__all__ = ['walk']\n", "_http.py": "__all__ = ['A']\n"})
    after = api_diff.surface_of(spec, {"_http.py": "__all__ = ['B']\n", "sub/__init__.py": "X = 1\n"})
    changes = api_diff.compare(before, after)
    assert found(changes, Level.MAJOR, "module thred_client.paging", "removed (public names: walk)")
    assert found(changes, Level.MINOR, "module thred_client.sub", "added (public names: X)")
    assert not any("_http" in change.where for change in changes)


def test_a_module_that_becomes_a_package_is_the_same_module() -> None:
    spec = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
    before = api_diff.surface_of(spec, {"paging.py": "__all__ = ['walk', 'Page']\n"})
    after = api_diff.surface_of(
        spec, {"paging/__init__.py": "__all__ = ['walk', 'Page', 'Warned']\n", "paging/_walk.py": "W = 1\n"}
    )
    changes = api_diff.compare(before, after)
    assert [(change.level, change.where, change.what) for change in changes] == [
        (Level.MINOR, "module thred_client.paging", "public name Warned added")
    ]
