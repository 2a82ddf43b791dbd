from enum import StrEnum


class ListingCondition(StrEnum):
    FAIR_F = "Fair (F)"
    GOOD_G = "Good (G)"
    GOOD_PLUS_G = "Good Plus (G+)"
    MINT_M = "Mint (M)"
    NEAR_MINT_NM_OR_M = "Near Mint (NM or M-)"
    POOR_P = "Poor (P)"
    VERY_GOOD_PLUS_VG = "Very Good Plus (VG+)"
    VERY_GOOD_VG = "Very Good (VG)"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListingCondition":
        """A value the spec does not list yet: keep it as a pseudo-member instead of failing to parse."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
