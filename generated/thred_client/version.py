# Copied from overlays/thred_client/version.py by tools/codegen.py: edit that file, never this copy.
"""Which release this is, and what it was built from.

    __version__          this package's version, such as "0.1.0" (semantic versioning)
    SPEC_VERSION         info.version of the OpenAPI spec (openapi/thred.yaml) it was generated from
    GENERATOR            the generator that turned the spec into code
    GENERATOR_VERSION    that generator's version

SPEC_VERSION and GENERATOR_VERSION are written at generation time by tools/codegen.py.
"""

from ._build_info import GENERATOR, GENERATOR_VERSION, SPEC_VERSION
from ._version import __version__

__all__ = ["GENERATOR", "GENERATOR_VERSION", "SPEC_VERSION", "__version__"]
