# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _answers, _validate, errors
from ...client import AuthenticatedClient, Client
from ...models.business_token import BusinessToken
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    business_id: UUID,
) -> dict[str, Any]:
    business_id = _validate.uuid(business_id, "business_id")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/platform/{business_id}/oauth2/token/".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "extensions": {
            "thred_operation": "create_business_token",
            "thred_business_id": str(business_id),
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessToken | Error | None:
    if response.status_code == 200:
        response_200 = BusinessToken.from_dict(_answers.body(response))

        return response_200

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
) -> Response[BusinessToken | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[BusinessToken | Error]:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 401, 403, 404), as its
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
        Response[BusinessToken | Error]
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusinessToken:
    _answers.raise_for_error(response)
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, BusinessToken):
        return parsed
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessToken:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 401, 403, 404), as its
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
        BusinessToken
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[BusinessToken | Error]:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 401, 403, 404), as its
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
        Response[BusinessToken | Error]
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessToken:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 401, 403, 404), as its
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
        BusinessToken
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
