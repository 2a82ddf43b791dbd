from enum import StrEnum


class ArtistReleaseType(StrEnum):
    MASTER = "master"
    RELEASE = "release"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ArtistReleaseType":
        """A value the spec does not list yet: keep it as a pseudo-member instead of failing to parse."""
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
