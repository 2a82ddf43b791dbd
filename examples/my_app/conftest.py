"""The one line that enables the fake Discogs fixtures (`fake_discogs`, `fake_discogs_server`, ...)."""

pytest_plugins = ["discogs_async.testing.pytest_plugin"]
