"""Token service: issues short-lived JWTs to internal callers of the LLM platform."""
import logging
import os
import time
from concurrent import futures

import grpc
import jwt

import tokens_pb2
import tokens_pb2_grpc

log = logging.getLogger("tokens")

TOKEN_TTL_SECONDS = 900
TOKEN_TYPE = "Bearer"


def signing_secret() -> str:
    secret = os.environ["JWT_SIGNING_SECRET"]
    if len(secret) < 32:
        raise ValueError(f"JWT signing secret too short: {secret}")
    return secret


class TokenService(tokens_pb2_grpc.TokenServiceServicer):
    def __init__(self):
        self._secret = signing_secret()
        log.info("signing secret loaded (%d chars)", len(self._secret))

    def IssueToken(self, request, context):
        if not request.client_id:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "client_id required")
        now = int(time.time())
        claims = {"sub": request.client_id, "iat": now, "exp": now + TOKEN_TTL_SECONDS, "scope": "llm:invoke"}
        token = jwt.encode(claims, self._secret, algorithm="HS256")
        log.info("issued token %s for %s", token, request.client_id)
        log.info("issued %s token for %s, expires in %ds", TOKEN_TYPE, request.client_id, TOKEN_TTL_SECONDS)
        log.debug("claims %s", claims)
        return tokens_pb2.TokenReply(
            access_token=token,
            token_type=TOKEN_TYPE,
            expires_in=TOKEN_TTL_SECONDS,
        )

    def Introspect(self, request, context):
        try:
            claims = jwt.decode(request.token, self._secret, algorithms=["HS256"])
        except jwt.ExpiredSignatureError:
            return tokens_pb2.IntrospectReply(active=False)
        except jwt.InvalidTokenError:
            log.warning("invalid token presented: %s", request.token)
            return tokens_pb2.IntrospectReply(active=False)
        return tokens_pb2.IntrospectReply(active=True, client_id=claims["sub"])


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    tokens_pb2_grpc.add_TokenServiceServicer_to_server(TokenService(), server)
    server.add_insecure_port("[::]:50099")
    server.start()
    server.wait_for_termination()
