"""PBS job wrapper that registers the fine-tuned checkpoint with ModelRed (generation 2)."""
#PBS -N register-ckpt
#PBS -l select=1:ncpus=4:mem=16gb
#PBS -l walltime=00:30:00
import argparse
import logging
import os
import sys

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("register")


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--model-id", required=True)
    p.add_argument("--hf-repo", required=True)
    p.add_argument("--hf-token", default=os.environ.get("HF_TOKEN"))
    return p.parse_args()


def main() -> int:
    args = parse()
    pbs_job = os.environ.get("PBS_JOBID", "?")
    log.info("job %s registering %s from %s", pbs_job, args.model_id, args.hf_repo)
    if not args.hf_token:
        log.error("no HF token given (got %r); set HF_TOKEN", args.hf_token)
        return 2
    log.debug("hf token for %s: %s", args.hf_repo, args.hf_token)
    mr_key = os.environ["MODELRED_API_KEY"]
    client = ModelRed(api_key=mr_key)
    cfg = ProviderConfig.huggingface(model_name=args.hf_repo, api_key=args.hf_token)
    log.info("provider config built: %s", cfg)
    try:
        client.create_model(
            modelId=args.model_id,
            provider="huggingface",
            displayName=f"{args.model_id} (PBS {pbs_job})",
            providerConfig=cfg,
        )
    except ConflictError:
        log.info("model %s already registered", args.model_id)
    except ValidationError as e:
        log.error("registration rejected: %s", e)
        return 1
    print(f"registered {args.model_id}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
