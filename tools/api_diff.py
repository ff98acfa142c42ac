"""Compare thred-client's public surface with a release or a git ref, and say what bump it calls for.

    python tools/api_diff.py                        # the last recorded release against the working tree
    python tools/api_diff.py 0.1.0                  # a recorded release (`v0.1.0` too), or any git ref
    python tools/api_diff.py HEAD~3 --check-version # also fail unless _version.py is bumped far enough
    python tools/api_diff.py --old-package DIR --new-package DIR   # two package folders

The surface is read from what the generator produced: the committed generated/thred_client at a ref, the
one on disk for the working tree (run `nox -s generate` first), or the JSON that `nox -s release-record`
wrote for a release under openapi/releases/. tools/api_surface.py reads it, tools/api_compare.py
classifies the differences (its docstring says how); this module picks the two sides and renders.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import api_surface
from api_compare import Change, Level, bump_for, compare, next_version, parse_version, version_problem
from api_surface import Surface, SurfaceError

ROOT = Path(__file__).resolve().parent.parent

HEADINGS = {
    Level.MAJOR: "Breaking",
    Level.MINOR: "Additive or compatible",
    Level.PATCH: "No change to the Python surface",
}
MARKS = {Level.MAJOR: "!", Level.MINOR: "+", Level.PATCH: "~"}


@dataclass
class Side:
    """One side of the comparison: what it is called, and its surface."""

    label: str
    surface: Surface


# ---------------------------------------------------------------------------------------------------
# Picking the sides


def baseline(repo: Path, name: str | None) -> Side:
    """The old side: the last recorded release (no name), a recorded release, else a git ref."""
    recorded = api_surface.recorded_releases(repo)
    if name is None:
        if not recorded:
            raise SurfaceError(
                f"no release is recorded under {api_surface.RELEASES}/ (`nox -s release-record` writes one);"
                " give a git ref to compare with"
            )
        name = recorded[-1]
    version = name[1:] if name.startswith("v") and name[1:] in recorded else name
    if version in recorded:
        return Side(f"release {version}", api_surface.read_record(repo, version))
    commit = api_surface.commit_of(repo, name)
    if commit is None:
        raise SurfaceError(unknown_baseline(repo, name, recorded))
    return Side(name, api_surface.surface_at_commit(repo, commit, name))


def unknown_baseline(repo: Path, name: str, recorded: Sequence[str]) -> str:
    """What was tried for `name`, and what there is to choose from."""
    tags = api_surface.git(repo, "tag", "--list").split()
    tried = [f"{api_surface.RELEASES}/{name.removeprefix('v')}.json", f"git ref {name!r}"]
    return (
        f"{name!r} is neither a recorded release nor a git ref (tried {' and '.join(tried)}). "
        f"Recorded releases: {', '.join(recorded) or 'none'}. Git tags: {', '.join(tags) or 'none'}. "
        "Any commit, branch or tag works, such as HEAD~1."
    )


def package_side(package: Path, spec: Path | None) -> Side:
    spec_text = spec.read_text(encoding="utf-8") if spec is not None else None
    return Side(str(package), api_surface.surface_of(api_surface.files_in(package), spec_text, str(package)))


# ---------------------------------------------------------------------------------------------------
# Rendering


def report(old: Side, new: Side, changes: list[Change]) -> tuple[str, Level]:
    """The report as text, and the bump it ends with."""
    level = bump_for(changes)
    lines = [f"api-diff: {old.label} → {new.label}"]
    for heading_level in (Level.MAJOR, Level.MINOR, Level.PATCH):
        group = [change for change in changes if change.level == heading_level]
        if group:
            lines.append(f"{HEADINGS[heading_level]} ({len(group)}):")
            lines += [f"  {MARKS[heading_level]} {change}" for change in group]
    if not changes:
        lines.append("No differences.")
    line = f"Version bump: {level.name.lower() if level else 'none'}"
    version = old.surface.version
    if version is not None and (target := next_version(version, level)) is not None:
        line += f" ({version} → {target})" if level else f" (stay at {version})"
    lines.append(line)
    parts = parse_version(version or "")
    if level is Level.MAJOR and parts is not None and parts[0] == 0:
        lines.append(
            "Note: semver allows a 0.x release to break in a minor bump; this project bumps major anyway,"
            " so that `thred-client~=X.Y` pins stay safe."
        )
    return "\n".join(lines), level


# ---------------------------------------------------------------------------------------------------
# Command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "baseline",
        nargs="?",
        help="a recorded release (0.1.0 or v0.1.0) or a git ref; default: the last recorded release",
    )
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--old-package", type=Path, help="compare this package folder instead")
    parser.add_argument("--new-package", type=Path, help="…with this one (default: the working tree)")
    parser.add_argument("--old-spec", type=Path, help="the spec beside --old-package (method and path)")
    parser.add_argument("--new-spec", type=Path, help="the spec beside --new-package")
    parser.add_argument(
        "--check-version",
        action="store_true",
        help="fail unless _version.py carries the bump the changes call for",
    )
    args = parser.parse_args(argv)
    if args.baseline is not None and args.old_package is not None:
        parser.error("give a baseline or --old-package, not both")
    repo: Path = args.repo.resolve()
    try:
        if args.old_package is not None:
            old = package_side(args.old_package, args.old_spec)
        else:
            old = baseline(repo, args.baseline)
        if args.new_package is not None:
            new = package_side(args.new_package, args.new_spec)
        else:
            new = Side("working tree", api_surface.surface_of_tree(repo))
    except SurfaceError as error:
        print(f"api-diff: {error}", file=sys.stderr)
        return 2
    text, level = report(old, new, compare(old.surface, new.surface))
    print(text)
    if args.check_version:
        problem = version_problem(old.surface.version, new.surface.version, level)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        print(f"version {new.surface.version} carries the bump")
    return 0


if __name__ == "__main__":
    sys.exit(main())
