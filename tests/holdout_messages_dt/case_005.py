"""In-process registry of ModelRed clients, one per workspace (generation 2 SDK)."""
import logging
import os
import threading

from modelred import ModelRedClient, NotFoundError, ServerError

log = logging.getLogger("workspaces.registry")


class ClientRegistry:
    _lock = threading.Lock()

    def __init__(self) -> None:
        self._clients: dict[str, ModelRedClient] = {}
        self._keys: dict[str, str] = {}

    def register(self, workspace: str, api_key: str) -> ModelRedClient:
        with self._lock:
            if workspace in self._clients and self._keys[workspace] != api_key:
                raise RuntimeError(f"workspace {workspace} already registered with key {self._keys[workspace]}")
            client = ModelRedClient(api_key=api_key)
            self._clients[workspace] = client
            self._keys[workspace] = api_key
        log.info("registered workspace %s (%d clients)", workspace, len(self._clients))
        return client

    def get(self, workspace: str) -> ModelRedClient:
        try:
            return self._clients[workspace]
        except KeyError:
            raise KeyError(f"no client for workspace {workspace!r}; known: {sorted(self._clients)}") from None

    def dump(self) -> None:
        for workspace, key in self._keys.items():
            log.debug("workspace=%s key=%s", workspace, key)

    def describe(self) -> list[str]:
        return [f"{ws}: key set={bool(k)}" for ws, k in self._keys.items()]


REGISTRY = ClientRegistry()


def assess(workspace: str, model: str) -> str:
    client = REGISTRY.get(workspace)
    try:
        job = client.create_assessment(model=model, test_types=["jailbreak", "toxicity"], priority="high")
    except NotFoundError as e:
        return f"model lookup failed: {e}"
    except ServerError as e:
        log.exception("ModelRed server error for %s", workspace)
        return "ModelRed is unavailable, try again later"
    return job["id"]


if __name__ == "__main__":
    REGISTRY.register("default", os.environ["MODELRED_API_KEY"])
    print(REGISTRY.describe())
    print(assess("default", "faq-bot"))
