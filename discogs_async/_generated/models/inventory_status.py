from enum import StrEnum


class InventoryStatus(StrEnum):
    ALL = "All"
    DELETED = "Deleted"
    DRAFT = "Draft"
    EXPIRED = "Expired"
    FOR_SALE = "For Sale"
    SOLD = "Sold"
    SUSPENDED = "Suspended"
    VIOLATION = "Violation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InventoryStatus":
        """A value the spec does not list yet: keep it as a pseudo-member instead of failing to parse."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
