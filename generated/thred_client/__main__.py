# Copied from overlays/thred_client/__main__.py by tools/codegen.py: edit that file, never this copy.
"""`python -m thred_client`: the `thred-client` command."""

from .cli import run

if __name__ == "__main__":
    run()
