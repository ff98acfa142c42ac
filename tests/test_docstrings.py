"""What `help()` shows tells the truth: the client classes name the errors ThredClient raises, the
package docstring names where to start, and every name they mention exists. (That each custom
template records the stock template it was forked from, and is current, is tests/test_codegen.py's.)"""

from __future__ import annotations

import builtins
import importlib
import re

import httpx
import pytest
import thred_client
from thred_client import exceptions
from thred_client.client import AuthenticatedClient, Client


def quoted_names(text: str) -> set[str]:
    """The dotted Python names a docstring quotes in single backticks (a trailing call `()` dropped);
    the generator's ``double-quoted`` constructor arguments are not names."""
    return {
        match.removesuffix("()")
        for match in re.findall(r"(?<!`)`([A-Za-z_][\w.]*(?:\(\))?)`(?!`)", text)
        if not match.startswith(("sync", "asyncio", "Response"))
    }


def resolves(name: str) -> bool:
    """Whether `name` is an attribute path from thred_client, its exceptions, httpx or the builtins, or
    an importable module."""
    parts = name.removeprefix("thred_client.").split(".")
    if parts[0] == "httpx":
        root_names: tuple[object, ...] = (httpx,)
        parts = parts[1:]
    else:
        root_names = (thred_client, exceptions, builtins)
    for root in root_names:
        value: object = root
        for part in parts:
            if not hasattr(value, part):
                break
            value = getattr(value, part)
        else:
            return True
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


@pytest.mark.parametrize("cls", [Client, AuthenticatedClient])
def test_client_classes_name_what_calls_raise_through_thred_client(cls: type) -> None:
    doc = cls.__doc__ or ""
    assert "ThredClient" in doc
    ours = {name for name in quoted_names(doc) if not name.startswith(("httpx.", "models."))}
    named_errors = {name.rsplit(".", 1)[-1] for name in ours if name.endswith(("Error", "Status"))}
    assert {"APIStatusError", "APIConnectionError", "APITimeoutError"} <= named_errors
    assert all(issubclass(getattr(exceptions, name), exceptions.ThredError) for name in named_errors)


def test_every_name_the_docstrings_quote_exists() -> None:
    for doc in (thred_client.__doc__, Client.__doc__, AuthenticatedClient.__doc__):
        missing = sorted(name for name in quoted_names(doc or "") if not resolves(name))
        assert missing == []


def test_the_package_docstring_says_where_to_start() -> None:
    doc = thred_client.__doc__ or ""
    assert {"ThredClient", "ThredClient.from_env", "paginate", "thred_client.exceptions"} <= quoted_names(doc)
    assert len(doc.splitlines()) <= 15
