# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from enum import StrEnum


class InvoiceStatus(StrEnum):
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    REFUNDED = "refunded"
    SENT = "sent"
    VOIDED = "voided"

    def __str__(self) -> str:
        return str(self.value)
