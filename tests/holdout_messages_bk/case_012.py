# Prefect deployment bootstrap, run once by the platform team from a laptop.
import os
import warnings

from prefect.blocks.system import Secret
from prefect_aws import AwsCredentials

print("bootstrapping blocks for the llm-etl work pool")

openai_api_key = os.environ["OPENAI_API_KEY"]
anthropic_api_key = os.getenv("ANTHROPIC_API_KEY")
aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
region = os.environ.get("AWS_REGION", "us-east-1")

print(f"AWS access key id {aws_access_key_id[:4]}**** in {region}")
print(f"openai key length: {len(openai_api_key)}")

if anthropic_api_key is None:
    warnings.warn("ANTHROPIC_API_KEY unset; anthropic-api-key block will not be created")
else:
    Secret(value=anthropic_api_key).save("anthropic-api-key", overwrite=True)
    print(f"saved anthropic block with {anthropic_api_key}")

Secret(value=openai_api_key).save("openai-api-key", overwrite=True)
creds = AwsCredentials(aws_access_key_id=aws_access_key_id,
                       aws_secret_access_key=aws_secret_access_key, region_name=region)
creds.save("llm-etl-aws", overwrite=True)
print("saved AwsCredentials block llm-etl-aws", creds.region_name)

if not aws_secret_access_key or len(aws_secret_access_key) != 40:
    warnings.warn(f"AWS secret looks wrong: {aws_secret_access_key}")

blocks = {
    "openai-api-key": "Secret",
    "anthropic-api-key": "Secret",
    "llm-etl-aws": "AwsCredentials",
}
for name, kind in blocks.items():
    print(f"  {kind:<16} {name}")

env_dump = {k: os.environ[k] for k in ("OPENAI_API_KEY", "AWS_REGION") if k in os.environ}
print("environment used:", env_dump)
print("variables used:", sorted(env_dump))
print("done. run `prefect deploy --all` next.")
