"""tools/api_diff.py reads the surface the generator produced and classifies each change of it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
sys.path.insert(0, str(TOOLS))
import api_surface  # noqa: E402
from api_compare import Change, Level, bump_for, compare, next_version, union_members  # noqa: E402

# A small package shaped as the generator writes one: an operation module, a response model, an enum.
BASE = {
    "__init__.py": '"""Widgets."""\n\nfrom .client import Client\n\n__all__ = ["Client", "paginate"]\n',
    "_version.py": '__version__ = "0.1.0"\n',
    "client.py": (
        "class Client:\n"
        "    raise_on_unexpected_status: bool = False\n"
        "    def with_headers(self, headers: dict[str, str]) -> 'Client': ...\n"
    ),
    "api/__init__.py": "",
    "api/widgets/__init__.py": "",
    "api/widgets/list_widgets.py": (
        "def _get_kwargs(*, colour: str | Unset = UNSET) -> dict[str, Any]: ...\n"
        "def sync(\n"
        "    shop_id: UUID,\n"
        "    *,\n"
        "    client: AuthenticatedClient | Client,\n"
        "    colour: str | Unset = UNSET,\n"
        "    limit: int | Unset = 20,\n"
        ") -> Error | WidgetPage | None: ...\n"
    ),
    "models/__init__.py": '__all__ = ("Size", "Widget", "WidgetPage")\n',
    "models/widget_page.py": "class WidgetPage(Model):\n    results: list[Widget]\n",
    "models/widget.py": (
        "class Widget(Model):\n"
        "    id: UUID\n"
        "    name: None | str | Unset = UNSET\n"
        "    weight: int | None | Unset = UNSET\n"
        "    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n"
        "    def to_dict(self) -> dict[str, Any]: ...\n"
    ),
    "models/size.py": 'class Size(StrEnum):\n    LARGE = "large"\n    SMALL = "small"\n',
    "_http.py": "def send(request): ...\n",
}
SPEC = """
openapi: 3.1.0
info: {title: Widgets, version: "1"}
paths:
  /shops/{shop_id}/widgets/:
    get: {operationId: list_widgets, tags: [Widgets], responses: {"200": {description: OK}}}
"""
LIST = "function thred_client.api.widgets.list_widgets.sync"
WIDGET = "class thred_client.models.widget.Widget"


def surface(files: dict[str, str] = BASE, spec: str | None = SPEC) -> api_surface.Surface:
    return api_surface.surface_of(files, spec, "fixture")


def edited(path: str, old: str, new: str, files: dict[str, str] = BASE) -> dict[str, str]:
    """A copy of `files` with `old` replaced by `new` in `path` (which must hold it)."""
    assert old in files[path], (path, old)
    return {**files, path: files[path].replace(old, new)}


def diff(after: dict[str, str], before: dict[str, str] = BASE) -> list[Change]:
    return compare(surface(before), surface(after))


def found(changes: list[Change], level: Level, where: str, what: str) -> bool:
    return any(c.level is level and c.where == where and what in c.what for c in changes)


def test_identical_packages_have_no_change() -> None:
    changes = diff(BASE)
    assert changes == []
    assert bump_for(changes) is Level.NONE


def test_a_removed_field_is_breaking() -> None:
    changes = diff(edited("models/widget.py", "    weight: int | None | Unset = UNSET\n", ""))
    assert found(changes, Level.MAJOR, f"{WIDGET}, field weight", "removed")
    assert bump_for(changes) is Level.MAJOR


def test_a_parameter_made_required_is_breaking_and_its_reverse_additive() -> None:
    required = edited(
        "api/widgets/list_widgets.py", "    colour: str | Unset = UNSET,\n", "    colour: str,\n"
    )
    assert found(diff(required), Level.MAJOR, f"{LIST}, parameter colour", "now required")
    assert found(diff(BASE, before=required), Level.MINOR, f"{LIST}, parameter colour", "no longer required")


def test_new_parameters_break_when_required_and_add_when_optional() -> None:
    changes = diff(
        edited(
            "api/widgets/list_widgets.py",
            "    limit: int | Unset = 20,\n",
            "    limit: int | Unset = 20,\n    shape: str | Unset = UNSET,\n    owner: str,\n",
        )
    )
    assert found(changes, Level.MAJOR, f"{LIST}, parameter owner", "added, required")
    assert found(changes, Level.MINOR, f"{LIST}, parameter shape", "added, optional")


def test_a_parameter_made_keyword_only_breaks_and_a_new_default_changes_behaviour() -> None:
    changes = diff(
        edited("api/widgets/list_widgets.py", "    shop_id: UUID,\n    *,\n", "    *,\n    shop_id: UUID,\n")
    )
    assert found(changes, Level.MAJOR, f"{LIST}, parameter shop_id", "now keyword (was positional)")
    changes = diff(edited("api/widgets/list_widgets.py", "= 20", "= 50"))
    assert found(changes, Level.MINOR, f"{LIST}, parameter limit", "default 20 → 50")


def test_types_are_judged_by_direction() -> None:
    narrowed_param = edited(
        "api/widgets/list_widgets.py", "limit: int | Unset = 20", "limit: bool | Unset = 20"
    )
    assert found(diff(narrowed_param), Level.MAJOR, f"{LIST}, parameter limit", "changed")
    # Widget is read from responses: a field that may hold more breaks readers, one that holds less not.
    widened = edited("models/widget.py", "weight: int | None | Unset", "weight: int | str | None | Unset")
    assert found(diff(widened), Level.MAJOR, f"{WIDGET}, field weight", "widened")
    narrowed = edited("models/widget.py", "name: None | str | Unset", "name: None | str")
    assert found(diff(narrowed), Level.MINOR, f"{WIDGET}, field name", "narrowed")
    # A return type that now admits more breaks the callers reading it.
    returns = edited(
        "api/widgets/list_widgets.py", "-> Error | WidgetPage | None", "-> Error | WidgetPage | str | None"
    )
    assert found(diff(returns), Level.MAJOR, f"{LIST}, return", "widened")


def test_a_field_added_to_a_request_model_as_required_is_breaking() -> None:
    as_body = edited("api/widgets/list_widgets.py", "    limit: int", "    body: Widget,\n    limit: int")
    with_owner = edited("models/widget.py", "    id: UUID\n", "    id: UUID\n    owner: str\n", as_body)
    changes = diff(with_owner, before=as_body)
    assert found(changes, Level.MAJOR, f"{WIDGET}, field owner", "added, required")
    # Read from responses only, the same new field breaks nobody.
    only_read = edited("models/widget.py", "    id: UUID\n", "    id: UUID\n    owner: str\n")
    assert found(diff(only_read), Level.MINOR, f"{WIDGET}, field owner", "added, required")


def test_a_removed_enum_value_breaks_and_a_new_one_adds() -> None:
    changes = diff(edited("models/size.py", '    LARGE = "large"\n', '    MEDIUM = "medium"\n'))
    assert found(changes, Level.MAJOR, "class thred_client.models.size.Size", "'large' removed")
    assert found(changes, Level.MINOR, "class thred_client.models.size.Size", "'medium' added")


def test_public_names_and_methods() -> None:
    changes = diff(edited("__init__.py", '"paginate"', '"iterate"'))
    assert found(changes, Level.MAJOR, "module thred_client", "public name paginate removed")
    assert found(changes, Level.MINOR, "module thred_client", "public name iterate added")
    changes = diff(edited("client.py", "def with_headers", "def with_header"))
    assert found(changes, Level.MAJOR, "class thred_client.client.Client.with_headers", "method removed")


def test_a_renamed_operation_shows_as_removed_and_added_and_private_modules_are_not_compared() -> None:
    files = {**BASE, "_http.py": "def other(): ...\n"}
    moved = files.pop("api/widgets/list_widgets.py")
    files["api/widgets/list_gadgets.py"] = moved
    changes = diff(files)
    assert found(
        changes, Level.MAJOR, "module thred_client.api.widgets.list_widgets", "removed (public names: sync)"
    )
    assert found(changes, Level.MINOR, "module thred_client.api.widgets.list_gadgets", "added")
    assert not any("_http" in change.where for change in changes)


def test_a_new_path_or_code_behind_the_same_surface_is_a_patch() -> None:
    moved = compare(surface(), surface(spec=SPEC.replace("/widgets/", "/gadgets/")))
    assert found(moved, Level.PATCH, "operation thred_client.api.widgets.list_widgets", "now GET /shops")
    assert bump_for(moved) is Level.PATCH
    body = diff({**BASE, "_http.py": "def send(request): return None\n"})
    assert [change.level for change in body] == [Level.PATCH]


def test_union_members_read_either_spelling() -> None:
    assert union_members("Optional[Union[int, str]]") == {"int", "str", "None"}
    assert union_members("int | None | Unset") == union_members("Union[Unset, None, int]")


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
    assert next_version(version, level) == expected


def test_a_record_holds_the_surface_it_was_made_from() -> None:
    recorded = api_surface.from_json(api_surface.to_json(surface()), "record")
    assert compare(surface(), recorded) == []
    assert recorded == surface()


# --- the repository's own package and releases --------------------------------------------------


def run(tool: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOLS / tool), *args], capture_output=True, text=True, check=False, cwd=cwd
    )


def test_with_no_argument_the_last_recorded_release_is_compared() -> None:
    releases = api_surface.recorded_releases(ROOT)
    assert releases, "openapi/releases/ holds no release"
    result = run("api_diff.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"api-diff: release {releases[-1]} → working tree"
    assert any(line.startswith("Version bump: ") for line in lines)
    # `v<version>` names the recorded release too, as a tag would.
    assert run("api_diff.py", f"v{releases[-1]}").stdout == result.stdout


def test_each_release_record_is_what_its_commit_generated() -> None:
    for version in api_surface.recorded_releases(ROOT):
        path = api_surface.record_path(ROOT, version)
        record = json.loads(path.read_text(encoding="utf-8"))
        if api_surface.commit_of(ROOT, record["commit"]) is None:
            pytest.skip("a shallow clone: the release's commit is not here")
        again = api_surface.surface_at_commit(ROOT, record["commit"], version)
        assert again.version == version
        assert api_surface.to_json(again, commit=record["commit"]) == path.read_text(encoding="utf-8")


def test_a_planted_template_change_is_reported_as_breaking(tmp_path: Path) -> None:
    """A template that renames a method of the generated clients: a change of the generator, not the spec."""
    pytest.importorskip("openapi_python_client", reason="the generator is installed by `nox -s tests`")
    import codegen

    templates = tmp_path / "templates"
    shutil.copytree(codegen.TEMPLATES, templates)
    client = templates / "client.py.jinja"
    text = client.read_text(encoding="utf-8")
    assert "def with_headers(" in text
    client.write_text(text.replace("def with_headers(", "def with_extra_headers("), encoding="utf-8")
    original = codegen.TEMPLATES
    try:
        codegen.TEMPLATES = templates
        package = codegen.build(tmp_path / "out")
    finally:
        codegen.TEMPLATES = original
    spec = (ROOT / api_surface.SPEC_PATH).read_text(encoding="utf-8")
    planted = api_surface.surface_of(api_surface.files_in(package), spec, "planted")
    changes = compare(api_surface.surface_of_tree(ROOT), planted)
    assert found(changes, Level.MAJOR, "class thred_client.client.Client.with_headers", "method removed")
    assert found(
        changes, Level.MAJOR, "class thred_client.client.AuthenticatedClient.with_headers", "removed"
    )
    assert bump_for(changes) is Level.MAJOR


# --- git refs ------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        check=True,
        capture_output=True,
    )


def write_package(root: Path, files: dict[str, str]) -> None:
    package = root / "generated" / "thred_client"
    shutil.rmtree(package, ignore_errors=True)
    for relative, text in files.items():
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / relative).write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository laid out like this one, with the fixture package committed as generated/."""
    root = tmp_path / "repo"
    write_package(root, BASE)
    (root / "openapi").mkdir()
    (root / "openapi" / "thred.yaml").write_text(SPEC, encoding="utf-8")
    git(root, "init", "--quiet")
    git(root, "add", ".")
    git(root, "commit", "--quiet", "-m", "first release")
    git(root, "tag", "first")
    return root


def test_a_git_ref_against_the_working_tree(repo: Path) -> None:
    write_package(repo, edited("models/widget.py", "    weight: int | None | Unset = UNSET\n", ""))
    result = run("api_diff.py", "first", "--repo", str(repo), cwd=repo.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("api-diff: first → working tree")
    assert f"! {WIDGET}, field weight: removed" in result.stdout
    assert "Version bump: major (0.1.0 → 1.0.0)" in result.stdout


def test_a_release_is_recorded_then_compared_by_default(repo: Path) -> None:
    assert run("api_diff.py", "--repo", str(repo)).returncode == 2  # nothing recorded yet
    result = run("release_record.py", "--repo", str(repo))
    assert result.returncode == 0, result.stderr
    assert (repo / "openapi" / "releases" / "0.1.0.json").is_file()
    assert run("release_record.py", "--repo", str(repo)).returncode == 2  # never overwritten silently
    write_package(repo, {**BASE, "models/extra.py": "class Extra:\n    x: int = 0\n"})
    result = run("api_diff.py", "--repo", str(repo))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("api-diff: release 0.1.0 → working tree")
    assert "Version bump: minor (0.1.0 → 0.2.0)" in result.stdout


def test_check_version_fails_until_the_version_carries_the_bump(repo: Path) -> None:
    added = edited("models/widget.py", "    id: UUID\n", "    id: UUID\n    colour: str | Unset = UNSET\n")
    write_package(repo, added)
    result = run("api_diff.py", "first", "--repo", str(repo), "--check-version")
    assert result.returncode == 1
    assert "need at least 0.2.0" in result.stderr
    write_package(repo, {**added, "_version.py": '__version__ = "0.2.0"\n'})
    result = run("api_diff.py", "first", "--repo", str(repo), "--check-version")
    assert result.returncode == 0, result.stderr


def test_an_unknown_ref_says_what_was_tried_and_what_exists(repo: Path) -> None:
    run("release_record.py", "--repo", str(repo))
    result = run("api_diff.py", "v9.9.9", "--repo", str(repo))
    assert result.returncode == 2
    assert "openapi/releases/9.9.9.json" in result.stderr and "git ref 'v9.9.9'" in result.stderr
    assert "Recorded releases: 0.1.0" in result.stderr and "Git tags: first" in result.stderr
