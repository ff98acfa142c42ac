# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from enum import StrEnum


class InvoiceSort(StrEnum):
    IMPORTED_AT = "imported_at"
    IMPORTED_AT_DESC = "-imported_at"
    UPDATED_AT = "updated_at"
    UPDATED_AT_DESC = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
