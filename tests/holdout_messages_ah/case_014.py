import asyncio
import json
import logging
import os

import aiohttp

log = logging.getLogger("anticaptcha")

CREATE = "https://api.anti-captcha.com/createTask"
RESULT = "https://api.anti-captcha.com/getTaskResult"


async def create_task(session: aiohttp.ClientSession, client_key: str, website_url: str, website_key: str) -> int:
    task = {"type": "RecaptchaV2TaskProxyless", "websiteURL": website_url, "websiteKey": website_key}
    payload = {"clientKey": client_key, "task": task, "softId": 0}
    log.debug("createTask task=%s", task)
    log.debug("createTask payload=%s", json.dumps(payload))
    async with session.post(CREATE, json=payload) as r:
        body = await r.json()
    if body.get("errorId"):
        log.warning("createTask error %s: %s", body.get("errorCode"), body.get("errorDescription"))
        raise RuntimeError(f"anti-captcha createTask: {body.get('errorCode')}")
    return body["taskId"]


async def wait_result(session, client_key: str, task_id: int, tries: int = 40) -> str:
    for _ in range(tries):
        await asyncio.sleep(3)
        async with session.post(RESULT, json={"clientKey": client_key, "taskId": task_id}) as r:
            body = await r.json()
        if body.get("errorCode") == "ERROR_KEY_DOES_NOT_EXIST":
            raise PermissionError("anti-captcha clientKey " + client_key + " does not exist")
        if body.get("status") == "ready":
            return body["solution"]["gRecaptchaResponse"]
    raise TimeoutError(f"task {task_id} not ready after {tries} polls")


async def solve(website_url: str, website_key: str) -> str:
    client_key = os.environ["ANTICAPTCHA_KEY"]
    async with aiohttp.ClientSession() as s:
        tid = await create_task(s, client_key, website_url, website_key)
        log.info("task %s created for %s", tid, website_url)
        return await wait_result(s, client_key, tid)


if __name__ == "__main__":
    print(asyncio.run(solve("https://example.com/signup", os.environ["SIGNUP_SITEKEY"]))[:40])
