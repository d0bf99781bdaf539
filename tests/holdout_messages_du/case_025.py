"""Modal class that runs ModelRed probe packs on demand (called from the web app)."""
import logging
import os

import modal

app = modal.App("modelred-runner")
image = modal.Image.debian_slim().pip_install("modelred==0.1.40")
log = logging.getLogger("runner")


@app.cls(image=image, secrets=[modal.Secret.from_name("modelred")], scaledown_window=300)
class Runner:
    @modal.enter()
    def connect(self):
        from modelred import ModelRed

        self.api_key = os.environ["MODELRED_API_KEY"]
        self.client = ModelRed(self.api_key, timeout=30.0)
        print(f"connected, key configured: {self.api_key is not None}")

    @modal.exit()
    def close(self):
        self.client.close()

    @modal.method()
    def run_packs(self, model_id: str, packs: list[str]) -> dict:
        from modelred import APIError, Forbidden, NotAllowedForApiKey

        try:
            created = self.client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except NotAllowedForApiKey:
            print(f"key {self.api_key} may not run packs {packs}")
            return {"ok": False, "error": "not allowed for this key"}
        except Forbidden as exc:
            return {"ok": False, "error": exc.__class__.__name__}
        except APIError as exc:
            return {"ok": False, "error": repr(exc)}
        return {"ok": True, "assessment_id": created["id"]}

    @modal.method()
    def owned_probes(self) -> list:
        from modelred import APIError

        try:
            return self.client.list_owned_probes()
        except APIError as exc:
            log.warning("list_owned_probes failed: %s", exc)
            return []


@app.local_entrypoint()
def main(model_id: str = "support-bot", packs: str = "jailbreak-basic"):
    result = Runner().run_packs.remote(model_id, packs.split(","))
    print(result)
