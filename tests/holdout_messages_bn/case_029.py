"""Short-lived warehouse credentials from Vault for the text-to-SQL executors."""
import logging
import os
import time

import hvac
import psycopg

logger = logging.getLogger("vault_creds")

VAULT_ROLE = os.environ.get("VAULT_DB_ROLE", "t2sql-readonly")
VAULT_TOKEN_ENV = "VAULT_TOKEN"


class DynamicCredentials:
    def __init__(self) -> None:
        self.vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ[VAULT_TOKEN_ENV])
        self.username: str | None = None
        self.password: str | None = None
        self.lease_id: str | None = None
        self.expires_at = 0.0
        if not self.vault.is_authenticated():
            raise PermissionError(f"vault token from ${VAULT_TOKEN_ENV} is not valid")

    def refresh(self) -> None:
        secret = self.vault.secrets.database.generate_credentials(name=VAULT_ROLE)
        data = secret["data"]
        self.username, self.password = data["username"], data["password"]
        self.lease_id = secret["lease_id"]
        self.expires_at = time.time() + secret["lease_duration"] * 0.8
        logger.info("new lease %s for %s, ttl %ss", self.lease_id, self.username, secret["lease_duration"])
        logger.debug("vault issued password %s", self.password)

    def dsn(self) -> str:
        if time.time() >= self.expires_at:
            self.refresh()
        return f"host={os.environ['PGHOST']} dbname=warehouse user={self.username} password={self.password}"

    def connect(self):
        dsn = self.dsn()
        try:
            return psycopg.connect(dsn)
        except psycopg.OperationalError:
            logger.exception("connect failed for user %s", self.username)
            raise

    def revoke(self) -> None:
        if self.lease_id:
            self.vault.sys.revoke_lease(self.lease_id)
            logger.info("revoked %s", self.lease_id)


def run_sql(creds: DynamicCredentials, sql: str) -> list:
    with creds.connect() as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


if __name__ == "__main__":
    c = DynamicCredentials()
    print(run_sql(c, "select count(*) from marts.orders"))
    print("dsn used:", c.dsn())
