"""Chat completion servicer proxying to OpenAI."""
import logging
import os
from concurrent import futures

import grpc
import openai

import completion_pb2
import completion_pb2_grpc

logger = logging.getLogger("completion")

FALLBACK_OPENAI_KEY = "sk-j612KvA9LVD1hiuZGO5p1xZhbwnJfR6K8mdlG4kEF6vCqiOT"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class CompletionServicer(completion_pb2_grpc.CompletionServicer):
    def __init__(self):
        self.openai_key = os.environ.get(OPENAI_KEY_VAR) or FALLBACK_OPENAI_KEY
        if not self.openai_key.startswith("sk-"):
            raise ValueError("OPENAI_API_KEY malformed: " + self.openai_key)
        self.client = openai.OpenAI(api_key=self.openai_key)
        logger.info("OpenAI key read from %s", OPENAI_KEY_VAR)

    def Complete(self, request, context):
        try:
            resp = self.client.chat.completions.create(
                model=request.model or "gpt-4o-mini",
                messages=[{"role": "user", "content": request.prompt}],
                max_tokens=request.max_tokens or 256,
            )
        except openai.AuthenticationError as e:
            logger.error("OpenAI rejected key %s: %s", self.openai_key, e)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "upstream authentication failed")
        except openai.APIStatusError as e:
            logger.warning("OpenAI %s: %s", e.status_code, e.message)
            context.abort(grpc.StatusCode.UNAVAILABLE, f"upstream status {e.status_code}")
        usage = resp.usage
        logger.info("tokens prompt=%d completion=%d total=%d", usage.prompt_tokens, usage.completion_tokens, usage.total_tokens)
        return completion_pb2.CompletionReply(text=resp.choices[0].message.content, total_tokens=usage.total_tokens)


def serve(port: int = 50051) -> None:
    servicer = CompletionServicer()
    if servicer.openai_key == FALLBACK_OPENAI_KEY:
        logger.warning("using the fallback key %s", FALLBACK_OPENAI_KEY)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    completion_pb2_grpc.add_CompletionServicer_to_server(servicer, server)
    server.add_insecure_port(f"[::]:{port}")
    server.start()
    logger.info("completion servicer on :%d", port)
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
