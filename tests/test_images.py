"""Image downloads (discogs_async.images, Discogs.download_image): bytes or a file, size-bounded, retried like API
calls, paced by a governor of their own, and never sent with the API's credentials."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from discogs_async import Discogs, NotFoundError, RetryPolicy, UnexpectedResponse, UserToken
from discogs_async.errors import ClientClosedError
from discogs_async.images import ImageDownloader, image_governor
from discogs_async.testing import FakeConfig, RateLimit, serve

UA = "DiscogsAsyncTests/1.0 +https://example.invalid"
TOKEN = "tok-SECRET-image-test-91f3"
URL = "https://i.discogs.com/sig/rs:fit/g:sm/q:90/h:600/w:600/blob.jpeg"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
FAST = RetryPolicy(base_delay=0.0, max_delay=0.0)


def downloader(handler: Callable[[httpx.Request], httpx.Response], max_size: int = 1 << 20) -> ImageDownloader:
    transport = httpx.MockTransport(handler)
    return ImageDownloader(
        UA, governor=image_governor(100_000, 1.0), retry=FAST, transport=transport, max_size=max_size
    )


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def starts_as_jpeg(path: Path) -> bool:
    return path.read_bytes()[:2] == b"\xff\xd8"


async def test_bytes_and_a_file_written_whole_under_its_name(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=JPEG, headers={"content-type": "image/jpeg"})

    async with downloader(handler) as images:
        assert await images.download(URL) == JPEG
        path = await images.download(URL, tmp_path / "a" / "cover.jpeg")
    assert path == tmp_path / "a" / "cover.jpeg" and starts_as_jpeg(path)
    assert names(path.parent) == ["cover.jpeg"]  # no temporary file left
    assert all(r.headers["user-agent"] == UA and "authorization" not in r.headers for r in seen)


async def test_a_body_past_max_size_is_refused_and_no_file_is_left(tmp_path: Path) -> None:
    def declared(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=JPEG)

    async def undeclared_body() -> object:
        for _ in range(100):
            yield JPEG

    def streamed(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=undeclared_body())  # type: ignore[arg-type]

    for handler in (declared, streamed):
        async with downloader(handler, max_size=1000) as images:
            with pytest.raises(UnexpectedResponse, match="larger than max_size"):
                await images.download(URL, tmp_path / "big.jpeg")
            with pytest.raises(UnexpectedResponse, match=r"max_size \(10 bytes\)"):
                await images.download(URL, max_size=10)
    assert names(tmp_path) == []


async def test_retried_like_api_calls_and_a_404_is_not_retried() -> None:
    answers = [httpx.Response(503), httpx.Response(502), httpx.Response(200, content=JPEG)]
    count = 0

    def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        if count == 1:
            raise httpx.ConnectError("refused", request=request)
        return answers.pop(0)

    async with downloader(flaky) as images:
        assert await images.download(URL) == JPEG
    assert count == 4  # a connection error, 503, 502, then the image: within RetryPolicy's 4 attempts

    def missing(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        return httpx.Response(404, json={"message": "The requested resource was not found."})

    count = 0
    async with downloader(missing) as images:
        with pytest.raises(NotFoundError, match="404"):
            await images.download(URL)
    assert count == 1


async def test_refuses_a_url_that_is_not_http() -> None:
    async with downloader(lambda request: httpx.Response(200)) as images:
        with pytest.raises(ValueError, match="absolute http"):
            await images.download("file:///etc/passwd")


async def test_download_image_never_sends_the_api_credentials_and_spends_no_api_budget(tmp_path: Path) -> None:
    config = FakeConfig(rate_limit=RateLimit(1000, 1000, 60.0), user_tokens={TOKEN: "example"})
    server = serve(config)
    async with server as base_url:
        async with Discogs(UA, auth=UserToken(TOKEN), base_url=base_url) as discogs:
            release = await discogs.get_release(1)
            assert not isinstance(release.images, type(None))
            urls = [image.uri for image in release.images]  # type: ignore[union-attr]
            assert urls and all(str(url).startswith(server.image_url) for url in urls)
            api_requests = discogs.governor.stats().requests
            data = await discogs.download_image(str(urls[0]))
            path = await discogs.download_image(str(urls[-1]), tmp_path / "last.jpeg")
            assert discogs.governor.stats().requests == api_requests  # the image host has its own governor
        assert data[:2] == b"\xff\xd8" and starts_as_jpeg(path)
        assert server.images.counters["served"] == 2
        assert server.images.leaks == []  # the fake records any request that carries credentials


async def test_a_closed_client_refuses_to_download() -> None:
    discogs = Discogs(UA, auth=UserToken(TOKEN), base_url="http://127.0.0.1:9")
    await discogs.aclose()
    with pytest.raises(ClientClosedError):
        await discogs.download_image(URL)
