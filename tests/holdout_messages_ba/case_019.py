# onboard_connect_instance.py -- one-off script: wire a new Amazon Connect instance to the LLM stack
import json
import os

import boto3

REGION = "eu-west-2"
INSTANCE_ALIAS = "northwind-cc-uk"
SECRET_NAME = "cc/llm/providers"

session = boto3.Session(
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    region_name=REGION,
)
print(f"session for {INSTANCE_ALIAS} in {REGION}, secret {SECRET_NAME}")

secrets = session.client("secretsmanager")
providers = json.loads(secrets.get_secret_value(SecretId=SECRET_NAME)["SecretString"])
print("provider secret fields:", sorted(providers))
print("openai key present:", bool(providers.get("openai_api_key")))
print(json.dumps(providers, indent=2))

connect = session.client("connect")
instance = next(i for i in connect.list_instances()["InstanceSummaryList"] if i["InstanceAlias"] == INSTANCE_ALIAS)
print(f"instance {instance['Id']} ({instance['InstanceStatus']})")

lambda_arn = f"arn:aws:lambda:{REGION}:{instance['Arn'].split(':')[4]}:function:cc-llm-summary"
connect.associate_lambda_function(InstanceId=instance["Id"], FunctionArn=lambda_arn)
print(f"associated {lambda_arn}")

aws_lambda = session.client("lambda")
env = {
    "MODEL": "gpt-4o-mini",
    "MAX_TOKENS": "120",
    "OPENAI_API_KEY": providers["openai_api_key"],
}
aws_lambda.update_function_configuration(FunctionName="cc-llm-summary", Environment={"Variables": env})
print(f"lambda env updated: MODEL={env['MODEL']} MAX_TOKENS={env['MAX_TOKENS']}")
print(f"lambda env: {env}")

if not providers.get("anthropic_api_key"):
    raise SystemExit("no anthropic key in the provider secret; skipping the Claude fallback")
print("done")
