"""tools/docs_diff.py reports how the docs' OpenAPI fragments differ from our spec, from saved pages."""

from __future__ import annotations

import copy
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "docs_pages"
SPEC = ROOT / "openapi" / "thred.yaml"
sys.path.insert(0, str(ROOT / "tools"))
import docs_diff  # noqa: E402
from docs_diff import Difference  # noqa: E402

LISTS = ("list_invoices", "list_customer_credits")


def our_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def results(pages: Path, *only: str) -> dict[str, docs_diff.Result]:
    found = docs_diff.run(our_spec(), pages=pages, timeout=1, only=only or LISTS)
    return {result.operation: result for result in found}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "docs_diff.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


# --- reading pages -----------------------------------------------------------------------------------


def test_the_fragment_is_the_first_openapi_block_of_the_page() -> None:
    page = (
        "# Title\n\n```yaml\nnot: openapi\n```\n\n"
        "````yaml get /things/\nopenapi: 3.1.0\npaths:\n  /things/: {}\n````\n"
        '```json\n{"openapi": "3.0.0", "paths": {"/other/": {}}}\n```\n'
    )
    assert docs_diff.extract_fragment(page)["paths"] == {"/things/": {}}


def test_a_json_fragment_is_read_too() -> None:
    page = 'Intro\n~~~json\n{"openapi": "3.1.0", "paths": {"/x/": {}}}\n~~~\n'
    assert docs_diff.extract_fragment(page)["openapi"] == "3.1.0"


def test_a_page_without_a_fragment_is_an_error() -> None:
    with pytest.raises(docs_diff.DocsDiffError, match="no fenced yaml or json block"):
        docs_diff.extract_fragment("# Title\n\n```python\nprint('openapi: 3')\n```\n", "page.md")


def test_a_saved_page_lives_at_the_path_of_its_url() -> None:
    url = "https://docs.thredfi.com/api-reference/invoices/list-invoices.md"
    assert docs_diff.saved_page_path(Path("d"), url) == Path("d/api-reference/invoices/list-invoices.md")


# --- the saved pages against our spec ---------------------------------------------------------------


def test_every_planted_difference_is_reported() -> None:
    current = results(PAGES / "current", "list_invoices")["list_invoices"]
    planted = results(PAGES / "planted", "list_invoices")["list_invoices"]
    assert current.error is None and planted.error is None
    new = set(planted.findings) - set(current.findings)
    assert {(difference.where, difference.what) for difference in new} == {
        ("parameter query currency", "in the docs, not in our spec"),
        ("parameter query min_amount", "type number in the docs, integer in our spec"),
        ("parameter query sort", "enum value 'due_at' in the docs, not in our spec"),
        ("response 200.results[].tax_total", "field in the docs, not in our spec"),
    }


def test_the_pages_of_today_agree_with_our_spec_once_deliberate_readings_are_set_aside() -> None:
    for operation, result in results(PAGES / "current").items():
        assert result.error is None, result.error
        assert result.findings == [], f"{operation}: spec and tests/fixtures/docs_pages/current disagree"
        reasons = {difference.known for difference in result.known}
        # The deliberate readings are recognised, not dropped.
        assert {docs_diff.NULLABLE, docs_diff.RESPONSE_REQUIRED, docs_diff.ERROR_STATUS} <= reasons


# --- classification, on small specs ------------------------------------------------------------------


def tiny(
    parameter: dict[str, Any], field: dict[str, Any], *, required: list[str] | None = None
) -> dict[str, Any]:
    """A one-operation spec: one query parameter `q`, a 200 response with one field `f` (and `id`)."""
    return {
        "openapi": "3.1.0",
        "paths": {
            "/things/": {
                "get": {
                    "operationId": "list_things",
                    "parameters": [{"name": "q", "in": "query", **parameter}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": required if required is not None else ["id"],
                                        "properties": {"id": {"type": "string"}, "f": field},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
    }


def compare(ours: dict[str, Any], docs: dict[str, Any]) -> list[Difference]:
    return docs_diff.compare_operation(ours, "list_things", docs)


def only(differences: list[Difference], where: str) -> list[tuple[str, str | None]]:
    return [(difference.what, difference.known) for difference in differences if difference.where == where]


def test_a_response_field_we_allow_to_be_null_is_a_known_difference() -> None:
    ours = tiny({"schema": {"type": "string"}}, {"type": ["integer", "null"]})
    docs = tiny({"schema": {"type": "string"}}, {"type": "integer"})
    assert only(compare(ours, docs), "response 200.f") == [
        ("nullable in our spec, not in the docs", docs_diff.NULLABLE)
    ]


def test_a_parameter_we_allow_to_be_null_is_a_difference() -> None:
    ours = tiny({"schema": {"type": ["string", "null"]}}, {"type": "integer"})
    docs = tiny({"schema": {"type": "string"}}, {"type": "integer"})
    assert only(compare(ours, docs), "parameter query q") == [("nullable in our spec, not in the docs", None)]


def test_a_response_field_the_docs_require_is_known_and_one_we_alone_require_is_reported() -> None:
    ours = tiny({"schema": {"type": "string"}}, {"type": "integer"}, required=["id"])
    docs = tiny({"schema": {"type": "string"}}, {"type": "integer"}, required=["f"])
    differences = compare(ours, docs)
    assert only(differences, "response 200.f") == [
        ("required in the docs, optional in our spec", docs_diff.RESPONSE_REQUIRED)
    ]
    assert only(differences, "response 200.id") == [("optional in the docs, required in our spec", None)]


def test_a_type_change_is_reported_even_under_nullability() -> None:
    ours = tiny({"schema": {"type": "string"}}, {"type": ["integer", "null"]})
    docs = tiny({"schema": {"type": "string"}}, {"type": "string"})
    assert ("type string in the docs, integer in our spec", None) in only(
        compare(ours, docs), "response 200.f"
    )


def test_an_enum_in_the_docs_is_known_only_where_our_spec_marks_its_open_reading() -> None:
    docs = tiny({"schema": {"type": "string"}}, {"type": "string", "enum": ["a", "b"]})
    marked = tiny({"schema": {"type": "string"}}, {"type": "string", "x-assumption": "open string"})
    unmarked = tiny({"schema": {"type": "string"}}, {"type": "string"})
    assert [known for _, known in only(compare(marked, docs), "response 200.f")] == [docs_diff.ASSUMPTION]
    assert [known for _, known in only(compare(unmarked, docs), "response 200.f")] == [None]


def test_enum_values_and_defaults_are_compared() -> None:
    ours = tiny({"schema": {"type": "string", "enum": ["a", "b"], "default": "a"}}, {"type": "integer"})
    docs = tiny({"schema": {"type": "string", "enum": ["a", "c"], "default": "c"}}, {"type": "integer"})
    assert sorted(only(compare(ours, docs), "parameter query q"), key=str) == [
        ("default 'c' in the docs, 'a' in our spec", None),
        ("enum value 'b' in our spec, not in the docs", None),
        ("enum value 'c' in the docs, not in our spec", None),
    ]


def test_a_constraint_only_our_spec_states_is_known() -> None:
    ours = tiny({"schema": {"type": "integer", "minimum": 1, "default": 20}}, {"type": "integer"})
    docs = tiny({"schema": {"type": "integer"}}, {"type": "integer"})
    assert {known for _, known in only(compare(ours, docs), "parameter query q")} == {
        docs_diff.ADDED_CONSTRAINT
    }


def test_parameter_requirement_and_statuses() -> None:
    ours = tiny({"schema": {"type": "string"}}, {"type": "integer"})
    docs = copy.deepcopy(ours)
    docs["paths"]["/things/"]["get"]["parameters"][0]["required"] = True
    docs["paths"]["/things/"]["get"]["responses"]["409"] = {"description": "conflict"}
    ours["paths"]["/things/"]["get"]["responses"]["404"] = {"description": "not found"}
    differences = compare(ours, docs)
    assert only(differences, "parameter query q") == [("required in the docs, not in our spec", None)]
    assert only(differences, "response 409") == [("in the docs, not in our spec", None)]
    assert only(differences, "response 404") == [("in our spec, not in the docs", docs_diff.ERROR_STATUS)]


# --- the command ------------------------------------------------------------------------------------


def test_cli_reports_the_planted_differences_and_exits_1() -> None:
    result = run_cli("--pages", str(PAGES / "planted"), "--operation", "list_invoices")
    assert result.returncode == 1, result.stderr
    assert "! parameter query currency: in the docs, not in our spec" in result.stdout
    assert "! response 200.results[].tax_total: field in the docs, not in our spec" in result.stdout
    assert "--verbose lists them" in result.stdout


def test_cli_names_a_missing_saved_page(tmp_path: Path) -> None:
    result = run_cli("--pages", str(tmp_path), "--operation", "list_invoices")
    assert result.returncode == 2
    assert str(tmp_path / "api-reference" / "invoices" / "list-invoices.md") in result.stdout


def spec_pointing_at(tmp_path: Path, url: str) -> Path:
    """Our spec with list_invoices's page moved to `url`."""
    spec = our_spec()
    spec["paths"]["/v1/platform/businesses/{business_id}/invoices/"]["get"]["x-docs-url"] = url
    path = tmp_path / "thred.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


def test_an_unreachable_host_fails_at_once_and_clearly(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: connections are refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    spec = spec_pointing_at(tmp_path, f"http://127.0.0.1:{port}/api-reference/invoices/list-invoices.md")
    started = time.monotonic()
    result = run_cli("--spec", str(spec), "--operation", "list_invoices", "--timeout", "5")
    assert result.returncode == 2
    assert "cannot fetch" in result.stdout and "needs internet access" in result.stdout
    assert time.monotonic() - started < 15


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def test_a_host_that_never_answers_fails_after_the_timeout(tmp_path: Path, silent_server: int) -> None:
    spec = spec_pointing_at(
        tmp_path, f"http://127.0.0.1:{silent_server}/api-reference/invoices/list-invoices.md"
    )
    started = time.monotonic()
    result = run_cli("--spec", str(spec), "--operation", "list_invoices", "--timeout", "0.5")
    assert result.returncode == 2
    assert "no answer from" in result.stdout
    assert time.monotonic() - started < 15


def test_an_operation_without_a_page_is_not_silently_skipped(tmp_path: Path) -> None:
    spec = our_spec()
    del spec["paths"]["/v1/platform/businesses/{business_id}/invoices/"]["get"]["x-docs-url"]
    path = tmp_path / "thred.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    result = run_cli("--spec", str(path), "--pages", str(PAGES / "current"), "--operation", "list_invoices")
    assert result.returncode == 2
    assert "no x-docs-url" in result.stdout


def test_every_operation_of_our_spec_names_its_page() -> None:
    missing = [operation for operation, url in docs_diff.operations_of(our_spec()) if not url]
    assert missing == []
