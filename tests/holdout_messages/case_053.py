"""Quick-start script from the docs: print what happens (generation 1)."""
import asyncio

from modelred import ModelRed, ModelRedError


async def main() -> None:
    async with ModelRed() as client:
        try:
            ok = await client.validate_api_key()
            print("API key valid:", ok)
            suites = await client.get_test_suites()
            print(f"{len(suites)} test suites available")
        except ModelRedError as e:
            print(f"Error: {e}")


if __name__ == "__main__":
    asyncio.run(main())
