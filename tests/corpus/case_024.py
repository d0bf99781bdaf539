from unittest.mock import AsyncMock, patch

import pytest

from modelred import ModelRed, ValidationError
from myapp.scanner import Scanner


@pytest.mark.asyncio
async def test_scanner_registers_openai_model():
    client = ModelRed(api_key="test-key")
    client.register_openai_model = AsyncMock(return_value=True)
    scanner = Scanner(client)

    await scanner.register("gpt-test", openai_key="sk-test")

    client.register_openai_model.assert_awaited_once_with(
        model_id="gpt-test", api_key="sk-test", model_name="gpt-4o-mini"
    )


@pytest.mark.asyncio
async def test_register_direct():
    async with ModelRed() as client:
        with patch.object(client, "_request", new=AsyncMock(return_value={"success": True})):
            ok = await client.register_openai_model(
                model_id="gpt-direct",
                api_key="sk-test-123",
                model_name="gpt-4o",
            )
    assert ok


@pytest.mark.asyncio
async def test_invalid_model_id_rejected():
    scanner = Scanner(AsyncMock())
    with pytest.raises(ValidationError):
        await scanner.scan("../../etc/passwd", suites=["basic_security"])


def test_key_prefix_check():
    assert Scanner.is_modelred_key("mr_" + "a" * 30)
    assert not Scanner.is_modelred_key("sk-" + "a" * 30)
