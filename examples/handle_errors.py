"""What a service does with each error this package raises, around one call.

    THRED_TOKEN=... THRED_BUSINESS_ID=... python examples/handle_errors.py [BUSINESS_ID]

Lists the first page of invoices of BUSINESS_ID (THRED_BUSINESS_ID by default) and says what went
wrong, if anything. Try a business that does not exist, or a token that is not valid.
"""

from __future__ import annotations

import sys
from uuid import UUID

from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ThredError,
    UnexpectedStatus,
)
from thred_client.models import InvoicePage


def first_page(client: ThredClient, business_id: UUID) -> str:
    """A one-line outcome of listing the first page of `business_id`'s invoices.

    The most specific classes come first: `except` takes the first that matches.
    """
    try:
        page = list_invoices.sync(business_id, client=client, page_size=10)
    except BadRequestError as error:
        # 400: `details` maps each refused parameter to its messages.
        return f"refused parameters {error.details!r}: {error}"
    except AuthenticationError as error:
        # 401 even after the client renewed its token once: the credentials themselves are wrong.
        return f"check THRED_TOKEN or THRED_PARTNER_ID/THRED_API_KEY: {error}"
    except PermissionDeniedError as error:
        return f"this token may not read business {business_id}: {error}"
    except NotFoundError as error:
        return f"no business {business_id} (error code {error.error_code}): {error}"
    except ConflictError as error:
        return f"conflict: {error}"
    except RateLimitError as error:
        # Already retried, honouring Retry-After; what is left is for the caller to schedule later.
        return f"rate limited after the retries, try later: {error}"
    except InternalServerError as error:
        return f"Thred failed ({error.status_code}), request id {error.request_id}: {error}"
    except APIStatusError as error:
        # Any other error status.
        return f"unexpected status {error.status_code}: {error}"
    except APITimeoutError as error:
        # Before APIConnectionError, of which it is a subclass.
        return f"no answer in time from {error.url}: {error}"
    except APIConnectionError as error:
        return f"could not reach {error.url}: {error}"
    except ResponseValidationError as error:
        # The answer came but does not fit the models: `location` names the field.
        return f"unreadable answer at {error.location or 'the top level'}: {error.reason}"
    except (PaginationError, UnexpectedStatus) as error:
        # Not raised by a single page read through ThredClient; shown for completeness.
        return f"{type(error).__name__}: {error}"
    except ThredError as error:
        # The root of every error of this package.
        return f"other error: {error}"
    if not isinstance(page, InvoicePage):
        return f"unexpected result {page!r}"
    return f"{page.count} invoice(s), {len(page.results or [])} on the first page"


def main(argv: list[str]) -> int:
    with ThredClient.from_env() as client:
        business_id = UUID(argv[0]) if argv else client.business_id
        if business_id is None:
            print("give a business id, or set THRED_BUSINESS_ID", file=sys.stderr)
            return 2
        print(first_page(client, business_id))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
