# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_token import BusinessToken
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    business_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/platform/{business_id}/oauth2/token/".format(
            business_id=quote(str(business_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessToken | Error | None:
    if response.status_code == 200:
        response_200 = BusinessToken.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessToken | Error]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessToken | Error | None:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessToken | Error
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
    ).parsed


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessToken | Error]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessToken | Error | None:
    """Create a business token

     Exchange a partner token for a business token (also called business-scoped), confined to one
    business. Note the path: not under `/businesses/`. No request body.

    Args:
        business_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessToken | Error
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
        )
    ).parsed
