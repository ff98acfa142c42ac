"""What this package was generated from; written by tools/codegen.py, never edited by hand."""

SPEC_VERSION = "2026.12.0"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
