"""Public helper types of the generated operations.

- `UNSET` (of type `Unset`) is the default of every optional argument and of every model field the server did not
  send: it is falsy, and `isinstance(value, Unset)` tells "not given" apart from `None` or `0`.
- `File` is a file to upload (multipart/form-data), e.g. `File(payload=open("inventory.csv", "rb"),
  file_name="inventory.csv", mime_type="text/csv")`.
"""

from ._generated.types import UNSET, File, Unset

__all__ = ["UNSET", "File", "Unset"]
