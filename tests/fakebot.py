"""A small Telegram Bot API server on loopback for end-to-end tests.

The real python-telegram-bot Application polls it over HTTP. Tests act as users (send text, forward
channel posts, upload files, press buttons, edit messages) and read back what the bot sent.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlparse

TOKEN = "123456:TEST-TOKEN"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Attaché", "username": "attache_test_bot"}


@dataclass
class Sent:
    """Something the bot did in a chat."""

    method: str
    chat_id: int
    message_id: int
    text: str
    reply_markup: dict | None = None
    params: dict = field(default_factory=dict)

    def buttons(self) -> list[dict]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [b for row in rows for b in row]


@dataclass
class Failure:
    method: str
    chat_id: int | None
    code: int
    description: str
    times: int
    parameters: dict | None = None


def _decode(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    if value.lstrip("-").isdigit():
        return int(value)
    if value in ("true", "false"):
        return value == "true"
    return value


class FakeBotAPI:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._cond = threading.Condition()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self.files: dict[str, bytes] = {}
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict]] = []
        self.messages: dict[tuple[int, int], Sent] = {}
        self.failures: list[Failure] = []
        self.commands: list[dict] = []

    # Lifecycle ----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # Acting as users ----------------------------------------------------------------------------

    def push(self, kind: str, payload: dict) -> int:
        with self._cond:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, kind: payload})
            self._cond.notify_all()
        return update_id

    def _message(self, chat_id: int, user_id: int | None = None, **fields: Any) -> dict:
        user_id = user_id or chat_id
        chat_type = "private" if chat_id > 0 else "group"
        msg = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, "first_name": "Ana", "title": "Desk"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Ana"},
        }
        msg.update(fields)
        return msg

    def send_text(self, chat_id: int, text: str, user_id: int | None = None, **fields: Any) -> dict:
        extra: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            extra["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        msg = self._message(chat_id, user_id, **extra, **fields)
        self.push("message", msg)
        return msg

    def forward_channel_post(
        self,
        chat_id: int,
        text: str,
        title: str = "Diplomatic Wire",
        username: str | None = "dipwire",
        post_id: int = 77,
        date: int = 1642704814,
    ) -> dict:
        origin = {
            "type": "channel",
            "chat": {"id": -1001234567890, "type": "channel", "title": title, "username": username},
            "message_id": post_id,
            "date": date,
        }
        return self.send_text(chat_id, text, forward_origin=origin, forward_date=date)

    def send_sticker(self, chat_id: int) -> dict:
        sticker = {
            "file_id": "sticker1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        msg = self._message(chat_id, sticker=sticker)
        self.push("message", msg)
        return msg

    def send_document(self, chat_id: int, file_name: str, data: bytes, caption: str | None = None) -> dict:
        n = next(self._file_ids)
        file_id = f"doc{n}"
        self.files[file_id] = data
        document = {"file_id": file_id, "file_unique_id": f"u{n}", "file_name": file_name, "file_size": len(data)}
        fields: dict[str, Any] = {"document": document}
        if caption:
            fields["caption"] = caption
        msg = self._message(chat_id, **fields)
        self.push("message", msg)
        return msg

    def edit_text(self, original: dict, text: str) -> None:
        edited = {**original, "text": text, "edit_date": int(time.time())}
        self.push("edited_message", edited)

    def press_button(self, sent: Sent, data: str, user_id: int | None = None) -> None:
        assert any(b.get("callback_data") == data for b in sent.buttons()), f"no button {data!r} on that message"
        message = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": {"id": sent.chat_id, "type": "private", "first_name": "Ana"},
            "from": BOT_USER,
            "text": sent.text,
        }
        query = {
            "id": str(next(self._update_ids) * 7),
            "from": {"id": user_id or sent.chat_id, "is_bot": False, "first_name": "Ana"},
            "message": message,
            "chat_instance": "ci",
            "data": data,
        }
        self.push("callback_query", query)

    def fail(self, method: str, chat_id: int | None, code: int, description: str, times: int = 1, **params: Any) -> None:
        self.failures.append(Failure(method, chat_id, code, description, times, params or None))

    # Observing the bot --------------------------------------------------------------------------

    def replies(self, chat_id: int) -> list[Sent]:
        with self._cond:
            return [s for s in self.sent if s.chat_id == chat_id and s.method == "sendMessage"]

    async def wait_replies(self, chat_id: int, count: int, timeout: float = 10.0) -> list[Sent]:
        """The chat's bot messages once there are at least `count` of them."""
        await self.wait_until(lambda: len(self.replies(chat_id)) >= count, timeout, f"{count} replies")
        return self.replies(chat_id)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}; bot sent: {[s.text[:80] for s in self.sent]}")

    def current(self, chat_id: int, message_id: int) -> Sent:
        with self._cond:
            return self.messages[(chat_id, message_id)]

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates)

    # Bot API ------------------------------------------------------------------------------------

    def _fail_if_planned(self, method: str, params: dict) -> dict | None:
        for f in self.failures:
            if f.method == method and f.times > 0 and (f.chat_id is None or params.get("chat_id") == f.chat_id):
                f.times -= 1
                body: dict[str, Any] = {"ok": False, "error_code": f.code, "description": f.description}
                if f.parameters:
                    body["parameters"] = f.parameters
                return body
        return None

    def _api(self, method: str, params: dict) -> dict:
        with self._cond:
            self.calls.append((method, params))
        if (failure := self._fail_if_planned(method, params)) is not None:
            return failure
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return {"ok": True, "result": True}
        return {"ok": True, "result": handler(params)}

    def _m_getMe(self, params: dict) -> dict:
        return {**BOT_USER, "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def _m_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + min(timeout, 2.0)
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return list(self._updates[: int(params.get("limit") or 100)])

    def _m_setMyCommands(self, params: dict) -> bool:
        self.commands = params.get("commands") or []
        return True

    def _bot_message(self, params: dict, text: str) -> dict:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": params["chat_id"], "type": "private", "first_name": "Ana"},
            "from": BOT_USER,
            "text": text,
        }

    def _m_sendMessage(self, params: dict) -> dict:
        msg = self._bot_message(params, params["text"])
        sent = Sent("sendMessage", params["chat_id"], msg["message_id"], params["text"], params.get("reply_markup"), params)
        with self._cond:
            self.sent.append(sent)
            self.messages[(sent.chat_id, sent.message_id)] = sent
        return msg

    def _m_editMessageText(self, params: dict) -> dict:
        key = (params["chat_id"], params["message_id"])
        with self._cond:
            old = self.messages[key]
            edited = Sent("editMessageText", old.chat_id, old.message_id, params["text"], params.get("reply_markup"), params)
            self.messages[key] = edited
            self.sent.append(edited)
        msg = self._bot_message(params, params["text"])
        msg["message_id"] = params["message_id"]
        return msg

    def _m_getFile(self, params: dict) -> dict:
        file_id = params["file_id"]
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files[file_id]), "file_path": f"documents/{file_id}"}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot hung up (shutdown while a long poll was open)

            def do_GET(self) -> None:
                path = unquote(urlparse(self.path).path)
                prefix = f"/file/bot{api.token}/documents/"
                if path.startswith(prefix) and path[len(prefix) :] in api.files:
                    self._reply(200, api.files[path[len(prefix) :]], "application/octet-stream")
                else:
                    self._reply(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                path = urlparse(self.path).path
                prefix = f"/bot{api.token}/"
                if not path.startswith(prefix):
                    self._reply(404, json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}).encode())
                    return
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                ctype = self.headers.get("Content-Type", "")
                if "json" in ctype:
                    params = json.loads(raw or b"{}")
                else:
                    params = {k: _decode(v) for k, v in parse_qsl(raw.decode(), keep_blank_values=True)}
                result = api._api(path[len(prefix) :], params)
                status = 200 if result.get("ok") else int(result.get("error_code", 400))
                self._reply(status, json.dumps(result).encode())

        return Handler
