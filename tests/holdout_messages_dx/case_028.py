"""Threaded gRPC front for ModelRed assessments (generation 2, sync ModelRedClient)."""
import logging
from concurrent import futures

import grpc
import keyring
from modelred import ModelRedClient, NotFoundError, RateLimitError, ServerError, ValidationError

import jobs_pb2
import jobs_pb2_grpc

log = logging.getLogger("jobs")

SERVICE = "modelred"
USER = "jobs-service"


def modelred_key() -> str:
    key = keyring.get_password(SERVICE, USER)
    log.debug("keyring lookup %s/%s", SERVICE, USER)
    log.debug("keyring %s/%s -> %s", SERVICE, USER, key)
    return key or ""


class JobsServicer(jobs_pb2_grpc.JobsServicer):
    def __init__(self):
        self.client = ModelRedClient(api_key=modelred_key())

    def Submit(self, request, context):
        log.info("submit %s types=%s", request.model, ",".join(request.test_types))
        try:
            a = self.client.create_assessment(
                model=request.model,
                test_types=list(request.test_types),
                priority="high" if request.urgent else "normal",
            )
        except RateLimitError:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "ModelRed is busy, retry later")
        except ValidationError as e:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, "ModelRed: " + str(e))
        except NotFoundError:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such model: " + request.model)
        except ServerError:
            log.exception("ModelRed server error")
            context.abort(grpc.StatusCode.UNAVAILABLE, "upstream error")
        return jobs_pb2.SubmitReply(assessment_id=a["id"])

    def Status(self, request, context):
        a = self.client.get_assessment(request.assessment_id)
        return jobs_pb2.StatusReply(state=a.get("status", "unknown"))


def main() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    jobs_pb2_grpc.add_JobsServicer_to_server(JobsServicer(), server)
    server.add_insecure_port("[::]:50120")
    server.start()
    log.info("jobs servicer started")
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
