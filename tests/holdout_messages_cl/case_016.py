"""Yard management: gate-check assistant that reads driver paperwork with GPT-4o vision."""
import base64
import logging
import os

from openai import OpenAI, AuthenticationError, APIStatusError

gate_log = logging.getLogger("yard.gate")


class GateCheck:
    def __init__(self, settings):
        self.settings = settings
        self.openai = OpenAI(api_key=settings["openai_api_key"], organization=settings.get("openai_org"))
        self.yard_id = settings["yard_id"]
        gate_log.info("gate check for yard %s org %s", self.yard_id, settings.get("openai_org"))

    def read_bol(self, image_path):
        with open(image_path, "rb") as fh:
            b64 = base64.b64encode(fh.read()).decode()
        try:
            resp = self.openai.chat.completions.create(
                model="gpt-4o",
                max_tokens=400,
                messages=[{
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Extract carrier SCAC, trailer number, seal number and PO list as JSON."},
                        {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{b64}"}},
                    ],
                }],
            )
        except AuthenticationError as e:
            gate_log.error("openai auth failed (%s) with settings %s", e.code, self.settings)
            raise
        except APIStatusError as e:
            gate_log.error("openai status %s: %s", e.status_code, e.message)
            raise
        gate_log.info("BOL read, %s prompt / %s completion tokens",
                      resp.usage.prompt_tokens, resp.usage.completion_tokens)
        return resp.choices[0].message.content


def load_settings(path="/etc/yard/gate.json"):
    import json
    with open(path) as fh:
        s = json.load(fh)
    if "openai_api_key" not in s:
        raise KeyError(f"{path} has no openai_api_key (keys: {sorted(s)})")
    if not s["openai_api_key"].startswith("sk-"):
        raise ValueError(f"{path}: openai_api_key {s['openai_api_key']} is not an OpenAI key")
    return s


if __name__ == "__main__":
    print(GateCheck(load_settings()).read_bol("bol.jpg"))
