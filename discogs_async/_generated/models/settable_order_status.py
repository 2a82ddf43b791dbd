from enum import StrEnum


class SettableOrderStatus(StrEnum):
    BUYER_CONTACTED = "Buyer Contacted"
    CANCELLED_ITEM_UNAVAILABLE = "Cancelled (Item Unavailable)"
    CANCELLED_NON_PAYING_BUYER = "Cancelled (Non-Paying Buyer)"
    CANCELLED_PER_BUYERS_REQUEST = "Cancelled (Per Buyer's Request)"
    INVOICE_SENT = "Invoice Sent"
    IN_PROGRESS = "In Progress"
    NEW_ORDER = "New Order"
    PAYMENT_PENDING = "Payment Pending"
    PAYMENT_RECEIVED = "Payment Received"
    REFUND_SENT = "Refund Sent"
    SHIPPED = "Shipped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SettableOrderStatus":
        """A value the spec does not list yet: keep it as a pseudo-member instead of failing to parse."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
