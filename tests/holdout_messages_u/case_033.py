"""Batch red-team of the last N training checkpoints with ModelRed (0.1.3x); writes a
Parquet report that the ML dashboard renders."""
import argparse
import logging
import os

import pandas as pd
from modelred import ModelRed, ProviderConfig
from modelred import ModelRedError as SDKError, NotFoundError, ValidationError as MRValidation

log = logging.getLogger("batch_redteam")


def register(client: ModelRed, ckpt: str, endpoint: str, endpoint_token: str) -> None:
    cfg = ProviderConfig.rest(api_key=endpoint_token, base_url=endpoint)
    try:
        client.get_model(model_identifier=ckpt)
        return
    except NotFoundError:
        pass
    log.info("registering %s at %s", ckpt, endpoint)
    client.create_model(modelId=ckpt, provider="rest", displayName=ckpt, providerConfig=cfg)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoints", nargs="+", required=True)
    ap.add_argument("--endpoint", default="https://serving.internal/v1")
    ap.add_argument("--out", default="reports/redteam.parquet")
    args = ap.parse_args()
    endpoint_token = os.environ["SERVING_TOKEN"]
    rows = []
    with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        for ckpt in args.checkpoints:
            try:
                register(client, ckpt, args.endpoint, endpoint_token)
                a = client.create_assessment(model=ckpt, test_types=["jailbreak", "toxicity"])
                rows.append({"checkpoint": ckpt, "assessment": a["id"], "error": None})
            except MRValidation as e:
                rows.append({"checkpoint": ckpt, "assessment": None, "error": f"invalid: {e}"})
            except SDKError as e:
                log.exception("checkpoint %s failed", ckpt)
                rows.append({"checkpoint": ckpt, "assessment": None, "error": type(e).__name__})
                log.debug("serving token used for %s: %s", ckpt, endpoint_token)
    df = pd.DataFrame(rows)
    df.to_parquet(args.out)
    log.info("wrote %d rows to %s (%d errors)", len(df), args.out, df["error"].notna().sum())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
