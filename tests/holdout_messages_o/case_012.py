#!/usr/bin/env python3
"""migrate_keys.py - one-off: move provider keys from the old .env files on the
build box into AWS Secrets Manager (one secret per team).

python migrate_keys.py --env-dir /srv/old-envs --prefix llm/teams --dry-run
"""
import argparse
import json
import logging
from pathlib import Path

import boto3
from botocore.exceptions import ClientError
from dotenv import dotenv_values

log = logging.getLogger("migrate")
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

WANTED = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env-dir", type=Path, required=True)
    ap.add_argument("--prefix", default="llm/teams")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    sm = boto3.client("secretsmanager")
    for env_file in sorted(a.env_dir.glob("*.env")):
        team = env_file.stem
        values = dotenv_values(env_file)
        found = {k: v for k, v in values.items() if k in WANTED and v}
        missing = [k for k in WANTED if k not in found]
        log.info("%s: found %s, missing %s", team, sorted(found), missing)
        secret_id = f"{a.prefix}/{team}"
        payload = json.dumps(found)
        if a.dry_run:
            log.info("[dry-run] would write %s = %s", secret_id, payload)
            continue
        try:
            sm.create_secret(Name=secret_id, SecretString=payload)
        except ClientError as e:
            if e.response["Error"]["Code"] != "ResourceExistsException":
                log.error("create %s failed: %s", secret_id, e)
                raise
            sm.put_secret_value(SecretId=secret_id, SecretString=payload)
        for name, value in found.items():
            log.debug("migrated %s for %s: %s", name, team, value)
        log.info("migrated %d keys for %s (%s)", len(found), team, secret_id)


if __name__ == "__main__":
    main()
