"""Temporary ModelRed (generation 2) client for a one-off migration, with ExitStack."""
from __future__ import annotations

import io
import logging
import os
import sys
from contextlib import ExitStack, redirect_stdout

from modelred import ModelRedClient, NotFoundError

log = logging.getLogger("migrate")


def migrate(old_key: str, new_key: str, model_ids: list[str]) -> list[str]:
    if old_key == new_key:
        raise ValueError("old and new keys are identical")
    if not new_key.startswith("mr_") or len(new_key) < 12:
        raise ValueError(f"new key {new_key} is not a valid ModelRed key")
    moved: list[str] = []
    with ExitStack() as stack:
        old = stack.enter_context(ModelRedClient(api_key=old_key))
        new = stack.enter_context(ModelRedClient(api_key=new_key))
        buf = stack.enter_context(redirect_stdout(io.StringIO()))
        for mid in model_ids:
            try:
                m = old.get_model(mid)
            except NotFoundError:
                log.warning("model %s not found under the old key", mid)
                continue
            cfg = {k: v for k, v in m.get("providerConfig", {}).items() if k != "api_key"}
            log.info("copying %s provider=%s config=%s", mid, m.get("provider"), cfg)
            new.create_model(modelId=mid, provider=m["provider"], displayName=m.get("displayName", mid), providerConfig=m.get("providerConfig", {}))
            moved.append(mid)
        chatter = buf.getvalue()
    if chatter:
        log.debug("client output during migration: %d bytes", len(chatter))
    return moved


if __name__ == "__main__":
    ids = sys.argv[1:]
    done = migrate(os.environ["MODELRED_OLD_KEY"], os.environ["MODELRED_API_KEY"], ids)
    print(f"moved {len(done)} of {len(ids)} models")
