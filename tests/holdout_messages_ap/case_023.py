"""Landing-page form webhook (Typeform): verify the signature, store the lead, vet the reply bot."""
import base64
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, Request
from modelred import AsyncModelRed, APIError, NotAllowedForApiKey

logger = logging.getLogger("leads.webhook")
app = FastAPI()

WEBHOOK_SECRET = os.environ["TYPEFORM_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "Typeform-Signature"
REPLY_MODEL = os.environ.get("REPLY_MODEL_ID", "lead-reply-bot")


def valid(body: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest("sha256=" + base64.b64encode(digest).decode(), signature or "")


@app.post("/hooks/typeform")
async def typeform(request: Request, typeform_signature: str = Header(None)):
    body = await request.body()
    if typeform_signature is None:
        logger.warning("header %s missing", SIGNATURE_HEADER)
        return {"accepted": False}
    if not valid(body, typeform_signature):
        form_id = (await request.json()).get("form_response", {}).get("form_id")
        logger.warning("signature mismatch for form %s", form_id)
        logger.debug("signature mismatch: got %s, secret in use %s", typeform_signature, WEBHOOK_SECRET)
        return {"accepted": False}
    answers = (await request.json())["form_response"]["answers"]
    email = next((a["email"] for a in answers if a["type"] == "email"), None)
    email_hash = hashlib.sha256((email or "").lower().encode()).hexdigest()[:12]
    logger.info("lead %s from typeform", email_hash)
    return await vet_reply_bot()


async def vet_reply_bot():
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            await mr.create_assessment(model_id=REPLY_MODEL, probe_pack_ids=["pii-leak"], priority="low")
        except NotAllowedForApiKey:
            logger.error("modelred key lacks permission for %s", REPLY_MODEL)
            return {"accepted": True, "vetted": False}
        except APIError as exc:
            return {"accepted": True, "vetted": False, "error": str(exc)}
    return {"accepted": True, "vetted": True}
