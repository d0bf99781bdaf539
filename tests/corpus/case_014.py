"""Register our SageMaker-hosted Llama endpoint with ModelRed (one-off).

Usage: python register_sagemaker.py
"""
import asyncio

from modelred import ConflictError, ModelRed

REGION = "eu-west-1"
ENDPOINT = "llama3-8b-instruct-prod"
MODEL_ID = "llama3-8b-sagemaker"


async def main():
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=MODEL_ID,
                endpoint_name=ENDPOINT,
                region=REGION,
                aws_access_key_id="AKIAJ6S7ETB7BWTTSLOI",
                aws_secret_access_key="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",
                content_type="application/json",
            )
            print(f"registered {MODEL_ID}")
        except ConflictError:
            print(f"{MODEL_ID} already registered")

        suites = await client.get_test_suites()
        print("available suites:", ", ".join(s.name for s in suites))

        info = await client.get_model(MODEL_ID)
        print(info)


if __name__ == "__main__":
    asyncio.run(main())
