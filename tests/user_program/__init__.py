"""User-style programs that `tests/test_typed_install.py` type-checks against the installed wheel."""
