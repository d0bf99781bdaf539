"""Hydra entry point for the red-team sweep (conf/config.yaml)."""
import logging

import hydra
from omegaconf import DictConfig, OmegaConf

from modelred import AsyncModelRed, ModelRedError

log = logging.getLogger(__name__)

# conf/config.yaml:
#   modelred:
#     api_key: ${oc.env:MODELRED_API_KEY}
#     timeout: 30
#   target:
#     model_id: support-bot-v7
#     probe_pack_ids: [pp_jailbreak, pp_pii]


async def sweep(cfg: DictConfig) -> float:
    mr = cfg.modelred
    async with AsyncModelRed(mr.api_key, timeout=mr.timeout) as client:
        a = await client.create_assessment(model_id=cfg.target.model_id,
                                           probe_pack_ids=list(cfg.target.probe_pack_ids))
        log.info("assessment %s created for %s", a["id"], cfg.target.model_id)
        res = await client.get_assessment(a["id"])
        return float(res.get("score", 0.0))


@hydra.main(version_base=None, config_path="conf", config_name="config")
def main(cfg: DictConfig) -> None:
    import asyncio

    log.info("config:\n%s", OmegaConf.to_yaml(cfg.target))
    resolved = OmegaConf.to_container(cfg, resolve=True)
    log.debug("resolved config: %s", resolved)
    key = cfg.modelred.api_key
    if not str(key).startswith("mr_"):
        raise ValueError(f"modelred.api_key must start with mr_, got {key}")
    try:
        score = asyncio.run(sweep(cfg))
    except ModelRedError as e:
        log.error("sweep failed: %s", type(e).__name__)
        raise RuntimeError("red-team sweep failed") from e
    log.info("score %.3f for %s", score, cfg.target.model_id)


if __name__ == "__main__":
    main()
