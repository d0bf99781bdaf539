"""whoami for the ModelRed generation-2 CLI (mrcli)."""
import argparse
import logging
import os

from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("mrcli.whoami")


def resolve_key(cli_key: str | None) -> str:
    api_key = cli_key or os.getenv("MODELRED_API_KEY")
    if not api_key:
        raise SystemExit("set MODELRED_API_KEY or pass --api-key")
    return api_key


def whoami(api_key: str, model_identifier: str | None) -> dict:
    client = ModelRed(api_key=api_key)
    info = {"key_prefix": api_key[:3], "key_len": len(api_key)}
    if model_identifier:
        try:
            info["model"] = client.get_model(model_identifier)
        except NotFoundError:
            info["model"] = None
        except ModelRedError as e:
            return {**info, "error": f"lookup failed: {e}"}
    return info


def main() -> None:
    p = argparse.ArgumentParser(prog="mrcli whoami")
    p.add_argument("--api-key")
    p.add_argument("--model")
    p.add_argument("--debug", action="store_true")
    ns = p.parse_args()
    logging.basicConfig(level=logging.DEBUG if ns.debug else logging.WARNING)
    api_key = resolve_key(ns.api_key)
    log.debug("resolved key from %s", "flag" if ns.api_key else "environment")
    if ns.debug:
        log.debug("argv namespace: %s", vars(ns))
    info = whoami(api_key, ns.model)
    for k, v in info.items():
        print(f"{k:>12}: {v}")
    log.info("max_tokens default for probes: %d", 512)


if __name__ == "__main__":
    main()
