"""Hydra entry point for the batch prompt runner (conf/config.yaml, conf/provider/*.yaml)."""
import logging

import hydra
from omegaconf import DictConfig, OmegaConf
from openai import OpenAI, APIStatusError

log = logging.getLogger(__name__)


def make_client(cfg: DictConfig) -> OpenAI:
    if cfg.provider.api_key in (None, "", "???"):
        raise ValueError(f"provider.api_key is not set for {cfg.provider.name}")
    return OpenAI(api_key=cfg.provider.api_key, base_url=cfg.provider.base_url, max_retries=cfg.retries)


@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    log.info("run config:\n%s", OmegaConf.to_yaml(cfg.run))
    log.info("provider=%s base_url=%s", cfg.provider.name, cfg.provider.base_url)
    if cfg.debug:
        log.debug(f"resolved provider key: {cfg.provider.api_key}")
    client = make_client(cfg)
    total_tokens = 0
    for i, prompt in enumerate(cfg.run.prompts):
        try:
            resp = client.chat.completions.create(
                model=cfg.run.model,
                max_tokens=cfg.run.max_tokens,
                messages=[{"role": "user", "content": prompt}],
            )
        except APIStatusError as exc:
            log.warning("prompt %d failed with HTTP %s: %s", i, exc.status_code, exc.message)
            continue
        total_tokens += resp.usage.total_tokens
        log.info("prompt %d: %s", i, resp.choices[0].message.content[:80])
    log.info("done, %d tokens in total (max_tokens=%d)", total_tokens, cfg.run.max_tokens)
    container = OmegaConf.to_container(cfg.provider, resolve=True)
    if cfg.run.get("dump_provider"):
        print(container)


if __name__ == "__main__":
    main()
