from enum import StrEnum


class OrderStatus(StrEnum):
    BUYER_CONTACTED = "Buyer Contacted"
    CANCELLED = "Cancelled"
    CANCELLED_ITEM_UNAVAILABLE = "Cancelled (Item Unavailable)"
    CANCELLED_NON_PAYING_BUYER = "Cancelled (Non-Paying Buyer)"
    CANCELLED_PER_BUYERS_REQUEST = "Cancelled (Per Buyer's Request)"
    CANCELLED_REFUND_RECEIVED = "Cancelled (Refund Received)"
    INVOICE_SENT = "Invoice Sent"
    IN_PROGRESS = "In Progress"
    MERGED = "Merged"
    NEW_ORDER = "New Order"
    ORDER_CHANGED = "Order Changed"
    PAYMENT_PENDING = "Payment Pending"
    PAYMENT_RECEIVED = "Payment Received"
    REFUND_SENT = "Refund Sent"
    SHIPPED = "Shipped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus":
        """A value the spec does not list yet: keep it as a pseudo-member instead of failing to parse."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
