"""Report where Thred's published docs differ from our spec, operation by operation; never edits the spec.

    python tools/docs_diff.py                   # fetch each operation's page (needs internet)
    python tools/docs_diff.py --pages DIR       # read saved pages instead: DIR/<path of the page's URL>
    python tools/docs_diff.py --verbose         # also list each known, deliberate difference

Every operation of openapi/thred.yaml names its page in `x-docs-url`: the Markdown twin of its
reference page, such as https://docs.thredfi.com/api-reference/invoices/list-invoices.md. With
`--pages DIR` that URL is read from DIR/api-reference/invoices/list-invoices.md.

Assumptions about the pages (Thred does not document its Markdown twins):
- the twin embeds the operation's OpenAPI fragment in a fenced code block (``` or ~~~, three or more)
  whose info string starts with `yaml`, `yml` or `json`; the first such block that parses to a mapping
  with an `openapi` or `paths` key is the fragment;
- the fragment is self-contained: its $refs point into its own `components`;
- the operation is found in it by operationId, else by method and path, else as its only operation.

What is compared: the operation's method and path; each parameter (by location and name); the request
body; the documented response statuses; and the schemas of the 2xx responses, field by field and
recursively: type, format, nullability, enum values, default, bounds, and which fields are required.
Descriptions, examples, servers and security are not compared.

Our spec reads the docs tolerantly on purpose (see its info.description), so some differences are
known and deliberate. They are counted, listed only with --verbose, and do not fail the run:
- in responses, a field our spec allows to be null where the docs do not say so;
- in responses, a field the docs mark required that our spec does not (only `id` is required);
- a constraint our spec adds that the docs' schema does not state (an enum, a default, a bound);
- an enum or format difference on an element our spec marks with `x-assumption`;
- an error status our spec documents (from Thred's error-handling guide) that the page does not.
Everything else is reported as a difference: a new or removed parameter, field or status, a changed
type or format, a new enum value, a field the docs make optional or nullable where ours does not.

Exit status: 0 no difference, 1 differences reported, 2 a page could not be fetched or read (without
network access the run fails at once, or after --timeout seconds, naming each page).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import yaml

import openapi_refs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thred.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords that bound a value; the docs stating one we lack, or another value, is a difference.
CONSTRAINTS = (
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
)

NULLABLE = "our spec lets every response field be null"
RESPONSE_REQUIRED = "our spec requires no response field but an object's own id"
ADDED_CONSTRAINT = "our spec adds a constraint the docs do not state"
ASSUMPTION = "our spec marks this reading with x-assumption"
ERROR_STATUS = "our spec documents error statuses from Thred's error-handling guide"
SHORT = {
    NULLABLE: "nullable",
    RESPONSE_REQUIRED: "not required",
    ADDED_CONSTRAINT: "added constraint",
    ASSUMPTION: "x-assumption",
    ERROR_STATUS: "error status",
}

# Nesting depth beyond which schemas are not followed (a guard; real schemas are far shallower).
MAX_DEPTH = 64
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")


class DocsDiffError(Exception):
    """A page could not be fetched, read or understood; the message says which and why."""


@dataclass(frozen=True)
class Difference:
    """One way in which the docs differ from our spec; `known` says why it is deliberate, if it is."""

    where: str
    what: str
    known: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class Result:
    """The outcome for one operation of our spec."""

    operation: str
    url: str | None
    differences: list[Difference] = field(default_factory=list)
    error: str | None = None

    @property
    def findings(self) -> list[Difference]:
        return [difference for difference in self.differences if difference.known is None]

    @property
    def known(self) -> list[Difference]:
        return [difference for difference in self.differences if difference.known is not None]


# ---------------------------------------------------------------------------------------------------
# Reading pages


def extract_fragment(page: str, source: str = "the page") -> dict[str, Any]:
    """The OpenAPI document embedded in a Markdown page (see the module's assumptions)."""
    lines = page.splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        fence = opening["fence"]
        body: list[str] = []
        while index < len(lines):
            closing = lines[index].strip()
            index += 1
            if closing.startswith(fence[0] * len(fence)) and not closing.strip(fence[0]):
                break
            body.append(lines[index - 1])
        language = (opening["info"].split() or [""])[0].lower()
        if language not in ("yaml", "yml", "json"):
            continue
        text = "\n".join(body)
        try:
            document = json.loads(text) if language == "json" else yaml.safe_load(text)
        except (ValueError, yaml.YAMLError):
            continue
        if isinstance(document, dict) and ("openapi" in document or "paths" in document):
            return document
    raise DocsDiffError(f"{source} holds no fenced yaml or json block with an OpenAPI document")


def saved_page_path(pages: Path, url: str) -> Path:
    """Where `--pages DIR` keeps the page of `url`: DIR/<the URL's path>."""
    relative = urlparse(url).path.lstrip("/")
    if not relative or ".." in Path(relative).parts:
        raise DocsDiffError(f"cannot map {url} to a saved page")
    return pages / relative


def read_saved(pages: Path, url: str) -> str:
    path = saved_page_path(pages, url)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise DocsDiffError(f"no saved page for {url} at {path}: {error.strerror}") from error


def _fetch(url: str, timeout: float) -> str:
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException as error:
        raise DocsDiffError(f"no answer from {url} within {timeout:g} s ({type(error).__name__})") from error
    except httpx.HTTPError as error:
        raise DocsDiffError(
            f"cannot fetch {url}: {error or type(error).__name__}. docs-diff needs internet access;"
            " offline, give saved pages with --pages DIR"
        ) from error
    if response.status_code >= 400:
        raise DocsDiffError(f"{url} answered {response.status_code} {response.reason_phrase}")
    return response.text


def fetch_all(urls: Iterable[str], timeout: float) -> dict[str, str | DocsDiffError]:
    """Each page's text, or the error that kept it; never waits much beyond `timeout` for all of them.

    httpx's timeout does not cover name resolution, which can hang without a network: each fetch runs in
    a daemon thread that is abandoned once the deadline passes.
    """
    results: dict[str, str | DocsDiffError] = {}

    def work(url: str) -> None:
        try:
            results[url] = _fetch(url, timeout)
        except DocsDiffError as error:
            results[url] = error
        except Exception as error:  # a thread must report, never die silently
            results[url] = DocsDiffError(f"cannot fetch {url}: {type(error).__name__}: {error}")

    threads = {url: threading.Thread(target=work, args=(url,), daemon=True) for url in dict.fromkeys(urls)}
    for thread in threads.values():
        thread.start()
    deadline = time.monotonic() + timeout + 2
    for url, thread in threads.items():
        thread.join(max(0.0, deadline - time.monotonic()))
        if url not in results:
            results[url] = DocsDiffError(
                f"no answer from {url} within {timeout:g} s: is the network reachable?"
                " Offline, give saved pages with --pages DIR"
            )
    return {url: results[url] for url in threads}


# ---------------------------------------------------------------------------------------------------
# Comparing


class _Document:
    """An OpenAPI document with its local $refs resolvable."""

    def __init__(self, document: Mapping[str, Any], label: str) -> None:
        self.document = document
        self.label = label

    def follow(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise DocsDiffError(f"{self.label}: cannot resolve $ref {ref}")
            seen.add(ref)
            try:
                target = openapi_refs.pointer(self.document, ref)
            except LookupError:
                raise DocsDiffError(f"{self.label}: unresolvable $ref {ref}") from None
            # Keywords beside a $ref (allowed in 3.1) apply too; they win over the target's.
            extra = {key: value for key, value in node.items() if key != "$ref"}
            node = {**target, **extra} if extra and isinstance(target, Mapping) else target
        return node

    def operations(self) -> Iterable[tuple[str, str, Mapping[str, Any], list[Any]]]:
        """(method, path, operation, path-level parameters) for each operation of the document."""
        for path, item in (self.document.get("paths") or {}).items():
            item = self.follow(item)
            if not isinstance(item, Mapping):
                continue
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    yield method, str(path), operation, list(item.get("parameters") or [])


@dataclass(frozen=True)
class _Shape:
    """A schema reduced to what is compared at one node."""

    types: frozenset[str] | None  # None: any JSON value
    nullable: bool
    schema: Mapping[str, Any]


def _shape(document: _Document, schema: Any) -> _Shape:
    """`schema` with $refs followed, allOf merged and its null alternative split off."""
    schema = document.follow(schema)
    if not isinstance(schema, Mapping):
        return _Shape(None, False, {})
    if "allOf" in schema:
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        properties: dict[str, Any] = {}
        required: list[Any] = []
        for member in schema["allOf"]:
            part = _shape(document, member)
            merged = {**part.schema, **merged}
            properties.update(part.schema.get("properties") or {})
            required += list(part.schema.get("required") or [])
        if properties:
            merged["properties"] = {**properties, **(schema.get("properties") or {})}
        if required:
            merged["required"] = sorted({*required, *(schema.get("required") or [])}, key=str)
        schema = merged
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            non_null = [member for member in members if document.follow(member) != {"type": "null"}]
            if len(non_null) == 1:
                inner = _shape(document, non_null[0])
                rest = {name: value for name, value in schema.items() if name != key}
                return _Shape(
                    inner.types, inner.nullable or len(non_null) < len(members), {**inner.schema, **rest}
                )
    kinds = schema.get("type")
    nullable = bool(schema.get("nullable"))
    if kinds is None:
        if "properties" in schema:
            kinds = ["object"]
        elif "items" in schema:
            kinds = ["array"]
        else:
            return _Shape(None, nullable, schema)
    if isinstance(kinds, str):
        kinds = [kinds]
    types = frozenset(str(kind) for kind in kinds if kind != "null")
    return _Shape(types, nullable or "null" in kinds, schema)


def _ref_of(schema: Any) -> str | None:
    """The $ref a schema names, directly or as the one non-null member of an anyOf/oneOf."""
    if not isinstance(schema, Mapping):
        return None
    if isinstance(schema.get("$ref"), str):
        return str(schema["$ref"])
    for key in ("anyOf", "oneOf"):
        members = [member for member in schema.get(key) or [] if member != {"type": "null"}]
        if len(members) == 1:
            return _ref_of(members[0])
    return None


def _text(types: frozenset[str] | None) -> str:
    return "any value" if types is None else " | ".join(sorted(types)) or "null"


class _Comparison:
    """Compares one operation of our spec with the docs' fragment, collecting differences."""

    def __init__(self, ours: _Document, docs: _Document) -> None:
        self.ours = ours
        self.docs = docs
        self.differences: list[Difference] = []
        # The pairs of named schemas being compared on the current path: a recursive schema stops there.
        self._active: list[tuple[str | None, str | None]] = []

    def add(self, where: str, what: str, known: str | None = None) -> None:
        self.differences.append(Difference(where, what, known))

    def schema(
        self, ours_raw: Any, docs_raw: Any, where: str, *, response: bool, marked: bool = False
    ) -> None:
        """Compare two schemas node by node; `marked`: our element carries an x-assumption."""
        pair = (_ref_of(ours_raw), _ref_of(docs_raw))
        if (pair != (None, None) and pair in self._active) or len(self._active) > MAX_DEPTH:
            return
        self._active.append(pair)
        try:
            self._compare(ours_raw, docs_raw, where, response=response, marked=marked)
        finally:
            self._active.pop()

    def _compare(self, ours_raw: Any, docs_raw: Any, where: str, *, response: bool, marked: bool) -> None:
        ours, docs = _shape(self.ours, ours_raw), _shape(self.docs, docs_raw)
        marked = (
            marked
            or "x-assumption" in ours.schema
            or (isinstance(ours_raw, Mapping) and "x-assumption" in ours_raw)
        )

        if ours.nullable != docs.nullable:
            if ours.nullable and response:
                self.add(where, "nullable in our spec, not in the docs", NULLABLE)
            elif ours.nullable:
                self.add(where, "nullable in our spec, not in the docs")
            else:
                self.add(where, "nullable in the docs, not in our spec")
        if ours.types != docs.types:
            self.add(where, f"type {_text(docs.types)} in the docs, {_text(ours.types)} in our spec")
        ours_format, docs_format = ours.schema.get("format"), docs.schema.get("format")
        if ours_format != docs_format:
            self.add(
                where,
                f"format {docs_format or 'none'} in the docs, {ours_format or 'none'} in our spec",
                ASSUMPTION if marked else None,
            )
        self._enum(ours.schema, docs.schema, where, marked)
        for keyword in CONSTRAINTS:
            if keyword in docs.schema and docs.schema.get(keyword) != ours.schema.get(keyword):
                shown = repr(ours.schema[keyword]) if keyword in ours.schema else "none"
                self.add(where, f"{keyword} {docs.schema[keyword]!r} in the docs, {shown} in our spec")
            elif keyword in ours.schema and keyword not in docs.schema:
                self.add(where, f"{keyword} {ours.schema[keyword]!r} in our spec only", ADDED_CONSTRAINT)
        self._properties(ours.schema, docs.schema, where, response=response)
        if "items" in ours.schema or "items" in docs.schema:
            self.schema(ours.schema.get("items"), docs.schema.get("items"), f"{where}[]", response=response)

    def _enum(self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, marked: bool) -> None:
        ours_values, docs_values = ours.get("enum"), docs.get("enum")
        if ours_values is None and docs_values is None:
            return
        if ours_values is None:
            self.add(
                where,
                f"enum {docs_values} in the docs, an open value in our spec",
                ASSUMPTION if marked else None,
            )
        elif docs_values is None:
            self.add(where, f"enum {ours_values} in our spec only", ADDED_CONSTRAINT)
        else:
            for value in docs_values:
                if value not in ours_values:
                    self.add(where, f"enum value {value!r} in the docs, not in our spec")
            for value in ours_values:
                if value not in docs_values:
                    self.add(where, f"enum value {value!r} in our spec, not in the docs")

    def _properties(
        self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, *, response: bool
    ) -> None:
        ours_properties = ours.get("properties") or {}
        docs_properties = docs.get("properties") or {}
        ours_required = set(ours.get("required") or [])
        docs_required = set(docs.get("required") or [])
        for name in docs_properties:
            if name not in ours_properties:
                required = " (required)" if name in docs_required else ""
                self.add(f"{where}.{name}", f"field in the docs{required}, not in our spec")
        for name in ours_properties:
            if name not in docs_properties:
                self.add(f"{where}.{name}", "field in our spec, not in the docs")
        for name, ours_member in ours_properties.items():
            if name not in docs_properties:
                continue
            place = f"{where}.{name}"
            if (name in docs_required) != (name in ours_required):
                if name in docs_required and response:
                    self.add(place, "required in the docs, optional in our spec", RESPONSE_REQUIRED)
                elif name in docs_required:
                    self.add(place, "required in the docs, optional in our spec")
                else:
                    self.add(place, "optional in the docs, required in our spec")
            self.schema(ours_member, docs_properties[name], place, response=response)

    def parameters(self, ours: Sequence[Any], docs: Sequence[Any]) -> None:
        def index(document: _Document, parameters: Sequence[Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
            found = {}
            for raw in parameters:
                parameter = document.follow(raw)
                found[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
            return found

        ours_index, docs_index = index(self.ours, ours), index(self.docs, docs)
        for location, name in docs_index.keys() - ours_index.keys():
            self.add(f"parameter {location} {name}", "in the docs, not in our spec")
        for location, name in ours_index.keys() - docs_index.keys():
            self.add(f"parameter {location} {name}", "in our spec, not in the docs")
        for key in sorted(ours_index.keys() & docs_index.keys()):
            ours_parameter, docs_parameter = ours_index[key], docs_index[key]
            where = f"parameter {key[0]} {key[1]}"
            if bool(ours_parameter.get("required")) != bool(docs_parameter.get("required")):
                state = "required" if docs_parameter.get("required") else "optional"
                self.add(where, f"{state} in the docs, not in our spec")
            self.schema(
                ours_parameter.get("schema"),
                docs_parameter.get("schema"),
                where,
                response=False,
                marked="x-assumption" in ours_parameter,
            )

    def request_body(self, ours_raw: Any, docs_raw: Any) -> None:
        ours, docs = self.ours.follow(ours_raw), self.docs.follow(docs_raw)
        if ours is None and docs is None:
            return
        if ours is None or docs is None:
            side = "the docs" if ours is None else "our spec"
            self.add("request body", f"only in {side}")
            return
        if bool(ours.get("required")) != bool(docs.get("required")):
            self.add("request body", f"{'required' if docs.get('required') else 'optional'} in the docs")
        self._content(ours.get("content") or {}, docs.get("content") or {}, "request body", response=False)

    def responses(self, ours: Mapping[str, Any], docs: Mapping[str, Any], marked: bool) -> None:
        # YAML reads an unquoted status as an int: key both sides by text.
        ours = {str(code): response for code, response in ours.items()}
        docs = {str(code): response for code, response in docs.items()}
        ours_codes, docs_codes = set(ours), set(docs)
        for code in sorted(docs_codes - ours_codes):
            self.add(f"response {code}", "in the docs, not in our spec")
        for code in sorted(ours_codes - docs_codes):
            self.add(
                f"response {code}",
                "in our spec, not in the docs",
                None if code.startswith("2") else ERROR_STATUS,
            )
        for code in sorted(ours_codes & docs_codes):
            if not code.startswith("2"):
                continue
            ours_response = self.ours.follow(ours[code])
            docs_response = self.docs.follow(docs[code])
            ours_content = (ours_response or {}).get("content") or {}
            docs_content = (docs_response or {}).get("content") or {}
            if ours_content and not docs_content:
                self.add(f"response {code}", "no content in the docs", ASSUMPTION if marked else None)
                continue
            self._content(ours_content, docs_content, f"response {code}", response=True)

    def _content(
        self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, *, response: bool
    ) -> None:
        for media in sorted(docs.keys() - ours.keys()):
            self.add(f"{where} {media}", "in the docs, not in our spec")
        for media in sorted(ours.keys() - docs.keys()):
            self.add(f"{where} {media}", "in our spec, not in the docs")
        for media in sorted(ours.keys() & docs.keys()):
            self.schema(
                (ours[media] or {}).get("schema"), (docs[media] or {}).get("schema"), where, response=response
            )


def compare_operation(
    spec: Mapping[str, Any], operation_id: str, fragment: Mapping[str, Any], url: str = "the page"
) -> list[Difference]:
    """How the operation `operation_id` of our `spec` differs from its docs' OpenAPI `fragment`."""
    ours_document, docs_document = _Document(spec, "our spec"), _Document(fragment, url)
    ours_ops = [entry for entry in ours_document.operations() if entry[2].get("operationId") == operation_id]
    if not ours_ops:
        raise DocsDiffError(f"our spec has no operation {operation_id}")
    method, path, ours_operation, ours_shared = ours_ops[0]
    docs_ops = list(docs_document.operations())
    match = [entry for entry in docs_ops if entry[2].get("operationId") == operation_id]
    match = match or [entry for entry in docs_ops if (entry[0], entry[1]) == (method, path)]
    match = match or (docs_ops if len(docs_ops) == 1 else [])
    if not match:
        raise DocsDiffError(
            f"{url}: its fragment has no operation {operation_id} nor {method.upper()} {path}"
        )
    docs_method, docs_path, docs_operation, docs_shared = match[0]
    comparison = _Comparison(ours_document, docs_document)
    if (docs_method, docs_path) != (method, path):
        comparison.add(
            "operation", f"{docs_method.upper()} {docs_path} in the docs, {method.upper()} {path} in ours"
        )
    if docs_operation.get("operationId", operation_id) != operation_id:
        comparison.add("operation", f"operationId {docs_operation.get('operationId')!r} in the docs")
    comparison.parameters(
        [*ours_shared, *(ours_operation.get("parameters") or [])],
        [*docs_shared, *(docs_operation.get("parameters") or [])],
    )
    comparison.request_body(ours_operation.get("requestBody"), docs_operation.get("requestBody"))
    comparison.responses(
        ours_operation.get("responses") or {},
        docs_operation.get("responses") or {},
        marked="x-assumption" in ours_operation,
    )
    return comparison.differences


def operations_of(spec: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """(operationId, x-docs-url or None) for each operation of our spec, in spec order."""
    found = []
    for _method, _path, operation, _shared in _Document(spec, "our spec").operations():
        url = operation.get("x-docs-url")
        found.append((str(operation.get("operationId")), str(url) if url else None))
    return found


def run(
    spec: Mapping[str, Any], *, pages: Path | None, timeout: float, only: Sequence[str] = ()
) -> list[Result]:
    """Compare every operation of `spec` (or those in `only`) with its page."""
    operations = [entry for entry in operations_of(spec) if not only or entry[0] in only]
    missing = set(only) - {operation_id for operation_id, _ in operations}
    if missing:
        raise DocsDiffError(f"our spec has no operation {', '.join(sorted(missing))}")
    urls = [url for _, url in operations if url]
    texts: dict[str, str | DocsDiffError] = {}
    if pages is not None:
        for page_url in urls:
            try:
                texts[page_url] = read_saved(pages, page_url)
            except DocsDiffError as error:
                texts[page_url] = error
    else:
        texts = fetch_all(urls, timeout)
    results = []
    for operation_id, url in operations:
        result = Result(operation_id, url)
        results.append(result)
        if url is None:
            result.error = "no x-docs-url in our spec: not compared"
            continue
        text = texts[url]
        try:
            if isinstance(text, DocsDiffError):
                raise text
            fragment = extract_fragment(text, url)
            result.differences = compare_operation(spec, operation_id, fragment, url)
        except DocsDiffError as error:
            result.error = str(error)
    return results


def render(results: Sequence[Result], *, verbose: bool) -> str:
    """The report as text."""
    lines: list[str] = []
    for result in results:
        lines.append(f"{result.operation} ({result.url or 'no x-docs-url'})")
        if result.error is not None:
            lines.append(f"  error: {result.error}")
            continue
        for difference in result.findings:
            lines.append(f"  ! {difference}")
        if not result.findings:
            lines.append("  no difference")
        if verbose:
            lines += [f"  = {difference} [{difference.known}]" for difference in result.known]
        elif result.known:
            counts = Counter(SHORT[difference.known] for difference in result.known if difference.known)
            shown = ", ".join(f"{count} {label}" for label, count in counts.most_common())
            lines.append(
                f"  ({len(result.known)} known, deliberate differences: {shown}; --verbose lists them)"
            )
    findings = sum(len(result.findings) for result in results)
    errors = sum(result.error is not None for result in results)
    known = sum(len(result.known) for result in results)
    lines.append(
        f"docs-diff: {findings} difference(s), {errors} page(s) not compared, {known} known difference(s),"
        f" {len(results)} operation(s)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=SPEC, help="our spec (default: openapi/thred.yaml)")
    parser.add_argument("--pages", type=Path, help="read saved pages from DIR/<URL path> instead of fetching")
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for each page (default 10)"
    )
    parser.add_argument(
        "--operation", action="append", default=[], help="compare only this operation (repeatable)"
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="also list the known, deliberate differences"
    )
    args = parser.parse_args(argv)
    try:
        spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
        if not isinstance(spec, dict):
            raise DocsDiffError(f"{args.spec} is not an OpenAPI document")
        results = run(spec, pages=args.pages, timeout=args.timeout, only=args.operation)
    except (OSError, yaml.YAMLError, DocsDiffError) as error:
        print(f"docs-diff: {error}", file=sys.stderr)
        return 2
    print(render(results, verbose=args.verbose))
    if any(result.error is not None for result in results):
        return 2
    return 1 if any(result.findings for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
