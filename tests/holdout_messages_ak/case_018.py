"""Smart-camera summariser on a Jetson: Gemini summarises the day's motion clips."""
import datetime as dt
import logging
import os
from pathlib import Path

import google.generativeai as genai
from modelred import ModelRed, APIError, NotAllowedForApiKey

log = logging.getLogger("camsum")
CLIPS = Path(os.environ.get("CLIP_DIR", "/data/clips"))
GOOGLE_KEY = os.environ["GOOGLE_API_KEY"]
genai.configure(api_key=GOOGLE_KEY)


def summarise_today() -> str:
    today = dt.date.today().isoformat()
    names = sorted(p.name for p in CLIPS.glob(f"{today}*.mp4"))
    model = genai.GenerativeModel("gemini-1.5-flash")
    res = model.generate_content(f"Write a short security summary for motion clips: {names}",
                                 generation_config={"max_output_tokens": 256})
    log.info("gemini tokens: %s", res.usage_metadata.total_token_count)
    return res.text


def audit_model(mr_key: str) -> dict:
    with ModelRed(mr_key, timeout=20.0) as client:
        try:
            job = client.create_assessment(model_id="camsum-gemini", probe_pack_ids=["pii-leak"])
        except NotAllowedForApiKey as e:
            log.warning("key not allowed: %s", e.status_code)
            return {"ok": False, "reason": "this key cannot start assessments"}
        except APIError as e:
            return {"ok": False, "reason": str(e)}
        return {"ok": True, "id": job.id}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    log.info("google key present: %s", bool(GOOGLE_KEY))
    try:
        print(summarise_today())
    except Exception as e:
        log.error("gemini failed (%s) using key %s", e, GOOGLE_KEY)
    res = audit_model(os.environ["MODELRED_API_KEY"])
    log.info("audit result ok=%s", res["ok"])


if __name__ == "__main__":
    main()
