"""A faithful fake of the Discogs API v2 for tests (optional extra ``discogs-async[testing]``).

- :func:`create_app` builds the Starlette app (use it in-process with ``httpx.ASGITransport``);
- :func:`create_image_app` builds the image host (``i.discogs.com``) the bodies' image URLs point at;
- :func:`serve` runs both on loopback, as an async or a sync context manager yielding the base URL;
- ``python -m discogs_async.testing`` runs it in the foreground.
"""

from .._extras import require

require("testing", "starlette")
require("testing", "uvicorn")

try:
    from .app import create_app
    from .config import FakeConfig, Faults, RateLimit
    from .images import CredentialLeak, ImageState, create_image_app
    from .server import serve
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installed extras
    if exc.name in ("starlette", "uvicorn", "anyio"):
        raise ModuleNotFoundError(
            f"discogs_async.testing needs {exc.name}: install the extra with `pip install discogs-async[testing]`",
            name=exc.name,
        ) from exc
    raise

__all__ = [
    "CredentialLeak",
    "FakeConfig",
    "Faults",
    "ImageState",
    "RateLimit",
    "create_app",
    "create_image_app",
    "serve",
]
