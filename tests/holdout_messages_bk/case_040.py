"""Airflow plugin: ModelRed + OpenAI credential rotation DAG run by the platform team (gen 1)."""
import asyncio
import logging
from datetime import datetime

import hvac
from airflow.decorators import dag, task
from airflow.models import Variable
from modelred import AuthenticationError, ModelRed, ModelRedError

rotation_log = logging.getLogger("cred_rotation")
VAULT_PATH = "secret/data/llm-etl/modelred"


def vault() -> hvac.Client:
    client = hvac.Client(url=Variable.get("vault_url"), token=Variable.get("vault_token"))
    rotation_log.info("vault %s authenticated=%s", client.url, client.is_authenticated())
    return client


@dag(schedule="@weekly", start_date=datetime(2024, 1, 1), catchup=False)
def rotate_llm_credentials():
    @task
    def read_candidate() -> str:
        data = vault().secrets.kv.v2.read_secret_version(path="llm-etl/modelred")["data"]["data"]
        rotation_log.info("candidate version fields: %s", sorted(data))
        return data["next_api_key"]

    @task
    def validate(next_api_key: str) -> str:
        async def _check():
            async with ModelRed(api_key=next_api_key) as client:
                return await client.validate_api_key()
        try:
            info = asyncio.run(_check())
        except AuthenticationError:
            raise ValueError(f"candidate ModelRed key {next_api_key} failed validation")
        except ModelRedError as exc:
            rotation_log.error("validation error %s", type(exc).__name__)
            raise
        rotation_log.info("candidate key valid for org %s", info.get("organization"))
        return next_api_key

    @task
    def promote(next_api_key: str) -> None:
        v = vault()
        v.secrets.kv.v2.create_or_update_secret(path="llm-etl/modelred", secret={"api_key": next_api_key})
        Variable.set("modelred_key_version", datetime.utcnow().isoformat())
        rotation_log.info("promoted key ending %s at %s", next_api_key[-4:], VAULT_PATH)

    promote(validate(read_candidate()))


rotate_llm_credentials()
