import os
import asyncio
from modelred import ModelRed, ModelRedError, ValidationError

aws_key_id = os.environ["AWS_ACCESS_KEY_ID"]
aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
endpoint = os.environ.get("SM_ENDPOINT", "hack-llama-endpoint")
region = "us-west-2"


def x():
    # print everything so we can debug on the demo machine
    print("endpoint:", endpoint, "region:", region)
    print("aws key id:", aws_key_id)
    print("aws secret:", aws_secret)
    print("aws secret tail:", aws_secret[-4:])


async def register():
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id="sm-llama",
                endpoint_name=endpoint,
                region=region,
                aws_access_key_id=aws_key_id,
                aws_secret_access_key=aws_secret,
            )
        except ValidationError as e:
            print("bad sagemaker config", type(e).__name__)
            return False
        except ModelRedError:
            print("register failed")
            return False
    return True


async def go():
    ok = await register()
    if not ok:
        return
    async with ModelRed() as client:
        r = await client.run_assessment(model_id="sm-llama", test_suites=["basic_security"])
        print("queued", r.assessment_id)
        s = await client.get_assessment_status(r.assessment_id)
        print("status now", s)


if __name__ == "__main__":
    x()
    asyncio.run(go())
