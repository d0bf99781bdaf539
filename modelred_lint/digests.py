"""SHA-256 without starting OpenSSL.

`hashlib` loads OpenSSL on import (2-3 ms), which the editor's on-save run feels and
needs for nothing else: it hashes only small texts (the catalogue's listing, a
neighbour module read for one lookup). The interpreter's own implementation gives the
same digest. Modules that hash many large files (the result cache, baselines) keep
hashlib, whose OpenSSL code is faster per byte."""

from __future__ import annotations


def sha256(data: bytes = b""):
    """A SHA-256 hash object, as `hashlib.sha256(data)` gives."""
    try:
        from _sha2 import sha256 as implementation  # CPython 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256 as implementation  # CPython 3.10, 3.11
        except ImportError:  # pragma: no cover - another interpreter
            from hashlib import sha256 as implementation
    return implementation(data)
