"""The routes of the fake Discogs API, one module per section of the documentation (see ``ROUTES`` in each)."""
