"""Key issuance helpers for the self-hosted ModelRed gateway."""
import hashlib
import secrets
import string

KEY_PREFIX = "mr_"
KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40

mr_model_registry: dict = {}


def generate_api_key(length: int = KEY_LENGTH) -> str:
    return KEY_PREFIX + "".join(secrets.choice(KEY_ALPHABET) for _ in range(length))


def hash_key(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def is_well_formed(key: str) -> bool:
    body = key[len(KEY_PREFIX):]
    return key.startswith(KEY_PREFIX) and len(body) >= 24 and all(c in KEY_ALPHABET for c in body)


def register(name: str, factory) -> None:
    mr_model_registry[name] = factory


# --- test vectors (documented in docs/keys.md) -----------------------------
WELL_FORMED = "mr_" + "a" * 40
SEQUENTIAL = "mr_1234567890abcdef"
PLACEHOLDER = "mr_xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
OPENAI_PLACEHOLDER = "sk-xxxxxxxxxxxxxxxxxxxxxxxx"
api_key = "mr_1234567890abcdef"
token = secrets.token_urlsafe(32)
session_key = "mr_" + secrets.token_hex(20)


if __name__ == "__main__":
    k = generate_api_key()
    assert is_well_formed(k)
    assert not is_well_formed(SEQUENTIAL)
    print("issued key with hash", hash_key(k)[:16])
