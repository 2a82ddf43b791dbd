"""Code generated from openapi/discogs.yaml by openapi-python-client. Never edit by hand: run `make generate`."""
