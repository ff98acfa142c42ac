# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import _answers, _validate, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.partner_token import PartnerToken
from ...models.partner_token_request import PartnerTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PartnerTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/platform/oauth2/token/",
        "extensions": {
            "thred_operation": "create_partner_token",
        },
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PartnerToken | None:
    if response.status_code == 200:
        response_200 = PartnerToken.from_dict(_answers.body(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_answers.body(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(_answers.body(response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PartnerToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PartnerTokenRequest,
) -> Response[Error | PartnerToken]:
    """Create a partner token

     Exchange the partner's credentials for a partner token (also called unscoped), which reaches every
    business of the partner and must stay on servers. Authenticate with HTTP Basic: the partner UUID as
    user name, the API key as password.

    Args:
        body (PartnerTokenRequest): The body of a partner token request.

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401), as its
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
        Response[Error | PartnerToken]
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerToken:
    _answers.raise_for_error(response)
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, PartnerToken):
        return parsed
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient,
    body: PartnerTokenRequest,
) -> PartnerToken:
    """Create a partner token

     Exchange the partner's credentials for a partner token (also called unscoped), which reaches every
    business of the partner and must stay on servers. Authenticate with HTTP Basic: the partner UUID as
    user name, the API key as password.

    Args:
        body (PartnerTokenRequest): The body of a partner token request.

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401), as its
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
        PartnerToken
    """

    _validate.client(client)
    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PartnerTokenRequest,
) -> Response[Error | PartnerToken]:
    """Create a partner token

     Exchange the partner's credentials for a partner token (also called unscoped), which reaches every
    business of the partner and must stay on servers. Authenticate with HTTP Basic: the partner UUID as
    user name, the API key as password.

    Args:
        body (PartnerTokenRequest): The body of a partner token request.

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401), as its
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
        Response[Error | PartnerToken]
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PartnerTokenRequest,
) -> PartnerToken:
    """Create a partner token

     Exchange the partner's credentials for a partner token (also called unscoped), which reaches every
    business of the partner and must stay on servers. Authenticate with HTTP Basic: the partner UUID as
    user name, the API key as password.

    Args:
        body (PartnerTokenRequest): The body of a partner token request.

    Raises:
        ValueError: An argument the spec does not allow (a UUID, a page_size, an enum
            value), before any request.
        thred_client.exceptions.APIStatusError: An error status (documented: 400, 401), as its
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
        PartnerToken
    """

    _validate.client(client, "get_async_httpx_client")
    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
