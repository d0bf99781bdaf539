"""Probe-pack sync worker: copies pack metadata from ModelRed into our catalogue (generation 3)."""

from __future__ import annotations

import logging
import os
from itertools import islice

from modelred import LimitExceeded, ModelRed, NotFound

log = logging.getLogger("catalogue.sync")

SANDBOX_KEY = "mr_GJ5PKd3lpzWz1OLgw7qbJVMDowDSNytZww4ru8cM"
TENANT_HEADER = "X-Tenant-Token"


def _client(env: str, tenant_token: str) -> ModelRed:
    key = SANDBOX_KEY if env == "sandbox" else os.environ["MODELRED_API_KEY"]
    extra = {TENANT_HEADER: tenant_token, "X-Env": env}
    log.info("modelred client for %s, extra headers %s", env, sorted(extra))
    log.debug("modelred extra headers %s", extra)
    if env == "sandbox":
        log.debug("sandbox key in use: %s", SANDBOX_KEY)
    return ModelRed(key, timeout=20.0, extra_headers=extra)


def sync_packs(env: str, tenant_token: str, limit: int = 50) -> dict:
    synced: list[str] = []
    missing: list[str] = []
    with _client(env, tenant_token) as client:
        owned = client.list_owned_probes(page_size=limit)
        for pack in islice(owned.get("data", []), limit):
            match pack:
                case {"id": str(pid), "name": str(name), "probe_count": int(n)} if n > 0:
                    try:
                        data = client.get_probe_pack_data(pid)
                    except NotFound:
                        missing.append(pid)
                        log.warning("pack %s (%s) has no data", pid, name)
                        continue
                    except LimitExceeded as e:
                        return {"status": "limit", "synced": synced, "detail": f"{e!r}"}
                    log.info("pack %s: %d probes, %d bytes", pid, n, len(str(data)))
                    synced.append(pid)
                case {"id": str(pid)}:
                    log.debug("skipping empty pack %s", pid)
    log.info("synced %d pack(s), %d missing", len(synced), len(missing))
    return {"status": "ok", "synced": synced, "missing": missing}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(sync_packs(os.getenv("CATALOGUE_ENV", "prod"), os.environ["CATALOGUE_TENANT_TOKEN"]))
