"""Errors raised by the generated code. The response errors keep the whole httpx.Response."""

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


__all__ = ["UnexpectedStatus", "UnparseableResponse"]
