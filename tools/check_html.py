"""Open the HTML report in a real headless Chromium: check the DOM and take a screenshot.

    python tools/check_html.py [RESUME JOB] [--out DIR]

Without files it scores examples/resume.txt (with a ``<script>`` line added, to prove the
text is escaped) against examples/job.txt. It checks, in the DOM Chromium built, that no
script element exists, that the injected markup shows as text, and that matched and missing
terms are highlighted; then it writes a screenshot to DIR/report.png. Exits 0 with a
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
        result = atsmatch.match(text + "\n" + INJECTED + "\n", ROOT / "examples" / "job.txt")
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
    if "<svg" not in dom:
        problems.append("the score chart is missing")
    return problems


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
    shot = out / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        _run_browser(
            browser, profile, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri()
        )
    for problem in problems:
        print(f"check_html: FAIL: {problem}")
    print(f"check_html: report {page}, screenshot {shot if shot.exists() else 'not written'}")
    return 1 if problems or not shot.exists() else 0


if __name__ == "__main__":
    sys.exit(main())
