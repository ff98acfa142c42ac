"""Record a release's public surface in the repository, for `nox -s api-diff` to compare with later.

    python tools/release_record.py               # the working tree's generated/ package, at its version
    python tools/release_record.py --ref 3fa11b0 # the package as committed at a ref, at that ref's version

Writes openapi/releases/<version>.json (the version is the package's own `__version__`), which is what
tools/api_diff.py reads for a recorded release. An existing record is left alone unless --force.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import api_surface
from api_surface import SurfaceError

ROOT = Path(__file__).resolve().parent.parent


def record(repo: Path, ref: str | None, *, force: bool = False) -> Path:
    """Write the record of the working tree (or of `ref`) and return its path."""
    if ref is None:
        surface, about = api_surface.surface_of_tree(repo), {}
    else:
        commit = api_surface.commit_of(repo, ref)
        if commit is None:
            raise SurfaceError(f"{ref!r} is not a git ref of {repo}")
        surface, about = api_surface.surface_at_commit(repo, commit, ref), {"commit": commit}
    if surface.version is None:
        raise SurfaceError(f"{ref or 'the working tree'}: the package's _version.py gives no __version__")
    path = api_surface.record_path(repo, surface.version)
    if path.exists() and not force:
        raise SurfaceError(f"{path.relative_to(repo)} exists already (--force replaces it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(api_surface.to_json(surface, **about), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ref", help="record the package as committed at this git ref")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--force", action="store_true", help="replace an existing record")
    args = parser.parse_args(argv)
    repo: Path = args.repo.resolve()
    try:
        path = record(repo, args.ref, force=args.force)
    except SurfaceError as error:
        print(f"release-record: {error}", file=sys.stderr)
        return 2
    print(f"release-record: wrote {path.relative_to(repo)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
