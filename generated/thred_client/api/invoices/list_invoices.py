# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _answers, _validate, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_page import InvoicePage
from ...models.invoice_sort import InvoiceSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    memo: str | Unset = UNSET,
    memo_contains: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    reference_numbers: str | Unset = UNSET,
    sent_at_end: datetime.datetime | Unset = UNSET,
    sent_at_start: datetime.datetime | Unset = UNSET,
    sort: InvoiceSort | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:
    business_id = _validate.uuid(business_id, "business_id")
    page_size = _validate.page_size(page_size)
    sort = _validate.choice(InvoiceSort, sort, "sort")

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["customer_id"] = customer_id

    json_due_at_end: str | Unset = UNSET
    if not isinstance(due_at_end, Unset):
        json_due_at_end = due_at_end.isoformat()
    params["due_at_end"] = json_due_at_end

    json_due_at_start: str | Unset = UNSET
    if not isinstance(due_at_start, Unset):
        json_due_at_start = due_at_start.isoformat()
    params["due_at_start"] = json_due_at_start

    params["max_amount"] = max_amount

    params["memo"] = memo

    params["memo_contains"] = memo_contains

    params["min_amount"] = min_amount

    params["page"] = page

    params["page_size"] = page_size

    params["reference_numbers"] = reference_numbers

    json_sent_at_end: str | Unset = UNSET
    if not isinstance(sent_at_end, Unset):
        json_sent_at_end = sent_at_end.isoformat()
    params["sent_at_end"] = json_sent_at_end

    json_sent_at_start: str | Unset = UNSET
    if not isinstance(sent_at_start, Unset):
        json_sent_at_start = sent_at_start.isoformat()
    params["sent_at_start"] = json_sent_at_start

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/invoices/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "thred_operation": "list_invoices",
            "thred_business_id": str(business_id),
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoicePage | None:
    if response.status_code == 200:
        response_200 = InvoicePage.from_dict(_answers.body(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_answers.body(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(_answers.body(response))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(_answers.body(response))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(_answers.body(response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InvoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    memo: str | Unset = UNSET,
    memo_contains: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    reference_numbers: str | Unset = UNSET,
    sent_at_end: datetime.datetime | Unset = UNSET,
    sent_at_start: datetime.datetime | Unset = UNSET,
    sort: InvoiceSort | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Error | InvoicePage]:
    """List invoices

     List the invoices of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        memo (str | Unset):
        memo_contains (str | Unset):
        min_amount (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        reference_numbers (str | Unset):
        sent_at_end (datetime.datetime | Unset):
        sent_at_start (datetime.datetime | Unset):
        sort (InvoiceSort | Unset): Sort order of invoices; a leading `-` means descending.
        status (str | Unset):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401, 403, 404), as its
            subclass for the status (NotFoundError, ...) through ThredClient; other clients
            return it in the Response.
        thred_client.exceptions.APITimeoutError: No answer within ThredClient's timeout and deadline,
            after its retries.
        thred_client.exceptions.APIConnectionError: No answer (refused, dropped), after ThredClient's
            retries.
        thred_client.exceptions.APIResponseValidationError: A success answer whose body is not JSON.
        thred_client.errors.UnexpectedStatus: A status the spec does not document (with
            Client.raise_on_unexpected_status, on in ThredClient).
        A plain Client or AuthenticatedClient raises httpx's errors (httpx.TimeoutException, ...) where
        ThredClient raises APITimeoutError and APIConnectionError.

    Returns:
        Response[Error | InvoicePage]
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        memo=memo,
        memo_contains=memo_contains,
        min_amount=min_amount,
        page=page,
        page_size=page_size,
        reference_numbers=reference_numbers,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        sort=sort,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoicePage:
    _answers.raise_for_error(response)
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, InvoicePage):
        return parsed
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    memo: str | Unset = UNSET,
    memo_contains: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    reference_numbers: str | Unset = UNSET,
    sent_at_end: datetime.datetime | Unset = UNSET,
    sent_at_start: datetime.datetime | Unset = UNSET,
    sort: InvoiceSort | Unset = UNSET,
    status: str | Unset = UNSET,
) -> InvoicePage:
    """List invoices

     List the invoices of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        memo (str | Unset):
        memo_contains (str | Unset):
        min_amount (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        reference_numbers (str | Unset):
        sent_at_end (datetime.datetime | Unset):
        sent_at_start (datetime.datetime | Unset):
        sort (InvoiceSort | Unset): Sort order of invoices; a leading `-` means descending.
        status (str | Unset):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401, 403, 404), as its
            subclass for the status (NotFoundError, ...), with any client.
        thred_client.exceptions.APITimeoutError: No answer within ThredClient's timeout and deadline,
            after its retries.
        thred_client.exceptions.APIConnectionError: No answer (refused, dropped), after ThredClient's
            retries.
        thred_client.exceptions.APIResponseValidationError: A success answer whose body is not JSON.
        thred_client.errors.UnexpectedStatus: A status the spec does not document.
        A plain Client or AuthenticatedClient raises httpx's errors (httpx.TimeoutException, ...) where
        ThredClient raises APITimeoutError and APIConnectionError.

    Returns:
        InvoicePage
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        memo=memo,
        memo_contains=memo_contains,
        min_amount=min_amount,
        page=page,
        page_size=page_size,
        reference_numbers=reference_numbers,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        sort=sort,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    memo: str | Unset = UNSET,
    memo_contains: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    reference_numbers: str | Unset = UNSET,
    sent_at_end: datetime.datetime | Unset = UNSET,
    sent_at_start: datetime.datetime | Unset = UNSET,
    sort: InvoiceSort | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Error | InvoicePage]:
    """List invoices

     List the invoices of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        memo (str | Unset):
        memo_contains (str | Unset):
        min_amount (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        reference_numbers (str | Unset):
        sent_at_end (datetime.datetime | Unset):
        sent_at_start (datetime.datetime | Unset):
        sort (InvoiceSort | Unset): Sort order of invoices; a leading `-` means descending.
        status (str | Unset):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401, 403, 404), as its
            subclass for the status (NotFoundError, ...) through ThredClient; other clients
            return it in the Response.
        thred_client.exceptions.APITimeoutError: No answer within ThredClient's timeout and deadline,
            after its retries.
        thred_client.exceptions.APIConnectionError: No answer (refused, dropped), after ThredClient's
            retries.
        thred_client.exceptions.APIResponseValidationError: A success answer whose body is not JSON.
        thred_client.errors.UnexpectedStatus: A status the spec does not document (with
            Client.raise_on_unexpected_status, on in ThredClient).
        A plain Client or AuthenticatedClient raises httpx's errors (httpx.TimeoutException, ...) where
        ThredClient raises APITimeoutError and APIConnectionError.

    Returns:
        Response[Error | InvoicePage]
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        memo=memo,
        memo_contains=memo_contains,
        min_amount=min_amount,
        page=page,
        page_size=page_size,
        reference_numbers=reference_numbers,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        sort=sort,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    due_at_end: datetime.datetime | Unset = UNSET,
    due_at_start: datetime.datetime | Unset = UNSET,
    max_amount: int | Unset = UNSET,
    memo: str | Unset = UNSET,
    memo_contains: str | Unset = UNSET,
    min_amount: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    reference_numbers: str | Unset = UNSET,
    sent_at_end: datetime.datetime | Unset = UNSET,
    sent_at_start: datetime.datetime | Unset = UNSET,
    sort: InvoiceSort | Unset = UNSET,
    status: str | Unset = UNSET,
) -> InvoicePage:
    """List invoices

     List the invoices of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        due_at_end (datetime.datetime | Unset):
        due_at_start (datetime.datetime | Unset):
        max_amount (int | Unset):
        memo (str | Unset):
        memo_contains (str | Unset):
        min_amount (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        reference_numbers (str | Unset):
        sent_at_end (datetime.datetime | Unset):
        sent_at_start (datetime.datetime | Unset):
        sort (InvoiceSort | Unset): Sort order of invoices; a leading `-` means descending.
        status (str | Unset):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401, 403, 404), as its
            subclass for the status (NotFoundError, ...), with any client.
        thred_client.exceptions.APITimeoutError: No answer within ThredClient's timeout and deadline,
            after its retries.
        thred_client.exceptions.APIConnectionError: No answer (refused, dropped), after ThredClient's
            retries.
        thred_client.exceptions.APIResponseValidationError: A success answer whose body is not JSON.
        thred_client.errors.UnexpectedStatus: A status the spec does not document.
        A plain Client or AuthenticatedClient raises httpx's errors (httpx.TimeoutException, ...) where
        ThredClient raises APITimeoutError and APIConnectionError.

    Returns:
        InvoicePage
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        due_at_end=due_at_end,
        due_at_start=due_at_start,
        max_amount=max_amount,
        memo=memo,
        memo_contains=memo_contains,
        min_amount=min_amount,
        page=page,
        page_size=page_size,
        reference_numbers=reference_numbers,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        sort=sort,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
