"""Provider settings kept as a text-format protobuf on disk."""
import copy
import logging
import sys

from google.protobuf import text_format

import provider_config_pb2

log = logging.getLogger("providers")

DEFAULT_PATH = "/etc/llm/provider.textproto"


def read_config(path: str = DEFAULT_PATH) -> provider_config_pb2.ProviderConfig:
    cfg = provider_config_pb2.ProviderConfig()
    with open(path, encoding="utf-8") as fh:
        text_format.Parse(fh.read(), cfg)
    log.info("provider %s endpoint %s model %s", cfg.provider, cfg.endpoint, cfg.model)
    return cfg


def check(cfg, path: str) -> None:
    if not cfg.openai_api_key.startswith("sk-"):
        raise ValueError(f"bad openai_api_key {cfg.openai_api_key!r} in {path}")
    if cfg.max_tokens > 4096:
        raise ValueError(f"max_tokens {cfg.max_tokens} too large in {path}")


def redacted_text(cfg) -> str:
    shown = copy.deepcopy(cfg)
    shown.ClearField("openai_api_key")
    return text_format.MessageToString(shown)


def dump(cfg, path: str) -> None:
    log.info("openai key from %s: %s", path, cfg.openai_api_key)
    print(redacted_text(cfg))
    print("fields set:", [f.name for f, _ in cfg.ListFields()])


def main(argv) -> int:
    path = argv[1] if len(argv) > 1 else DEFAULT_PATH
    cfg = read_config(path)
    try:
        check(cfg, path)
    except ValueError as exc:
        log.error("config check failed for %s", path)
        return 2
    if "--dump" in argv:
        dump(cfg, path)
    log.info("key configured: %s", bool(cfg.openai_api_key))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
