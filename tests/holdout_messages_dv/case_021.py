"""Smoke-test script for the staging ModelRed workspace (generation 3).

Settings layer: a hard-coded staging key as the default, overridden by $MODELRED_API_KEY
and then by a local staging.ini if present.
"""
import configparser
import os
import sys

from modelred import ModelRed, ModelRedError, Forbidden, NotAllowedForApiKey

STAGING_DEFAULT_KEY = "mr_yXMPMQxYTK1nxV0FlY1RA7ihc22JupqjdhLKAZsB"

ini = configparser.ConfigParser()
ini.read("staging.ini")

api_key = STAGING_DEFAULT_KEY
api_key = os.environ.get("MODELRED_API_KEY", api_key)
if ini.has_option("modelred", "api_key"):
    api_key = ini["modelred"]["api_key"]

workspace = ini.get("modelred", "workspace", fallback="staging")
print(f"key length {len(api_key)}")
print(f"workspace={workspace} key_source={'ini' if ini.has_option('modelred', 'api_key') else 'env/default'}")
if api_key == STAGING_DEFAULT_KEY:
    print("WARNING: still on the shipped staging key", STAGING_DEFAULT_KEY)


def smoke(client: ModelRed) -> str:
    try:
        models = client.list_models()
        packs = client.list_owned_probes()
    except (Forbidden, NotAllowedForApiKey) as e:
        return "forbidden: " + type(e).__name__
    except ModelRedError as e:
        raise RuntimeError("staging smoke test failed: " + str(e)) from e
    return f"{len(models)} models, {len(packs)} probe packs"


with ModelRed(api_key, timeout=10.0, max_retries=1) as client:
    try:
        print(smoke(client))
    except RuntimeError as err:
        print(f"smoke failed with key {api_key}", file=sys.stderr)
        sys.exit(1)

print("smoke ok, key fingerprint", api_key[:3] + "..." + api_key[-4:])
