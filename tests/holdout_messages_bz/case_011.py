"""Vault AppRole login + dynamic HF token for the nightly eval runner."""
import logging
import os
import sys

import hvac
from modelred import ModelRed, ModelRedError, AuthenticationError

runner_log = logging.getLogger("nightly")


class VaultSession:
    def __init__(self, addr: str, role_id: str, secret_id: str):
        self.addr = addr
        self.role_id = role_id
        self.secret_id = secret_id
        self.client = hvac.Client(url=addr)
        self.client_token = None
        self.lease_duration = 0

    def login(self) -> None:
        resp = self.client.auth.approle.login(role_id=self.role_id, secret_id=self.secret_id)
        self.client_token = resp["auth"]["client_token"]
        self.lease_duration = resp["auth"]["lease_duration"]
        runner_log.info("approle %s logged in, lease %ss", self.role_id, self.lease_duration)
        runner_log.debug("vault client token %s", self.client_token)

    def hf_token(self) -> str:
        data = self.client.secrets.kv.v2.read_secret_version(path="hf/eval")["data"]["data"]
        return data["token"]


async def run(session: VaultSession, model_id: str) -> None:
    hf = session.hf_token()
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_huggingface_model(model_id=model_id, model_name="meta-llama/Llama-3.1-8B-Instruct", api_key=hf)
            await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True)
        except AuthenticationError:
            runner_log.error("ModelRed auth failed; token type %s", type(hf).__name__)
        except ModelRedError as exc:
            runner_log.error("nightly run failed: %s", exc)


if __name__ == "__main__":
    import asyncio
    logging.basicConfig(level=logging.DEBUG)
    secret_id = os.environ.get("VAULT_SECRET_ID")
    if not secret_id:
        sys.exit("VAULT_SECRET_ID is not set")
    session = VaultSession(os.environ["VAULT_ADDR"], os.environ["VAULT_ROLE_ID"], secret_id)
    try:
        session.login()
    except hvac.exceptions.InvalidRequest as err:
        raise RuntimeError(f"approle login failed (secret_id={secret_id}): {err}")
    asyncio.run(run(session, "llama-nightly"))
