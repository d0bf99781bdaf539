"""GitLab CI job: scans the model referenced in model.yaml and publishes a dotenv report."""
import asyncio
import os
import sys

import yaml
from modelred import ModelRed, ModelRedError, AuthenticationError, SubscriptionLimitError

CI_API = os.environ.get("CI_API_V4_URL", "https://gitlab.com/api/v4")
JOB_TOKEN_VAR = "CI_JOB_TOKEN"


def load_model() -> dict:
    with open("model.yaml") as fh:
        spec = yaml.safe_load(fh)
    print(f"model spec: id={spec['id']} provider={spec['provider']} max_tokens={spec.get('max_tokens')}")
    return spec


def provider_key(spec: dict) -> str:
    var = spec.get("key_var", "OPENAI_API_KEY")
    value = os.environ.get(var, "")
    if not value:
        raise RuntimeError(f"CI variable {var} is not set for provider {spec['provider']}")
    if " " in value or len(value) < 20:
        raise RuntimeError(f"CI variable {var} looks masked or truncated: {value}")
    return value


async def main() -> int:
    spec = load_model()
    key = provider_key(spec)
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_openai_model(model_id=spec["id"], api_key=key, model_name=spec.get("model", "gpt-4o"))
            result = await client.run_assessment(model_id=spec["id"], test_suites=spec.get("suites", ["basic_security"]), wait_for_completion=True)
        except AuthenticationError:
            print("ModelRed authentication failed: check the MODELRED_API_KEY CI/CD variable", file=sys.stderr)
            return 1
        except SubscriptionLimitError as err:
            print(f"subscription limit: {type(err).__name__}", file=sys.stderr)
            return 0
        except ModelRedError as err:
            with open("modelred.env", "w") as fh:
                fh.write(f"MODELRED_ERROR={type(err).__name__}\n")
            print(f"assessment failed for {spec['id']} using key {key}", file=sys.stderr)
            return 1
    print(f"score={result.get('overall_score')} (job token in ${JOB_TOKEN_VAR})")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
