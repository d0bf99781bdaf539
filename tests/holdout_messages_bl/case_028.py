"""Pulumi Automation API driver: `python up.py <stack>` from CI, with ModelRed scan after deploy (generation 1)."""
import asyncio
import os
import sys

from pulumi import automation as auto
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

STACK = sys.argv[1]
WORK_DIR = os.path.join(os.path.dirname(__file__), "infra")
PULUMI_TOKEN_VAR = "PULUMI_ACCESS_TOKEN"


class Deployer:
    def __init__(self, stack_name):
        self.stack_name = stack_name
        self.pulumi_token = os.environ[PULUMI_TOKEN_VAR]
        self.modelred_key = os.environ.get("MODELRED_API_KEY")
        self.openai_key = os.environ["OPENAI_API_KEY"]

    def up(self):
        stack = auto.create_or_select_stack(stack_name=self.stack_name, work_dir=WORK_DIR,
                                            opts=auto.LocalWorkspaceOptions(env_vars={PULUMI_TOKEN_VAR: self.pulumi_token}))
        stack.set_config("llm:openaiApiKey", auto.ConfigValue(value=self.openai_key, secret=True))
        print(f"[{self.stack_name}] config set: llm:openaiApiKey (secret)")
        res = stack.up(on_output=print)
        print(f"[{self.stack_name}] {res.summary.result}, outputs {sorted(res.outputs)}")
        return res.outputs["endpoint_model_id"].value

    async def scan(self, model_id):
        async with ModelRed(api_key=self.modelred_key) as client:
            try:
                await client.validate_api_key()
                return await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True, timeout_minutes=30)
            except AuthenticationError:
                print(f"[{self.stack_name}] ModelRed key invalid: {self.modelred_key}", file=sys.stderr)
                raise
            except ValidationError as e:
                raise SystemExit(f"scan rejected: {e.__class__.__name__}")
            except ModelRedError as e:
                print(f"[{self.stack_name}] scan error: {e!r}", file=sys.stderr)
                raise


if __name__ == "__main__":
    d = Deployer(STACK)
    if not d.modelred_key:
        raise RuntimeError(f"MODELRED_API_KEY is unset ({d.modelred_key!r})")
    model_id = d.up()
    result = asyncio.run(d.scan(model_id))
    print(f"scan {result['assessment_id']} status {result['status']}")
    if os.environ.get("CI_DEBUG"):
        print(f"deployer state: {vars(d)}")
