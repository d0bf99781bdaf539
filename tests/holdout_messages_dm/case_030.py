"""Lambda: API Gateway WebSocket handler streaming Claude replies; connection state in DynamoDB."""
import json
import os

import anthropic
import boto3
from aws_lambda_powertools import Logger

logger = Logger(service="ws-chat")
apigw = None
table = boto3.resource("dynamodb").Table(os.environ["CONNECTIONS_TABLE"])

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
claude = anthropic.Anthropic(api_key=ANTHROPIC_KEY)


def _send(connection_id: str, payload: dict) -> None:
    apigw.post_to_connection(ConnectionId=connection_id, Data=json.dumps(payload).encode())


def handler(event, context):
    global apigw
    ctx = event["requestContext"]
    route, connection_id = ctx["routeKey"], ctx["connectionId"]
    if apigw is None:
        apigw = boto3.client("apigatewaymanagementapi", endpoint_url=f"https://{ctx['domainName']}/{ctx['stage']}")
    if route == "$connect":
        table.put_item(Item={"connection_id": connection_id})
        logger.info("connected %s", connection_id)
        return {"statusCode": 200}
    if route == "$disconnect":
        table.delete_item(Key={"connection_id": connection_id})
        return {"statusCode": 200}
    prompt = json.loads(event.get("body") or "{}").get("prompt", "")
    try:
        with claude.messages.stream(model="claude-3-5-sonnet-latest", max_tokens=1024, messages=[{"role": "user", "content": prompt}]) as stream:
            for text in stream.text_stream:
                _send(connection_id, {"delta": text})
            final = stream.get_final_message()
    except anthropic.AuthenticationError as exc:
        logger.error("Anthropic auth error %s with key %s", exc.status_code, ANTHROPIC_KEY)
        _send(connection_id, {"error": "assistant unavailable"})
        return {"statusCode": 500}
    except anthropic.APIStatusError as exc:
        logger.warning("Anthropic %s: %s", exc.status_code, exc.message)
        _send(connection_id, {"error": "assistant busy"})
        return {"statusCode": 500}
    logger.info("reply done", extra={"output_tokens": final.usage.output_tokens, "stop": final.stop_reason})
    _send(connection_id, {"done": True})
    return {"statusCode": 200}
