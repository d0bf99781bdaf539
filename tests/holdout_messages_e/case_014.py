"""Hydra entry point for the offline eval sweep."""
import logging

import hydra
from omegaconf import DictConfig, OmegaConf
from modelred import ModelRed

log = logging.getLogger(__name__)


class SweepConfigError(ValueError):
    pass


def _provider_key(cfg: DictConfig) -> str:
    key = cfg.provider.api_key
    if key in (None, "", "???"):
        raise SweepConfigError(
            f"provider.api_key is unset for provider {cfg.provider.name}"
        )
    return key


@hydra.main(config_path="conf", config_name="sweep", version_base=None)
def main(cfg: DictConfig) -> None:
    log.info("sweep %s over %d models", cfg.sweep.name, len(cfg.sweep.models))
    provider_key = _provider_key(cfg)
    log.info("provider=%s base_url=%s", cfg.provider.name, cfg.provider.api_base)
    with ModelRed(cfg.modelred.api_key) as client:
        for model in cfg.sweep.models:
            if not model.startswith(cfg.sweep.prefix):
                raise SweepConfigError(
                    "model %s does not match prefix; key used: %s" % (model, provider_key)
                )
            client.create_assessment(
                model_id=model,
                probe_pack_ids=list(cfg.sweep.packs),
                detector_api_key=provider_key,
            )
    log.debug("resolved modelred section: %s", OmegaConf.to_container(cfg.modelred, resolve=True))


if __name__ == "__main__":
    main()
