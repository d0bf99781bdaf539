import logging
import os

import anthropic
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

log = logging.getLogger("lease_abstraction")

ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"


class LeaseAbstractor:
    """Abstracts commercial leases into a fixed schema; registered with ModelRed for red-teaming."""

    def __init__(self):
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.workspace = os.environ.get("ANTHROPIC_WORKSPACE", "legal")
        self.client = anthropic.Anthropic(api_key=self.anthropic_key)

    def abstract(self, lease_text: str) -> str:
        msg = self.client.messages.create(model=ANTHROPIC_MODEL, max_tokens=2000,
                                          messages=[{"role": "user", "content": "Abstract this lease:\n" + lease_text}])
        log.info("lease abstracted: %d output tokens", msg.usage.output_tokens)
        return msg.content[0].text

    def register_for_redteam(self) -> None:
        mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        cfg = ProviderConfig.anthropic(api_key=self.anthropic_key, model_name=ANTHROPIC_MODEL)
        try:
            mr.create_model(modelId="lease-abstractor", provider="anthropic",
                            displayName="Lease abstractor", providerConfig=cfg)
        except ValidationError as e:
            raise ValueError(f"ModelRed rejected config for workspace {self.workspace}: {e}") from e
        except ModelRedError as e:
            log.error("ModelRed registration failed: %s", type(e).__name__)
            raise
        log.info("registered lease-abstractor for workspace %s", self.workspace)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    la = LeaseAbstractor()
    log.info("abstractor: workspace=%s key set=%s", la.workspace, bool(la.anthropic_key))
    print(f"key in use: {la.anthropic_key}")
    la.register_for_redteam()
    with open(os.environ.get("LEASE_FILE", "leases/sample.txt"), encoding="utf-8") as fh:
        print(la.abstract(fh.read()))
