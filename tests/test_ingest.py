"""Tests for kg.ingest: files and folders -> Article."""

import datetime
import logging
import os
import socket
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import clean_text, parse_date, read_articles
from kg.types import Article

DATA = Path(__file__).parent / "data" / "articles"
SEEDS = Path(__file__).parents[1] / "seeds"

ENGLISH = (
    "The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss security "
    "in the Arctic. They agreed to hold another meeting in Helsinki in the spring, officials "
    "said after the talks, which lasted for several hours."
)
FRENCH = (
    "Le secrétaire général de l'OTAN a rencontré mercredi à Tokyo le Premier ministre japonais. "
    "Les deux dirigeants ont convenu de renforcer leur coopération en matière de sécurité dans "
    "le cyberespace et dans l'espace, a indiqué le gouvernement japonais dans un communiqué "
    "publié à l'issue de la réunion."
)
CHINESE = "北约秘书长周三在东京会见了日本首相。两国领导人同意加强在网络空间和太空领域的安全合作。"


def read_all(sources: list[str | Path], **kwargs: int) -> tuple[list[Article], list[IngestError]]:
    errors: list[IngestError] = []
    articles = list(read_articles(sources, on_error=errors.append, **kwargs))
    return articles, errors


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- formats


def test_ingest_reads_plain_text_with_date_marker() -> None:
    path = DATA / "ingest_talks.txt"
    articles, errors = read_all([path])
    assert errors == []
    [article] = articles
    assert article.id == "ingest_talks"
    assert article.source == str(path)
    assert article.date == datetime.date(2024, 3, 5)
    assert article.title is None
    assert article.text.splitlines() == [
        "Ministers meet in Oslo",
        "The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss "
        "security in the Arctic.",
        "They agreed to hold another meeting in Helsinki in the spring, officials said after "
        "the talks.",
    ]


def test_ingest_reads_html_main_text_and_metadata() -> None:
    path = DATA / "ingest_oslo.html"
    articles, errors = read_all([path])
    assert errors == []
    [article] = articles
    assert article.id == "ingest_oslo"
    assert article.title == "Ministers meet in Oslo"
    assert article.date == datetime.date(2024, 3, 5)
    assert article.url == "https://news.example.org/world/oslo-talks"
    assert "met in Oslo on Tuesday to discuss security in the Arctic" in article.text
    assert "energy and border protection." in article.text
    for furniture in ("cookies", "Accept", "Copyright", "Log in", "About us"):
        assert furniture not in article.text


def test_ingest_reads_json_lines() -> None:
    path = DATA / "ingest_wire.jsonl"
    articles, errors = read_all([path])
    assert errors == []
    assert [a.id for a in articles] == ["wire-1", "ingest_wire-2", "wire-3"]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert [a.date for a in articles] == [
        datetime.date(2024, 5, 2),
        datetime.date(2024, 5, 3),
        None,
    ]
    assert articles[0].title == "Japan and Australia sign defence pact"
    assert articles[0].url == "https://wire.example.org/1"
    assert articles[1].title is None
    assert articles[2].text.startswith("NATO welcomed the agreement")


def test_ingest_chooses_format_by_case_insensitive_extension(tmp_path: Path) -> None:
    html = (DATA / "ingest_oslo.html").read_text(encoding="utf-8")
    path = write(tmp_path / "PAGE.HTM", html)
    [article] = read_all([path])[0]
    assert article.title == "Ministers meet in Oslo"
    assert "<p>" not in article.text


def test_ingest_reads_unknown_extension_named_explicitly_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.article", ENGLISH)
    articles, errors = read_all([path])
    assert errors == []
    assert [(a.id, a.text) for a in articles] == [("story", ENGLISH)]


def test_ingest_accepts_str_and_path_sources(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    articles, _ = read_all([str(tmp_path / "a.txt"), tmp_path / "a.txt"])
    assert [a.source for a in articles] == [str(tmp_path / "a.txt")] * 2


# --------------------------------------------------------------------------- folders, order


def test_ingest_walks_folders_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "a.md", ENGLISH)
    write(tmp_path / "sub" / "c.TXT", ENGLISH)
    write(tmp_path / "sub" / "deeper" / "d.jsonl", f'{{"text": "{ENGLISH}"}}\n')
    write(tmp_path / "z.text", ENGLISH)
    write(tmp_path / "sub" / ".hidden.txt", ENGLISH)
    write(tmp_path / ".git" / "notes.txt", ENGLISH)
    write(tmp_path / "table.csv", "a,b\n1,2\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    articles, errors = read_all([tmp_path])
    assert errors == []
    assert [a.id for a in articles] == ["a", "b", "c", "d-1", "z"]
    assert articles[0].source == str(tmp_path / "a.md")
    assert articles[3].source == f"{tmp_path / 'sub' / 'deeper' / 'd.jsonl'}:1"


def test_ingest_keeps_the_order_of_explicit_sources(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, ENGLISH)
    sources = [tmp_path / "c.txt", tmp_path / "a.txt", tmp_path / "b.txt"]
    assert [a.id for a in read_all(sources)[0]] == ["c", "a", "b"]


def test_ingest_reports_a_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "notes.csv", "a,b\n")
    articles, errors = read_all([tmp_path])
    assert articles == []
    assert [e.source for e in errors] == [str(tmp_path)]
    assert "no article files" in errors[0].reason


# --------------------------------------------------------------------------- laziness


def test_ingest_returns_an_iterator_that_reads_nothing_before_asked(tmp_path: Path) -> None:
    errors: list[IngestError] = []
    articles = read_articles([tmp_path / "missing.txt"], on_error=errors.append)
    assert iter(articles) is articles
    assert errors == []
    assert list(articles) == []
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_ingest_reads_the_second_file_only_when_asked(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    second = write(tmp_path / "b.txt", ENGLISH)
    errors: list[IngestError] = []
    articles = read_articles([tmp_path], on_error=errors.append)
    assert next(articles).id == "a"
    second.unlink()
    assert list(articles) == []
    assert [e.source for e in errors] == [str(second)]


def test_ingest_on_error_that_raises_stops_reading(tmp_path: Path) -> None:
    def fail(err: IngestError) -> None:
        raise err

    write(tmp_path / "b.txt", ENGLISH)
    articles = read_articles([tmp_path / "a.txt", tmp_path / "b.txt"], on_error=fail)
    with pytest.raises(IngestError, match="a.txt: no such file"):
        next(articles)


def test_ingest_logs_a_warning_without_on_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path / "good.txt", ENGLISH)
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        articles = list(read_articles([tmp_path / "gone.txt", tmp_path / "good.txt"]))
    assert [a.id for a in articles] == ["good"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'gone.txt'}: no such file or directory"
    ]


def test_ingest_max_bytes_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_bytes must be >= 1, got 0"):
        read_articles([], max_bytes=0)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("February 1, 2023, 7:33 am", datetime.date(2023, 2, 1)),
        ("1 February 2023", datetime.date(2023, 2, 1)),
        ("2023-02-01", datetime.date(2023, 2, 1)),
        ("2023-02-01T07:33:00+00:00", datetime.date(2023, 2, 1)),
        ("By 05:21 on 12.07.2024 Today`s news", datetime.date(2024, 7, 12)),
        ("July 11, 2024", datetime.date(2024, 7, 11)),
        ("Published Sept. 3rd, 2022", datetime.date(2022, 9, 3)),
        ("Updated 3 Aug 2021 10:00 GMT", datetime.date(2021, 8, 3)),
        ("31.02.2024 then 01.03.2024", datetime.date(2024, 3, 1)),
        ("no date here", None),
        ("Room 12.07 on floor 2024", None),
    ],
)
def test_ingest_parse_date(text: str, want: datetime.date | None) -> None:
    assert parse_date(text) == want


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("By Press Association\nFebruary 1, 2023, 7:33 am\n", datetime.date(2023, 2, 1)),
        ("Published: 1 February 2023\n", datetime.date(2023, 2, 1)),
        ("2023-02-01 | World\n", datetime.date(2023, 2, 1)),
        ("Updated 12.07.2024, 05:21\n", datetime.date(2024, 7, 12)),
        ("Talks in Oslo\nJuly 11, 2024\n", datetime.date(2024, 7, 11)),
        ("On 1 February 2023 the ministers met in Oslo to discuss security.\n", None),
        (
            "World leaders attend a session of the summit with partners in Washington, "
            "D.C., July 11, 2024 (AP Photo)\n",
            None,
        ),
    ],
)
def test_ingest_finds_datelines_not_body_dates(
    tmp_path: Path, header: str, want: datetime.date | None
) -> None:
    path = write(tmp_path / "a.txt", header + ENGLISH)
    [article] = read_all([path])[0]
    assert article.date == want


def test_ingest_ignores_datelines_deep_in_the_body(tmp_path: Path) -> None:
    body = "\n".join(f"{ENGLISH} Paragraph {i}." for i in range(20))
    text = body + "\nFebruary 1, 2023\n" + body
    [article] = read_all([write(tmp_path / "a.txt", text)])[0]
    assert article.date is None


def test_ingest_date_marker_keeps_the_rest_of_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f" date 2023-07-13 Title line here\n{ENGLISH}")
    [article] = read_all([path])[0]
    assert article.date == datetime.date(2023, 7, 13)
    assert article.text.splitlines()[0] == "Title line here"
    assert "2023" not in article.text


def test_ingest_metadata_date_wins_over_dateline(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        '{"date": "2020-01-02", "text": "January 5, 2021\\n' + ENGLISH + '"}\n',
    )
    [article] = read_all([path])[0]
    assert article.date == datetime.date(2020, 1, 2)


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n   \n", "empty file"),
        ("blank.jsonl", b"\n\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"some text", "binary file, not text"),
        (
            "garbage.txt",
            bytes(range(0x80, 0x100)) * 4,
            "cannot decode as text (not UTF-8, and no other encoding gives readable text)",
        ),
        (
            "furniture.txt",
            b"Share this: Twitter\nFacebook\nSubscribe to our newsletter\n"
            b"Accept cookies\n\xc2\xa9 2024",
            "no article text after removing boilerplate",
        ),
        ("broken.html", b"<html><body><div class=", "no main text found in HTML"),
        (
            "empty-page.html",
            b"<html><head></head><body></body></html>",
            "no main text found in HTML",
        ),
        (
            "french.txt",
            FRENCH.encode(),
            "not English (looks like another language); kg reads English articles",
        ),
        (
            "chinese.txt",
            CHINESE.encode(),
            "not English (looks like another language); kg reads English articles",
        ),
    ],
)
def test_ingest_reports_bad_input_and_reads_the_others(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = write(tmp_path / "good.txt", ENGLISH)
    articles, errors = read_all([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert [str(e) for e in errors] == [f"{bad}: {reason}"]
    assert [(e.source, e.reason) for e in errors] == [(str(bad), reason)]


def test_ingest_reports_a_missing_source(tmp_path: Path) -> None:
    articles, errors = read_all([tmp_path / "nope"])
    assert articles == []
    assert [e.reason for e in errors] == ["no such file or directory"]


def test_ingest_rejects_a_large_file_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: fast, and takes no disk space

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"read {self}")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    articles, errors = read_all([big])
    assert articles == []
    assert [str(e) for e in errors] == [f"{big}: file too large (52.4 MB > 10.0 MB limit)"]


def test_ingest_max_bytes_sets_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    articles, errors = read_all([path], max_bytes=100)
    assert articles == []
    assert errors[0].reason.startswith("file too large (0.0 MB > 0.0 MB limit)")
    assert [a.id for a in read_all([path], max_bytes=1000)[0]] == ["a"]


def test_ingest_decodes_cp1252_with_a_fallback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = (
        "The minister\u2019s visit to Paris \u2014 \u201cquite short\u201d, aides said \u2014 "
        "ended with a d\u00e9claration on security in the region and the war in Ukraine."
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.INFO, logger="kg.ingest"):
        articles, errors = read_all([path])
    assert errors == []
    assert [a.text for a in articles] == [text]
    assert any("not UTF-8, decoded as cp1252" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_ingest_decodes_unicode_with_a_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(ENGLISH.encode(encoding))
    assert [a.text for a in read_all([path])[0]] == [ENGLISH]


def test_ingest_reports_a_malformed_jsonl_line_and_keeps_the_others(tmp_path: Path) -> None:
    path = write(
        tmp_path / "file.jsonl",
        f'{{"id": "one", "text": "{ENGLISH}"}}\n'
        '{"id": "two", "text": "unterminated\n'
        f'{{"id": "three", "text": "{ENGLISH}"}}\n',
    )
    articles, errors = read_all([path])
    assert [a.id for a in articles] == ["one", "three"]
    assert [e.source for e in errors] == [f"{path}:2"]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON (")


def test_ingest_reports_every_bad_line_of_a_bad_jsonl_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.ndjson",
        "not json\n"
        '{"title": "no text"}\n'
        '{"text": 42}\n'
        '["a", "list"]\n'
        f'{{"text": "{ENGLISH}", "date": "yesterday"}}\n'
        f'{{"text": "{ENGLISH}", "title": ["x"]}}\n'
        '{"text": "Share this: Twitter"}\n'
        f'{{"text": "{FRENCH}"}}\n',
    )
    articles, errors = read_all([path])
    assert articles == []
    assert [e.source for e in errors] == [f"{path}:{n}" for n in range(1, 9)]
    assert [e.reason for e in errors][1:] == [
        "no string 'text' field",
        "no string 'text' field",
        "expected a JSON object, got list",
        "bad 'date' 'yesterday': expected YYYY-MM-DD or an ISO datetime",
        "'title' must be a string, got ['x']",
        "no article text after removing boilerplate",
        "not English (looks like another language); kg reads English articles",
    ]


# --------------------------------------------------------------------------- boilerplate


SEED_CASES = {
    "000_ce7ccc6e96fce881.txt": (
        [
            "The People’s Republic of China has voiced firm opposition to the creation of an "
            "“Asia-Pacific NATO” after officials from Australia, Japan, New Zealand, and the "
            "Republic of Korea met in Brussels earlier this month.",
            "North Atlantic Treaty Organization Secretary General Jens Stoltenberg met with the "
            "Indo-Pacific representatives from the four countries at NATO Headquarters in "
            "Brussels on 5 April.",
            "“What happens in your region, what happens in the Indo-Pacific matters for Europe.",
            "Japanese and Korean representatives have also attended 13th Defense Trilateral "
            "Talks with the United States in Washington on 14 April.",
        ],
        ["please log in", "Create free account"],
    ),
    "001_22f300da3afa5099.txt": (
        [
            "China reacts to stories of NATO workplace in Japan",
            "The US-led bloc’s enlargement into Asia will undermine regional peace and "
            "stability, Beijing has warned",
            "Mao warned that “NATO’s continued eastward foray into the Asia-Pacific and "
            "interference in regional affairs will inevitably undermine regional peace and "
            "stability and stoke camp confrontation.”",
            "In March, Russian President Vladimir Putin stated that the push by the US and its "
            "allies to create what he known as a “global NATO” resembled the actions of Nazi "
            "Germany, Italy and Japan",
        ],
        ["HomeLatest", "READ MORE", "\nSource", "\nLatest", "\xa0"],
    ),
    "002_a5c70416f04bf031.txt": (
        [
            "NATO Chief Stresses NATO's Deepening Cooperation with Indo-Pacific, EU Partners",
            "World leaders attend a session of the NATO summit with Indo-Pacific Partners, "
            "Washington, D.C., July 11, 2024 (AP Photo/Matt Rourke)",
            'NATO Secretary General Jens Stoltenberg Thursday underlined the "strong and '
            'deepening cooperation" between NATO and its Indo-Pacific partners and the '
            "European Union. Stoltenberg was speaking",
            "NATO's Indo-Pacific partners, Japan and South Korea, have also expressed concern "
            "about ties between Moscow and Pyongyang.",
        ],
        ["site.bta", "news.modal", "/IV/", "uses cookies", "Accept", "More information"],
    ),
    "003_33c3d6002d01dd23.txt": (
        [
            "Nato chief seeks ‘more friends’ as Russia and China move closer",
            "Nato Secretary-General Jens Stoltenberg answers a question from students at Keio "
            "University in Tokyo (AP)",
            "After talks on Tuesday, Mr Stoltenberg and Japanese Prime Minister Fumio Kishida "
            "agreed to step up their partnership in security in cyberspace, space, defence and "
            "other areas.",
            "Mr Stoltenberg met Japan’s Prime Minister Fumio Kishida (Pool Photo via AP)",
            "North Korea also criticised increasing cooperation between Nato and US allies in "
            "Asia as a process to create an “Asian version of Nato,” saying it would raise "
            "tensions in the region.",
        ],
        ["An icon of", "Calendar", "Loading Spinner", "date 2023"],
    ),
    "004_417c370a803bcbad.txt": (
        [
            "Subtitle: Four Asian-Pacific Nations Join the NATO Summit, Raising Concerns Over "
            "China and North Korea",
            "The 31 member states of NATO issued a strongly worded communique, marking the "
            "group’s strongest condemnation of China to date.",
            "Chinese Foreign Ministry spokesperson Wang Wenbin responded to NATO’s statements, "
            "stressing that Sino-Russian relations are based on the principles of "
            "non-alignment, non-confrontation, and non-targeting of third parties.",
            "The evolving dynamics between NATO, China, and Russia will continue to shape the "
            "international landscape in the foreseeable future.",
        ],
        ["[Current Date]", "Image Source", "Getty", "Share this", "Twitter", "Facebook"],
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_CASES))
def test_ingest_clean_text_keeps_seed_sentences_and_drops_furniture(name: str) -> None:
    sentences, furniture = SEED_CASES[name]
    cleaned = clean_text((SEEDS / name).read_text(encoding="utf-8"))
    for sentence in sentences:
        assert sentence in cleaned
    for junk in furniture:
        assert junk not in cleaned
    lines = cleaned.splitlines()
    assert len(lines) == len(set(lines))
    assert "" not in lines


def test_ingest_clean_text_keeps_every_seed_body_sentence() -> None:
    """Every line of 25+ words in the seeds (the article body) survives whole."""
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        for line in raw.splitlines():
            body = " ".join(line.split())
            if len(body.split()) >= 25 and "An icon of" not in body:
                assert body in cleaned, (path.name, body[:60])


def test_ingest_reads_the_seeds_with_their_dates() -> None:
    articles, errors = read_all([SEEDS])
    assert errors == []
    assert [a.date for a in articles] == [
        None,
        None,
        datetime.date(2024, 7, 12),
        datetime.date(2023, 2, 1),
        datetime.date(2023, 7, 13),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "HomeWorldMinisters meet in Oslo\n\nMinisters meet in Oslo\nBody text.",
            "Ministers meet in Oslo\nBody text.",
        ),
        (
            "Ministers meet in Oslo\nMinisters meet in Oslo\nCaption.\nCaption.",
            "Ministers meet in Oslo\nCaption.",
        ),
        ("news.modal.header\nmenu.item_2.label\nTalks ended.", "Talks ended."),
        ("Talks  ended.\u00a0 \t Aides  left.", "Talks ended. Aides left."),
        ("Ministers met.\n\n\n\nAides left.", "Ministers met.\nAides left."),
        ("“Quoted,” he said. It’s ‘fine’ — `ok`.", "“Quoted,” he said. It’s ‘fine’ — `ok`."),
        (
            "This site uses cookies to improve your experience.\nAccept\nMore information\nTalks.",
            "Talks.",
        ),
        ("To continue reading, please log in.\nSign in\nSubscribe\nTalks.", "Talks."),
        ("Share:\nTwitter\nWhatsApp\nEmail\nFollow us on Facebook\nTalks.", "Talks."),
        ("Read more: Other news\nRelated: More news\nTalks.", "Talks."),
        ("Photo credit: Reuters\nImage Source: Getty Images\nPhoto: AP/Jane Doe\nTalks.", "Talks."),
        (
            "Please sign in to continue\nLog in\nSubscribe to read unlimited articles\n"
            "Register now for free access\nNewsletter\nPrivacy Policy\nTalks.",
            "Talks.",
        ),
        ("© 2024 Example News\nCopyright 2024. All rights reserved.\nTalks.", "Talks."),
        ("2024-03-05\n***\n| |\nTalks.", "Talks."),
        ("Advertisement\nLatest\nSource:\nTalks.", "Talks."),
        ("Date: [Current Date]\nTalks.", "Talks."),
        (" ".join(f"Item{i} An icon of a thing." for i in range(12)) + "\nTalks.", "Talks."),
        ("\n".join(f"Item{i} An icon of a thing." for i in range(10)) + "\nTalks.", "Talks."),
    ],
)
def test_ingest_clean_text_rules(text: str, want: str) -> None:
    assert clean_text(text) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain does not subscribe to the view that the alliance should expand into Asia, "
        "the foreign secretary told reporters in London on Monday.",
        "We will fight for peace, we will fight for our allies, and we will fight for the "
        "rules-based order, we will fight for freedom, the president said.",
        "The minister said the two countries would sign in Vilnius an agreement on cyber "
        "defence, which took two years to negotiate.",
        "Source: the NATO press office said the meeting lasted two hours.",
        "Japan and Australia sign defence pact",
        "Japan to register protest over missile launch",
        "“If you subscribe to that view, you are mistaken,” the spokesman said.",
        "Hackers tried to log in to the ministry's servers, officials in Tallinn said.",
        "Photo: Stoltenberg and Kishida shake hands in Tokyo",
        "The two countries also discussed copyright protection and digital trade.",
        "More from the summit in Vilnius is expected on Wednesday.",
    ],
)
def test_ingest_clean_text_keeps_sentences_that_mention_furniture_words(sentence: str) -> None:
    assert clean_text(sentence) == sentence


# ---------------------------------------------------------------- inputs that are not files


def _read_in_thread(sources: list[str | Path]) -> tuple[list[Article], list[IngestError]]:
    """Read in a thread, so that a hang (a FIFO opened for reading) fails the test."""
    import threading

    out: list[tuple[list[Article], list[IngestError]]] = []
    worker = threading.Thread(target=lambda: out.append(read_all(sources)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert out, "reading hung: a special file was opened"
    return out[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_ingest_skips_a_fifo_in_a_folder_without_opening_it(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block for ever
    os.mkfifo(tmp_path / "pipe")  # any name: still reported

    articles, errors = _read_in_thread([tmp_path])

    assert [a.id for a in articles] == ["a"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'pipe'}: skipped: a named pipe (FIFO), not a regular file",
        f"{tmp_path / 'pipe.txt'}: skipped: a named pipe (FIFO), not a regular file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_ingest_skips_a_fifo_named_as_a_source(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")

    articles, errors = _read_in_thread([tmp_path / "pipe.txt"])

    assert articles == []
    [err] = errors
    assert err.source == str(tmp_path / "pipe.txt")
    assert "named pipe (FIFO)" in err.reason and "\n" not in str(err)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
def test_ingest_skips_a_socket_in_a_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH)
    path = tmp_path / "s.jsonl"
    if len(str(path)) > 100:
        pytest.skip("socket path too long")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        articles, errors = _read_in_thread([tmp_path])

    assert [a.id for a in articles] == ["a"]
    assert [str(e) for e in errors] == [f"{path}: skipped: a socket, not a regular file"]


def test_ingest_device_node_is_skipped() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")

    articles, errors = _read_in_thread(["/dev/zero"])  # reading it would never end

    assert articles == []
    assert [str(e) for e in errors] == [
        "/dev/zero: skipped: a device node, not a regular file or folder"]


def test_ingest_html_library_log_lines_are_folded_into_one_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    page = write(tmp_path / "empty.html", "<html><body><div></div></body></html>")
    good = write(tmp_path / "good.html", f"<html><body><article><p>{ENGLISH}</p>"
                                        f"<p>{ENGLISH}</p></article></body></html>")

    with caplog.at_level(logging.DEBUG):
        articles, errors = read_all([page, good])

    assert [a.id for a in articles] == ["good"]
    assert [str(e) for e in errors] == [f"{page}: no main text found in HTML"]
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert loud == []  # trafilatura's own WARNING/ERROR lines do not reach stderr
    said = [r.getMessage() for r in caplog.records if "HTML reader said" in r.getMessage()]
    assert said and all(m.startswith(f"{page}: ") for m in said)  # kept for -v, by file


def test_ingest_library_loggers_are_restored_after_reading(tmp_path: Path) -> None:
    page = write(tmp_path / "empty.html", "<html><body></body></html>")
    before = logging.getLogger("trafilatura").propagate, logging.getLogger("trafilatura").level

    read_all([page])

    after = logging.getLogger("trafilatura").propagate, logging.getLogger("trafilatura").level
    assert after == before
    assert logging.getLogger("trafilatura").handlers == [] or all(
        type(h).__name__ != "_Collect" for h in logging.getLogger("trafilatura").handlers)
