from __future__ import annotations

import hmac
import logging
import os
from typing import Annotated

from fastapi import FastAPI, Form
from modelred import ModelRedClient, ModelRedError, ValidationError as MRValidationError

logger = logging.getLogger("mm.slash")
app = FastAPI()

MM_COMMAND_TOKEN = os.environ["MM_COMMAND_TOKEN"]
mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


def check_token(token: str) -> None:
    if not hmac.compare_digest(token, MM_COMMAND_TOKEN):
        logger.warning("slash token mismatch (%d chars received)", len(token))
        raise PermissionError("bad command token, expected %s" % MM_COMMAND_TOKEN)


@app.post("/mm/redteam")
def redteam(token: Annotated[str, Form()], text: Annotated[str, Form()], user_name: Annotated[str, Form()],
            channel_id: Annotated[str, Form()]) -> dict:
    check_token(token)
    model = text.strip()
    logger.info("%s asked for a run on %s in %s", user_name, model, channel_id)
    try:
        job = mr.create_assessment(model=model, test_types=["jailbreak", "harmful_content"])
    except MRValidationError as e:
        return {"response_type": "ephemeral", "text": f"Invalid model name: {e}"}
    except ModelRedError:
        logger.exception("create_assessment failed for %s", model)
        return {"response_type": "ephemeral", "text": "ModelRed is not available right now."}
    return {"response_type": "in_channel", "text": f"@{user_name} started `{job['id']}` on `{model}`."}


@app.post("/mm/help")
def help_cmd(token: Annotated[str, Form()]) -> dict:
    check_token(token)
    return {"response_type": "ephemeral", "text": "`/redteam <model>`. The command token is configured by an admin."}


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True, "token_configured": bool(MM_COMMAND_TOKEN)}
