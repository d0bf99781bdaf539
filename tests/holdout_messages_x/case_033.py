"""Schema migration job: asks Vault for dynamic Postgres credentials, then runs Alembic."""

import logging
import os
import subprocess
import sys

import hvac

log = logging.getLogger("migrate")

DB_ROLE = os.environ.get("VAULT_DB_ROLE", "prompts-migrator")


def vault_client() -> hvac.Client:
    c = hvac.Client(url=os.environ["VAULT_ADDR"])
    jwt = open("/var/run/secrets/kubernetes.io/serviceaccount/token", encoding="utf-8").read()
    c.auth.kubernetes.login(role="migrator", jwt=jwt)
    log.info("vault kubernetes login as role migrator, jwt %d bytes", len(jwt))
    return c


def dynamic_creds(c: hvac.Client) -> dict:
    resp = c.secrets.database.generate_credentials(name=DB_ROLE)
    log.info("lease %s for %ss (renewable=%s)", resp["lease_id"], resp["lease_duration"], resp["renewable"])
    return resp["data"]


def main() -> int:
    creds = dynamic_creds(vault_client())
    user, password = creds["username"], creds["password"]
    host = os.environ.get("DB_HOST", "postgres.prompts.svc")
    url = f"postgresql+psycopg://{user}:{password}@{host}/prompts"
    log.info("migrating %s as %s", host, user)
    print(f"alembic sqlalchemy.url={url}")
    env = dict(os.environ, ALEMBIC_DB_URL=url)
    proc = subprocess.run(["alembic", "upgrade", "head"], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("alembic failed (%s): %s", proc.returncode, proc.stderr[-400:])
        log.error("credentials were %s", creds)
        return proc.returncode
    log.info("migration done: %s", proc.stdout.strip().splitlines()[-1:] or "no-op")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    sys.exit(main())
