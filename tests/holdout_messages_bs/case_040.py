"""Caption-correction service: gRPC-ish handler class, ModelRed gen 3 moderation scan."""
import logging
import os

import openai
from modelred import ModelRed, ModelRedError, Conflict, ValidationFailed

logger = logging.getLogger("captions.correct")


class CorrectionService:
    def __init__(self, openai_key=None, mr_key=None):
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.mr_key = mr_key or os.environ["MODELRED_API_KEY"]
        self.model = os.environ.get("CORRECTION_MODEL", "gpt-4o-mini")
        self.client = openai.OpenAI(api_key=self.openai_key)
        logger.info("correction model %s", self.model)

    def correct(self, cues, lang):
        joined = "\n".join(c["text"] for c in cues)
        try:
            resp = self.client.chat.completions.create(model=self.model, max_tokens=1500, messages=[{"role": "user", "content": f"Fix ASR errors ({lang}), keep one line per cue:\n{joined}"}])
        except openai.AuthenticationError as e:
            logger.error("openai auth error %s using %s", e.status_code, self.openai_key)
            raise
        lines = resp.choices[0].message.content.splitlines()
        if len(lines) != len(cues):
            raise ValueError(f"model returned {len(lines)} lines for {len(cues)} cues")
        return [dict(c, text=t) for c, t in zip(cues, lines)]

    def moderation_scan(self, packs):
        try:
            with ModelRed(self.mr_key, max_retries=2) as mr:
                return {"ok": True, "job": mr.create_assessment(model_id="caption-corrector", probe_pack_ids=packs)}
        except Conflict:
            return {"ok": False, "error": "a scan is already running"}
        except ValidationFailed as e:
            return {"ok": False, "error": e.args[0] if e.args else "invalid"}
        except ModelRedError as e:
            logger.error("scan failed: %r", e)
            return {"ok": False, "error": "scan failed"}

    def health(self):
        return {"model": self.model, "openai": bool(self.openai_key), "modelred_tail": self.mr_key[-4:]}


def handle(request):
    svc = CorrectionService(mr_key=request.headers.get("x-modelred-key"))
    logger.debug("health %s", svc.health())
    if request.path == "/scan":
        return svc.moderation_scan(request.json.get("packs", []))
    if not svc.mr_key.startswith("mr_"):
        raise PermissionError(f"invalid ModelRed key in header: {svc.mr_key}")
    return svc.correct(request.json["cues"], request.json.get("lang", "en"))
