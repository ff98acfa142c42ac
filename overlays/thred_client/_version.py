"""The version of this package: semantic versioning, recorded release by release in CHANGELOG.md.

The build backend reads `__version__` from here (see pyproject.toml), so this line is the one place to
bump. Breaking change → major, addition → minor, anything else → patch: `tools/api_diff.py` says which.
"""

__version__ = "1.0.0"
