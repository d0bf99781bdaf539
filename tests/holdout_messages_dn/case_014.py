import os
import json
from modelred import ModelRed, ModelRedError, ValidationError, ProviderConfig

CONFIG_FILE = "keys.json"


def load():
    with open(CONFIG_FILE) as f:
        c = json.load(f)
    print("loaded config keys:", list(c.keys()))
    return c


conf = load()
mr_api_key = conf["modelred"]
anthropic_key = conf["anthropic"]
print("anthropic key:", anthropic_key)


async def setup_model(name):
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError("anthropic key in keys.json is malformed: %s" % anthropic_key)
    pc = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-20240620")
    async with ModelRed(api_key=mr_api_key) as client:
        try:
            await client.register_anthropic_model(model_id=name, api_key=anthropic_key, model_name="claude-3-5-sonnet-20240620")
        except ValidationError as e:
            print("validation problem:", type(e).__name__)
            return None
        except ModelRedError as e:
            return "register failed: " + str(e)
        print("registered", name, "config type", type(pc).__name__)
        return name


async def scan(name):
    async with ModelRed(api_key=mr_api_key) as client:
        st = await client.run_assessment(model_id=name, test_suites=["basic_security", "jailbreak"])
        print("assessment", st.assessment_id, st.status)
        return st.assessment_id


if __name__ == "__main__":
    import asyncio
    n = os.environ.get("MODEL_NAME", "claude-hack")
    r = asyncio.run(setup_model(n))
    print("setup ->", r)
    if r == n:
        print("scan id", asyncio.run(scan(n)))
