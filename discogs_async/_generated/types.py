"""Shared types of the generated code: UNSET, File, Response, and what the facade is made of.

`Endpoint` is one operation as data (how to build its request, how to parse its answer, the spec's constraints on
its arguments); `Items` says where a paginated operation's page keeps its items (the spec's `x-paginated-items`);
`operation` turns a facade method into an `Operation`, whose bound form is called for the parsed body and has
`with_raw_response(...)` for the whole `Response`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Concatenate, Generic, Literal, ParamSpec, Self, TypeVar, overload

from attrs import define, frozen

if TYPE_CHECKING:
    import httpx

    from .constraints import Constraints


def _fast_decoder() -> tuple[Callable[[bytes], Any], type[Exception]] | None:
    """orjson's `loads` and its error, when the `fast` extra is installed."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - exercised where orjson is not installed
        return None
    return orjson.loads, orjson.JSONDecodeError


FAST_DECODER = _fast_decoder()
"""orjson's `loads` and its error when installed (the `fast` extra), else None: then json decodes every body."""

_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19
"""19 digits in a row: maybe an integer past 64 bits, which orjson reads as a float (so json reads the body)."""


def loads(body: bytes) -> Any:
    """A JSON body as Python values, the same as `json.loads(body)` gives, faster when orjson is installed.

    What orjson refuses is left to json, which accepts some of it (NaN, a byte order mark, UTF-16) and raises its
    own error for the rest, and so is a body with an integer orjson could not keep exact: the result never depends
    on the extra.
    """
    fast = FAST_DECODER
    if fast is not None and _LONG_NUMBER not in body.translate(_DIGITS_AS_ZERO):
        decode, refused = fast
        try:
            return decode(body)
        except refused:
            return json.loads(body)
    return json.loads(body)


class Unset:
    """The type of UNSET: an argument or field that was not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload as multipart/form-data."""

    payload: BinaryIO | bytes
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx takes for a multipart file."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M")
I = TypeVar("I")  # noqa: E741 - the item type
S = TypeVar("S")
P = ParamSpec("P")


@define
class Response(Generic[T]):
    """A parsed response with its status and headers."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


@frozen
class Endpoint(Generic[T]):
    """One operation of the API as data: what a client needs to send it and read its answer.

    `request(**arguments)` gives the keyword arguments of `httpx.AsyncClient.build_request`; `parse(response)`
    gives the success body as its model (errors.UnexpectedStatus, errors.UnparseableResponse otherwise).
    `parameters` and `body` are the spec's constraints on the arguments (see `constraints.py`), by argument name.
    """

    method: str
    path: str
    request: Callable[..., dict[str, Any]]
    parse: Callable[[httpx.Response], T]
    parameters: Mapping[str, Constraints]
    body: Mapping[str, Constraints]


@frozen
class Items(Generic[M, I]):
    """Where the pages of a paginated operation keep their items: the spec's `x-paginated-items`.

    `field` is the page model's attribute; when it holds an object of lists (a user's submissions), `parts` names
    those lists, whose items are joined in that order. `limit` is how many items the API serves at most, however
    many there are (the spec's `x-max-results`: 10,000 for a search), or None.
    """

    field: str
    parts: tuple[str, ...] = ()
    limit: int | None = None

    def of(self, page: M) -> list[I]:
        """The items of one page (an absent list counts as empty)."""
        value = getattr(page, self.field)
        lists = [getattr(value, part) for part in self.parts] if self.parts else [value]
        return [item for found in lists if isinstance(found, list) for item in found]


class Operation(Generic[S, P, R]):
    """A facade method. Bound to a client, it is called for the parsed body, or through `with_raw_response`."""

    def __init__(self, function: Callable[Concatenate[S, P], Awaitable[Response[R]]]) -> None:
        self.function = function
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        self.__doc__ = function.__doc__
        self.__wrapped__ = function

    async def __call__(self, instance: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Call the operation of `instance` (as `Operations.name(client, ...)`), for the parsed body."""
        return (await self.function(instance, *args, **kwargs)).parsed

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: S, owner: type[Any]) -> BoundOperation[P, R]: ...

    def __get__(self, instance: S | None, owner: type[Any]) -> Self | BoundOperation[P, R]:
        if instance is None:
            return self
        return BoundOperation(functools.partial(self.function, instance))


class BoundOperation(Generic[P, R]):
    """An operation of one client: `await op(...)` gives the parsed body, `op.with_raw_response(...)` the Response."""

    def __init__(self, send: Callable[P, Awaitable[Response[R]]]) -> None:
        self.with_raw_response = send
        self.__wrapped__ = send
        self.__name__: str = send.func.__name__ if isinstance(send, functools.partial) else repr(send)
        self.__doc__ = getattr(send, "__doc__", None)

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return (await self.with_raw_response(*args, **kwargs)).parsed

    def __repr__(self) -> str:
        return f"<operation {self.__name__}>"


class PaginatedOperation(Operation[S, P, M], Generic[S, P, M, I]):
    """A facade method of a paginated operation: also knows where its pages keep their items."""

    def __init__(self, function: Callable[Concatenate[S, P], Awaitable[Response[M]]], items: Items[M, I]) -> None:
        super().__init__(function)
        self.items = items

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: S, owner: type[Any]) -> BoundPaginatedOperation[P, M, I]: ...

    def __get__(self, instance: S | None, owner: type[Any]) -> Self | BoundPaginatedOperation[P, M, I]:
        if instance is None:
            return self
        return BoundPaginatedOperation(functools.partial(self.function, instance), self.items)


class BoundPaginatedOperation(BoundOperation[P, M], Generic[P, M, I]):
    """A paginated operation of one client; `discogs.pages(op, ...)` and `discogs.paginate(op, ...)` take it."""

    def __init__(self, send: Callable[P, Awaitable[Response[M]]], items: Items[M, I]) -> None:
        super().__init__(send)
        self.items = items


@overload
def operation(
    items: None,
) -> Callable[[Callable[Concatenate[S, P], Awaitable[Response[R]]]], Operation[S, P, R]]: ...


@overload
def operation(
    items: Items[M, I],
) -> Callable[[Callable[Concatenate[S, P], Awaitable[Response[M]]]], PaginatedOperation[S, P, M, I]]: ...


def operation(items: Items[Any, Any] | None) -> Callable[[Callable[..., Any]], Operation[Any, Any, Any]]:
    """Decorate a facade method; `items` (from `paginated.py`) makes it a paginated one."""

    def decorate(function: Callable[..., Any]) -> Operation[Any, Any, Any]:
        return Operation(function) if items is None else PaginatedOperation(function, items)

    return decorate


__all__ = [
    "UNSET",
    "BoundOperation",
    "BoundPaginatedOperation",
    "Endpoint",
    "File",
    "FileTypes",
    "Items",
    "Operation",
    "PaginatedOperation",
    "RequestFiles",
    "Response",
    "Unset",
    "operation",
]
