"""Detection of the Signal, iMessage, WeChat, LINE and Discord exports, and hostile input."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import UnmaskError
from unmask.ingest import ImportOptions, read_table, registry
from unmask_dev.synth.platforms import imessage_db, imessage_sample_db

DATA = Path(__file__).parent / "data"
NEW = ("signal", "imessage", "wechat", "line", "discord")

FIXTURES = [
    ("signal/Mei/chat.md", "signal"),
    ("signal/plain.txt", "signal"),
    ("signal/data.json", "signal"),
    ("signal/index.html", "signal"),
    ("signal/index_paged.html", "signal"),
    ("line/chat_en.txt", "line"),
    ("line/chat_ja.txt", "line"),
    ("line/chat_zh.txt", "line"),
    ("wechat/小美_utf8.csv", "wechat"),
    ("wechat/chinese_columns.csv", "wechat"),
    ("wechat/wxid_mei01_0_5001.csv", "wechat"),
    ("wechat/小美.txt", "wechat"),
    ("wechat/小美.html", "wechat"),
    ("discord/Direct Messages - Mei [1043].json", "discord"),
    ("discord/Direct Messages - Mei [1043].csv", "discord"),
]


@pytest.mark.parametrize(("path", "expected"), FIXTURES)
def test_each_fixture_is_detected_as_its_own_format(path: str, expected: str) -> None:
    ranking = registry.rank(registry.sample_export(DATA / path))
    assert ranking[0][1] == expected
    assert ranking[0][0] > ranking[1][0], "another importer is as confident"
    # none of the other new importers claims it
    for confidence, name in ranking[1:]:
        if name in NEW:
            assert confidence < registry.MIN_CONFIDENCE, (name, confidence)


def test_imessage_database_is_detected(tmp_path: Path) -> None:
    path = imessage_sample_db(tmp_path / "chat.db")
    ranking = registry.rank(registry.sample_export(path))
    assert ranking[0] == (0.98, "imessage")
    assert ranking[1][0] < registry.MIN_CONFIDENCE


OLD_FIXTURES = sorted(
    str(p.relative_to(DATA))
    for folder in ("whatsapp", "telegram", "generic")
    for p in (DATA / folder).iterdir()
)


@pytest.mark.parametrize("path", OLD_FIXTURES)
def test_new_importers_do_not_claim_the_older_formats(path: str) -> None:
    ranking = dict((name, c) for c, name in registry.rank(registry.sample_export(DATA / path)))
    for name in NEW:
        assert ranking[name] < registry.MIN_CONFIDENCE, (name, ranking[name])


@pytest.mark.parametrize(("path", "expected"), FIXTURES)
def test_auto_import_reads_every_fixture(path: str, expected: str) -> None:
    table = read_table(DATA / path)
    assert table.num_rows >= 4
    assert set(table.column("platform").to_pylist()) == {expected}


def _mutations(data: bytes) -> st.SearchStrategy[bytes]:
    cut = st.integers(0, len(data)).map(lambda n: data[:n])
    flip = st.tuples(st.integers(0, len(data) - 1), st.binary(min_size=1, max_size=8)).map(
        lambda t: data[: t[0]] + t[1] + data[t[0] + len(t[1]) :]
    )
    return st.one_of(cut, flip)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.sampled_from(FIXTURES).flatmap(
        lambda f: st.tuples(st.just(f[1]), _mutations((DATA / f[0]).read_bytes()))
    )
)
def test_damaged_exports_raise_only_project_errors(
    tmp_path_factory: pytest.TempPathFactory, data: tuple[str, bytes]
) -> None:
    fmt, content = data
    path = tmp_path_factory.mktemp("hostile") / "export"
    path.write_bytes(content)
    with contextlib.suppress(UnmaskError):
        read_table(path, ImportOptions(format=fmt))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(100, 40_000), seed=st.binary(min_size=1, max_size=16))
def test_damaged_databases_raise_only_project_errors(
    tmp_path_factory: pytest.TempPathFactory, cut: int, seed: bytes
) -> None:
    folder = tmp_path_factory.mktemp("db")
    path = folder / "chat.db"
    imessage_db({"+1555": []}, path)
    content = path.read_bytes()
    at = cut % len(content)
    path.write_bytes(content[:at] + seed + content[at + len(seed) :])
    with contextlib.suppress(UnmaskError):
        read_table(path, ImportOptions(format="imessage"))


@pytest.mark.parametrize(("path", "expected"), FIXTURES[::3])
def test_a_file_over_the_size_bound_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch, path: str, expected: str
) -> None:
    from unmask.errors import InputError
    from unmask.ingest import common

    monkeypatch.setattr(common, "MAX_EXPORT_BYTES", 100)
    with pytest.raises(InputError, match="export a single chat instead"):
        read_table(DATA / path, ImportOptions(format=expected))


@pytest.mark.parametrize(
    ("path", "partners"),
    [
        ("signal/Mei/chat.md", ("Mei", "Me")),
        ("line/chat_ja.txt", ("美咲", "健二")),
        ("wechat/小美_utf8.csv", ("小美", "阿杰")),
        ("discord/Direct Messages - Mei [1043].json", ("mei.lin", "kai_")),
    ],
)
def test_each_platform_goes_through_the_analysis(path: str, partners: tuple[str, str]) -> None:
    from unmask.analyze import AnalyzeOptions, analyze

    analysis = analyze(
        DATA / path, partners=partners, options=AnalyzeOptions(model=False, bootstrap_resamples=20)
    )
    assert analysis.import_report.platform == path.split("/")[0]
    assert set(analysis.senders) >= set(partners)
    assert analysis.table.num_rows == read_table(DATA / path).num_rows


def test_an_imessage_database_goes_through_the_analysis(tmp_path: Path) -> None:
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask_dev.synth.platforms import MEI

    path = imessage_sample_db(tmp_path / "chat.db")
    options = AnalyzeOptions(
        model=False, bootstrap_resamples=20, import_options=ImportOptions(chat=MEI)
    )
    analysis = analyze(path, partners=(MEI, "Me"), options=options)
    assert analysis.import_report.platform == "imessage"
    assert analysis.senders == {MEI: 3, "Me": 4}  # the unsent message counts as hers
