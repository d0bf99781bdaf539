import asyncio
import os

import modelred as mrd
import modelred.aclient


async def quick_check():
    async with mrd.AsyncModelRed("mr_your_key_here") as c:
        return await c.list_models(page_size=1)


async def real_run(model_id: str, packs):
    async with modelred.aclient.AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as c:
        created = await c.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        while True:
            a = await c.get_assessment(created["id"])
            if a["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                return a
            await asyncio.sleep(10)


async def main():
    try:
        await quick_check()
    except ValueError:
        print("placeholder key rejected, as expected")
    result = await real_run("support-bot-v3", ["pp_core_jailbreak"])
    print(result["status"])


if __name__ == "__main__":
    asyncio.run(main())
