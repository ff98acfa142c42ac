# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from enum import StrEnum


class CustomerCreditStatus(StrEnum):
    APPLIED = "applied"
    DRAFT = "draft"
    PARTIALLY_APPLIED = "partially_applied"
    SENT = "sent"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)
