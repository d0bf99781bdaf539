"""Generate Helm values for the inference chart from the environment."""

import argparse
import os
import sys

import yaml

REQUIRED = ("OPENAI_API_KEY", "REDIS_PASSWORD")


def gather() -> dict:
    missing = [v for v in REQUIRED if not os.environ.get(v)]
    if missing:
        sys.exit(f"missing environment variables: {', '.join(missing)}")
    return {
        "image": {"tag": os.environ.get("IMAGE_TAG", "latest")},
        "replicaCount": int(os.environ.get("REPLICAS", "2")),
        "secrets": {
            "openaiApiKey": os.environ["OPENAI_API_KEY"],
            "redisPassword": os.environ["REDIS_PASSWORD"],
        },
        "redis": {"host": os.environ.get("REDIS_HOST", "redis-master")},
    }


def render(values: dict, path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(values, fh, sort_keys=False)
    os.chmod(path, 0o600)
    print(f"wrote {path} ({len(values['secrets'])} secrets)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="values.secret.yaml")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--redis-password", default=None)
    args = ap.parse_args(argv)
    values = gather()
    if args.redis_password:
        values["secrets"]["redisPassword"] = args.redis_password
        print(f"overriding redis password with --redis-password={args.redis_password}")
    if args.dry_run:
        shown = dict(values, secrets={k: "REDACTED" for k in values["secrets"]})
        print(yaml.safe_dump(shown))
        return 0
    if len(values["secrets"]["openaiApiKey"]) < 20:
        print(f"values: {values}", file=sys.stderr)
        return 2
    render(values, args.out)
    print(f"helm upgrade --install infer ./chart -f {args.out} --set image.tag={values['image']['tag']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
