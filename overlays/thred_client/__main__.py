"""`python -m thred_client`: the `thred-client` command."""

from .cli import run

if __name__ == "__main__":
    run()
