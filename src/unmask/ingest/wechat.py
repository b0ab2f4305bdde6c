"""WeChat chats exported with the open-source export tools (WeChatMsg / MemoTrace and kin).

Three layouts:

* CSV (``<name>_utf8.csv``): ``localId,TalkerId,Type,SubType,IsSender,CreateTime,
  Status,StrContent,StrTime,Remark,NickName,Sender`` (database-style names, also
  ``StrTalker``); PyWxDump's ``id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,
  CreateTime`` (type names, local time as text); or Chinese column names (``类型``,
  ``发送人``, ``内容``, ``时间``...).
* TXT: ``2023-05-01 15:05:00 Name`` then the message's lines, a blank line between
  messages; a header line with no lines under it is a system notice. Dates may also
  be written ``2023年5月1日 下午3:05``.
* HTML: the tool's page, whose messages are JavaScript objects
  ``{ type:1, text: '...', is_send:0, timestamp:1682924700, displayname:'...' }``.

Type codes: 1 text, 3 image, 34 voice, 43 video (``media``), 47 sticker, 50 call,
10000/10002 system (a recall, "撤回", is ``deleted`` with the recaller as sender),
49 app messages: sub-type 57 (a reply) is ``text``, 6 (a file) ``media``, others
``other``; 42 (contact card) and 48 (location) ``other``. Media rows keep no text
(the tools write XML or a file path there).

``timestamp`` is the wall time the tool wrote (``StrTime``); ``utc_offset`` is
``StrTime - CreateTime`` when both are present. The HTML holds only Unix times:
its timestamps are UTC (``utc_offset`` 0).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import ClassVar

import pyarrow as pa

from unmask.errors import InputError
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.common import (
    Rows,
    decode,
    from_epoch,
    offset_minutes,
    read_bytes,
    slug,
    stamp,
)
from unmask.ingest.textio import decode_head
from unmask.model import Kind

PLATFORM = "wechat"

#: canonical column -> header names used by the export tools (English, then Chinese)
COLUMNS: dict[str, tuple[str, ...]] = {
    "local_id": ("localId", "消息ID", "MsgSvrID"),
    "type": ("Type", "类型", "消息类型", "type_name"),
    "subtype": ("SubType", "子类型"),
    "is_sender": ("IsSender", "is_sender", "是否发送", "是否为发送者", "发送方"),
    "create_time": ("CreateTime", "时间戳", "创建时间"),
    "content": ("StrContent", "内容", "消息内容", "msg", "content"),
    "str_time": ("StrTime", "时间", "发送时间", "日期"),
    "remark": ("Remark", "备注"),
    "nickname": ("NickName", "昵称", "发送人", "发送者", "talker"),
    "sender": ("Sender", "StrTalker", "TalkerId", "wxid"),
}
_TXT_HEADER = re.compile(r"^(?P<time>\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?) (?P<rest>.+)$")
_FAST_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?\Z")
_CN_TIME = re.compile(
    r"^(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日\s*"
    r"(?P<half>上午|下午|凌晨|早上|中午|晚上)?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?: (?P<rest>.+))?$"
)
_JS_OBJECT = re.compile(r"\{\s*type\s*:\s*\d+.*?\}\s*,", re.S)
_JS_PAIR = re.compile(r"(\w+)\s*:\s*('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?)", re.S)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_PLACEHOLDER = re.compile(r"\A\[[^\]\n]{1,8}\]\Z")
_MEDIA_TYPES = frozenset({3, 34, 43})
_SYSTEM_TYPES = frozenset({0, 10000, 10002})
_RECALL = ("撤回", "revokemsg", "recalled a message")
_TXT_PLACEHOLDERS = {
    "[图片]": Kind.MEDIA.value,
    "[语音]": Kind.MEDIA.value,
    "[视频]": Kind.MEDIA.value,
    "[文件]": Kind.MEDIA.value,
    "[表情包]": Kind.STICKER.value,
    "[动画表情]": Kind.STICKER.value,
    "[音乐分享]": Kind.OTHER.value,
    "[位置]": Kind.OTHER.value,
    "[名片]": Kind.OTHER.value,
}


def classify(type_code: int, sub_type: int, text: str) -> str:
    """The canonical kind of a WeChat message type code."""
    if type_code == 1:
        return Kind.TEXT.value
    if type_code in _MEDIA_TYPES:
        return Kind.MEDIA.value
    if type_code == 47:
        return Kind.STICKER.value
    if type_code == 50:
        return Kind.CALL.value
    if type_code in _SYSTEM_TYPES:
        return Kind.DELETED.value if any(m in text for m in _RECALL) else Kind.SYSTEM.value
    if type_code == 49:
        if sub_type == 57:
            return Kind.TEXT.value
        if sub_type == 6:
            return Kind.MEDIA.value
    return Kind.OTHER.value


def parse_time(raw: str) -> datetime | None:
    """``2023-05-01 15:05[:00]`` or ``2023年5月1日 下午3:05`` as a datetime (None if not one)."""
    raw = raw.strip()
    if _FAST_TIME.match(raw):
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None
    for form in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M"):
        try:
            return datetime.strptime(raw, form)
        except ValueError:
            continue
    match = _CN_TIME.match(raw)
    if match is None or match["rest"]:
        return None
    return _cn_datetime(match)


def _cn_datetime(match: re.Match[str]) -> datetime | None:
    hour = int(match["h"])
    half = match["half"]
    if (half in ("下午", "晚上") and hour < 12) or (half == "中午" and hour < 11):
        hour += 12
    elif half in ("上午", "凌晨", "早上") and hour == 12:
        hour = 0
    try:
        return datetime(
            int(match["y"]),
            int(match["mo"]),
            int(match["d"]),
            hour,
            int(match["mi"]),
            int(match["s"] or 0),
        )
    except ValueError:
        return None


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def conversation_for(path: Path, options: ImportOptions) -> str:
    if options.conversation_id:
        return options.conversation_id
    # MemoTrace names the file NAME_utf8.csv; PyWxDump pages a chat as WXID_0_5000.csv ...
    stem = re.sub(r"(_utf8|_\d+_\d+)$", "", path.stem)
    return "wechat-" + slug(stem, "chat")


class WeChatImporter:
    """WeChat chat exported by WeChatMsg/MemoTrace-style tools (CSV, TXT, HTML)."""

    name: ClassVar[str] = "wechat"
    description: ClassVar[str] = "WeChat chat from WeChatMsg/MemoTrace-style tools (CSV, TXT, HTML)"

    def sniff(self, sample: ExportSample) -> float:
        text = decode_head(sample.head).lstrip("\ufeff \t\r\n")
        first = text.split("\n", 1)[0]
        if "<" in text[:200].lower() and "<html" in text[:2000].lower():
            return 0.95 if _JS_OBJECT.search(text) and "is_send" in text else 0.0
        header = {h.strip().strip('"') for h in first.split(",")}
        if (
            "StrContent" in header
            or {"MsgSvrID", "type_name", "is_sender"} <= header
            or (
                {"内容", "消息内容"} & header
                and {"时间", "发送时间", "日期"} & header
                and {"类型", "消息类型", "发送人", "发送者", "昵称"} & header
            )
        ):
            return 0.97
        lines = text.split("\n", 60)[:60]
        headers = sum(1 for line in lines if _TXT_HEADER.match(line) or _cn_header(line))
        if headers >= 2 and (_TXT_HEADER.match(lines[0]) or _cn_header(lines[0])):
            return 0.6
        return 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        report.format = self.name
        text = decode(read_bytes(path, options, report, "WeChat chat"), path, options, report)
        rows = Rows(PLATFORM, options, report)
        conversation = conversation_for(path, options)
        head = text.lstrip()
        if "<html" in head[:2000].lower():
            _html(text, path, conversation, rows)
        elif _TXT_HEADER.match(head.split("\n", 1)[0]) or _cn_header(head.split("\n", 1)[0]):
            _txt(text, path, conversation, rows)
        else:
            _csv(text, path, conversation, rows)
        yield from rows.batches()


def _cn_header(line: str) -> re.Match[str] | None:
    match = _CN_TIME.match(line.strip())
    return match if match and match["rest"] else None


def _find_columns(header: list[str], path: Path) -> dict[str, int]:
    names = [h.strip() for h in header]
    found: dict[str, int] = {}
    for field, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names:
                found[field] = names.index(alias)
                break
    if "content" not in found or ("str_time" not in found and "create_time" not in found):
        raise InputError(
            f"{path}: line 1: expected a WeChat export header with StrContent and StrTime "
            "or CreateTime (or 内容 and 时间); found none of them."
        )
    return found


def _csv(text: str, path: Path, conversation: str, rows: Rows) -> None:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        header = []
    columns = _find_columns(header, path)

    def get(record: list[str], field: str) -> str:
        index = columns.get(field)
        return record[index] if index is not None and index < len(record) else ""

    n = 0
    try:
        for record in reader:
            if not record or not any(cell.strip() for cell in record):
                continue
            line = reader.line_num
            n += 1
            if len(record) < len(header):
                raise InputError(
                    f"{path}: line {line}: expected {len(header)} fields as in the header, "
                    f"found {len(record)} (a truncated export?)."
                )
            wall = parse_time(get(record, "str_time")) if "str_time" in columns else None
            created = get(record, "create_time").strip()
            utc = from_epoch(float(created)) if created.isdigit() else None
            if wall is None and utc is None and created:
                wall = parse_time(created)  # PyWxDump writes CreateTime as local time text
            if wall is None and "str_time" in columns and get(record, "str_time").strip():
                raise InputError(
                    f"{path}: line {line}, field StrTime: expected a time like "
                    "2023-05-01 15:05:00 or 2023年5月1日 下午3:05."
                )
            if wall is None and utc is None:
                raise InputError(
                    f"{path}: line {line}, field CreateTime: expected Unix seconds or a time "
                    "like 2023-05-01 15:05:00."
                )
            offset = 0 if wall is None else None
            if wall is not None and utc is not None:
                offset = offset_minutes(wall, utc)
            moment = stamp(wall if wall is not None else utc)  # type: ignore[arg-type]
            raw_type = get(record, "type").strip()
            type_code = _int(raw_type, 1) if raw_type else 1
            if raw_type and not raw_type.lstrip("-").isdigit():
                type_code = _type_from_name(raw_type)
            content = get(record, "content")
            kind = classify(type_code, _int(get(record, "subtype")), content)
            if raw_type in _RECALL_NAMES:
                kind = Kind.DELETED.value
            is_me = get(record, "is_sender").strip() in ("1", "true", "True", "是")
            sender: str | None = (
                get(record, "remark").strip()
                or get(record, "nickname").strip()
                or get(record, "sender").strip()
                or ("Me" if is_me else None)
            )
            body = content
            if kind == Kind.SYSTEM.value:
                sender = None
                body = _clean_system(content)
            elif kind == Kind.DELETED.value:
                body = _clean_system(content)
            elif kind in (Kind.MEDIA.value, Kind.STICKER.value, Kind.CALL.value):
                body = ""  # WeChat media have no caption: the tools write XML, paths or names
            elif kind != Kind.TEXT.value or type_code == 49:
                body = _not_placeholder(content)
            local_id = get(record, "local_id").strip()
            rows.add(
                conversation,
                f"{conversation}:{local_id or n}",
                moment,
                sender,
                body,
                kind,
                utc_offset=offset,
            )
    except csv.Error as error:
        raise InputError(f"{path}: line {reader.line_num}: broken CSV ({error}).") from None


#: type names (PyWxDump's type_name, Chinese CSVs) that are a recalled message
_RECALL_NAMES = frozenset({"撤回消息", "撤回"})
_TYPE_NAMES = {
    "文本": 1,
    "带有引用的文本消息": 1,
    "表情": 47,
    "语音通话": 50,
    "视频通话": 50,
    "系统通知": 10000,
    "拍一拍": 10000,
    "撤回消息": 10000,
    "卡片式链接": 49,
    "位置": 48,
    "名片": 42,
    "图片": 3,
    "语音": 34,
    "视频": 43,
    "表情包": 47,
    "动画表情": 47,
    "系统消息": 10000,
    "撤回": 10000,
    "通话": 50,
    "音视频通话": 50,
    "文件": 4906,
    "引用": 4957,
}


def _not_placeholder(content: str) -> str:
    """A media row's text: empty where the tool wrote XML or a ``[图片]``-style placeholder."""
    stripped = content.strip()
    if stripped.startswith("<") or _PLACEHOLDER.match(stripped):
        return ""
    return content


def _type_from_name(name: str) -> int:
    """Type codes of tools that write the type's Chinese name instead of its number."""
    code = _TYPE_NAMES.get(name, 49)
    return {4906: 49, 4957: 1}.get(code, code)


def _clean_system(text: str) -> str:
    """Drop the CDATA wrapper and markup WeChat puts around its notices."""
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    return re.sub(r"</?(img|revo|_wc_cus|a)\b[^>]*>", "", text).strip()


def _txt(text: str, path: Path, conversation: str, rows: Rows) -> None:
    current: list[object] | None = None
    n = 0

    def flush() -> None:
        nonlocal current, n
        if current is None:
            return
        moment, rest, lines = current
        assert isinstance(moment, datetime) and isinstance(rest, str)
        assert isinstance(lines, list)
        current = None
        while lines and not lines[-1].strip():
            lines.pop()
        n += 1
        if not lines:
            kind = Kind.DELETED.value if any(m in rest for m in _RECALL) else Kind.SYSTEM.value
            rows.add(conversation, f"{conversation}:{n}", stamp(moment), None, rest, kind)
            return
        body = "\n".join(lines)
        kind = _TXT_PLACEHOLDERS.get(body.strip(), Kind.TEXT.value)
        if body.startswith("[链接]"):
            kind = Kind.OTHER.value
        if kind != Kind.TEXT.value:
            body = ""
        rows.add(conversation, f"{conversation}:{n}", stamp(moment), rest, body, kind)

    for number, line in enumerate(text.split("\n"), start=1):
        match = _TXT_HEADER.match(line)
        moment: datetime | None = None
        rest = ""
        if match:
            moment = parse_time(match["time"])
            rest = match["rest"]
        else:
            cn = _cn_header(line)
            if cn:
                moment, rest = _cn_datetime(cn), cn["rest"]
        if (match or rest) and moment is not None:
            flush()
            current = [moment, rest.strip(), []]
            continue
        if (match or rest) and moment is None and current is None:
            raise InputError(
                f"{path}: line {number}: an impossible date in a WeChat message header; "
                "expected YYYY-MM-DD HH:MM:SS Name."
            )
        if current is not None:
            lines = current[2]
            assert isinstance(lines, list)
            lines.append(line)
        elif line.strip():
            rows.skip("line before the first WeChat message")
    flush()
    if n == 0:
        raise InputError(f"{path}: no WeChat message found; expected 'YYYY-MM-DD HH:MM:SS Name'.")


def _js_string(literal: str) -> str:
    body = literal[1:-1]

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _JS_SIMPLE.get(code, code)

    return unescape(_JS_ESCAPE.sub(one, body))


def _html(text: str, path: Path, conversation: str, rows: Rows) -> None:
    n = 0
    for block in _JS_OBJECT.finditer(text):
        fields: dict[str, str | int] = {}
        for key, value in _JS_PAIR.findall(block.group(0)):
            fields[key] = _js_string(value) if value.startswith("'") else _int(value)
        stamp_value = fields.get("timestamp")
        utc = from_epoch(stamp_value) if isinstance(stamp_value, int) else None
        if utc is None:
            rows.skip("WeChat HTML message without a timestamp")
            continue
        type_code = fields.get("type")
        sub_type = fields.get("sub_type", 0)
        body = fields.get("text", "")
        assert isinstance(body, str)
        kind = classify(
            type_code if isinstance(type_code, int) else 1,
            sub_type if isinstance(sub_type, int) else 0,
            body,
        )
        name = fields.get("displayname")
        sender = name if isinstance(name, str) and name else None
        if kind == Kind.SYSTEM.value:
            sender, body = None, _clean_system(body)
        elif kind == Kind.DELETED.value:
            body = _clean_system(body)
        elif kind != Kind.TEXT.value:
            body = ""
        n += 1
        rows.add(conversation, f"{conversation}:{n}", stamp(utc), sender, body, kind, utc_offset=0)
    if n == 0:
        raise InputError(
            f"{path}: no WeChat message found in the HTML; expected the export tool's page "
            "with its message list."
        )
