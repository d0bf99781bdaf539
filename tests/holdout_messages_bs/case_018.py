"""Subtitle QA: score machine-translated cues with an LLM, scan the QA model with ModelRed (gen 3)."""
import logging
import os

import anthropic
from modelred import ModelRed, ModelRedError, ValidationFailed, LimitExceeded

log = logging.getLogger("subs.qa")

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
QA_MODEL = "claude-3-5-sonnet-latest"
QA_MAX_TOKENS = 1024
EVENT_TOKEN_USAGE = "qa.token_usage"


class CueScorer:
    def __init__(self, key=ANTHROPIC_KEY):
        self.key = key
        log.debug("CueScorer using anthropic key %s", key)
        self.client = anthropic.Anthropic(api_key=key)

    def score(self, source, target, lang):
        msg = self.client.messages.create(
            model=QA_MODEL,
            max_tokens=QA_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Rate 1-5 the {lang} translation.\nSRC: {source}\nTGT: {target}"}],
        )
        log.info("%s in=%d out=%d", EVENT_TOKEN_USAGE, msg.usage.input_tokens, msg.usage.output_tokens)
        return int(msg.content[0].text.strip()[0])

    def __str__(self):
        return f"CueScorer(model={QA_MODEL})"


def scan_qa_model(mr_key, packs):
    with ModelRed(mr_key, timeout=15.0) as mr:
        try:
            return mr.create_assessment(model_id="subs-qa", probe_pack_ids=packs, detector_api_key=ANTHROPIC_KEY)
        except ValidationFailed as e:
            log.warning("invalid packs %s: %s", packs, e)
            return {"error": "invalid probe packs"}
        except LimitExceeded as e:
            return {"error": "limit exceeded", "retry_after": getattr(e, "retry_after", None)}
        except ModelRedError as e:
            return {"error": str(e)}


def main():
    scorer = CueScorer()
    log.info("scorer %s", scorer)
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if not mr_key:
        log.warning("MODELRED_API_KEY unset (%r); skipping scan", mr_key)
        return
    print(scan_qa_model(mr_key, ["pp_toxicity", "pp_injection"]))
