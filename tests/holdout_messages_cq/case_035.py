# One-off migration: move volunteer-platform API keys from chapters.yaml into Vault.
import logging
import sys

import hvac
import yaml

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
mig = logging.getLogger("migrate")

vault = hvac.Client(url="https://vault.internal.example.org:8200")
vault_token = open("/run/secrets/vault_token").read().strip()
vault.token = vault_token
if not vault.is_authenticated():
    mig.error("Vault login failed for token %s", vault_token)
    sys.exit(1)

chapters = yaml.safe_load(open("chapters.yaml"))["chapters"]
mig.info("%d chapters to migrate", len(chapters))

moved, skipped = 0, []
for ch in chapters:
    name = ch["name"]
    key = ch.get("volunteerhub_api_key")
    if not key:
        mig.warning("chapter %s has no key (%r), skipping", name, key)
        skipped.append(name)
        continue
    path = f"nonprofit/chapters/{name}/volunteerhub"
    vault.secrets.kv.v2.create_or_update_secret(path=path, secret={"api_key": key})
    mig.info("moved %s -> %s (key ...%s)", name, path, key[-4:])
    moved += 1
    ch.pop("volunteerhub_api_key")
    ch["volunteerhub_api_key_path"] = path
    mig.info("chapter entry now: %s", ch)

yaml.safe_dump({"chapters": chapters}, open("chapters.yaml", "w"))
mig.info("moved %d, skipped %s", moved, ", ".join(skipped) or "none")
print("Vault token TTL:", vault.auth.token.lookup_self()["data"]["ttl"])
print("done; remember to shred chapters.yaml.bak")
if skipped:
    print("chapters without keys:", skipped)
for ch in chapters:
    if ch.get("volunteerhub_api_key_path", "").endswith("volunteerhub"):
        continue
    print("unexpected chapter shape:", ch["name"])
