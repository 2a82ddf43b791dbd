"""Secrets never leak: tokens, consumer secrets, token secrets, verifiers and OAuth signatures stay out of every log
record (every logger, at DEBUG), every exception message, the repr of every object a user can hold, and the
harvester's files and output. Each auth mode runs a full session against the fake Discogs over real TCP with faults
on, so the failure and retry paths log and raise too.

Also here: credentials go to the API host only (a pagination link elsewhere is refused), and a refused OAuth
timestamp says how far the local clock is from the server's.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import logging
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from discogs_async import (
    AuthenticationError,
    ConsumerKey,
    Discogs,
    DiscogsError,
    Governor,
    InvalidArgument,
    OAuth1,
    RetryPolicy,
    UnsafeLinkError,
    UserToken,
)
from discogs_async.cli import main as cli_main
from discogs_async.testing import FakeConfig, Faults, RateLimit, serve

UA = "SecretTests/1.0 +https://example.org"
# Unreserved characters only, so a PLAINTEXT signature (`secret&token_secret`, percent-encoded) holds them verbatim.
USER_TOKEN = "utok-SECRET-4b1d9e"
CONSUMER_KEY = "ckey-public-77"
CONSUMER_SECRET = "csec-SECRET-5a2f0c"
OAUTH_TOKEN = "otok-SECRET-9c3e11"
OAUTH_SECRET = "osec-SECRET-0d6b42"
WRONG_TOKEN = "wrong-SECRET-token-8e"
SECRETS = (USER_TOKEN, CONSUMER_SECRET, OAUTH_TOKEN, OAUTH_SECRET, WRONG_TOKEN, "SECRET")
FAST = RetryPolicy(attempts=3, rate_limit_attempts=3, base_delay=0.001, max_delay=0.01)


def config(**faults: Any) -> FakeConfig:
    return FakeConfig(
        rate_limit=RateLimit(6000, 6000, 60.0),
        consumers={CONSUMER_KEY: CONSUMER_SECRET},
        user_tokens={USER_TOKEN: "example"},
        oauth_tokens={OAUTH_TOKEN: (OAUTH_SECRET, "example")},
        faults=Faults(**faults, seed=3) if faults else Faults(),
    )


def assert_clean(text: str, where: str, extra: tuple[str, ...] = ()) -> None:
    for secret in (*SECRETS, *extra):
        assert secret not in text, f"{secret!r} leaked in {where}: ...{text[max(0, text.find(secret) - 80) :][:200]}"


def error_text(error: BaseException) -> str:
    """Everything an exception shows: str, repr, args and the attributes a DiscogsError carries."""
    parts = [str(error), repr(error), *map(str, error.args)]
    if isinstance(error, DiscogsError):
        parts += [error.url, error.method, error.body, str(error.message)]
    if error.__cause__ is not None:
        parts.append(error_text(error.__cause__))
    return "\n".join(parts)


@pytest.fixture
async def fake() -> AsyncIterator[tuple[str, Any]]:
    server = serve(config(error_rate=0.25, drop_rate=0.1))
    async with server as base_url:
        yield base_url, server


async def session(discogs: Discogs, errors: list[BaseException]) -> None:
    """A full session: reads, pages, writes, deletes, bad arguments, 404s, a refused credential; errors kept."""

    async def attempt(call: Callable[[], Any]) -> None:
        try:
            await call()
        except (DiscogsError, InvalidArgument) as error:
            errors.append(error)

    await attempt(lambda: discogs.get_identity())
    for release_id in (1, 2, 3, 249504, 999_999_999):
        await attempt(functools.partial(discogs.get_release, release_id))
    await attempt(lambda: discogs.get_release(0))  # InvalidArgument
    await attempt(lambda: discogs.get_profile("example"))

    async def pages() -> None:
        async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1, max_items=150, per_page=50):
            pass

    await attempt(pages)
    await attempt(lambda: discogs.add_to_wantlist("example", 1, notes="a note", rating=4))
    await attempt(lambda: discogs.delete_release_from_wantlist("example", 1))
    await attempt(lambda: discogs.update_release_rating_by_user(1, "example", rating=5))
    await attempt(lambda: discogs.create_listing(release_id=1, condition="Mint (M)", price=10.0, status="Draft"))
    await attempt(lambda: discogs.as_user(UserToken(WRONG_TOKEN)).get_identity())  # 401


AUTHS: dict[str, Callable[[], httpx.Auth]] = {
    "user token": lambda: UserToken(USER_TOKEN),
    "consumer key": lambda: ConsumerKey(CONSUMER_KEY, CONSUMER_SECRET),
    "oauth": lambda: OAuth1(CONSUMER_KEY, CONSUMER_SECRET, OAUTH_TOKEN, OAUTH_SECRET),
}


@pytest.mark.parametrize("mode", sorted(AUTHS))
async def test_no_secret_in_logs_errors_or_reprs(
    mode: str, fake: tuple[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    base_url, server = fake
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "discogs_async", "uvicorn", "uvicorn.error"):
        caplog.set_level(logging.DEBUG, logger=name)
    errors: list[BaseException] = []
    auth = AUTHS[mode]()
    governor = Governor(6000, window=60.0)
    async with Discogs(UA, auth=auth, base_url=base_url, governor=governor, retry=FAST) as discogs:
        await session(discogs, errors)
        views = [discogs, discogs.as_user(auth), discogs.with_timeout(5), discogs.as_user(None)]
        objects: list[object] = [*views, auth, governor, governor.stats(), server.fake.config, discogs._shared]
        objects += [discogs._guard, server.fake]

    assert len(caplog.records) > 20  # the run did log (requests, retries)
    assert any("retrying" in record.getMessage() for record in caplog.records), "no retry happened"
    assert {type(e).__name__ for e in errors} >= {"InvalidArgument", "AuthenticationError", "NotFoundError"}
    for record in caplog.records:
        assert_clean(record.getMessage(), f"log record of {record.name}")
        assert_clean(repr(record.args), f"log record args of {record.name}")
    for error in errors:
        assert_clean(error_text(error), f"{type(error).__name__}")
    for thing in objects:
        assert_clean(repr(thing) + str(thing), f"repr of {type(thing).__name__}")


async def test_oauth_flow_keeps_its_secrets(fake: tuple[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    """The three-legged flow: request token, authorization, access token; nothing of it in logs or reprs."""
    base_url, server = fake
    caplog.set_level(logging.DEBUG)
    async with Discogs(UA, base_url=base_url, governor=Governor(6000, window=60.0), retry=FAST) as discogs:
        request_token = None
        for _ in range(20):  # the fake drops or fails some attempts; POSTs are not retried after a maybe-sent error
            with contextlib.suppress(DiscogsError):
                request_token = await discogs.oauth_request_token(CONSUMER_KEY, CONSUMER_SECRET, "https://app/cb")
                break
        assert request_token is not None
        verifier = server.fake.authorize(request_token.token)
        access: OAuth1 | None = None
        failures: list[BaseException] = []
        try:
            access = await discogs.oauth_access_token(CONSUMER_KEY, CONSUMER_SECRET, request_token, verifier)
        except DiscogsError as error:  # a dropped POST is not retried: reported, and must not leak either
            failures.append(error)
        flow_secrets = (request_token.token, request_token.secret, verifier)
        if access is not None:
            me = await discogs.as_user(access).get_identity()
            assert me.username == "example"
            assert_clean(repr(access), "repr of the access OAuth1", flow_secrets)
        assert_clean(repr(request_token), "repr of the request token", flow_secrets)
        for failure in failures:
            assert_clean(error_text(failure), "an OAuth flow error", flow_secrets)
    for record in caplog.records:
        assert_clean(record.getMessage(), f"log record of {record.name}", flow_secrets)


async def test_harvester_files_and_output_hold_no_secret(tmp_path: Path) -> None:
    """The command with a token, then with a consumer key and secret, under faults: files and output are clean."""
    server = serve(config(error_rate=0.15, drop_rate=0.05, malformed_rate=0.15))
    async with server as base_url:
        runs = {
            "token": ["--token", USER_TOKEN],
            "consumer": ["--consumer-key", CONSUMER_KEY, "--consumer-secret", CONSUMER_SECRET],
        }
        for name, credentials in runs.items():
            output = tmp_path / f"{name}.jsonl"
            argv = ["--base-url", base_url, *credentials, "harvest", "releases", "--ids", "1-30", "-o", str(output)]
            stdout, stderr = io.StringIO(), io.StringIO()

            def run(argv: list[str] = argv, stdout: io.StringIO = stdout, stderr: io.StringIO = stderr) -> int:
                with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                    return cli_main(argv)

            status = await asyncio.to_thread(run)
            assert status in (0, 1), stderr.getvalue()
            failures = output.with_suffix(".failures.jsonl")
            assert output.read_text().count("\n") + failures.read_text().count("\n") == 30
            assert failures.read_text(), "no failure was recorded: the faults did not bite"
            for path in (output, failures):
                assert_clean(path.read_text(), str(path.name))
            assert_clean(stdout.getvalue() + stderr.getvalue(), f"the {name} run's output")


async def test_a_pagination_link_to_another_host_is_refused() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"pagination": {"page": 1, "pages": 2, "per_page": 1, "items": 2}, "releases": [{"id": 1}]}
        return httpx.Response(
            200, json=body, headers={"link": '<https://evil.example/artists/1/releases?page=2>; rel="next"'}
        )

    transport = httpx.MockTransport(handler)
    async with Discogs(UA, auth=UserToken(USER_TOKEN), transport=transport) as discogs:
        with pytest.raises(UnsafeLinkError) as caught:
            async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1):
                pass
    assert [request.url.host for request in seen] == ["api.discogs.com"]
    assert "evil.example" in str(caught.value)
    assert_clean(error_text(caught.value), "UnsafeLinkError")


async def test_a_refused_oauth_timestamp_says_how_far_the_clock_is() -> None:
    """The fake refuses timestamps more than 300 s from its clock, like the real API; its Date header is real time."""
    async with (
        serve(config()) as base_url,
        Discogs(
            UA,
            auth=OAuth1(CONSUMER_KEY, CONSUMER_SECRET, OAUTH_TOKEN, OAUTH_SECRET, clock=lambda: time.time() - 3600),
            base_url=base_url,
            retry=FAST,
        ) as discogs,
    ):
        with pytest.raises(AuthenticationError) as caught:
            await discogs.get_identity()
    error = caught.value
    assert error.status == 401
    assert error.clock_skew is not None and -3605 < error.clock_skew < -3595
    assert "the local clock is 3600 s behind the server's" in str(error) or "3599 s behind" in str(error)
    assert "OAuth timestamp refused" in str(error)
    assert_clean(error_text(error), "the clock-skew error")


async def test_a_refused_timestamp_without_a_date_header_still_points_at_the_clock() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "OAuth timestamp refused: too far from the server's clock."})

    auth = OAuth1(CONSUMER_KEY, CONSUMER_SECRET, OAUTH_TOKEN, OAUTH_SECRET)
    async with Discogs(UA, auth=auth, transport=httpx.MockTransport(handler)) as discogs:
        with pytest.raises(AuthenticationError, match="no Date header") as caught:
            await discogs.get_identity()
    assert caught.value.clock_skew is None
    assert_clean(error_text(caught.value), "the clock error")
