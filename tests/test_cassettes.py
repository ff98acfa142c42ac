"""The generated operations against what a server really answered, replayed from cassettes.

Every assertion is computed from the responses themselves (filters hold on what came back, counts
agree with page_info), so a re-recording from Thred's sandbox replays as well as one from the stand-in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import AuthenticatedClient, Client
from thred_client.api.authentication import create_business_token, create_partner_token
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.models import (
    BusinessToken,
    CustomerCredit,
    CustomerCreditPage,
    Error,
    Invoice,
    InvoicePage,
    InvoiceSort,
    PartnerToken,
    PartnerTokenRequest,
)
from thred_client.types import Response

from tests import recording

pytestmark = pytest.mark.vcr


@pytest.fixture
def client(thred: recording.Target) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=thred.base_url, token=thred.token) as authenticated:
        yield authenticated


@pytest.fixture
def business(thred: recording.Target) -> UUID:
    return UUID(thred.business_id)


def invoices(client: AuthenticatedClient, business: UUID, **params: Any) -> InvoicePage:
    response = list_invoices.sync_detailed(business, client=client, **params)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, InvoicePage)
    return response.parsed


def credits(client: AuthenticatedClient, business: UUID, **params: Any) -> CustomerCreditPage:
    response = list_customer_credits.sync_detailed(business, client=client, **params)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, CustomerCreditPage)
    return response.parsed


def results(page: InvoicePage | CustomerCreditPage) -> list[Any]:
    return list(page.results or [])


def walk(fetch: Callable[..., Any], page_size: int, **params: Any) -> tuple[list[Any], list[Any]]:
    """Every record of a list, page by page, and the page_info of each page."""
    records: list[Any] = []
    infos: list[Any] = []
    number = 1
    while True:
        page = fetch(page=number, page_size=page_size, **params)
        infos.append(page.page_info)
        records += results(page)
        if number >= page.page_info.total_pages:
            return records, infos
        number += 1


def error(response: Response[Any]) -> Error:
    assert isinstance(response.parsed, Error), response.content
    return response.parsed


# Invoices


def test_invoices_first_page(client: AuthenticatedClient, business: UUID) -> None:
    page = invoices(client, business)
    info = page.page_info
    assert info and info.current_page == 1 and info.page_size == 20
    assert page.count == info.total_count
    assert info.total_pages == max(1, -(-info.total_count // 20))  # type: ignore[operator]
    assert len(results(page)) == min(20, info.total_count)  # type: ignore[type-var]
    assert all(isinstance(invoice, Invoice) and invoice.business_id == business for invoice in results(page))


def test_invoices_full_walk(client: AuthenticatedClient, business: UUID) -> None:
    records, infos = walk(lambda **params: invoices(client, business, **params), page_size=10)
    assert len(infos) >= 3, "the walk should span several pages"
    assert [info.current_page for info in infos] == list(range(1, len(infos) + 1))
    ids = [invoice.id for invoice in records]
    assert len(ids) == len(set(ids)) == infos[0].total_count
    imported = [invoice.imported_at for invoice in records]
    assert imported == sorted(imported, reverse=True), "the documented default sort is -imported_at"


def test_invoices_filter_by_customer(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(invoices(client, business, page_size=100))
    first = everything[0].customer
    second = next(invoice.customer for invoice in everything if invoice.customer.id != first.id)
    by_id = results(invoices(client, business, page_size=100, customer_id=f"{first.id},{second.id}"))
    assert by_id and {invoice.customer.id for invoice in by_id} == {first.id, second.id}
    assert len(by_id) == sum(invoice.customer.id in (first.id, second.id) for invoice in everything)
    by_external = results(invoices(client, business, page_size=100, customer_external_id=first.external_id))
    assert by_external and {invoice.customer.external_id for invoice in by_external} == {first.external_id}


def test_invoices_filter_by_dates(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(invoices(client, business, page_size=100))
    due = sorted(invoice.due_at for invoice in everything if invoice.due_at)
    start, end = due[len(due) // 4], due[3 * len(due) // 4]
    window = results(invoices(client, business, page_size=100, due_at_start=start, due_at_end=end))
    assert window and all(start <= invoice.due_at <= end for invoice in window)
    sent = sorted(invoice.sent_at for invoice in everything if invoice.sent_at)
    after = sent[len(sent) // 2]
    later = results(invoices(client, business, page_size=100, sent_at_start=after))
    assert later and all(invoice.sent_at >= after for invoice in later)
    assert len(later) < len(everything)


def test_invoices_filter_by_amount(client: AuthenticatedClient, business: UUID) -> None:
    amounts = sorted(invoice.total_amount for invoice in results(invoices(client, business, page_size=100)))
    low, high = amounts[len(amounts) // 3], amounts[2 * len(amounts) // 3]
    ranged = results(invoices(client, business, page_size=100, min_amount=low, max_amount=high))
    assert ranged and all(low <= invoice.total_amount <= high for invoice in ranged)
    assert len(ranged) == sum(low <= amount <= high for amount in amounts)


def test_invoices_filter_by_memo(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(invoices(client, business, page_size=100))
    memo = next(invoice.memo for invoice in everything if invoice.memo)
    exact = results(invoices(client, business, page_size=100, memo=memo))
    assert exact and {invoice.memo for invoice in exact} == {memo}
    fragment = memo.split()[-1]
    contains = results(invoices(client, business, page_size=100, memo_contains=fragment))
    assert contains and all(fragment.lower() in invoice.memo.lower() for invoice in contains)
    assert {invoice.id for invoice in everything if invoice.memo and fragment in invoice.memo} <= {
        invoice.id for invoice in contains
    }


def test_invoices_filter_by_reference_numbers(client: AuthenticatedClient, business: UUID) -> None:
    numbers = [invoice.invoice_number for invoice in results(invoices(client, business, page_size=100))][:3]
    found = results(invoices(client, business, page_size=100, reference_numbers=",".join(numbers)))
    assert sorted(invoice.invoice_number for invoice in found) == sorted(numbers)


def test_invoices_filter_by_status(client: AuthenticatedClient, business: UUID) -> None:
    found = results(invoices(client, business, page_size=100, status="paid,voided"))
    assert found and {invoice.status.lower() for invoice in found} <= {"paid", "voided"}


@pytest.mark.parametrize("sort", list(InvoiceSort))
def test_invoices_sort(client: AuthenticatedClient, business: UUID, sort: InvoiceSort) -> None:
    found = results(invoices(client, business, page_size=100, sort=sort))
    key = sort.value.lstrip("-")
    values = [getattr(invoice, key) for invoice in found]
    assert values == sorted(values, reverse=sort.value.startswith("-"))


def test_invoices_empty_result(client: AuthenticatedClient, business: UUID) -> None:
    page = invoices(client, business, memo="no invoice carries this memo")
    assert (page.count, results(page)) == (0, [])
    assert page.page_info and page.page_info.total_count == 0


# Customer credits


def test_credits_first_page(client: AuthenticatedClient, business: UUID) -> None:
    page = credits(client, business)
    info = page.page_info
    assert info and info.current_page == 1 and info.page_size == 20
    assert page.count == info.total_count
    assert len(results(page)) == min(20, info.total_count)  # type: ignore[type-var]
    assert all(isinstance(credit, CustomerCredit) for credit in results(page))


def test_credits_full_walk(client: AuthenticatedClient, business: UUID) -> None:
    records, infos = walk(lambda **params: credits(client, business, **params), page_size=5)
    assert len(infos) >= 3
    ids = [credit.id for credit in records]
    assert len(ids) == len(set(ids)) == infos[0].total_count


def test_credits_filter_by_customer(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(credits(client, business, page_size=100))
    customer = everything[0].customer
    found = results(credits(client, business, page_size=100, customer_id=customer["id"]))
    assert found and {credit.customer["id"] for credit in found} == {customer["id"]}
    by_external = results(
        credits(client, business, page_size=100, customer_external_id=customer["external_id"])
    )
    assert by_external and {credit.customer["external_id"] for credit in by_external} == {
        customer["external_id"]
    }


def test_credits_search(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(credits(client, business, page_size=100))
    term = everything[0].customer["name"].split()[0]
    found = {credit.id for credit in results(credits(client, business, page_size=100, search=term))}
    named = {credit.id for credit in everything if term.lower() in credit.customer["name"].lower()}
    # The search also covers the credit note number, which responses do not carry: a superset of `named`.
    assert named and named <= found <= {credit.id for credit in everything}


def test_credits_filter_by_sent_at(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(credits(client, business, page_size=100))
    sent = sorted(credit.sent_at for credit in everything if credit.sent_at)
    start, end = sent[len(sent) // 4], sent[3 * len(sent) // 4]
    window = results(
        credits(client, business, page_size=100, sent_at_start=start.isoformat(), sent_at_end=end.isoformat())
    )
    assert window and all(start <= credit.sent_at <= end for credit in window)
    assert len(window) == sum(start <= moment <= end for moment in sent)


def test_credits_filter_by_source_invoice(client: AuthenticatedClient, business: UUID) -> None:
    everything = results(credits(client, business, page_size=100))
    source = next(credit.source_invoice_id for credit in everything if credit.source_invoice_id)
    found = results(credits(client, business, page_size=100, source_invoice_id=source))
    assert found and {credit.source_invoice_id for credit in found} == {source}


def test_credits_filter_by_status(client: AuthenticatedClient, business: UUID) -> None:
    found = results(credits(client, business, page_size=100, status="draft,void"))
    assert found and {credit.status for credit in found} <= {"draft", "void"}


def test_credits_empty_result(client: AuthenticatedClient, business: UUID) -> None:
    page = credits(client, business, search="no credit matches this")
    assert (page.count, results(page)) == (0, [])


# Errors, for both operations

OPERATIONS = [pytest.param(list_invoices, id="invoices"), pytest.param(list_customer_credits, id="credits")]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_400_names_the_parameter(client: AuthenticatedClient, business: UUID, operation: Any) -> None:
    # The operations refuse page_size=101 before sending it; the server is asked as a caller of the
    # bare HTTP API would ask it.
    kwargs = operation._get_kwargs(business)
    kwargs["params"]["page_size"] = 101
    response = operation._build_response(client=client, response=client.get_httpx_client().request(**kwargs))
    assert response.status_code == 400
    body = error(response)
    assert body.error_code == "validation_error"
    assert "page_size" in (body.details or body.detail)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_401_without_a_token(thred: recording.Target, business: UUID, operation: Any) -> None:
    with Client(base_url=thred.base_url) as anonymous:
        response = operation.sync_detailed(business, client=anonymous)
    assert response.status_code == 401
    assert error(response).error_code == "authentication_required"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_401_with_an_invalid_token(thred: recording.Target, business: UUID, operation: Any) -> None:
    with AuthenticatedClient(base_url=thred.base_url, token="not-a-token") as wrong:
        response = operation.sync_detailed(business, client=wrong)
    assert response.status_code == 401
    assert error(response).error_code == "invalid_token"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_403_for_another_partners_business(
    client: AuthenticatedClient, thred: recording.Target, operation: Any
) -> None:
    if thred.foreign_business_id is None:
        pytest.skip("THRED_FOREIGN_BUSINESS_ID names no business this token may not see")
    response = operation.sync_detailed(UUID(thred.foreign_business_id), client=client)
    assert response.status_code == 403
    assert error(response).error_code == "permission_denied"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_404_for_an_unknown_business(client: AuthenticatedClient, operation: Any) -> None:
    response = operation.sync_detailed(UUID(recording.UNKNOWN_BUSINESS_ID), client=client)
    assert response.status_code == 404
    assert error(response).error_code == "business_not_found"


@pytest.mark.parametrize("operation", OPERATIONS)
def test_404_for_a_page_past_the_end(client: AuthenticatedClient, business: UUID, operation: Any) -> None:
    last = operation.sync_detailed(business, client=client, page_size=100).parsed.page_info.total_pages
    response = operation.sync_detailed(business, client=client, page_size=100, page=last + 1)
    assert response.status_code == 404


@pytest.mark.anyio
async def test_async_first_page(client: AuthenticatedClient, business: UUID) -> None:
    response = await list_invoices.asyncio_detailed(business, client=client, page_size=5)
    assert response.status_code == 200
    assert isinstance(response.parsed, InvoicePage)
    assert len(results(response.parsed)) == 5


def test_unparsed_body_is_what_the_server_sent(client: AuthenticatedClient, business: UUID) -> None:
    response = list_invoices.sync_detailed(business, client=client, page_size=2)
    assert isinstance(response.parsed, InvoicePage)
    raw = httpx.Response(200, content=response.content).json()
    assert [record["id"] for record in raw["results"]] == [
        str(invoice.id) for invoice in results(response.parsed)
    ]


# Tokens


def partner_credentials(thred: recording.Target) -> tuple[str, str]:
    if thred.partner_id is None or thred.api_key is None:
        pytest.skip("THRED_PARTNER_ID and THRED_API_KEY are needed to record the token operations")
    return thred.partner_id, thred.api_key


def test_partner_token(thred: recording.Target) -> None:
    partner_id, api_key = partner_credentials(thred)
    with Client(base_url=thred.base_url, httpx_args={"auth": httpx.BasicAuth(partner_id, api_key)}) as basic:
        response = create_partner_token.sync_detailed(
            client=basic, body=PartnerTokenRequest(client_id=UUID(partner_id))
        )
    assert response.status_code == 200
    assert isinstance(response.parsed, PartnerToken)
    assert response.parsed.access_token and response.parsed.expires_in > 0
    assert response.parsed.token_type == "Bearer"


def test_partner_token_with_a_wrong_key(thred: recording.Target) -> None:
    partner_id, _ = partner_credentials(thred)
    with Client(
        base_url=thred.base_url, httpx_args={"auth": httpx.BasicAuth(partner_id, "wrong-key")}
    ) as basic:
        response = create_partner_token.sync_detailed(
            client=basic, body=PartnerTokenRequest(client_id=UUID(partner_id))
        )
    assert response.status_code == 401


def test_business_token(client: AuthenticatedClient, business: UUID) -> None:
    response = create_business_token.sync_detailed(business, client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, BusinessToken)
    assert response.parsed.access_token and response.parsed.scope == "business_access"
    assert response.parsed.business_id in (business, None)  # some guide examples omit it
