"""A pool of Ray actors that draft replies with Claude; the key comes from Secrets Manager."""
import json
import logging

import anthropic
import boto3
import ray

logging.basicConfig(level=logging.INFO)
SECRET_ID = "prod/llm/anthropic"


def load_anthropic_key(secret_id: str = SECRET_ID) -> str:
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    blob = json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])
    return blob["ANTHROPIC_API_KEY"]


@ray.remote(max_restarts=2)
class Drafter:
    def __init__(self, name: str):
        self.name = name
        self._api_key = load_anthropic_key()
        self._client = anthropic.Anthropic(api_key=self._api_key, max_retries=1)
        self.drafted = 0
        logging.info("actor %s ready, secret %s", self.name, SECRET_ID)

    def draft(self, thread: str) -> str:
        try:
            msg = self._client.messages.create(
                model="claude-3-5-sonnet-latest", max_tokens=600,
                messages=[{"role": "user", "content": f"Draft a polite reply:\n{thread}"}],
            )
        except anthropic.PermissionDeniedError:
            logging.error("actor %s: key %s lacks permission", self.name, self._api_key)
            raise
        except anthropic.APIStatusError as err:
            raise RuntimeError(f"{self.name}: Anthropic {err.status_code}: {err.message}") from err
        self.drafted += 1
        return msg.content[0].text

    def rotate(self, new_key: str) -> None:
        if not new_key.startswith("sk-ant-"):
            raise ValueError(f"refusing to rotate {self.name} to non-Anthropic key {new_key}")
        self._api_key = new_key
        self._client = anthropic.Anthropic(api_key=new_key)
        logging.info("actor %s rotated to key ending %s", self.name, new_key[-4:])

    def stats(self) -> dict:
        return {"name": self.name, "drafted": self.drafted, "has_key": bool(self._api_key)}


if __name__ == "__main__":
    ray.init()
    pool = [Drafter.remote(f"drafter-{i}") for i in range(4)]
    threads = ["Where is my order #1182?", "Can I change my plan?"]
    drafts = ray.get([pool[i % 4].draft.remote(t) for i, t in enumerate(threads)])
    print(ray.get([a.stats.remote() for a in pool]))
