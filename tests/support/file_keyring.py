"""A keyring backend in a JSON file, so tests drive the real ``keyring`` library headless.

A CI machine has no Secret Service; ``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring``
(with this folder on ``PYTHONPATH``) and ``KALIXPLAN_TEST_KEYRING=FILE`` select it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by ``KALIXPLAN_TEST_KEYRING``."""

    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        path = Path(os.environ["KALIXPLAN_TEST_KEYRING"])
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        Path(os.environ["KALIXPLAN_TEST_KEYRING"]).write_text(json.dumps(data), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
