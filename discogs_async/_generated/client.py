"""The generated operations take any httpx.AsyncClient whose base_url is the API's; discogs_async.Discogs gives them one."""
