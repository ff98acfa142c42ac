"""Reading Thred's documentation pages: saved under a folder, or fetched; the OpenAPI fragment each embeds.

Assumptions about the pages (Thred does not document its Markdown twins):
- the twin embeds the operation's OpenAPI fragment in a fenced code block (``` or ~~~, three or more)
  whose info string starts with `yaml`, `yml` or `json`; the first such block that parses to a mapping
  with an `openapi` or `paths` key is the fragment;
- the fragment is self-contained: its $refs point into its own `components`.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import yaml

from docs_compare import DocsDiffError

FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")


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
