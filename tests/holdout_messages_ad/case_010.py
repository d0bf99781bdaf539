"""About / diagnostics dialog: collects environment info the user can copy to support."""
import os
import platform
import sys

from PyQt6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton, QVBoxLayout

PROVIDER_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")


def mask(value: str) -> str:
    return f"…{value[-4:]}" if value else "(unset)"


def diagnostics() -> str:
    lines = [
        f"App version: {QApplication.applicationVersion()}",
        f"Python: {sys.version.split()[0]} on {platform.platform()}",
    ]
    for name in PROVIDER_VARS:
        lines.append(f"{name}: {mask(os.environ.get(name, ''))}")
    return "\n".join(lines)


def dump_to_stderr(verbose: bool = False) -> None:
    print(diagnostics(), file=sys.stderr)
    if verbose:
        for name in PROVIDER_VARS:
            print(f"{name}={os.environ.get(name)}", file=sys.stderr)
        print(f"checked variables: {', '.join(PROVIDER_VARS)}", file=sys.stderr)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("About DeskAssist")
        self.text = QPlainTextEdit(diagnostics(), self)
        self.text.setReadOnly(True)
        copy = QPushButton("Copy diagnostics", self)
        copy.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(copy)

    def copy(self):
        QApplication.clipboard().setText(self.text.toPlainText())
        anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
        if anthropic_key and not anthropic_key.startswith("sk-ant-"):
            sys.stderr.write(f"warning: ANTHROPIC_API_KEY has an odd prefix: {anthropic_key}\n")
        sys.stderr.write(f"copied {len(self.text.toPlainText())} characters\n")


if __name__ == "__main__" and "--diag" in sys.argv:
    dump_to_stderr(verbose="--verbose" in sys.argv)
