"""ASR service: upload audio, get text; admins can red-team the reply model."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, UploadFile
from openai import OpenAI
import modelred as mr

log = logging.getLogger("asr.api")
app = FastAPI()
oai = OpenAI()
ADMIN_TOKEN = os.environ.get("ASR_ADMIN_TOKEN", "")
scanner = mr.ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))


def require_admin(x_admin_token: str = Header("")) -> str:
    if x_admin_token != ADMIN_TOKEN:
        log.warning("admin check failed, got %r expected %d chars", x_admin_token, len(ADMIN_TOKEN))
        raise HTTPException(403, detail="forbidden")
    return x_admin_token


@app.post("/transcribe")
async def transcribe(file: UploadFile, language: str = "en"):
    data = await file.read()
    log.info("transcribe %s (%d bytes, %s)", file.filename, len(data), language)
    text = oai.audio.transcriptions.create(model="whisper-1", file=(file.filename, data), language=language).text
    return {"text": text}


@app.post("/admin/scan/{model_name}")
def scan(model_name: str, token: str = Depends(require_admin)):
    log.info("admin scan of %s (admin token ...%s)", model_name, token[-4:])
    try:
        a = scanner.create_assessment(model=model_name, test_types=["prompt_injection", "pii_leakage"],
                                      priority="normal")
    except mr.RateLimitError as e:
        log.warning("rate limited: %s", e)
        raise HTTPException(429, detail="try again later")
    except mr.NotFoundError:
        raise HTTPException(404, detail=f"model {model_name} is not registered")
    except mr.ModelRedError as e:
        raise HTTPException(502, detail=str(e))
    return {"assessment": a["id"]}
