"""A faithful fake of the Discogs API v2 for tests (optional extra ``discogs-async[testing]``).

- :func:`create_app` builds the Starlette app (use it in-process with ``httpx.ASGITransport``);
- :func:`serve` runs it on loopback, as an async or a sync context manager yielding the base URL;
- ``python -m discogs_async.testing`` runs it in the foreground.
"""

from .._extras import require

require("testing", "starlette")
require("testing", "uvicorn")

try:
    from .app import create_app
    from .config import FakeConfig, Faults, RateLimit
    from .server import serve
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installed extras
    if exc.name in ("starlette", "uvicorn", "anyio"):
        raise ModuleNotFoundError(
            f"discogs_async.testing needs {exc.name}: install the extra with `pip install discogs-async[testing]`",
            name=exc.name,
        ) from exc
    raise

__all__ = ["FakeConfig", "Faults", "RateLimit", "create_app", "serve"]
