"""WeChat chats from WeChatMsg/MemoTrace-style export tools: CSV, TXT, HTML."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, InputError
from unmask.ingest import ImportOptions, ImportReport, read_table
from unmask.ingest.wechat import classify, parse_time
from unmask.model import Message
from unmask_dev.synth.platforms import wechat_csv, wechat_txt

DATA = Path(__file__).parent / "data" / "wechat"


def rows(path: Path, report: ImportReport | None = None) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(format="wechat"), report).to_pylist()


def test_memotrace_csv_fields_types_and_offset() -> None:
    report = ImportReport(source="小美_utf8.csv")
    table = rows(DATA / "小美_utf8.csv", report)
    assert table[0] == {
        "conversation_id": "wechat-小美",
        "message_id": "wechat-小美:101",
        "timestamp": "2023-05-01T15:05:00",
        "sender": "小美",
        "text": "在吗？今天下班早吗",
        "kind": "text",
        "platform": "wechat",
        "reply_to": None,
        "utc_offset": 480,
        "edited": False,
    }
    assert report.encoding == "UTF-8 with BOM"
    assert table[1]["text"] == "早！六点就能走\n晚上一起吃饭吧"
    kinds = [(r["kind"], r["text"]) for r in table[2:9]]
    assert kinds == [
        ("media", ""),  # image: the tool's XML is not text
        ("sticker", ""),
        ("media", ""),  # voice
        ("deleted", '"小美" 撤回了一条消息'),  # recall, CDATA removed
        ("text", ""),  # a reply (49/57): its words are not in the CSV
        ("call", ""),
        ("system", "你已添加了小美，现在可以开始聊天了。"),
    ]
    assert table[5]["sender"] == "小美" and table[8]["sender"] is None
    assert table[9]["text"] == "  今天谢谢你 😊  "


def test_csv_with_chinese_column_names_and_dates() -> None:
    table = rows(DATA / "chinese_columns.csv")
    assert [r["sender"] for r in table] == ["小美", "阿杰", "小美", None, "阿杰"]
    assert [r["kind"] for r in table] == ["text", "text", "media", "deleted", "text"]
    assert table[2]["text"] == ""
    assert table[4]["timestamp"] == "2023-05-01T15:08:00"  # 2023年5月1日 下午3:08


def test_pywxdump_csv_with_type_names_and_text_times() -> None:
    table = rows(DATA / "wxid_mei01_0_5001.csv")
    assert table[0]["conversation_id"] == "wechat-wxid-mei01"  # the page suffix is dropped
    assert table[0]["message_id"] == "wechat-wxid-mei01:8841203345501"
    assert [(r["sender"], r["kind"], r["text"]) for r in table] == [
        ("小美", "text", "今天好累，想你了"),
        ("阿杰", "text", "我也想你。周末去海边吧？"),
        ("小美", "media", ""),
        ("阿杰", "sticker", ""),
        ("小美", "deleted", '"小美" 撤回了一条消息'),
        ("阿杰", "call", ""),
        ("小美", "text", "好呀，一言为定"),
    ]
    assert (table[1]["timestamp"], table[1]["utc_offset"]) == ("2023-05-01T21:06:12", None)


def test_txt_export() -> None:
    table = rows(DATA / "小美.txt")
    assert [(r["sender"], r["kind"]) for r in table] == [
        ("小美", "text"),
        ("阿杰", "text"),
        ("小美", "media"),
        ("阿杰", "sticker"),
        (None, "deleted"),
        (None, "system"),
        ("阿杰", "text"),
    ]
    assert table[1]["text"] == "早！六点就能走\n晚上一起吃饭吧"
    assert table[6]["timestamp"] == "2023-05-01T22:00:00"


def test_html_export_reads_the_message_list() -> None:
    table = rows(DATA / "小美.html")
    assert [r["sender"] for r in table] == ["小美", "阿杰", "小美", "小美", None, "小美", "阿杰"]
    assert table[1]["text"] == "早！六点就能走\n晚上一起吃饭吧 & 看电影"
    assert table[6]["text"] == "it's late, 晚安"
    assert [r["kind"] for r in table[2:6]] == ["media", "media", "deleted", "text"]
    # the page holds Unix times only: UTC, offset 0
    assert (table[0]["timestamp"], table[0]["utc_offset"]) == ("2023-05-01T07:05:00", 0)


@pytest.mark.parametrize(
    ("code", "sub", "text", "kind"),
    [
        (1, 0, "hi", "text"),
        (3, 0, "", "media"),
        (34, 0, "", "media"),
        (43, 0, "", "media"),
        (47, 0, "", "sticker"),
        (49, 57, "", "text"),
        (49, 6, "", "media"),
        (49, 5, "", "other"),
        (50, 0, "", "call"),
        (10000, 0, "你撤回了一条消息", "deleted"),
        (10000, 0, "以上是打招呼的内容", "system"),
    ],
)
def test_type_codes(code: int, sub: int, text: str, kind: str) -> None:
    assert classify(code, sub, text) == kind


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-05-01 15:05:00", datetime(2023, 5, 1, 15, 5)),
        ("2023年5月1日 下午3:05", datetime(2023, 5, 1, 15, 5)),
        ("2023年5月1日 上午12:30", datetime(2023, 5, 1, 0, 30)),
        ("2023年5月1日 中午12:30", datetime(2023, 5, 1, 12, 30)),
        ("2023年5月1日 晚上9:00:05", datetime(2023, 5, 1, 21, 0, 5)),
        ("2023年2月30日 下午3:05", None),
        ("tomorrow", None),
    ],
)
def test_dates(raw: str, expected: datetime | None) -> None:
    assert parse_time(raw) == expected


HEADER = (
    "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,"
    "Remark,NickName,Sender\n"
)


@pytest.mark.parametrize(
    ("name", "content", "error", "match"),
    [
        ("a.csv", "", EmptyInputError, "empty"),
        ("b.csv", "a,b,c\n1,2,3\n", InputError, "line 1: expected a WeChat export header"),
        (
            "c.csv",
            HEADER + "1,1,1,0,0,1682924700,2,hi,2023-13-01 15:05:00,a,a,w\n",
            InputError,
            "line 2, field StrTime",
        ),
        ("d.csv", HEADER + "1,1,1,0,0,1682924700,2,hi\n", InputError, "line 2: expected 12 fields"),
        ("e.txt", "2023-02-30 10:00:00 小美\n你好\n", InputError, "line 1: an impossible date"),
        ("f.html", "<html><body>no messages</body></html>", InputError, "no WeChat message"),
    ],
)
def test_bad_input(
    tmp_path: Path, name: str, content: str, error: type[Exception], match: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=match) as caught:
        rows(path)
    assert str(path) in str(caught.value)


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda t: t.strip() == t and not t.startswith(("[", "<")) and t[:1] not in "0123456789")


@st.composite
def conversations(draw: st.DrawFn) -> list[Message]:
    moment = datetime(2023, 5, 1)
    out = []
    for n in range(draw(st.integers(1, 10))):
        moment += timedelta(seconds=draw(st.integers(0, 90_000)))
        sender = draw(st.sampled_from(["小美", "阿杰", "Mei Lin"]))
        text = draw(st.lists(_text, min_size=1, max_size=2).map("\n".join))
        out.append(Message("c", str(n), moment.isoformat(), sender, text))
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=conversations(), layout=st.sampled_from(["csv", "txt"]))
def test_round_trip_from_the_writer(
    tmp_path_factory: pytest.TempPathFactory, messages: list[Message], layout: str
) -> None:
    path = tmp_path_factory.mktemp("wechat") / f"小美.{layout}"
    (wechat_csv if layout == "csv" else wechat_txt)(messages, path)
    table = read_table(path, ImportOptions(format="wechat")).to_pylist()
    assert [(r["timestamp"], r["sender"], r["text"]) for r in table] == [
        (m.timestamp, m.sender, m.text) for m in messages
    ]
    if layout == "csv":
        assert {r["utc_offset"] for r in table} == {480}
