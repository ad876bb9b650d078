#!/usr/bin/env python3
"""A minimal groupbuy-bot bridge, standard library only: a sketch of the protocol in docs/bridge.md.

  GROUPBUY_URL=http://localhost:8080 GROUPBUY_BRIDGE_SECRET=... python3 bridge_example.py listen 9000
      serves the bot's outbound posts on :9000 (set GROUPBUY_BRIDGE_OUTBOUND_URL=http://host:9000/send)
      and prints what the bot would post; a real bridge posts it in the WeChat group.
  GROUPBUY_URL=... GROUPBUY_BRIDGE_SECRET=... python3 bridge_example.py send ROOM MSGID SENDER NAME TEXT
      forwards one group message to the bot, as a real bridge does for every message it sees.
"""
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.request
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = os.environ["GROUPBUY_BRIDGE_SECRET"].encode()
BOT = os.environ.get("GROUPBUY_URL", "http://localhost:8080")
SEEN_KEYS = set()  # idempotency keys already posted; keep them a day in a real bridge


def sign(timestamp: str, body: bytes) -> str:
    return hmac.new(SECRET, timestamp.encode() + b"\n" + body, hashlib.sha256).hexdigest()


def send(chat_id, msg_id, sender_id, sender_name, text, chain=None):
    message = {"chatId": chat_id, "msgId": msg_id, "senderId": sender_id, "senderName": sender_name,
               "text": text, "sentAt": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    if chain:
        message["chain"] = chain  # [{"senderId": ..., "text": ...}] from WeChat's native 接龙
    body = json.dumps(message, ensure_ascii=False).encode()
    timestamp = str(int(time.time()))  # sign every attempt anew: a repeated signature is refused
    request = urllib.request.Request(BOT + "/bridge/v1/messages", data=body, method="POST", headers={
        "Content-Type": "application/json", "X-Groupbuy-Timestamp": timestamp,
        "X-Groupbuy-Signature": sign(timestamp, body)})
    with urllib.request.urlopen(request, timeout=10) as answer:
        print(answer.status, answer.read().decode())


class Outbound(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        timestamp = self.headers.get("X-Groupbuy-Timestamp", "")
        fresh = timestamp.isdigit() and abs(time.time() - int(timestamp)) <= 300
        if not fresh or not hmac.compare_digest(sign(timestamp, body), self.headers.get("X-Groupbuy-Signature", "")):
            self.send_response(401)
            self.end_headers()
            return
        message = json.loads(body)
        if message["idempotencyKey"] not in SEEN_KEYS:
            SEEN_KEYS.add(message["idempotencyKey"])
            print(f"post in {message['chatId']}: {message['text']} (mention {message['mentions']})")
        self.send_response(200)
        self.end_headers()


if __name__ == "__main__":
    if sys.argv[1:2] == ["listen"]:
        HTTPServer(("127.0.0.1", int(sys.argv[2])), Outbound).serve_forever()
    elif sys.argv[1:2] == ["send"] and len(sys.argv) == 7:
        send(*sys.argv[2:7])
    else:
        print(__doc__)
