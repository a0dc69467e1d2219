"""The indented JSON writer gives exactly what json.dumps(indent=..., ensure_ascii=False) gives."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from atsmatch.serialize.jsontext import dumps_indented

leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
    | st.sampled_from(["", 'é\u2028"\\\n\t\x00', "\ud83d\ude00", "</script>"])
)
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=6), inner, max_size=5)
        | st.dictionaries(st.integers() | st.booleans() | st.none(), inner, max_size=3)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(values, st.sampled_from([0, 1, 2, 4]))
def test_jsontext_same_text_as_json_dumps(value: Any, indent: int) -> None:
    assert dumps_indented(value, indent=indent) == json.dumps(
        value, indent=indent, ensure_ascii=False
    )


def test_jsontext_other_values_go_to_json_dumps() -> None:
    class Text(str):
        pass

    for value in ({"a": Text("x")}, [float("nan")], {1.5: 2}, {"a": [1, {"b": float("inf")}]}):
        assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)
