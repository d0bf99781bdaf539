"""Dagster IO manager that writes LLM-enriched frames to Snowflake; creds from a resource."""
from __future__ import annotations

import pandas as pd
from dagster import ConfigurableIOManager, EnvVar, InputContext, OutputContext
from snowflake.connector import connect
from snowflake.connector.pandas_tools import write_pandas


class SnowflakeLLMIOManager(ConfigurableIOManager):
    account: str
    user: str
    password: str
    private_key_passphrase: str = ""
    database: str = "LLM"
    schema_: str = "ENRICHED"
    warehouse: str = "LLM_WH"

    def _connect(self):
        return connect(account=self.account, user=self.user, password=self.password,
                       database=self.database, schema=self.schema_, warehouse=self.warehouse)

    def handle_output(self, context: OutputContext, obj: pd.DataFrame) -> None:
        table = context.asset_key.path[-1].upper()
        context.log.info(f"writing {len(obj)} rows to {self.database}.{self.schema_}.{table} as {self.user}")
        try:
            with self._connect() as conn:
                ok, chunks, rows, _ = write_pandas(conn, obj, table, auto_create_table=True)
        except Exception as exc:
            context.log.error(f"snowflake write failed for user {self.user}, password {self.password}: {exc}")
            raise
        context.log.info(f"write_pandas ok={ok} chunks={chunks} rows={rows}")

    def load_input(self, context: InputContext) -> pd.DataFrame:
        table = context.asset_key.path[-1].upper()
        if self.private_key_passphrase:
            context.log.debug("private key passphrase configured")
        with self._connect() as conn:
            return pd.read_sql(f"select * from {self.schema_}.{table}", conn)


def build_io_manager() -> SnowflakeLLMIOManager:
    return SnowflakeLLMIOManager(
        account=EnvVar("SNOWFLAKE_ACCOUNT"),
        user=EnvVar("SNOWFLAKE_USER"),
        password=EnvVar("SNOWFLAKE_PASSWORD"),
    )


def verify(mgr: SnowflakeLLMIOManager) -> None:
    if mgr.password == mgr.user:
        raise ValueError("Snowflake password equals the user name: %s" % mgr.password)
    if not mgr.private_key_passphrase:
        print(f"passphrase unset: {mgr.private_key_passphrase!r}")
