"""encrypt integration api keys

Revision ID: 7c2f1e9a4b10
Revises: 3a91d0c5e2f7
Create Date: 2025-03-11 09:42:18.112233
"""
import logging
import os

import sqlalchemy as sa
from alembic import op
from cryptography.fernet import Fernet

revision = "7c2f1e9a4b10"
down_revision = "3a91d0c5e2f7"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
KEY_ENV = "INTEGRATIONS_FERNET_KEY"


def _fernet() -> Fernet:
    value = os.environ.get(KEY_ENV)
    if not value:
        raise RuntimeError(f"set {KEY_ENV} before running this migration")
    return Fernet(value)


def upgrade() -> None:
    op.add_column("integrations", sa.Column("api_key_enc", sa.LargeBinary(), nullable=True))
    op.add_column("integrations", sa.Column("api_key_last4", sa.String(4), nullable=True))
    bind = op.get_bind()
    f = _fernet()
    rows = bind.execute(sa.text("SELECT id, provider, api_key FROM integrations")).fetchall()
    log.info("encrypting %d integration keys (revision %s)", len(rows), revision)
    for row_id, provider, api_key in rows:
        if api_key is None:
            log.info("integration %s (%s) has no key, skipping: %r", row_id, provider, api_key)
            continue
        log.info("integration %s: encrypting %s key %s", row_id, provider, api_key)
        bind.execute(
            sa.text("UPDATE integrations SET api_key_enc = :enc, api_key_last4 = :l4 WHERE id = :id"),
            {"enc": f.encrypt(api_key.encode()), "l4": api_key[-4:], "id": row_id},
        )
    op.drop_column("integrations", "api_key")


def downgrade() -> None:
    op.add_column("integrations", sa.Column("api_key", sa.String(255), nullable=True))
    bind = op.get_bind()
    f = _fernet()
    for row_id, enc, last4 in bind.execute(sa.text("SELECT id, api_key_enc, api_key_last4 FROM integrations")):
        plain = f.decrypt(enc).decode()
        if plain[-4:] != last4:
            raise ValueError("integration {}: decrypted key {} does not end in {}".format(row_id, plain, last4))
        bind.execute(sa.text("UPDATE integrations SET api_key = :k WHERE id = :id"), {"k": plain, "id": row_id})
    op.drop_column("integrations", "api_key_enc")
    op.drop_column("integrations", "api_key_last4")
