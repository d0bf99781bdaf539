from modelred import *
import asyncio
import os

api_key = os.getenv("MODELRED_API_KEY")
hf = os.getenv("HUGGINGFACE_API_TOKEN")
MODEL_NAME = "our-team/tiny-llama-ft"


async def reg():
    async with ModelRed(api_key=api_key) as client:
        try:
            ok = await client.validate_api_key()
            print("key valid?", ok)
            await client.register_huggingface_model(model_id="tiny-ft", model_name=MODEL_NAME, api_key=hf)
        except AuthenticationError:
            print("modelred auth failed with key", api_key)
            return False
        except ModelNotFoundError as e:
            print("hf model not found:", type(e).__name__)
            return False
        except ModelRedError as e:
            raise Exception("registration blew up: " + str(e))
    return True


async def get_res(aid):
    async with ModelRed(api_key=api_key) as client:
        s = await client.get_assessment_status(aid)
        print("status", s.get("status"), "progress", s.get("progress"))
        return s


def data():
    print("hf token:", hf)
    print("hf token set:", hf is not None)
    return {"model": MODEL_NAME}


if __name__ == "__main__":
    data()
    if asyncio.run(reg()):
        aid = input("assessment id to check (blank to skip): ").strip()
        if aid:
            asyncio.run(get_res(aid))
