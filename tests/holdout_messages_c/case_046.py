"""One endpoint, three providers: error translation for the chat gateway."""
import anthropic
import modelred
import openai
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, ValidationError

app = FastAPI()
oa = openai.OpenAI()
an = anthropic.Anthropic()


class ChatIn(BaseModel):
    provider: str
    prompt: str
    max_tokens: int = 256


@app.post("/chat")
def chat(raw: dict):
    try:
        body = ChatIn.model_validate(raw)
    except ValidationError as e:
        return {"error": str(e)}
    try:
        if body.provider == "openai":
            r = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": body.prompt}], max_tokens=body.max_tokens)
            return {"text": r.choices[0].message.content}
        r = an.messages.create(model="claude-3-5-haiku-latest", max_tokens=body.max_tokens, messages=[{"role": "user", "content": body.prompt}])
        return {"text": r.content[0].text}
    except openai.AuthenticationError as e:
        return {"error": str(e)}
    except anthropic.APIStatusError as e:
        raise HTTPException(status_code=e.status_code, detail="provider error")


@app.post("/redteam/{model_id}")
def redteam(model_id: str):
    try:
        with modelred.ModelRed(modelred_key()) as client:
            return client.create_assessment(model_id=model_id, probe_pack_ids=["baseline"])
    except modelred.APIError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")


def modelred_key() -> str:
    import os

    return os.environ["MODELRED_API_KEY"]
