"""Benchmarks of discogs_async; each measures against a baseline in the same run. `python -m bench.run` runs them."""
