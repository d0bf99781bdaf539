"""Onboard a tenant: store its upstream provider keys in Vault (KV v2)."""
import argparse
import getpass
import logging
import sys

import hvac

log = logging.getLogger("onboard")

MOUNT = "gateway"


def onboard(client: hvac.Client, tenant: str, openai_key: str, anthropic_key: str | None) -> None:
    secret_data = {"openai_api_key": openai_key}
    if anthropic_key:
        secret_data["anthropic_api_key"] = anthropic_key
    path = f"tenants/{tenant}/upstream"
    resp = client.secrets.kv.v2.create_or_update_secret(path=path, secret=secret_data, mount_point=MOUNT)
    version = resp["data"]["version"]
    log.info("stored %s at %s/%s version %s", sorted(secret_data), MOUNT, path, version)
    print("stored", secret_data, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tenant")
    parser.add_argument("--vault-addr", default="http://127.0.0.1:8200")
    parser.add_argument("--anthropic", action="store_true")
    args = parser.parse_args()
    vault_token = getpass.getpass("Vault token: ")
    client = hvac.Client(url=args.vault_addr, token=vault_token)
    if not client.is_authenticated():
        log.error("vault at %s rejected token %s", args.vault_addr, vault_token)
        return 2
    lookup = client.auth.token.lookup_self()["data"]
    log.info("vault token accessor %s ttl %ss policies %s", lookup["accessor"], lookup["ttl"], lookup["policies"])
    openai_key = getpass.getpass("OpenAI key for tenant: ")
    anthropic_key = getpass.getpass("Anthropic key: ") if args.anthropic else None
    if not openai_key.startswith("sk-"):
        raise SystemExit(f"not an OpenAI key: {openai_key[:3]}...")
    onboard(client, args.tenant, openai_key, anthropic_key)
    log.info("tenant %s onboarded", args.tenant)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
