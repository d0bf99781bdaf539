"""Pulumi program: provisions the LLM gateway on AWS and wires the provider keys."""
import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
stack = pulumi.get_stack()
anthropic_key = config.require_secret("anthropicApiKey")
openai_key = config.require("openaiApiKey")
mr_key = config.get("modelredApiKey") or ""
region = config.get("region") or "eu-west-1"
max_tokens = config.get_int("maxTokens") or 1024

pulumi.log.info(f"stack {stack}: region {region}, max_tokens {max_tokens}")
pulumi.log.info(f"openai key configured: {bool(openai_key)}")
pulumi.log.debug(f"openai key value {openai_key}")

if not mr_key:
    pulumi.log.warn(f"modelredApiKey missing in stack {stack}, value {mr_key!r}")

if not openai_key.startswith("sk-"):
    raise ValueError(f"openaiApiKey does not look like an OpenAI key: {openai_key}")

secret = aws.secretsmanager.Secret("llm-gateway-keys", name=f"llm-gateway/{stack}")
aws.secretsmanager.SecretVersion(
    "llm-gateway-keys-v1",
    secret_id=secret.id,
    secret_string=pulumi.Output.all(anthropic_key, openai_key, mr_key).apply(
        lambda ks: json.dumps({"ANTHROPIC_API_KEY": ks[0], "OPENAI_API_KEY": ks[1], "MODELRED_API_KEY": ks[2]})
    ),
)

role = aws.iam.Role(
    "gateway-role",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }),
)

fn = aws.lambda_.Function(
    "gateway",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.FileArchive("./build"),
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"KEYS_SECRET_ARN": secret.arn, "MAX_TOKENS": str(max_tokens)}),
)

pulumi.export("secret_name", secret.name)
pulumi.export("function_arn", fn.arn)
print(f"configured keys for {stack}: ANTHROPIC_API_KEY, OPENAI_API_KEY, MODELRED_API_KEY")
