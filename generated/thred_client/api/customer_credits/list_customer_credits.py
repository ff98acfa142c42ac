# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _answers, _validate, errors
from ...client import AuthenticatedClient, Client
from ...models.customer_credit_page import CustomerCreditPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: UUID,
    *,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    sent_at_end: str | Unset = UNSET,
    sent_at_start: str | Unset = UNSET,
    source_invoice_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:
    business_id = _validate.uuid(business_id, "business_id")
    page_size = _validate.page_size(page_size)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["customer_id"] = customer_id

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["sent_at_end"] = sent_at_end

    params["sent_at_start"] = sent_at_start

    json_source_invoice_id: str | Unset = UNSET
    if not isinstance(source_invoice_id, Unset):
        json_source_invoice_id = str(source_invoice_id)
    params["source_invoice_id"] = json_source_invoice_id

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/platform/businesses/{business_id}/customer-credits/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
        "extensions": {
            "thred_operation": "list_customer_credits",
            "thred_business_id": str(business_id),
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerCreditPage | Error | None:
    if response.status_code == 200:
        response_200 = CustomerCreditPage.from_dict(_answers.body(response))

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
) -> Response[CustomerCreditPage | Error]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    sent_at_end: str | Unset = UNSET,
    sent_at_start: str | Unset = UNSET,
    source_invoice_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[CustomerCreditPage | Error]:
    """List Customer Credits

     List the customer credits (credit notes) of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        sent_at_end (str | Unset):
        sent_at_start (str | Unset):
        source_invoice_id (UUID | Unset):
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
        Response[CustomerCreditPage | Error]
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        page=page,
        page_size=page_size,
        search=search,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        source_invoice_id=source_invoice_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerCreditPage:
    _answers.raise_for_error(response)
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, CustomerCreditPage):
        return parsed
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    sent_at_end: str | Unset = UNSET,
    sent_at_start: str | Unset = UNSET,
    source_invoice_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> CustomerCreditPage:
    """List Customer Credits

     List the customer credits (credit notes) of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        sent_at_end (str | Unset):
        sent_at_start (str | Unset):
        source_invoice_id (UUID | Unset):
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
        CustomerCreditPage
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        page=page,
        page_size=page_size,
        search=search,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        source_invoice_id=source_invoice_id,
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    sent_at_end: str | Unset = UNSET,
    sent_at_start: str | Unset = UNSET,
    source_invoice_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[CustomerCreditPage | Error]:
    """List Customer Credits

     List the customer credits (credit notes) of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        sent_at_end (str | Unset):
        sent_at_start (str | Unset):
        source_invoice_id (UUID | Unset):
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
        Response[CustomerCreditPage | Error]
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        page=page,
        page_size=page_size,
        search=search,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        source_invoice_id=source_invoice_id,
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search: str | Unset = UNSET,
    sent_at_end: str | Unset = UNSET,
    sent_at_start: str | Unset = UNSET,
    source_invoice_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> CustomerCreditPage:
    """List Customer Credits

     List the customer credits (credit notes) of a business, one page at a time.

    Args:
        business_id (UUID):
        customer_external_id (str | Unset):
        customer_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search (str | Unset):
        sent_at_end (str | Unset):
        sent_at_start (str | Unset):
        source_invoice_id (UUID | Unset):
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
        CustomerCreditPage
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
        customer_external_id=customer_external_id,
        customer_id=customer_id,
        page=page,
        page_size=page_size,
        search=search,
        sent_at_end=sent_at_end,
        sent_at_start=sent_at_start,
        source_invoice_id=source_invoice_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
