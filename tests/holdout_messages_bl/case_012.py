"""kopf timer: rotates the OpenAI key Secret used by inference pods every 24h."""
import base64
import datetime as dt
import os

import kopf
import kubernetes
import requests

ADMIN_KEY = os.environ["OPENAI_ADMIN_KEY"]
PROJECT_ID = os.environ.get("OPENAI_PROJECT_ID", "proj_default")
ADMIN_HEADERS = {"Authorization": f"Bearer {ADMIN_KEY}"}


class KeyRotator:
    def __init__(self, namespace, secret_name, logger):
        self.namespace = namespace
        self.secret_name = secret_name
        self.logger = logger
        self.core = kubernetes.client.CoreV1Api()

    def mint(self):
        url = f"https://api.openai.com/v1/organization/projects/{PROJECT_ID}/service_accounts"
        resp = requests.post(url, headers=ADMIN_HEADERS, json={"name": f"rot-{dt.date.today()}"}, timeout=30)
        if resp.status_code != 201:
            raise kopf.TemporaryError(f"key mint failed: HTTP {resp.status_code} {resp.text[:200]}", delay=300)
        body = resp.json()
        return body["api_key"]["value"], body["api_key"]["id"]

    def store(self, new_key, key_id):
        data = {"api-key": base64.b64encode(new_key.encode()).decode(), "key-id": base64.b64encode(key_id.encode()).decode()}
        self.logger.info(f"patching {self.namespace}/{self.secret_name} with key id {key_id}")
        self.logger.debug(f"secret patch body: {data}")
        self.core.patch_namespaced_secret(self.secret_name, self.namespace, {"data": data})


@kopf.timer("llm.example.com", "v1", "keyrotations", interval=86400)
def rotate(spec, name, namespace, logger, **_):
    rot = KeyRotator(namespace, spec["secretName"], logger)
    new_key, key_id = rot.mint()
    if not new_key.startswith("sk-"):
        raise kopf.PermanentError(f"OpenAI returned an unexpected key format: {new_key}")
    rot.store(new_key, key_id)
    logger.info(f"rotation {name} done, new key ...{new_key[-4:]}")
    return {"lastKeyId": key_id, "rotatedAt": dt.datetime.utcnow().isoformat()}


@kopf.on.startup()
def startup(logger, settings, **_):
    settings.posting.level = 30
    logger.info(f"rotator for project {PROJECT_ID}, admin headers: {sorted(ADMIN_HEADERS)}")
