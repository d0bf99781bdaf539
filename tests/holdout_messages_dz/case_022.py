"""Hot-reload the Groq client when its ConfigMap or Secret changes (kubernetes_asyncio)."""
import asyncio
import base64
import logging

from groq import AsyncGroq
from kubernetes_asyncio import client, config, watch

log = logging.getLogger("groq-reloader")
NS = "chat"


class GroqHolder:
    def __init__(self):
        self._key = None
        self.model = "llama-3.1-8b-instant"
        self.client = None

    def swap(self, groq_key, model):
        if groq_key != self._key:
            print("rotating groq key:", self._key, "->", groq_key)
        self._key, self.model = groq_key, model
        self.client = AsyncGroq(api_key=groq_key)
        log.info("reloaded groq client with key ending %s, model %s", groq_key[-4:], model)


async def read_secret_key(core, name, field):
    sec = await core.read_namespaced_secret(name, NS)
    return base64.b64decode(sec.data[field]).decode()


async def watch_configmap(holder: GroqHolder):
    await config.load_kube_config()
    async with client.ApiClient() as api:
        core = client.CoreV1Api(api)
        w = watch.Watch()
        async for event in w.stream(core.list_namespaced_config_map, NS, field_selector="metadata.name=groq"):
            cm = event["object"]
            data = cm.data or {}
            log.info("%s configmap groq: %s", event["type"], data)
            secret_name = data.get("GROQ_SECRET_NAME", "groq")
            field = data.get("GROQ_KEY_FIELD", "api-key")
            log.info("key comes from secret %s field %s", secret_name, field)
            groq_key = await read_secret_key(core, secret_name, field)
            holder.swap(groq_key, data.get("GROQ_MODEL", holder.model))
            log.info("reloaded groq client with %s", groq_key)


async def chat(holder: GroqHolder, prompt):
    resp = await holder.client.chat.completions.create(
        model=holder.model, messages=[{"role": "user", "content": prompt}], max_tokens=256
    )
    log.info("completion tokens %s", resp.usage.completion_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(watch_configmap(GroqHolder()))
