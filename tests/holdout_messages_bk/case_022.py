"""dbt run wrapper: injects warehouse and LLM credentials, then calls dbt programmatically."""
from __future__ import annotations

import logging
import os
import subprocess
import sys

import keyring
from dbt.cli.main import dbtRunner

log = logging.getLogger("dbt_wrapper")

PROFILE_ENV = {
    "DBT_SNOWFLAKE_PASSWORD": ("snowflake", "dbt_transformer"),
    "DBT_OPENAI_API_KEY": ("openai", "dbt"),
}


def inject_credentials() -> dict[str, str]:
    env = dict(os.environ)
    for var, (service, user) in PROFILE_ENV.items():
        value = keyring.get_password(service, user)
        if value is None:
            log.warning("keyring has no entry for %s/%s (needed for %s)", service, user, var)
            continue
        env[var] = value
        log.debug("injected %s=%s", var, value)
    return env


def run(args: list[str]) -> int:
    env = inject_credentials()
    log.info("dbt args %s, profile vars %s", args, list(PROFILE_ENV))
    os.environ.update(env)
    result = dbtRunner().invoke(args)
    if not result.success:
        log.error("dbt failed: %s", result.exception)
        return 1
    return 0


def debug_connection() -> None:
    pw = keyring.get_password("snowflake", "dbt_transformer")
    proc = subprocess.run(["dbt", "debug"], env={**os.environ, "DBT_SNOWFLAKE_PASSWORD": pw or ""},
                          capture_output=True, text=True)
    if proc.returncode:
        sys.stderr.write(proc.stdout[-2000:])
        raise RuntimeError(f"dbt debug failed with exit code {proc.returncode}")
    print("dbt debug ok; password present:", pw is not None)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if "-v" in sys.argv else logging.INFO)
    if sys.argv[1:2] == ["debug"]:
        debug_connection()
    else:
        sys.exit(run(sys.argv[1:]))
