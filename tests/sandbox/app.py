"""The Starlette application: routes, authorisation and error rendering."""

from __future__ import annotations

import email.parser
import email.policy
import hmac
import json
import uuid
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from .auth import Claims, TokenError, basic_credentials, bearer_token
from .data import BusinessData
from .errors import ApiError, error_response, json_bytes
from .middleware import SERIAL_KEY, SandboxMiddleware
from .query import MSG_UUID, page_body, parse_credit_query, parse_invoice_query
from .state import SandboxState

_BEARER_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="api"'}
_BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="api"'}
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _normal_uuid(raw: str) -> str | None:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return None


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json_bytes(body), status_code=status, headers=headers, media_type="application/json")


async def _form_fields(request: Request) -> dict[str, object]:
    """The body of a token request: JSON, form-encoded or multipart (as Thred accepts)."""
    raw = await request.body()
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if not raw.strip():
        return {}
    if media_type == "application/json":
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, "parse_error", f"JSON parse error - {exc}") from None
        if not isinstance(value, dict):
            raise ApiError(400, "parse_error", "JSON parse error - expected an object.")
        return value
    if media_type == "application/x-www-form-urlencoded":
        # Starlette's form parser needs python-multipart; the stdlib does this case.
        return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    if media_type == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + raw
        )
        fields: dict[str, object] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = payload.decode("utf-8", "replace")
        return fields
    raise ApiError(415, "unsupported_media_type", f'Unsupported media type "{media_type}" in request.')


class SandboxApi:
    """Request handlers of the documented operations."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    # -- helpers -----------------------------------------------------------

    def _claims(self, request: Request) -> Claims:
        """Authenticate a bearer token, or raise 401."""
        token = bearer_token(request.headers.get("authorization"))
        if token is None:
            raise ApiError(
                401,
                "authentication_required",
                "Authentication credentials were not provided.",
                headers=_BEARER_CHALLENGE,
            )
        try:
            claims = self.state.issuer.verify(token)
        except TokenError as exc:
            message = "Token has expired." if exc.reason == "expired" else "Token is invalid."
            raise ApiError(401, "invalid_token", message, headers=_BEARER_CHALLENGE) from None
        if claims.partner_id not in self.state.dataset.api_keys:
            raise ApiError(401, "invalid_token", "Token is invalid.", headers=_BEARER_CHALLENGE)
        return claims

    def _business(self, raw_id: str) -> BusinessData:
        """The business named in the path, or 404 (also for a non-UUID id)."""
        business_id = _normal_uuid(raw_id)
        business = None if business_id is None else self.state.dataset.businesses.get(business_id)
        if business is None:
            raise ApiError(404, "business_not_found", "Business not found.")
        return business

    def _authorize(self, request: Request) -> BusinessData:
        """401, then 404, then 403, in the order a DRF view checks them."""
        claims = self._claims(request)
        business = self._business(request.path_params["business_id"])
        if claims.partner_id != business.partner_id:
            raise ApiError(403, "permission_denied", "You do not have permission to access this business.")
        if claims.business_id is not None and claims.business_id != business.business_id:
            raise ApiError(403, "permission_denied", "This token is scoped to another business.")
        return business

    # -- operations --------------------------------------------------------

    async def list_invoices(self, request: Request) -> Response:
        """GET /v1/platform/businesses/{business_id}/invoices/"""
        business = self._authorize(request)
        query, page = parse_invoice_query(request.query_params)
        selected = self.state.selections.invoices(business, query)
        body = page_body(selected, page, business.invoice_json, self.state.listing)
        return Response(body, media_type="application/json")

    async def list_customer_credits(self, request: Request) -> Response:
        """GET /v1/platform/businesses/{business_id}/customer-credits/"""
        business = self._authorize(request)
        query, page = parse_credit_query(request.query_params)
        selected = self.state.selections.credits(business, query)
        body = page_body(selected, page, business.credit_json, self.state.listing)
        return Response(body, media_type="application/json")

    async def partner_token(self, request: Request) -> Response:
        """POST /v1/platform/oauth2/token/ (Basic partner UUID : API key)."""
        header = request.headers.get("authorization")
        if not header or not header.strip().lower().startswith("basic"):
            raise ApiError(
                401,
                "authentication_required",
                "Authentication credentials were not provided.",
                headers=_BASIC_CHALLENGE,
            )
        credentials = basic_credentials(header)
        partner_id = None if credentials is None else _normal_uuid(credentials[0])
        expected = None if partner_id is None else self.state.dataset.api_keys.get(partner_id)
        if (
            credentials is None
            or partner_id is None
            or expected is None
            or not hmac.compare_digest(expected.encode(), credentials[1].encode())
        ):
            raise ApiError(
                401, "authentication_failed", "Invalid partner credentials.", headers=_BASIC_CHALLENGE
            )

        fields = await _form_fields(request)
        details: dict[str, list[str]] = {}
        grant_type = fields.get("grant_type")
        if grant_type in (None, ""):
            details["grant_type"] = ["This field is required."]
        elif grant_type != "client_credentials":
            details["grant_type"] = [f'"{grant_type}" is not a valid choice.']
        client_id = fields.get("client_id")
        if client_id in (None, ""):
            details["client_id"] = ["This field is required."]
        elif not isinstance(client_id, str) or _normal_uuid(client_id) is None:
            details["client_id"] = [MSG_UUID]
        elif _normal_uuid(client_id) != partner_id:
            details["client_id"] = ["client_id does not match the authenticated partner."]
        if details:
            raise ApiError(400, "validation_error", "Invalid token request.", details)

        token = self.state.issuer.mint(partner_id)
        return _json(
            {"access_token": token, "expires_in": self.state.issuer.lifetime, "token_type": "Bearer"},
            headers=_NO_STORE,
        )

    async def business_token(self, request: Request) -> Response:
        """POST /v1/platform/{business_id}/oauth2/token/ (Bearer partner token, no body)."""
        claims = self._claims(request)
        if claims.is_business_token:
            raise ApiError(403, "permission_denied", "A partner token is required.")
        business = self._business(request.path_params["business_id"])
        if business.partner_id != claims.partner_id:
            raise ApiError(403, "permission_denied", "You do not have permission to access this business.")
        token = self.state.issuer.mint(claims.partner_id, business.business_id)
        return _json(
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": self.state.issuer.lifetime,
                "scope": "business_access",
                "business_id": business.business_id,
            },
            headers=_NO_STORE,
        )

    # -- errors ------------------------------------------------------------

    async def on_error(self, request: Request, exc: Exception) -> Response:
        """Render ``ApiError`` and Starlette's 404/405 in Thred's envelope."""
        if isinstance(exc, HTTPException):
            if exc.status_code == 405:
                exc = ApiError(
                    405,
                    "method_not_allowed",
                    f'Method "{request.method}" not allowed.',
                    headers=dict(exc.headers or {}),
                )
            elif exc.status_code == 404:
                exc = ApiError(404, "not_found", "Not found.")
            else:
                exc = ApiError(exc.status_code, "error", str(exc.detail))
        if not isinstance(exc, ApiError):
            raise exc
        return error_response(self.state.error_shape, exc, int(request.scope.get(SERIAL_KEY, 0)))


def build_app(state: SandboxState) -> ASGIApp:
    """The sandbox as an ASGI app: Starlette routes inside the logging/fault wrapper.

    A path without its trailing slash is redirected (307) to the slashed path,
    Starlette's behaviour, close to Django's APPEND_SLASH.
    """
    api = SandboxApi(state)
    routes = [
        Route(
            "/v1/platform/businesses/{business_id}/invoices/",
            api.list_invoices,
            methods=["GET"],
            name="list_invoices",
        ),
        Route(
            "/v1/platform/businesses/{business_id}/customer-credits/",
            api.list_customer_credits,
            methods=["GET"],
            name="list_customer_credits",
        ),
        Route("/v1/platform/oauth2/token/", api.partner_token, methods=["POST"], name="partner_token"),
        Route(
            "/v1/platform/{business_id}/oauth2/token/",
            api.business_token,
            methods=["POST"],
            name="business_token",
        ),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: api.on_error, HTTPException: api.on_error},
    )
    return SandboxMiddleware(app, routes, state.faults, state.log, lambda: state.error_shape)
