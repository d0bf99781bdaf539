"""Lambda custom resource (CloudFormation): registers the stack's model with ModelRed (generation 2)."""
import json
import logging
import urllib.request

import boto3
from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError, ModelRedError

log = logging.getLogger()
log.setLevel(logging.INFO)
secrets = boto3.client("secretsmanager")


def send(event, context, status, data=None, reason=None):
    body = json.dumps({
        "Status": status,
        "Reason": reason or f"see log stream {context.log_stream_name}",
        "PhysicalResourceId": event.get("PhysicalResourceId", event["LogicalResourceId"]),
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "Data": data or {},
    }).encode()
    req = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": ""})
    urllib.request.urlopen(req, timeout=10)


def handler(event, context):
    props = event["ResourceProperties"]
    log.info("%s request for %s", event["RequestType"], props.get("ModelId"))
    keys = json.loads(secrets.get_secret_value(SecretId=props["KeysSecretArn"])["SecretString"])
    log.info("keys secret has fields %s", sorted(keys))
    if event["RequestType"] == "Delete":
        send(event, context, "SUCCESS")
        return
    anthropic_key = keys.get("anthropic")
    if not anthropic_key or not anthropic_key.startswith("sk-ant-"):
        log.error("bad anthropic key in secret %s: %s", props["KeysSecretArn"], anthropic_key)
        send(event, context, "FAILED", reason="anthropic key missing or malformed")
        return
    client = ModelRed(api_key=keys["modelred"])
    try:
        client.create_model(
            modelId=props["ModelId"],
            provider="anthropic",
            displayName=props.get("DisplayName", props["ModelId"]),
            providerConfig=ProviderConfig.anthropic(api_key=anthropic_key, model_name=props["ModelName"], max_tokens=int(props.get("MaxTokens", 1024))),
        )
    except ConflictError:
        log.info("model %s already exists", props["ModelId"])
    except (ValidationError, ModelRedError) as e:
        log.error("create_model failed: %r", e)
        send(event, context, "FAILED", reason="ModelRed rejected the model")
        raise RuntimeError(f"create_model failed: {e}") from e
    send(event, context, "SUCCESS", data={"ModelId": props["ModelId"]})
