"""Thermal-chamber driver (Modbus RTU over serial) with an LLM "what's wrong" helper."""
import logging
import os

from pymodbus.client import ModbusSerialClient
import cohere

log = logging.getLogger("chamber")

CO_API_KEY = os.getenv("CO_API_KEY") or os.getenv("COHERE_API_KEY")
CHAMBER_PORT = os.getenv("CHAMBER_PORT", "/dev/ttyUSB2")
SETPOINT_REG = 0x0100
TEMP_REG = 0x0000


class Chamber:
    def __init__(self, port: str, unit: int = 1):
        self.client = ModbusSerialClient(port=port, baudrate=9600, parity="E", timeout=1)
        self.unit = unit
        if not self.client.connect():
            raise ConnectionError(f"no chamber on {port}")

    def temperature(self) -> float:
        rr = self.client.read_holding_registers(TEMP_REG, count=1, slave=self.unit)
        return rr.registers[0] / 10

    def set_target(self, celsius: float):
        self.client.write_register(SETPOINT_REG, int(celsius * 10), slave=self.unit)


def diagnose(history: list[float], api_key: str | None = CO_API_KEY) -> str:
    co = cohere.ClientV2(api_key=api_key)
    try:
        r = co.chat(model="command-r", messages=[{"role": "user", "content": f"Chamber temps (C): {history}. Any fault?"}])
    except cohere.errors.UnauthorizedError as e:
        log.error("cohere unauthorized: %s", e.status_code)
        raise RuntimeError(f"Cohere rejected api_key={api_key!r}") from None
    log.info("cohere billed %s tokens", r.usage.billed_units.output_tokens)
    return r.message.content[0].text


def main():
    logging.basicConfig(level=logging.INFO)
    log.info("cohere key configured: %s", CO_API_KEY is not None)
    log.debug("cohere key %s, chamber port %s", CO_API_KEY, CHAMBER_PORT)
    ch = Chamber(CHAMBER_PORT)
    ch.set_target(-20.0)
    temps = [ch.temperature() for _ in range(30)]
    log.info("temps: %s", temps)
    print(diagnose(temps))


if __name__ == "__main__":
    main()
