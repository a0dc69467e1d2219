"""JUnit XML for CI test-report viewers: one test case per resume (readability) and per
resume/job pair (score), each failing finding a ``<failure>`` of its case."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from atsmatch.check.model import CheckReport, Finding

__all__ = ["render_junit"]


def _case(suite: ET.Element, classname: str, name: str, findings: list[Finding]) -> None:
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, time="0")
    for finding in findings:
        failure = ET.SubElement(
            case, "failure", message=finding.reason(), type=f"atsmatch.{finding.rule}"
        )
        failure.text = finding.reason()
    notes = [f.reason() for f in findings if not f.failing]
    if notes:
        ET.SubElement(case, "system-out").text = "\n".join(notes)


def render_junit(report: CheckReport) -> str:
    root = ET.Element("testsuites", name="atsmatch check")
    suite = ET.SubElement(root, "testsuite", name="atsmatch check")
    cases = failures = 0
    for path in report.resumes:
        mine = [f for f in report.findings if f.file == path and f.job is None]
        _case(suite, path, "readability", [f for f in mine if f.failing])
        cases += 1
        failures += any(f.failing for f in mine)
        for result in (s for s in report.scores if s.resume == path):
            pair = [f for f in report.findings if f.file == path and f.job == result.job]
            _case(
                suite,
                path,
                f"score vs {result.job} ({result.score})",
                [f for f in pair if f.failing],
            )
            cases += 1
            failures += any(f.failing for f in pair)
    for element in (root, suite):
        element.set("tests", str(cases))
        element.set("failures", str(failures))
        element.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
