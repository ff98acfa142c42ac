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
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from docs_compare import (
    ADDED_CONSTRAINT,
    ASSUMPTION,
    ERROR_STATUS,
    NULLABLE,
    RESPONSE_REQUIRED,
    SHORT,
    Difference,
    DocsDiffError,
    compare_operation,
    operations_of,
)
from docs_pages import extract_fragment, fetch_all, read_saved, saved_page_path

__all__ = [
    "ADDED_CONSTRAINT",
    "ASSUMPTION",
    "ERROR_STATUS",
    "NULLABLE",
    "RESPONSE_REQUIRED",
    "Difference",
    "DocsDiffError",
    "Result",
    "compare_operation",
    "extract_fragment",
    "main",
    "operations_of",
    "render",
    "run",
    "saved_page_path",
]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thred.yaml"


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
