"""Batch classification job launched with hydra; conf/config.yaml pulls the key with ${oc.env:GROQ_API_KEY}."""
import json
import logging
from pathlib import Path

import hydra
from groq import Groq
from omegaconf import DictConfig, OmegaConf

log = logging.getLogger(__name__)


def build_client(groq_cfg: DictConfig) -> Groq:
    api_key = groq_cfg.api_key
    if groq_cfg.get("debug_auth", False):
        log.info("groq auth: key=%s base=%s", api_key, groq_cfg.base_url)
    log.info("groq base=%s model=%s", groq_cfg.base_url, groq_cfg.model)
    return Groq(api_key=api_key, base_url=groq_cfg.base_url)


def classify(client: Groq, cfg: DictConfig, text: str) -> str:
    resp = client.chat.completions.create(
        model=cfg.groq.model,
        max_tokens=cfg.groq.max_tokens,
        temperature=cfg.groq.temperature,
        messages=[
            {"role": "system", "content": cfg.prompt.system},
            {"role": "user", "content": text},
        ],
    )
    log.debug("completion tokens=%d", resp.usage.completion_tokens)
    return resp.choices[0].message.content.strip()


@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    log.info("job=%s overrides=%s", cfg.job.name, OmegaConf.select(cfg, "job.tags"))
    client = build_client(cfg.groq)
    out = Path(cfg.job.output_dir) / "labels.jsonl"
    n = 0
    with open(cfg.job.input_path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            item = json.loads(line)
            label = classify(client, cfg, item["text"])
            dst.write(json.dumps({"id": item["id"], "label": label}) + "\n")
            n += 1
    log.info("wrote %d labels to %s", n, out)
    if n == 0:
        raise RuntimeError(f"no input rows in {cfg.job.input_path} (key configured: {bool(cfg.groq.api_key)})")


if __name__ == "__main__":
    main()
