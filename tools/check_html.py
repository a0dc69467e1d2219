"""Open the HTML report in a real headless Chromium: check the DOM and take a screenshot.

    python tools/check_html.py [RESUME JOB] [--out DIR]

Without files it scores examples/resume.txt (with a ``<script>`` line added, to prove the
text is escaped) against examples/job.txt. It checks, in the DOM Chromium built, that no
script element exists, that the injected markup shows as text, and that matched and missing
terms are highlighted; then it writes screenshots at 1280 and 390 px wide to
DIR/report-1280.png and DIR/report-390.png, prints the page to DIR/report.pdf and checks that
the printed report holds both documents to their last line. Exits 0 with a
message when Chromium is not installed (``apt-get install -y chromium`` on Debian).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

INJECTED = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_browser() -> str | None:
    """The path of a Chromium-family browser, or ``None``."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def _run_browser(browser: str, profile: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def write_report(resume: Path | None, job: Path | None, out: Path) -> Path:
    """Score and render the HTML report into ``out``; returns the file."""
    import atsmatch

    if resume is None or job is None:
        text = (ROOT / "examples" / "resume.txt").read_text(encoding="utf-8")
        # long enough to overflow the on-screen panes, so printing must lift their cap
        extra = "".join(f"- Volunteer project {n}: tutoring and mentoring.\n" for n in range(60))
        text = f"{text}\n{INJECTED}\n\nVolunteering\n{extra}"
        result = atsmatch.match(text, ROOT / "examples" / "job.txt")
    else:
        result = atsmatch.match(resume, job)
    page = out / "report.html"
    page.write_text(atsmatch.render(result, format="html"), encoding="utf-8")
    return page


def check_dom(dom: str) -> list[str]:
    """Problems found in the DOM Chromium built from the report (empty when fine)."""
    problems = []
    if "<script" in dom.lower():
        problems.append("a <script> element exists in the DOM")
    if "<img" in dom.lower():
        problems.append("an <img> element exists in the DOM")
    if "&lt;script&gt;" not in dom:
        problems.append("the injected <script> text is not shown as text")
    for css in ("matched", "missing"):
        if f'<mark class="{css}"' not in dom:
            problems.append(f"no {css} term is highlighted")
    if 'class="breakdown"' not in dom:
        problems.append("the score breakdown is missing")
    return problems


def check_print(pdf: Path, page: Path) -> list[str]:
    """Problems with the printed report: both documents must be there in full."""
    import atsmatch

    if not pdf.exists():
        return ["print to PDF wrote no file"]
    printed = " ".join(atsmatch.parse(pdf).text.split())
    html = page.read_text(encoding="utf-8")
    problems = []
    for pane in ("resume", "job"):
        start = html.index(f'id="{pane}">') + len(f'id="{pane}">')
        body = html[start : html.index("</pre>", start)]
        last = [line for line in _plain(body).splitlines() if line.strip()][-1]
        if " ".join(last.split()) not in printed:
            problems.append(f"the printed {pane} is cut: its last line {last.strip()!r} is missing")
    return problems


def _plain(markup: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resume", nargs="?", type=Path)
    parser.add_argument("job", nargs="?", type=Path)
    parser.add_argument("--out", type=Path, help="folder for report.html and report.png")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("check_html: no Chromium found; skipped (apt-get install -y chromium)")
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="atsmatch-html-"))
    out.mkdir(parents=True, exist_ok=True)
    page = write_report(args.resume, args.job, out)
    with tempfile.TemporaryDirectory() as profile:
        dom = _run_browser(browser, profile, "--dump-dom", page.as_uri()).stdout
    problems = check_dom(dom)
    shots = []
    for width, height in ((1280, 1600), (390, 1400)):
        shot = out / f"report-{width}.png"
        with tempfile.TemporaryDirectory() as profile:
            _run_browser(
                browser,
                profile,
                f"--window-size={width},{height}",
                f"--screenshot={shot}",
                page.as_uri(),
            )
        shots.append(shot)
    pdf = out / "report.pdf"
    with tempfile.TemporaryDirectory() as profile:
        _run_browser(
            browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()
        )
    problems += check_print(pdf, page)
    for problem in problems:
        print(f"check_html: FAIL: {problem}")
    written = ", ".join(str(s) for s in shots if s.exists()) or "none written"
    print(f"check_html: report {page}, screenshots {written}, print {pdf}")
    return 1 if problems or not all(s.exists() for s in shots) else 0


if __name__ == "__main__":
    sys.exit(main())
