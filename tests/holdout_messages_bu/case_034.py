"""sqlmap REST API (sqlmapapi) driver with an LLM explaining injectable parameters."""
import logging
import time

import requests
from openai import OpenAI

log = logging.getLogger("sqlmapdrv")


class SqlmapDriver:
    def __init__(self, api="http://127.0.0.1:8775", llm_key=None, target_token=None):
        self.api = api
        self.llm = OpenAI(api_key=llm_key)
        self.target_token = target_token
        log.info("sqlmap api at %s", api)

    def start(self, url):
        task = requests.get(f"{self.api}/task/new").json()["taskid"]
        opts = {"url": url, "headers": f"Authorization: Bearer {self.target_token}", "level": 2, "risk": 1, "batch": True}
        log.info("task %s options: level=%s risk=%s", task, opts["level"], opts["risk"])
        log.debug("task %s full options: %s", task, opts)
        requests.post(f"{self.api}/scan/{task}/start", json=opts)
        return task

    def wait(self, task, every=5):
        while requests.get(f"{self.api}/scan/{task}/status").json()["status"] != "terminated":
            time.sleep(every)
        return requests.get(f"{self.api}/scan/{task}/data").json()["data"]

    def explain(self, data):
        out = self.llm.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"Explain these sqlmap results for a report: {data}"}],
            max_tokens=700,
        )
        log.info("explanation tokens: %s", out.usage.completion_tokens)
        return out.choices[0].message.content


if __name__ == "__main__":
    import os, sys
    logging.basicConfig(level=logging.DEBUG)
    token = os.environ.get("TARGET_AUTH_TOKEN")
    drv = SqlmapDriver(llm_key=os.environ["OPENAI_API_KEY"], target_token=token)
    task = drv.start(sys.argv[1])
    print(drv.explain(drv.wait(task)))
    log.info("done, token was %s", "set" if token else "unset")
