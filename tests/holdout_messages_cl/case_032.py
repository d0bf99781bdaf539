"""Tornado handler for the driver app: proof-of-delivery photos checked by GPT-4o-mini."""
import json
import logging
import os

import tornado.web
from openai import AsyncOpenAI

pod_log = logging.getLogger("pod")
oai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
DRIVER_TOKENS = json.load(open(os.environ.get("DRIVER_TOKENS_FILE", "/etc/pod/drivers.json")))


def lookup_driver(token):
    import sqlite3
    with sqlite3.connect(os.environ.get("POD_DB", "/var/lib/pod/drivers.db")) as db:
        row = db.execute("select driver_id from drivers where token_sha = sha256(?)", (token,)).fetchone()
    return row[0] if row else None


class PodHandler(tornado.web.RequestHandler):
    def prepare(self):
        auth = self.request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ").strip()
        driver = lookup_driver(token)
        if driver is None:
            pod_log.warning("unknown driver token %s from %s", token, self.request.remote_ip)
            raise tornado.web.HTTPError(401)
        self.driver_id = driver
        pod_log.info("driver %s authenticated via %s header", driver, "Authorization")

    async def post(self, stop_id):
        photo_url = json.loads(self.request.body)["photo_url"]
        resp = await oai.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=50,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "Does this photo show a parcel at a door? Answer yes/no."},
                {"type": "image_url", "image_url": {"url": photo_url}},
            ]}],
        )
        ok = resp.choices[0].message.content.lower().startswith("yes")
        pod_log.info("stop %s pod=%s tokens=%s", stop_id, ok, resp.usage.total_tokens)
        self.write({"stop": stop_id, "accepted": ok})


class DebugHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"drivers": len(DRIVER_TOKENS), "node": os.uname().nodename})


def make_app():
    if not DRIVER_TOKENS:
        raise RuntimeError(f"driver token file is empty: {DRIVER_TOKENS!r}")
    pod_log.info("loaded %d driver tokens", len(DRIVER_TOKENS))
    return tornado.web.Application([(r"/pod/(\w+)", PodHandler), (r"/debug", DebugHandler)])


if __name__ == "__main__":
    import tornado.ioloop
    make_app().listen(8899)
    tornado.ioloop.IOLoop.current().start()
