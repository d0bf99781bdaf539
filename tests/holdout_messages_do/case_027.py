"""rotate_pinecone_key.py: swap the Pinecone key used by the retrieval fleet.

Usage: python rotate_pinecone_key.py NEW_KEY_FILE
"""
import logging
import os
import sys
from pathlib import Path

import boto3
from pinecone import Pinecone

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("rotate")

SSM_PARAM = "/retrieval/prod/pinecone_api_key"


def current_key(ssm) -> str:
    return ssm.get_parameter(Name=SSM_PARAM, WithDecryption=True)["Parameter"]["Value"]


def verify(key: str) -> int:
    pc = Pinecone(api_key=key)
    return len(pc.list_indexes())


def main(path: str) -> int:
    new_key = Path(path).read_text().strip()
    ssm = boto3.client("ssm")
    old_key = current_key(ssm)
    log.info("old key ends with %s, new key ends with %s", old_key[-4:], new_key[-4:])
    if new_key == old_key:
        log.error("new key equals the current one; nothing to do")
        return 1
    try:
        n = verify(new_key)
    except Exception as exc:
        raise SystemExit(f"new key failed verification: {type(exc).__name__}")
    log.info("new key sees %d indexes", n)
    ssm.put_parameter(Name=SSM_PARAM, Value=new_key, Type="SecureString", Overwrite=True)
    log.info("stored new key %s in %s", new_key, SSM_PARAM)
    if os.environ.get("KEEP_OLD_KEY_LOG"):
        with open("rotation.log", "a") as fh:
            fh.write(f"retired {old_key[:4]}...\n")
    return 0


def rollback() -> None:
    ssm = boto3.client("ssm")
    key = current_key(ssm)
    if verify(key) == 0:
        raise RuntimeError(f"current key {key} sees no indexes; manual rollback required")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
