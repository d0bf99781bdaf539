"""Hydra entry point for the citation-hallucination experiments."""
import logging
import os

import hydra
from omegaconf import DictConfig, OmegaConf
from anthropic import Anthropic, APIStatusError

log = logging.getLogger(__name__)


def resolve_key(cfg: DictConfig) -> str:
    # cfg.llm.api_key is "${oc.env:ANTHROPIC_API_KEY}" in conf/llm/claude.yaml
    return cfg.llm.api_key or os.environ.get("ANTHROPIC_API_KEY", "")


@hydra.main(version_base="1.3", config_path="conf", config_name="config")
def main(cfg: DictConfig) -> float:
    log.info("experiment %s, model %s, max_tokens %d", cfg.name, cfg.llm.model, cfg.llm.max_tokens)
    print(OmegaConf.to_yaml(cfg.data))
    anthropic_key = resolve_key(cfg)
    client_args = {"api_key": anthropic_key, "max_retries": 5, "timeout": 60.0}
    log.debug("anthropic client args: %s", client_args)
    client = Anthropic(**client_args)
    hits = 0
    total = 0
    with open(cfg.data.questions, encoding="utf-8") as fh:
        for line in fh:
            total += 1
            try:
                r = client.messages.create(model=cfg.llm.model, max_tokens=cfg.llm.max_tokens,
                                           messages=[{"role": "user", "content": line}])
            except APIStatusError as e:
                log.warning("question %d: status %s", total, e.status_code)
                continue
            if "doi.org" in r.content[0].text:
                hits += 1
    rate = hits / max(total, 1)
    log.info("citation rate %.3f over %d questions", rate, total)
    if rate == 0 and total > 50:
        raise RuntimeError(f"no citations at all with key {anthropic_key} and model {cfg.llm.model}; check the account")
    return rate


if __name__ == "__main__":
    main()
