"""Errors raised by the generated code. The response errors keep the whole httpx.Response."""

from collections.abc import Sequence

import httpx


class UnexpectedStatus(Exception):
    """The server answered with a status that is not the operation's success."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        super().__init__(f"unexpected status {response.status_code}")


class UnparseableResponse(Exception):
    """A success status whose body does not match the operation's schema."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        self.response = response
        self.cause = cause
        super().__init__(f"the {response.status_code} body does not match the schema: {type(cause).__name__}: {cause}")


class InvalidArgument(ValueError):
    """An argument the spec does not allow, refused before any request is sent.

    `argument` names it; `allowed` lists the accepted values when the argument is an enum (else it is empty).
    """

    def __init__(self, argument: str, problem: str, allowed: Sequence[object] = ()) -> None:
        self.argument = argument
        self.allowed = tuple(allowed)
        super().__init__(f"invalid argument {argument}: {problem}")


__all__ = ["InvalidArgument", "UnexpectedStatus", "UnparseableResponse"]
