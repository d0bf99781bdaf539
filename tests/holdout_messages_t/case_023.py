"""gRPC servicer for the key-management service."""
import logging
import secrets

import grpc

from keysvc.v1 import keys_pb2, keys_pb2_grpc

logger = logging.getLogger("keysvc")

KEY_PREFIX = "ks_live_"
ADMIN_TOKEN_HEADER = "x-admin-token"


class KeyStoreError(Exception):
    pass


class KeyService(keys_pb2_grpc.KeyServiceServicer):
    def __init__(self, store, admin_token: str):
        self.store = store
        self.admin_token = admin_token

    def _authorize(self, context) -> None:
        metadata = dict(context.invocation_metadata())
        presented = metadata.get(ADMIN_TOKEN_HEADER, "")
        if presented != self.admin_token:
            logger.warning("bad admin token %s from %s", presented, context.peer())
            context.abort(grpc.StatusCode.UNAUTHENTICATED, f"admin token rejected (header {ADMIN_TOKEN_HEADER})")

    def CreateKey(self, request, context):
        self._authorize(context)
        new_key = KEY_PREFIX + secrets.token_urlsafe(32)
        key_id = secrets.token_hex(6)
        try:
            self.store.put(request.tenant_id, key_id, new_key)
        except KeyStoreError as e:
            logger.error("store failed for %s: %s", request.tenant_id, e)
            raise KeyStoreError(f"could not persist key {key_id} for {request.tenant_id}") from e
        logger.info("created key %s (%s...) for %s", key_id, new_key[:8], request.tenant_id)
        return keys_pb2.CreateKeyResponse(key_id=key_id, key=new_key)

    def RevokeKey(self, request, context):
        self._authorize(context)
        record = self.store.get(request.key_id)
        if record is None:
            context.abort(grpc.StatusCode.NOT_FOUND, f"no key {request.key_id}")
        self.store.delete(request.key_id)
        logger.info("revoked %s for %s: %s", request.key_id, record["tenant_id"], record["key"])
        return keys_pb2.RevokeKeyResponse(ok=True)
