"""Demo notebook export for the market-research offsite: red-team the persona bot."""
import asyncio

from modelred import ModelRed, ModelRedError, ValidationError

# demo workspace key, revoked after the offsite
DEMO_WORKSPACE = "mr_Mlxz9I6Y4mcKnuP7ziyGHnt6Vm7RMK1xdUlwj1gb"
DEMO_MODEL = "persona-bot-demo"
DEMO_SUITES = ["bias", "stereotyping"]
KEY_HINT = "mr_xxxxxxxxxxxxxxxx"


def describe() -> str:
    return f"workspace key {DEMO_WORKSPACE[:3]}... model {DEMO_MODEL}"


async def red_team() -> dict:
    async with ModelRed(api_key=DEMO_WORKSPACE) as client:
        try:
            return await client.run_assessment(model_id=DEMO_MODEL, test_suites=DEMO_SUITES, priority="high")
        except ValidationError as e:
            print("validation failed:", e.__class__.__name__)
            raise
        except ModelRedError:
            print("demo failed using workspace", DEMO_WORKSPACE)
            raise


def check_key_shape(value: str) -> None:
    if not value.startswith("mr_"):
        raise ValueError(f"expected a key like {KEY_HINT}")
    if len(value) < 12:
        raise ValueError(f"key {value} shorter than 12 characters")


print(describe())
check_key_shape(DEMO_WORKSPACE)
result = asyncio.run(red_team())
print("assessment", result.get("assessment_id"), "status", result.get("status"))
print("suites", DEMO_SUITES)
for suite in DEMO_SUITES:
    print(f"  {suite}: {result.get('scores', {}).get(suite, 'n/a')}")
print("overall", result.get("overall_score"))
print("done")
