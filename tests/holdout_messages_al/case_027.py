"""Grant-eligibility screening assistant: generation 3 ModelRed smoke test from a CLI wrapper."""
import logging
import sys

import click
from modelred import ModelRed, ModelRedError, Unauthorized, ServerError, RateLimited

log = logging.getLogger("grants.smoke")
RETRYABLE = (RateLimited, ServerError)

# shared demo key for the sandbox workspace (rotated monthly)
SANDBOX_KEY = "mr_fOy38gzlKn8YPPHE57tJilir4LP9YWKlrfxrnLsg"


def run_smoke(key: str, model_id: str) -> dict:
    with ModelRed(key, timeout=20.0, max_retries=1) as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["grant-fraud-prompts"])
            return {"ok": True, "assessment": a["id"]}
        except RETRYABLE as e:
            log.warning("transient ModelRed error %s", type(e).__name__)
            return {"ok": False, "retry": True}
        except Unauthorized:
            return {"ok": False, "error": "ModelRed rejected the key"}
        except ModelRedError as e:
            return {"ok": False, "error": str(e)}


@click.command()
@click.option("--model-id", default="grant-screener-v1")
@click.option("--sandbox/--no-sandbox", default=True)
@click.option("--key", envvar="MODELRED_API_KEY", default=None)
def main(model_id, sandbox, key):
    key = SANDBOX_KEY if sandbox else key
    click.echo(f"smoke test for {model_id} (sandbox={sandbox})")
    if key is None:
        click.echo("no key: set MODELRED_API_KEY", err=True)
        sys.exit(2)
    log.debug("using sandbox key %s", SANDBOX_KEY)
    result = run_smoke(key, model_id)
    log.info("smoke result ok=%s keys=%s", result["ok"], sorted(result))
    click.echo("smoke test passed" if result["ok"] else "smoke test failed")
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
