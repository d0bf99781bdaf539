"""Hot reload of the gateway config when config.yaml changes."""
import asyncio
import logging
import os

import asyncpg
import yaml
from watchfiles import awatch

reload_log = logging.getLogger("gateway.reload")

CONFIG_FILE = os.environ.get("GATEWAY_CONFIG", "config.yaml")
SECRET_FIELDS = {"master_key", "salt_key", "database_url"}


def _read() -> dict:
    with open(CONFIG_FILE) as fh:
        return yaml.safe_load(fh) or {}


def diff_settings(old: dict, new: dict) -> list[str]:
    keys = set(old) | set(new)
    return sorted(k for k in keys if old.get(k) != new.get(k))


async def check_database(settings: dict) -> None:
    user = settings.get("database_user", "gateway")
    db_password = os.environ["GATEWAY_DB_PASSWORD"]
    host = settings.get("database_host", "localhost")
    dsn = f"postgresql://{user}:{db_password}@{host}/gateway"
    try:
        conn = await asyncpg.connect(dsn, timeout=5)
    except OSError as err:
        raise RuntimeError(f"database unreachable at {dsn}: {err}") from err
    await conn.close()
    reload_log.info("database %s@%s reachable", user, host)


async def watch(apply) -> None:
    current = _read()
    async for _changes in awatch(CONFIG_FILE):
        new = _read()
        old_gs, new_gs = current.get("general_settings", {}), new.get("general_settings", {})
        changed = diff_settings(old_gs, new_gs)
        reload_log.info("general_settings changed: %s", changed)
        for name in changed:
            if name in SECRET_FIELDS:
                reload_log.info("%s changed (new value hidden)", name)
            else:
                reload_log.info("%s: %r -> %r", name, old_gs.get(name), new_gs.get(name))
        if "salt_key" in changed:
            reload_log.warning("salt_key changed to %s; existing keys will not verify", new_gs.get("salt_key"))
        await check_database(new_gs)
        apply(new)
        current = new


if __name__ == "__main__":
    asyncio.run(watch(lambda cfg: None))
