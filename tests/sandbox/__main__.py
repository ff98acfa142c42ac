"""``python -m tests.sandbox``: serve the sandbox in the foreground.

Prints ``KEY=value`` lines (base URL, ids, API key) once the socket is
listening, so another process can read them, then serves until interrupted.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

from .config import ERROR_SHAPES, SandboxConfig
from .server import bind, uvicorn_server
from .state import SandboxState


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, print the connection details, serve."""
    parser = argparse.ArgumentParser(prog="python -m tests.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--port", type=int, default=0, help="TCP port; 0 picks a free one")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--invoices", type=int, default=250)
    parser.add_argument("--credits", type=int, default=120)
    parser.add_argument("--token-lifetime", type=int, default=3600, help="seconds")
    parser.add_argument("--error-shape", choices=ERROR_SHAPES, default="guide")
    args = parser.parse_args(argv)

    config = SandboxConfig(
        seed=args.seed,
        invoices=args.invoices,
        credits=args.credits,
        token_lifetime=args.token_lifetime,
        error_shape=args.error_shape,
        host=args.host,
        port=args.port,
    )
    state = SandboxState.create(config)
    sock = bind(config)
    host, port = sock.getsockname()[:2]
    ids = state.dataset.identities
    print(f"THRED_BASE_URL=http://{host}:{port}")
    print(f"THRED_BUSINESS_ID={ids.business_id}")
    print(f"THRED_PARTNER_ID={ids.partner_id}")
    print(f"THRED_API_KEY={ids.api_key}")
    print(f"THRED_SIBLING_BUSINESS_ID={ids.sibling_business_id}")
    print(f"THRED_FOREIGN_BUSINESS_ID={ids.foreign_business_id}")
    sys.stdout.flush()
    # uvicorn handles SIGINT/SIGTERM itself, then re-raises the signal with the
    # previous handlers restored: these make that re-raise a clean exit 0.
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, _exit_cleanly)
    try:
        uvicorn_server(state).run(sockets=[sock])
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


if __name__ == "__main__":
    sys.exit(main())
