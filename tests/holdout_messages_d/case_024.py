"""Helpers for showing keys in logs, and the places that use them."""
import hashlib
import logging
import os

log = logging.getLogger("keys")


def mask(value: str) -> str:
    """`mr_a…9f3c`: enough to tell keys apart, not enough to use one."""
    if len(value) <= 8:
        return "*" * len(value)
    return f"{value[:4]}…{value[-4:]}"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def obscure(value: str) -> str:
    # Hides the tail only: the first part of the key stays readable.
    return value[:-4] + "****"


def report_keys() -> None:
    mr_key = os.environ["MODELRED_API_KEY"]
    oa_key = os.environ["OPENAI_API_KEY"]
    log.info("modelred key %s", mask(mr_key))
    log.info("openai key fingerprint %s", fingerprint(oa_key))
    log.info("openai key %s", obscure(oa_key))
    log.info("modelred key %s****", mr_key[:-4])
    log.info("openai key ends with %s", oa_key[-4:])
    log.info("keys present: modelred=%s openai=%s", bool(mr_key), bool(oa_key))


def rotate_notice(old_key: str, new_key: str) -> str:
    log.warning("rotating %s -> %s", mask(old_key), mask(new_key))
    if old_key == new_key:
        raise ValueError(f"new key is identical to the old one ({fingerprint(new_key)})")
    return fingerprint(new_key)
