"""repro.py: one entry point to reproduce every experiment in the paper's appendix."""
import argparse
import json
import logging
import os
import subprocess
import sys

log = logging.getLogger("repro")
EXPERIMENTS = {"tab2": "scripts/run_tab2.py", "tab3": "scripts/run_tab3.py", "fig4": "scripts/plot_fig4.py"}


def parse():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("experiment", choices=sorted(EXPERIMENTS))
    p.add_argument("--openai-key", default=os.environ.get("OPENAI_API_KEY"))
    p.add_argument("--modelred-key", default=os.environ.get("MODELRED_API_KEY"))
    p.add_argument("--max-tokens", type=int, default=512)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args()


def child_env(args):
    env = dict(os.environ)
    env.update({"OPENAI_API_KEY": args.openai_key or "", "MODELRED_API_KEY": args.modelred_key or "", "REPRO_SEED": str(args.seed), "REPRO_MAX_TOKENS": str(args.max_tokens)})
    return env


def main():
    args = parse()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    log.info("experiment=%s seed=%d max_tokens=%d", args.experiment, args.seed, args.max_tokens)
    log.debug("arguments %s", vars(args))
    safe = {k: v for k, v in vars(args).items() if not k.endswith("_key")}
    log.info("recorded arguments %s", json.dumps(safe))
    if args.modelred_key and not args.modelred_key.startswith("mr_"):
        raise SystemExit(2)
    if args.openai_key is not None and args.openai_key.strip() != args.openai_key:
        raise ValueError(f"--openai-key has surrounding whitespace: {args.openai_key!r}")
    cmd = [sys.executable, EXPERIMENTS[args.experiment], "--seed", str(args.seed)]
    if args.dry_run:
        print("would run:", " ".join(cmd))
        return 0
    env = child_env(args)
    log.info("child env has %d variables; MODELRED key set: %s", len(env), bool(env["MODELRED_API_KEY"]))
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("%s failed (%d): %s", args.experiment, proc.returncode, proc.stderr[-2000:])
        return proc.returncode
    print(proc.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
