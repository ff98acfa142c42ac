# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
"""Contains all the data models used in inputs/outputs"""

from .account_identifier import AccountIdentifier
from .business_token import BusinessToken
from .customer import Customer
from .customer_credit import CustomerCredit
from .customer_credit_allocation import CustomerCreditAllocation
from .customer_credit_customer import CustomerCreditCustomer
from .customer_credit_line_item import CustomerCreditLineItem
from .customer_credit_page import CustomerCreditPage
from .customer_credit_status import CustomerCreditStatus
from .customer_credit_tag import CustomerCreditTag
from .document import Document
from .error import Error
from .invoice import Invoice
from .invoice_credit_allocation import InvoiceCreditAllocation
from .invoice_line_item import InvoiceLineItem
from .invoice_page import InvoicePage
from .invoice_payment_allocation import InvoicePaymentAllocation
from .invoice_refund_allocation import InvoiceRefundAllocation
from .invoice_sales_tax import InvoiceSalesTax
from .invoice_sort import InvoiceSort
from .invoice_status import InvoiceStatus
from .invoice_write_off import InvoiceWriteOff
from .page_info import PageInfo
from .partner_token import PartnerToken
from .partner_token_request import PartnerTokenRequest

__all__ = (
    "AccountIdentifier",
    "BusinessToken",
    "Customer",
    "CustomerCredit",
    "CustomerCreditAllocation",
    "CustomerCreditCustomer",
    "CustomerCreditLineItem",
    "CustomerCreditPage",
    "CustomerCreditStatus",
    "CustomerCreditTag",
    "Document",
    "Error",
    "Invoice",
    "InvoiceCreditAllocation",
    "InvoiceLineItem",
    "InvoicePage",
    "InvoicePaymentAllocation",
    "InvoiceRefundAllocation",
    "InvoiceSalesTax",
    "InvoiceSort",
    "InvoiceStatus",
    "InvoiceWriteOff",
    "PageInfo",
    "PartnerToken",
    "PartnerTokenRequest",
)
