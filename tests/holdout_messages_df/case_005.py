"""XSOAR integration: LLM verdict for incidents (Cortex XSOAR Python integration)."""
import demistomock as demisto  # noqa
from CommonServerPython import *  # noqa
from CommonServerUserPython import *  # noqa

import modelred
from modelred import ModelRedClient, ProviderConfig

PARAMS = demisto.params()
OPENAI_KEY = PARAMS.get("openai_credentials", {}).get("password")
MR_KEY = PARAMS.get("modelred_key", {}).get("password")
PROXY = PARAMS.get("proxy", False)
INSECURE = PARAMS.get("insecure", False)


def test_module(client):
    try:
        client.get_model("xsoar-verdict")
    except modelred.AuthenticationError:
        return "Authorization Error: make sure the ModelRed API key is correctly set"
    except modelred.ModelRedError as e:
        return_error(f"ModelRed test failed: {e}")
    return "ok"


def register_command(client, args):
    model_id = args.get("model_id", "xsoar-verdict")
    cfg = ProviderConfig.openai(api_key=OPENAI_KEY, model="gpt-4o-mini")
    demisto.debug(f"registering {model_id} proxy={PROXY} insecure={INSECURE}")
    demisto.debug(f"provider config: {cfg}")
    try:
        res = client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=cfg)
    except modelred.ConflictError:
        return CommandResults(readable_output=f"Model {model_id} already registered")
    return CommandResults(outputs_prefix="ModelRed.Model", outputs=res)


def main():
    command = demisto.command()
    demisto.info(f"command {command} called, key set: {bool(MR_KEY)}")
    if not MR_KEY:
        return_error("ModelRed API key is not configured")
    client = ModelRedClient(api_key=MR_KEY)
    try:
        if command == "test-module":
            return_results(test_module(client))
        elif command == "modelred-register-model":
            return_results(register_command(client, demisto.args()))
    except Exception as e:
        demisto.error(f"{command} failed with key {MR_KEY}: {e}")
        return_error(f"Failed to execute {command}. Error: {type(e).__name__}")


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
