"""The synthetic couple generator: determinism, structure, built-in trajectories, exports."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from unmask.ingest import read_table
from unmask.model import KINDS, Message
from unmask.samples import SAMPLES, sample_path, samples_dir, truth_path
from unmask_dev.synth import (
    LABELS,
    LAYOUTS,
    PROFILES,
    Curve,
    Labelled,
    flat,
    generate,
    generate_labelled,
    generate_large,
    load_bank,
    ramp,
    truth,
    write_whatsapp,
)
from unmask_dev.synth.samples import SAMPLE_SPECS, write_samples

DISCLOSURE = ("disclosure.emotional", "disclosure.vulnerable")
RESPONSE = tuple(label for label in LABELS if label.startswith("response."))
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def labelled() -> dict[str, Labelled]:
    return {name: generate_labelled(profile) for name, profile in PROFILES.items()}


def thirds(data: Labelled) -> tuple[Counter[str], Counter[str]]:
    """Label counts of the first and the last third of the chat."""
    n = len(data.labels)
    return Counter(data.labels[: n // 3]), Counter(data.labels[n - n // 3 :])


def per_100(counts: Counter[str], labels: Sequence[str]) -> float:
    return 100.0 * sum(counts[label] for label in labels) / sum(counts.values())


def share(counts: Counter[str], label: str, among: Sequence[str]) -> float:
    total = sum(counts[x] for x in among)
    return counts[label] / total if total else 0.0


# -- curves and profiles ------------------------------------------------------------


def test_curve_is_piecewise_linear_and_held_at_the_ends() -> None:
    c = Curve(((2.0, 10.0), (6.0, 2.0)))
    assert c.at(0) == 10.0
    assert c.at(4) == pytest.approx(6.0)
    assert c.at(100) == 2.0
    assert flat(3).at(17) == 3.0
    assert ramp(1, 5, 0, 4).at(2) == pytest.approx(3.0)
    with pytest.raises(ValueError):
        Curve(((5.0, 1.0), (1.0, 2.0)))


def test_bundled_profiles_are_two_years_or_more_in_both_languages() -> None:
    assert {"close_en", "drifting_en", "close_zh", "drifting_zh"} <= set(PROFILES)
    assert {p.lang for p in PROFILES.values()} == {"en", "zh"}
    for profile in PROFILES.values():
        assert 26 <= profile.months <= 30


# -- generation -----------------------------------------------------------------------


def test_generation_is_deterministic_and_seeded() -> None:
    profile = PROFILES["drifting_zh"]
    assert generate(profile) == generate(profile)
    other = generate(dataclasses.replace(profile, seed=profile.seed + 1))
    assert other[:50] != generate(profile)[:50]


def test_messages_are_chronological_canonical_and_span_the_profile(
    labelled: dict[str, Labelled],
) -> None:
    for name, data in labelled.items():
        profile = PROFILES[name]
        messages = data.messages
        assert 2500 <= len(messages) <= 6000, name
        stamps = [m.timestamp for m in messages]
        assert stamps == sorted(stamps), name
        assert len({m.message_id for m in messages}) == len(messages)
        assert {m.platform for m in messages} == {"whatsapp"}
        assert {m.kind for m in messages} <= set(KINDS)
        assert set(data.labels) <= set(LABELS)
        months = sorted({t[:7] for t in stamps})
        assert len(months) == profile.months, name
        assert months[0] == profile.start.isoformat()[:7]


def test_both_partners_write_a_fair_share(labelled: dict[str, Labelled]) -> None:
    for name, data in labelled.items():
        counts = Counter(m.sender for m in data.messages)
        assert set(counts) == set(PROFILES[name].partners)
        assert min(counts.values()) / len(data.messages) > 0.35, name


def test_drifting_couples_lose_disclosure_to_bookkeeping(labelled: dict[str, Labelled]) -> None:
    for name in ("drifting_en", "drifting_zh"):
        early, late = thirds(labelled[name])
        assert per_100(late, DISCLOSURE) < 0.5 * per_100(early, DISCLOSURE), name
        assert per_100(late, ["transactional"]) > 2 * per_100(early, ["transactional"]), name
        surface = ["transactional", "logistics", "duty", "appeasement"]
        assert per_100(late, surface) > per_100(early, surface) + 15, name
        assert per_100(late, ["affection"]) < 0.5 * per_100(early, ["affection"]), name
        # disclosures are increasingly met with deflection rather than care
        deflecting_late = share(late, "response.deflecting", RESPONSE)
        assert deflecting_late > 0.2, name
        assert deflecting_late > 3 * share(early, "response.deflecting", RESPONSE), name
        assert share(late, "response.responsive", RESPONSE) < 0.5 * share(
            early, "response.responsive", RESPONSE
        ), name


def test_close_couples_keep_disclosure_and_responsiveness(labelled: dict[str, Labelled]) -> None:
    for name in ("close_en", "close_zh"):
        early, late = thirds(labelled[name])
        for part in (early, late):
            assert share(part, "response.responsive", RESPONSE) > 0.7, name
            assert per_100(part, DISCLOSURE) > 4.0, name
            # close couples split bills too
            assert per_100(part, ["transactional"]) > 2.0, name
        close_late = per_100(late, DISCLOSURE)
        drifting_late = per_100(thirds(labelled[name.replace("close", "drifting")])[1], DISCLOSURE)
        assert close_late > 2 * drifting_late


def test_text_is_varied_and_natural(labelled: dict[str, Labelled]) -> None:
    for name, data in labelled.items():
        texts = [m.text for m in data.messages if m.kind == "text"]
        assert len(set(texts)) / len(texts) > 0.4, name
        assert any("\n" in t for t in texts), f"{name}: no multi-line message"
        lengths = [len(t) for t in texts]
        assert min(lengths) <= 2 and max(lengths) >= 40, name
        assert sum(1 for m in data.messages if m.kind in ("media", "sticker")) > 50, name
        lang = PROFILES[name].lang
        with_cjk = sum(1 for t in texts if CJK.search(t))
        assert (with_cjk > 0.8 * len(texts)) if lang == "zh" else (with_cjk == 0), name
    zh_texts = [m.text for m in labelled["close_zh"].messages + labelled["drifting_zh"].messages]
    traditional = set(load_bank("zh").traditional.values())
    assert sum(1 for t in zh_texts if traditional & set(t)) >= 10


def test_drifting_couples_answer_feelings_slower_than_chores(
    labelled: dict[str, Labelled],
) -> None:
    from datetime import datetime

    def gaps(data: Labelled, labels: set[str], start: int) -> list[float]:
        out = []
        for i in range(max(start, 1), len(data.messages)):
            if data.labels[i] in labels and data.messages[i].sender != data.messages[i - 1].sender:
                a = datetime.fromisoformat(data.messages[i - 1].timestamp)
                b = datetime.fromisoformat(data.messages[i].timestamp)
                out.append((b - a).total_seconds())
        return sorted(out)

    data = labelled["drifting_en"]
    late = 2 * len(data.messages) // 3
    depth = gaps(data, set(RESPONSE), late)
    surface = gaps(data, {"transactional", "logistics"}, late)
    assert depth[len(depth) // 2] > 2 * surface[len(surface) // 2]


def test_n_messages_is_exact_and_covers_the_span() -> None:
    profile = PROFILES["close_en"]
    messages = generate(profile, n_messages=1200)
    assert len(messages) == 1200
    months = {m.timestamp[:7] for m in messages}
    assert len(months) >= profile.months - 2
    assert len(generate(profile, n_messages=9000)) == 9000


def test_truth_is_json_and_describes_the_drift() -> None:
    data = json.loads(json.dumps(truth(PROFILES["drifting_en"])))
    schedule = data["schedule"]
    assert len(schedule) == PROFILES["drifting_en"].months
    first, last = schedule[0]["partners"]["Ben"], schedule[-1]["partners"]["Ben"]
    assert sum(first["initiate"].values()) == pytest.approx(1.0, abs=1e-3)
    assert last["initiate"]["transactional"] > 2 * first["initiate"]["transactional"]
    chloe_first = schedule[0]["partners"]["Chloe"]
    chloe_last = schedule[-1]["partners"]["Chloe"]
    assert (
        chloe_last["respond_to_disclosure"]["deflecting"]
        > chloe_first["respond_to_disclosure"]["deflecting"]
    )
    assert last["latency_minutes"]["depth"] > last["latency_minutes"]["surface"]


# -- WhatsApp export ------------------------------------------------------------------

HEADERS = {
    "android": re.compile(r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M - "),
    "ios": re.compile(r"^\[\d{2}\.\d{2}\.\d{2}, \d{2}:\d{2}:\d{2}\] "),
    "ios_us": re.compile(r"^\[\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}:\d{2}\u202f[AP]M\] "),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_export_looks_like_the_phone_wrote_it(tmp_path: Path, layout: str) -> None:
    messages = generate(PROFILES["drifting_zh"], n_messages=600)
    path = tmp_path / "chat.txt"
    write_whatsapp(messages, path, layout)  # type: ignore[arg-type]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert "end-to-end encrypted" in lines[0]
    assert HEADERS[layout].match(lines[0])
    headed = [ln for ln in lines if HEADERS[layout].match(ln)]
    assert len(headed) == 601
    media = "<Media omitted>" if layout == "android" else "\u200eimage omitted"
    assert any(ln.endswith(": " + media) for ln in headed)


def comparable(message: Message, layout: str) -> tuple[str | None, str, str, str]:
    """What an export in ``layout`` keeps of a message."""
    ts = message.timestamp[:16] + ":00" if layout == "android" else message.timestamp
    kind = "media" if layout == "android" and message.kind == "sticker" else message.kind
    text = message.text if kind == "text" else ""
    return message.sender, ts, kind, text


@pytest.mark.parametrize(
    ("name", "layout"), list(itertools.product(["close_en", "drifting_zh"], LAYOUTS))
)
def test_export_reads_back_with_the_whatsapp_importer(
    tmp_path: Path, name: str, layout: str
) -> None:
    messages = generate(PROFILES[name], n_messages=1500)
    path = tmp_path / f"{name}.txt"
    write_whatsapp(messages, path, layout)  # type: ignore[arg-type]
    rows = [r for r in read_table(path).to_pylist() if r["kind"] != "system"]
    got = [
        (r["sender"], r["timestamp"], r["kind"], r["text"] if r["kind"] == "text" else "")
        for r in rows
    ]
    assert got == [comparable(m, layout) for m in messages]


# -- bundled samples --------------------------------------------------------------------


def test_bundled_samples_equal_a_fresh_generation(tmp_path: Path) -> None:
    written = write_samples(tmp_path)
    assert len(written) == 2 * len(SAMPLE_SPECS)
    for path in written:
        committed = samples_dir() / path.name
        assert committed.is_file(), f"{committed} missing: run scripts/make_samples.py"
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed.name} is stale: run scripts/make_samples.py"
        )
    assert {spec.name for spec in SAMPLE_SPECS} == set(SAMPLES)
    assert {spec.layout for spec in SAMPLE_SPECS} == set(LAYOUTS)
    assert (samples_dir() / "README.md").is_file()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_bundled_sample_reads_back_with_its_truth(name: str) -> None:
    layout = SAMPLES[name][0]
    data = json.loads(truth_path(name).read_text(encoding="utf-8"))
    rows = [r for r in read_table(sample_path(name)).to_pylist() if r["kind"] != "system"]
    assert len(rows) == data["export"]["messages"] == len(data["message_labels"])
    assert Counter(r["sender"] for r in rows) == Counter(data["export"]["by_sender"])
    expected = [comparable(m, layout) for m in generate(PROFILES[name])]
    got = [
        (r["sender"], r["timestamp"], r["kind"], r["text"] if r["kind"] == "text" else "")
        for r in rows
    ]
    assert got == expected


# -- the large benchmark stream -----------------------------------------------------------


def test_generate_large_is_exact_chronological_bilingual_and_deterministic() -> None:
    messages = list(generate_large(20_000, seed=7))
    assert len(messages) == 20_000
    stamps = [m.timestamp for m in messages]
    assert stamps == sorted(stamps)
    assert {m.sender for m in messages} == {"Sam", "Lin"}
    texts = [m.text for m in messages if m.kind == "text"]
    zh = sum(1 for t in texts if CJK.search(t)) / len(texts)
    assert 0.3 < zh < 0.7
    assert list(itertools.islice(generate_large(20_000, seed=7), 500)) == messages[:500]
    english = [m.text for m in generate_large(3_000, seed=7, lang_mix=0.0) if m.kind == "text"]
    assert not any(CJK.search(t) for t in english)
    assert len(set(texts)) > 5_000
