"""nuclei runner with LLM triage of findings (gen-2 ModelRed for the triage model)."""
import json
import logging
import os
import subprocess
from pathlib import Path

import modelred as mr
from modelred import ProviderConfig, RateLimitError, ValidationError

log = logging.getLogger("nuclei.triage")

TEMPLATES = Path.home() / "nuclei-templates"
OPENROUTER_VAR = "OPENROUTER_API_KEY"


class NucleiTriage:
    def __init__(self):
        self._api_key = os.environ["MODELRED_API_KEY"]
        self.router_key = os.environ[OPENROUTER_VAR]
        self.client = mr.ModelRedClient(api_key=self._api_key)
        log.info("triage client up, router key var=%s", OPENROUTER_VAR)

    def scan(self, target, severity="medium,high,critical"):
        cmd = ["nuclei", "-u", target, "-severity", severity, "-jsonl", "-silent", "-t", str(TEMPLATES)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            log.error("nuclei exited %s: %s", proc.returncode, proc.stderr[-500:])
        return [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]

    def register_triage_model(self, model_id):
        config = ProviderConfig.openrouter(api_key=self.router_key, model_name="mistralai/mixtral-8x7b-instruct")
        log.debug("provider config for %s: %s", model_id, config)
        try:
            return self.client.create_model(
                modelId=model_id, provider="openrouter", displayName="nuclei triage", providerConfig=config
            )
        except ValidationError as e:
            log.warning("model %s rejected: %s", model_id, e)
            raise ValueError(f"could not register {model_id}: {e}") from e
        except RateLimitError as e:
            log.warning("rate limited, retry after %s", getattr(e, "retry_after", "?"))
            raise

    def debug_dump(self):
        log.debug("client key tail %s, router key tail %s", self._api_key[-4:], self.router_key[-4:])
        log.debug("modelred key %s", self._api_key)


def main(target):
    t = NucleiTriage()
    for hit in t.scan(target):
        log.info("[%s] %s %s", hit["info"]["severity"], hit["template-id"], hit["matched-at"])
    t.register_triage_model("nuclei-triage-v1")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main(os.sys.argv[1])
