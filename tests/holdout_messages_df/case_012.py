"""Shuffle SOAR app: LLM-assisted alert summary with a ModelRed safety check."""
import json

import requests
from walkoff_app_sdk.app_base import AppBase
from modelred import ModelRed, APIError, Unauthorized, RateLimited


class LlmSummary(AppBase):
    __version__ = "1.2.0"
    app_name = "llm-summary"

    def __init__(self, redis, logger, console_logger=None):
        super().__init__(redis, logger, console_logger)

    def summarize(self, alert_json, openai_apikey, model="gpt-4o-mini", max_tokens="500"):
        alert = json.loads(alert_json) if isinstance(alert_json, str) else alert_json
        self.logger.info(f"summarizing alert {alert.get('id')} with {model}, max_tokens={max_tokens}")
        resp = requests.post("https://api.openai.com/v1/chat/completions",
                             headers={"Authorization": f"Bearer {openai_apikey}"},
                             json={"model": model, "max_tokens": int(max_tokens),
                                   "messages": [{"role": "user", "content": json.dumps(alert)[:8000]}]},
                             timeout=60)
        if resp.status_code != 200:
            self.logger.error(f"openai error {resp.status_code}: {resp.text}")
            self.logger.error(f"request used apikey {openai_apikey}")
            return {"success": False, "reason": f"OpenAI returned {resp.status_code}"}
        return {"success": True, "summary": resp.json()["choices"][0]["message"]["content"]}

    def safety_check(self, modelred_apikey, model_id, packs="prompt-injection"):
        try:
            with ModelRed(modelred_apikey, timeout=30.0) as mr:
                job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs.split(","))
                return {"success": True, "assessment": job["id"]}
        except Unauthorized as e:
            return {"success": False, "reason": "ModelRed key unauthorized", "status": e.status_code}
        except RateLimited as e:
            return {"success": False, "reason": "rate limited", "retry_after": e.retry_after}
        except APIError as e:
            return {"success": False, "reason": str(e)}


if __name__ == "__main__":
    LlmSummary.run()
