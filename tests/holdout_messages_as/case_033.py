"""WordPress plugin backend (WP-CLI companion): registers the site's headline model with ModelRed gen 2."""
import argparse
import json
import logging
import subprocess

from modelred import ModelRed, ProviderConfig, ModelRedError, NotFoundError

logger = logging.getLogger("wp-modelred")


def wp_option(name):
    out = subprocess.run(["wp", "option", "get", name, "--format=json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-id", default="wp-headlines")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    opts = wp_option("ai_headlines_settings")
    mr_key = opts.get("modelred_api_key")
    openai_key = opts.get("openai_api_key")
    logger.info("plugin options: %s", sorted(opts))
    if args.verbose:
        logger.debug("modelred key from wp options: %s", mr_key)
    client = ModelRed(api_key=mr_key)
    try:
        client.get_model(args.model_id)
        logger.info("model %s exists", args.model_id)
        return 0
    except NotFoundError:
        pass
    cfg = ProviderConfig.openai(api_key=openai_key, model_name=opts.get("model", "gpt-4o-mini"), max_tokens=60)
    try:
        client.create_model(modelId=args.model_id, provider="openai", displayName="WP headlines", providerConfig=cfg)
    except ModelRedError as exc:
        logger.error("create_model failed: %s (status %s)", exc, getattr(exc, "status_code", None))
        subprocess.run(["wp", "option", "update", "ai_headlines_last_error", type(exc).__name__])
        return 1
    logger.info("registered %s (model %s)", args.model_id, opts.get("model"))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as err:
        raise RuntimeError(f"wp-cli failed: {err.returncode} {err.stderr}")
