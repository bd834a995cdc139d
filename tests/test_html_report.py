"""``--format html``: the page is checked as a browser renders it (headless Chromium dumps its DOM
and takes screenshots); the tests that need the browser skip, saying why, when it is absent."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEED
from factlint import lint_paths
from factlint.diagnostic import Diagnostic
from factlint.report import ReportContext
from factlint.report.html import render

SCRIPT_ARTICLE = (
    "Officials <script>alert(1)</script> met next a week in Rome.\n"
    "<script>document.title = 'pwned'; document.body.innerHTML = 'pwned'</script>\n"
    '<img src=x onerror="document.title=\'pwned\'"> & "quotes" \'single\' </main></body><!-- -->\n'
    "Talks resume next a week.\n"
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium is not installed (Debian package `chromium`; .ci/run installs it with apt-get)")


def browser(*arguments: str) -> subprocess.CompletedProcess[bytes]:
    """Run headless Chromium as root can: no sandbox, no GPU, nothing from the network, a fresh profile."""
    with tempfile.TemporaryDirectory(prefix="factlint-chromium-") as profile:
        return subprocess.run(
            [
                chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={profile}", *arguments,
            ],
            capture_output=True,
            timeout=300,
            check=True,
        )


def rendered_dom(page: Path) -> str:
    return browser("--dump-dom", page.as_uri()).stdout.decode("utf-8")


class _Marks(HTMLParser):
    """Text inside each finding's and each evidence span's marks, by id, from a serialised DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: dict[str, str] = defaultdict(str)
        self.evidence: dict[str, str] = defaultdict(str)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: list[str] = []
        self.title = ""
        self._open: list[tuple[list[str], list[str]]] = []
        self._in_title = False
        self.body_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "a" and (attributes.get("href") or "").startswith("#"):
            self.links.append((attributes["href"] or "")[1:])
        if tag == "mark":
            self._open.append(((attributes.get("data-finding") or "").split(), (attributes.get("data-evidence") or "").split()))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open.pop()
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.body_text.append(data)
        for findings, evidence in self._open:
            for anchor in findings:
                self.findings[anchor] += data
            for anchor in evidence:
                self.evidence[anchor] += data


def parse(dom: str) -> _Marks:
    marks = _Marks()
    marks.feed(dom)
    return marks


def _spanned(source: str, start: int, end: int) -> str:
    """What a finding's marks hold: its span without line breaks (each line is its own element)."""
    return source[start:end].replace("\r\n", "").replace("\r", "").replace("\n", "")


def report_for(paths: list[Path], out: Path) -> tuple[Path, list[Diagnostic], dict[str, str]]:
    result = lint_paths([str(p) for p in paths])
    page = out / "report.html"
    page.write_text(render(result.diagnostics, ReportContext(rules=list(result.rules.values()), sources=result.sources)), encoding="utf-8")
    return page, result.diagnostics, result.sources


def check_every_finding_marked(marks: _Marks, diagnostics: list[Diagnostic], sources: dict[str, str]) -> None:
    prefixes = {path: f"f{number}" for number, path in enumerate(sources, 1)}
    counters: dict[str, int] = defaultdict(int)
    for d in diagnostics:
        counters[d.path] += 1
        anchor = f"{prefixes[d.path]}-d{counters[d.path]}"
        assert marks.findings.get(anchor, "") == _spanned(sources[d.path], d.offset, d.end_offset), (anchor, d.plain())
        assert anchor in marks.ids and f"{anchor}-note" in marks.ids
        for index, related in enumerate(d.related, 1):
            assert marks.evidence[f"{anchor}-e{index}"] == _spanned(sources[d.path], related.offset, related.end_offset)
            assert f"{anchor}-e{index}" in marks.links
    assert set(marks.links) <= marks.ids  # every in-page link lands somewhere


# --- without a browser: what the page is made of ---------------------------------------------


def test_page_is_self_contained_and_escapes_the_article(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SCRIPT_ARTICLE, encoding="utf-8")
    page, diagnostics, _ = report_for([story], tmp_path)
    text = page.read_text(encoding="utf-8")
    assert len(diagnostics) == 2
    assert "<script" not in text.lower() and "<img" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    tags = re.findall(r"<[a-zA-Z][^>]*>", text)
    assert not [tag for tag in tags if re.search(r"\s(src|srcset|data|action)=|href=\"(?!#)|^<(link|script|iframe|object|embed|img)", tag)]
    style = text[text.index("<style>") : text.index("</style>")]
    assert "@import" not in style and "url(" not in style  # no external stylesheet, font or image


def test_cli_writes_the_html_report(tmp_path: Path, run_factlint) -> None:
    out = tmp_path / "report.html"
    completed = run_factlint(str(SEED), "--format", "html", "-o", str(out))
    assert completed.returncode == 1, completed.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "china-russia-defense-bgnes.txt" in text
    assert text.count('<li class="note') == 7
    assert text.count("<code>factlint --fix</code> applies it") == 3  # the two translation slips and the space


# --- in Chromium --------------------------------------------------------------------------------


def test_seed_article_renders_with_every_finding_marked_at_its_words(tmp_path: Path) -> None:
    page, diagnostics, sources = report_for([SEED], tmp_path)
    marks = parse(rendered_dom(page))
    assert len(diagnostics) == 7
    check_every_finding_marked(marks, diagnostics, sources)
    assert "next a week" in marks.findings.values()
    trade = next(d for d in diagnostics if d.rule == "trade/reversed-direction")
    assert [r.line for r in trade.related] == [3, 7]


def test_several_articles_get_an_index_and_every_finding_marked(tmp_path: Path) -> None:
    fixtures = SEED.parent
    articles = [SEED, *sorted((fixtures / "formats").glob("*.*")), *sorted((fixtures / "names").glob("*.txt"))]
    articles = [a for a in articles if a.suffix in (".txt", ".md", ".html")]
    page, diagnostics, sources = report_for(articles, tmp_path)
    marks = parse(rendered_dom(page))
    check_every_finding_marked(marks, diagnostics, sources)
    assert "files" in marks.ids and all(f"f{n}" in marks.links for n in range(1, len(sources) + 1))
    assert len({d.path for d in diagnostics}) >= 3


def test_script_in_an_article_stays_text_in_the_browser(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SCRIPT_ARTICLE, encoding="utf-8")
    page, diagnostics, sources = report_for([story], tmp_path)
    marks = parse(rendered_dom(page))
    assert marks.title == "factlint report"  # the article's script did not run
    assert "script" not in marks.tags and "img" not in marks.tags
    text = "".join(marks.body_text)
    assert "<script>alert(1)</script>" in text and "</main></body><!-- -->" in text
    check_every_finding_marked(marks, diagnostics, sources)


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), "only 8-bit RGB(A) screenshots are read"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upper_left)) & 255
        pixels.extend(tuple(line[i : i + 3]) for i in range(0, stride, channels))  # type: ignore[misc]
        previous = line
    return width, height, pixels


def test_screenshot_is_not_blank(tmp_path: Path) -> None:
    page, _, _ = report_for([SEED], tmp_path)
    shot = tmp_path / "shot.png"
    browser("--window-size=1000,900", "--hide-scrollbars", f"--screenshot={shot}", page.as_uri())
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1000, 900)
    ink = sum(1 for r, g, b in pixels if r + g + b < 300)  # text
    warning = sum(1 for r, g, b in pixels if (r, g, b) == (0xFF, 0xEF, 0xC2))  # a warning's highlight
    assert ink > 0.01 * len(pixels), "the page rendered (nearly) blank"
    assert warning > 200, "no finding is highlighted in the screenshot"


def test_report_prints_to_pdf(tmp_path: Path) -> None:
    page, _, _ = report_for([SEED], tmp_path)
    pdf = tmp_path / "report.pdf"
    browser("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert os.path.getsize(pdf) > 0
