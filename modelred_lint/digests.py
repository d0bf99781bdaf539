"""SHA-256 without starting OpenSSL where that does not pay.

`hashlib` loads OpenSSL on import (2-3 ms and 4 MiB), which the editor's on-save run feels
and needs for nothing else: it hashes only small texts (the catalogue's listing, a few
neighbour modules read for one lookup). The interpreter's own implementation gives the
same digest at a sixth of OpenSSL's speed (188 against 1,147 MB/s here), so once a process
has hashed a megabyte (a batch run reading many neighbour modules) the rest goes to
hashlib. Modules that hash many large files (the result cache, baselines) use hashlib
directly."""

from __future__ import annotations

# Bytes hashed in this process past which hashlib's OpenSSL code is used (its import costs
# about what the interpreter's own code loses on 0.7 MB).
OPENSSL_AFTER = 1 << 20
_hashed = 0


def sha256(data: bytes = b""):
    """A SHA-256 hash object, as `hashlib.sha256(data)` gives."""
    global _hashed
    _hashed += len(data)
    if _hashed < OPENSSL_AFTER:
        try:
            from _sha2 import sha256 as implementation  # CPython 3.12 and later
        except ImportError:
            try:
                from _sha256 import sha256 as implementation  # CPython 3.10, 3.11
            except ImportError:  # pragma: no cover - another interpreter
                from hashlib import sha256 as implementation
    else:
        from hashlib import sha256 as implementation
    return implementation(data)
