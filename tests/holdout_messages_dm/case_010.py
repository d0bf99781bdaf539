"""Lambda behind API Gateway: moderation endpoint using Powertools Parameters (SSM)."""
import json

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.utilities import parameters
from openai import OpenAI, OpenAIError

logger = Logger()
app = APIGatewayRestResolver()

KEY_PARAMETER = "/moderation/openai-api-key"
ORG_PARAMETER = "/moderation/openai-org"


def openai_client() -> OpenAI:
    key = parameters.get_parameter(KEY_PARAMETER, decrypt=True, max_age=300)
    org = parameters.get_parameter(ORG_PARAMETER, max_age=300)
    logger.info("using OpenAI org %s", org)
    if not key.startswith("sk-"):
        raise ValueError(f"{KEY_PARAMETER} has unexpected format: {key}")
    return OpenAI(api_key=key, organization=org)


@app.post("/moderate")
def moderate():
    body = app.current_event.json_body or {}
    text = body.get("text", "")
    if not text:
        return Response(status_code=400, content_type="application/json", body=json.dumps({"error": "text required"}))
    try:
        result = openai_client().moderations.create(input=text, model="omni-moderation-latest")
    except OpenAIError as exc:
        logger.error("moderation call failed: %s", type(exc).__name__)
        return Response(status_code=502, content_type="application/json", body=json.dumps({"error": "moderation unavailable"}))
    flagged = result.results[0].flagged
    logger.info("moderated %d chars flagged=%s", len(text), flagged)
    return {"flagged": flagged, "categories": result.results[0].categories.model_dump()}


@app.get("/health")
def health():
    key = parameters.get_parameter(KEY_PARAMETER, decrypt=True, max_age=300)
    return {"ok": True, "key_configured": bool(key), "key_prefix": key[:3]}


@logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
def lambda_handler(event, context):
    return app.resolve(event, context)
